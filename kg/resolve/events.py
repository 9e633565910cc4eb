"""Resolve the events of many reports into one event per gathering, with stable ids.

Runs after actor resolution (the facts name global actor ids, so organizers and participants
in common count as evidence). The steps mirror :mod:`kg.resolve.resolver`, each in an order
defined by content so that the reports' order does not matter:

1. mentions: every event of every report and every known event it can join
   (:mod:`kg.resolve.event_mentions` reads their signs);
2. curation: ``same`` decisions merge first, ``different`` ones tag mentions that may not meet
   (a reference is an event id or a name, as for actors);
3. blocking: only mentions sharing a content word of their names (or a pair of them, when a
   word is too common), an acronym or an organizer are compared, so the cost grows with the
   mentions, not their square;
4. pairs are merged best first while the clusters do not conflict (:class:`EventTraits`);
5. each cluster gets a name a reader recognizes (the longest proper title among its names;
   the others become aliases), its days, city and venue, and an id
   (:mod:`kg.resolve.event_identity`); the facts are rewritten to those ids.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from kg.model import Actor, Event, Facts
from kg.resolve.decisions import Decisions
from kg.resolve.event_identity import assign_event_ids, canonical_event_name, merge_mentions
from kg.resolve.event_mentions import EventTraits, Mention, days_of, score, tokens_of
from kg.resolve.names import acronym_key, display_name, is_acronym, name_key, slugify

__all__ = ["KnownEvent", "EventResolution", "resolve_events", "blocking_keys", "batch_mentions",
           "canonical_event_name", "THRESHOLD"]

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
    """Merged events by global id, and the facts rewritten to those ids (in order)."""

    events: dict[str, Event]
    facts: list[Facts]


def blocking_keys(m: Mention) -> set[str]:
    """The keys a mention is compared under: its names' words and pairs of them (a common
    word's block is too big to compare, a pair's is not), acronyms, organizers."""
    keys = {f"t:{t}" for tokens in m.tokens for t in tokens}
    for tokens in m.tokens:
        keys |= {f"p:{x}+{y}" for x, y in combinations(sorted(tokens), 2)}
    keys |= {f"a:{a}" for a in m.acronyms | m.gives}
    keys |= {f"o:{o}" for o in m.organizers}
    return keys


def _named_orgs(actors: Mapping[str, Actor]) -> dict[str, str]:
    """name key (and acronym) -> id of each organization, to find the organizers an event's
    name holds ("SSDO international conference")."""
    index: dict[str, str] = {}
    for ident in sorted(actors):
        actor = actors[ident]
        if actor.type != "Organization":
            continue
        for name in actor.names:
            key = acronym_key(name) if is_acronym(name) else name_key(name)
            index.setdefault(key, ident)
    return index


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


def batch_mentions(
    batch: Sequence[Facts], known: Sequence[KnownEvent], actors: Mapping[str, Actor]
) -> tuple[list[Mention], dict[tuple[int, int], int]]:
    """Analysed mentions of the known events and the batch's events, sorted by content;
    ``where`` maps (facts index, event index) to a mention's index."""
    index = _named_orgs(actors)
    ours = {f.report.id for f in batch}
    items: list[tuple[Mention, tuple[int, int] | None]] = []
    for k in known:
        ev = k.event
        if _replaced(ev, ours):
            continue
        m = Mention(("0", ev.id), ev, frozenset(ev.reports - ours), k.organizers,
                    k.actors | k.organizers, known_id=ev.id, days=days_of(ev, None))
        items.append((m, None))
    for f, facts in enumerate(batch):
        roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for p in facts.participations:
            roles[p.event][p.role].add(p.actor)
        for e, ev in enumerate(facts.events):
            named, said = _orgs_in(ev.name, index)
            orgs = roles[ev.id]["organizer"] | named
            everyone = orgs | roles[ev.id]["participant"] | roles[ev.id]["speaker"]
            m = Mention(("1", facts.report.id, ev.id, ev.name), ev,
                        frozenset({facts.report.id}), frozenset(orgs), frozenset(everyone),
                        days=days_of(ev, facts.report.published),
                        sentence=ev.evidence.sentence if ev.evidence else "",
                        org_words=frozenset(said))
            items.append((m, (f, e)))
    items.sort(key=lambda item: item[0].sort_key)
    for m, _ in items:
        m.analyse()
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

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _refs(mentions: Sequence[Mention]) -> dict[str, set[int]]:
    index: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        if m.known_id:
            index[m.known_id].add(i)
        for name in m.names:
            index[name_key(name)].add(i)
            index[slugify(name)].add(i)
            # an id carries the year of the event's first day, or of its report's date
            for year in {m.days.lo.year, m.days.hi.year} if m.days else ():
                index[f"{slugify(name)}-{year}"].add(i)
    return index


