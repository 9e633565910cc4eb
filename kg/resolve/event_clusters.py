"""Clustering event mentions: which pairs are compared, which merge, in what order.

Split from :mod:`kg.resolve.events` (which builds the mentions and rewrites the facts):

- blocking (:func:`blocking_keys`): only mentions sharing a content word of their names (or a
  pair of them, when a word is too common), an acronym or an organizer are compared, so the
  cost grows with the mentions, not their square;
- :func:`cluster_mentions`: curation first (``same`` merges, ``different`` tags), then the
  pairs above :data:`THRESHOLD` merged best first while their clusters do not conflict
  (:class:`kg.resolve.event_mentions.EventTraits`), then the mentions named by their kind
  alone join the one gathering that fits them (:func:`weak_fit`). Every step is decided by
  content, and a set of mentions closed under the pairs (:func:`edge`, :func:`weak_edge`)
  clusters as it would among any others.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import combinations

from kg.resolve.blocking import timed_keys
from kg.resolve.decisions import Decisions
from kg.resolve.event_mentions import EventTraits, Mention, score
from kg.resolve.names import name_key, slugify

__all__ = ["THRESHOLD", "MAX_BLOCK", "blocking_keys", "weak_keys", "is_kind_only", "weak_fit",
           "edge", "weak_edge", "mention_refs", "refers", "cluster_mentions"]

#: the evidence two mentions need to be merged (see :func:`event_mentions.score`)
THRESHOLD = 2.0
#: keys shared by more mentions than this are too common to block on
MAX_BLOCK = 200

def blocking_keys(m: Mention) -> set[str]:
    """The keys a mention is compared under: its names' words and pairs of them (a common
    word's block is too big to compare, a pair's is not), acronyms, organizers."""
    keys = {f"t:{t}" for tokens in m.tokens for t in tokens}
    for tokens in m.tokens:
        keys |= {f"p:{x}+{y}" for x, y in combinations(sorted(tokens), 2)}
    keys |= {f"a:{a}" for a in m.acronyms | m.gives}
    keys |= {f"o:{o}" for o in m.organizers}
    # each key again by the months of the mention's days: a common word's block is too big
    # to compare, its block of one month is not, and no pair whose days agree is lost
    # (kg.resolve.blocking)
    return keys | (timed_keys(keys, m.days.lo, m.days.hi) if m.days else set())


def is_kind_only(m: Mention) -> bool:
    """A mention whose names say no more than the kind of gathering ("Conference", "the
    meeting"): extraction found a gathering it could not name."""
    return not m.known_id and not any(m.tokens) and not m.acronyms and not m.side


def weak_keys(m: Mention) -> set[str]:
    """The keys a kind-only mention and the mentions it may join share: an actor in one city."""
    return {f"x:{a}@{m.city}" for a in m.actors} if m.city else set()


def weak_fit(a: Mention, b: Mention) -> bool:
    """Whether kind-only ``a`` may be the gathering of ``b`` (not kind-only): one city, days
    that agree, one type, an actor in common, no report in common."""
    return bool(
        a.city and a.city == b.city and a.days and b.days and a.days.agrees(b.days)
        and a.event.type == b.event.type and a.actors & b.actors
        and not a.reports & b.reports and not is_kind_only(b) and not b.side
    )


class _Clusters:
    """Union-find over mentions; the smaller index is the root and keeps the traits."""

    def __init__(self, traits: list[EventTraits]) -> None:
        self.parent = list(range(len(traits)))
        self.traits = traits

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, *, force: bool = False) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        a, b = self.traits[ri], self.traits[rj]
        blocked = any(t[:-1] + ("b" if t[-1] == "a" else "a") in b.tags for t in a.tags)
        if blocked or (not force and a.conflict(b)):
            return False
        root, child = min(ri, rj), max(ri, rj)
        self.parent[child] = root
        self.traits[root].absorb(self.traits[child])
        return True

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return list(out.values())


