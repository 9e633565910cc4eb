"""Resolve the events of many reports into one event per gathering, with stable ids.

Runs after actor resolution (the facts name global actor ids, so organizers and participants
in common count as evidence). The steps mirror :mod:`kg.resolve.resolver`, each in an order
defined by content so that the reports' order does not matter:

1. mentions: every event of every report (:func:`report_mentions`; what it says comes from
   its report alone) and every event stored without its mentions (:func:`known_mention`);
   :mod:`kg.resolve.event_mentions` reads their signs;
2. curation: ``same`` decisions merge first, ``different`` ones tag mentions that may not meet
   (a reference is an event id or a name, as for actors);
3. blocking: only mentions sharing a content word of their names (or a pair of them, when a
   word is too common), an acronym or an organizer are compared, so the cost grows with the
   mentions, not their square;
4. pairs are merged best first while the clusters do not conflict (:class:`EventTraits`);
5. each cluster gets a name a reader recognizes (the longest proper title among its names;
   the others become aliases), its days, city and venue (:mod:`kg.resolve.event_identity`),
   and an id that depends on the mentions only (:mod:`kg.resolve.known_events`); the facts
   are rewritten to those ids.

Steps 2-4 are :func:`cluster_mentions`; :class:`kg.resolve.known_events.KnownEvents` runs them
on the part of a growing set of mentions that a batch reaches, so an ingest in batches gives
what one resolution of all the reports gives.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations

from kg.model import Actor, Event, Facts
from kg.resolve.decisions import Decisions
from kg.resolve.event_identity import canonical_event_name, name_form
from kg.resolve.event_mentions import EventTraits, Mention, days_of, score, tokens_of
from kg.resolve.names import (
    acronym_key,
    initials,
    is_acronym,
    name_key,
    slugify,
    split_place,
)

__all__ = ["KnownEvent", "EventResolution", "resolve_events", "blocking_keys", "batch_mentions",
           "report_mentions", "known_mention", "cluster_mentions", "rewrite_events",
           "canonical_event_name", "THRESHOLD", "MAX_BLOCK"]

#: the evidence two mentions need to be merged (see :func:`event_mentions.score`)
THRESHOLD = 2.0
#: keys shared by more mentions than this are too common to block on
MAX_BLOCK = 200


@dataclass(frozen=True)
class KnownEvent:
    """An event already resolved (in the store), with the actors that took part in it."""

    event: Event
    organizers: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()


@dataclass
class EventResolution:
    """Merged events by global id, and the facts rewritten to those ids (in order).

    ``rewrites``: reports resolved before (not in the batch) whose events the batch changed
    (merged, split, renamed, or given other days or places): their graphs must be written
    again for the store to hold what one ingest of every report would give."""

    events: dict[str, Event]
    facts: list[Facts]
    rewrites: list[str] = field(default_factory=list)


def blocking_keys(m: Mention) -> set[str]:
    """The keys a mention is compared under: its names' words and pairs of them (a common
    word's block is too big to compare, a pair's is not), acronyms, organizers."""
    keys = {f"t:{t}" for tokens in m.tokens for t in tokens}
    for tokens in m.tokens:
        keys |= {f"p:{x}+{y}" for x, y in combinations(sorted(tokens), 2)}
    keys |= {f"a:{a}" for a in m.acronyms | m.gives}
    keys |= {f"o:{o}" for o in m.organizers}
    return keys


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


def _named_orgs(actors: Mapping[str, Actor]) -> dict[str, str]:
    """name key (and acronym) -> id of each organization, to find the organizers an event's
    name holds ("SSDO international conference"). A report that names an organization in
    full only may still call its event by the acronym, so the acronyms its full names give
    (without a trailing "in <city>") count too, after the names the report gives."""
    index: dict[str, str] = {}
    given: dict[str, str] = {}
    for ident in sorted(actors):
        actor = actors[ident]
        if actor.type != "Organization":
            continue
        for name in actor.names:
            key = acronym_key(name) if is_acronym(name) else name_key(name)
            index.setdefault(key, ident)
            if not is_acronym(name):
                base = split_place(name)
                for form in {name, base[0] if base else name}:
                    for acronym in initials(form):
                        if len(acronym) >= 3:
                            given.setdefault(acronym_key(acronym), ident)
    return given | index


def _orgs_in(name: str, index: Mapping[str, str]) -> tuple[set[str], set[str]]:
    """The organizations whose names (or acronyms) an event's name holds (capitalized runs
    of up to eight words), and the content words of those names."""
    words = re.findall(r"[\w'’.&-]+", name)
    found: set[str] = set()
    said: set[str] = set()
    for i in range(len(words)):
        if not words[i][:1].isupper():
            continue
        for j in range(i + 1, min(len(words), i + 8) + 1):
            if not words[j - 1][:1].isupper():
                continue
            phrase = " ".join(words[i:j])
            key = acronym_key(phrase) if j == i + 1 and is_acronym(phrase) else name_key(phrase)
            if key in index:
                found.add(index[key])
                said |= tokens_of(phrase)
    return found, said


def report_mentions(facts: Facts) -> list[Mention]:
    """The analysed mentions of one report's events (facts resolved to global actor ids).

    Everything a mention holds comes from the report itself, organizers named inside an
    event's name included (read against the report's own actors), so a mention is the same
    whichever reports it is resolved with."""
    index = _named_orgs({a.id: a for a in facts.actors})
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for p in facts.participations:
        roles[p.event][p.role].add(p.actor)
    out = []
    for ev in facts.events:
        named, said = _orgs_in(ev.name, index)
        orgs = roles[ev.id]["organizer"] | named
        everyone = orgs | roles[ev.id]["participant"] | roles[ev.id]["speaker"]
        m = Mention(mention_key(facts.report.id, ev), ev, frozenset({facts.report.id}),
                    frozenset(orgs), frozenset(everyone),
                    days=days_of(ev, facts.report.published),
                    sentence=ev.evidence.sentence if ev.evidence else "",
                    org_words=frozenset(said))
        m.analyse()
        out.append(m)
    return out


def mention_key(report: str, event: Event) -> tuple[str, ...]:
    """The key a report's event is known and ordered by (content, not arrival)."""
    return ("1", report, event.id, event.name)