def _apply_decisions(clusters: _Clusters, mentions: Sequence[Mention], d: Decisions) -> None:
    if not d.same and not d.different:
        return
    index = _refs(mentions)

    def refer(ref: str) -> set[int]:
        return index.get(ref, set()) | index.get(name_key(ref), set())

    for n, (a, b) in enumerate(d.different):
        left, right = refer(a), refer(b)
        for i in left - right:
            clusters.traits[i].tags.add(f"{n}:a")
        for i in right - left:
            clusters.traits[i].tags.add(f"{n}:b")
    for a, b in d.same:
        members = sorted(refer(a) | refer(b))
        for i in members[1:]:
            clusters.union(members[0], i, force=True)


def _pairs(mentions: Sequence[Mention]) -> list[tuple[float, int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        for key in blocking_keys(m):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            seen.update(combinations(members, 2))
    out = []
    for i, j in seen:
        a, b = mentions[i], mentions[j]
        if (a.known_id and b.known_id) or a.reports & b.reports:
            continue
        s = score(a, b)
        if s >= THRESHOLD:
            out.append((s, i, j))
    return sorted(out, key=lambda t: (-t[0], t[1], t[2]))


def resolve_events(
    batch: Sequence[Facts],
    *,
    actors: Mapping[str, Actor] | None = None,
    known: Sequence[KnownEvent] = (),
    decisions: Decisions | None = None,
    taken: Collection[str] = (),
) -> EventResolution:
    """Merge the events of ``batch`` (facts already resolved to global actor ids) across
    reports and with ``known`` events; ``actors`` is the actor table (to read organizers in
    event names), ``taken`` every event id already in use."""
    mentions, where = batch_mentions(batch, known, actors or {})
    ours = {f.report.id for f in batch}
    # the id of an event only the batch's reports named is free again for their new facts
    free = {k.event.id for k in known if _replaced(k.event, ours)}
    taken = set(taken) - free
    clusters = _Clusters([EventTraits.of(m) for m in mentions])
    _apply_decisions(clusters, mentions, decisions or Decisions())
    for _, i, j in _pairs(mentions):
        clusters.union(i, j)
    groups = [g for g in clusters.groups().values() if any(not mentions[i].known_id for i in g)]
    merged = [merge_mentions([mentions[i] for i in g]) for g in groups]
    ids = assign_event_ids(merged, [[mentions[i] for i in g] for g in groups], set(taken))
    events: dict[str, Event] = {}
    gid: dict[int, str] = {}
    for members, ev, ident in zip(groups, merged, ids, strict=True):
        ev.id = ident
        events[ident] = ev
        for i in members:
            gid[i] = ident
    out = []
    for f, facts in enumerate(batch):
        local = {ev.id: gid[where[(f, e)]] for e, ev in enumerate(facts.events)}
        out.append(_rewrite(facts, local, events))
    return EventResolution(events, out)


def _rewrite(facts: Facts, local: dict[str, str], merged: Mapping[str, Event]) -> Facts:
    """The report's facts pointing at global event ids; its events are its own view of each
    merged event: the merged name, days and places, its own names and evidence."""
    events: dict[str, Event] = {}
    for ev in facts.events:
        ident = local[ev.id]
        whole = merged[ident]
        view = events.get(ident) or replace(whole, aliases=set(), evidence=ev.evidence,
                                            reports={facts.report.id}, topics=set(whole.topics))
        view.aliases |= {display_name(n) for n in ev.names} - {whole.name}
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