def mention_refs(m: Mention, ident: str | None = None) -> set[str]:
    """What a curation decision may call a mention by: its id (``ident``: the id of the event
    it is part of, or its known id), its names, their slugs with or without the year."""
    refs = {r for r in (ident, m.known_id) if r}
    for name in m.names:
        refs |= {name_key(name), slugify(name)}
        for year in {m.days.lo.year, m.days.hi.year} if m.days else ():
            refs.add(f"{slugify(name)}-{year}")
    return refs


def refers(ref: str, refs: set[str]) -> bool:
    return ref in refs or name_key(ref) in refs


def _apply_decisions(clusters: _Clusters, refs: Sequence[set[str]], d: Decisions) -> None:
    for n, (a, b) in enumerate(d.different):
        for i, mine in enumerate(refs):
            left, right = refers(a, mine), refers(b, mine)
            if left != right:
                clusters.traits[i].tags.add(f"{n}:{'a' if left else 'b'}")
    for a, b in d.same:
        members = [i for i, mine in enumerate(refs) if refers(a, mine) or refers(b, mine)]
        for i in members[1:]:
            clusters.union(members[0], i, force=True)


def weak_edge(a: Mention, b: Mention) -> bool:
    """Whether one of the two may join the other's cluster as a kind-only mention."""
    return (is_kind_only(a) and weak_fit(a, b)) or (is_kind_only(b) and weak_fit(b, a))


def edge(a: Mention, b: Mention) -> float:
    """The score of a pair that may be merged (0 when it may not be compared)."""
    if (a.known_id and b.known_id) or a.reports & b.reports:
        return 0.0
    s = score(a, b)
    return s if s >= THRESHOLD else 0.0


def cluster_mentions(
    mentions: Sequence[Mention],
    usable: Callable[[str], bool] = lambda key: True,
    decisions: Decisions | None = None,
    ids: Sequence[str | None] | None = None,
) -> list[list[int]]:
    """Clusters (lists of indexes, each sorted) of ``mentions`` (sorted by content): curation
    first, then the pairs sharing a ``usable`` blocking key merged best first while their
    clusters do not conflict. A set of mentions closed under those pairs (and decisions)
    clusters as it would among any others, which is what lets an ingest resolve only the part
    of the store a batch reaches. ``ids``: the event each mention is part of now (a decision
    may name it)."""
    clusters = _Clusters([EventTraits.of(m) for m in mentions])
    d = decisions or Decisions()
    if d.same or d.different:
        refs = [mention_refs(m, ids[i] if ids else None) for i, m in enumerate(mentions)]
        _apply_decisions(clusters, refs, d)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for key in blocking_keys(m):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if 1 < len(members) <= MAX_BLOCK and usable(key):
            seen.update(combinations(members, 2))
    pairs = []
    for i, j in seen:
        s = edge(mentions[i], mentions[j])
        if s:
            pairs.append((s, i, j))
    for _, i, j in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        clusters.union(i, j)
    _join_kind_only(clusters, mentions, usable)
    return sorted(clusters.groups())


def _join_kind_only(clusters: _Clusters, mentions: Sequence[Mention],
                    usable: Callable[[str], bool]) -> None:
    """A kind-only mention ("Conference", in a report whose gathering extraction could not
    name) joins the one cluster of a named gathering of its type, city and days that shares
    an actor with it (:func:`weak_fit`); with two such, or none, it stays apart. Decided for
    all of them before any joins, so the order does not matter."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for key in weak_keys(m):
            blocks[key].append(i)
    sizes = Counter(clusters.find(i) for i in range(len(mentions)))
    plans = []
    for i, m in enumerate(mentions):
        if not is_kind_only(m) or sizes[clusters.find(i)] > 1:
            continue
        found = set()
        for key in weak_keys(m):
            if len(blocks[key]) <= MAX_BLOCK and usable(key):
                found |= {clusters.find(j) for j in blocks[key] if weak_fit(m, mentions[j])}
        fits = [r for r in found if not clusters.traits[i].conflict(clusters.traits[r])]
        if len(fits) == 1:
            plans.append((i, fits[0]))
    for i, r in plans:
        clusters.union(i, r)