def known_mention(known: KnownEvent, reports: Collection[str] | None = None) -> Mention:
    """An analysed mention standing for an event stored without its reports' own mentions
    (it keeps its id); ``reports``: those of its reports it still stands for."""
    ev = known.event
    m = Mention(("0", ev.id), ev, frozenset(ev.reports if reports is None else reports),
                known.organizers, known.actors | known.organizers, known_id=ev.id,
                days=days_of(ev, None))
    m.analyse()
    return m


def batch_mentions(
    batch: Sequence[Facts], known: Sequence[KnownEvent], actors: Mapping[str, Actor] | None = None
) -> tuple[list[Mention], dict[tuple[int, int], int]]:
    """Analysed mentions of the known events and the batch's events, sorted by content;
    ``where`` maps (facts index, event index) to a mention's index. (``actors`` is no longer
    read: each report's organizers are read against its own actors.)"""
    ours = {f.report.id for f in batch}
    items: list[tuple[Mention, tuple[int, int] | None]] = []
    for k in known:
        if not _replaced(k.event, ours):
            items.append((known_mention(k, k.event.reports - ours), None))
    for f, facts in enumerate(batch):
        for e, m in enumerate(report_mentions(facts)):
            items.append((m, (f, e)))
    items.sort(key=lambda item: item[0].sort_key)
    where = {pos: i for i, (_, pos) in enumerate(items) if pos is not None}
    return [m for m, _ in items], where


def _replaced(event: Event, reports: Collection[str]) -> bool:
    """A known event that only reports of the batch name: they are being loaded again, so what
    it says is what they said before, and their new facts alone decide."""
    return bool(event.reports) and all(r in reports for r in event.reports)


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


def resolve_events(
    batch: Sequence[Facts],
    *,
    actors: Mapping[str, Actor] | None = None,
    known: Sequence[KnownEvent] = (),
    decisions: Decisions | None = None,
    taken: Collection[str] = (),
) -> EventResolution:
    """Merge the events of ``batch`` (facts already resolved to global actor ids) across
    reports and with ``known`` events (stored without their reports' own mentions: each keeps
    its id); ``taken`` every other event id already in use. (``actors`` is no longer read.)"""
    from kg.resolve.known_events import KnownEvents

    ours = {f.report.id for f in batch}
    # the id of an event only the batch's reports named is free again for their new facts
    free = {k.event.id for k in known if _replaced(k.event, ours)}
    table = KnownEvents.of(known, reserved=set(taken) - free)
    return table.update(batch, decisions)


def rewrite_events(facts: Facts, local: dict[str, str], merged: Mapping[str, Event]) -> Facts:
    """The report's facts pointing at global event ids; its events are its own view of each
    merged event: the merged name, days and places, its own names and evidence."""
    events: dict[str, Event] = {}
    for ev in facts.events:
        ident = local[ev.id]
        whole = merged[ident]
        view = events.get(ident) or replace(whole, aliases=set(), evidence=ev.evidence,
                                            reports={facts.report.id}, topics=set(whole.topics))
        view.aliases |= {name_form(n) for n in ev.names} - {whole.name}
        events[ident] = view

    def g(event: str | None) -> str | None:
        return local.get(event, event) if event else event

    seen: set[tuple[str, str, str]] = set()
    parts = []
    for p in facts.participations:
        q = replace(p, event=local[p.event]) if p.event in local else p
        if (q.actor, q.event, q.role) not in seen:
            seen.add((q.actor, q.event, q.role))
            parts.append(q)
    return replace(
        facts,
        events=list(events.values()),
        participations=parts,
        commitments=[replace(c, event=g(c.event)) for c in facts.commitments],
        declarations=[replace(d, event=g(d.event)) for d in facts.declarations],
    )
