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
4. pairs are merged best first while the clusters do not conflict
   (:class:`kg.resolve.event_mentions.EventTraits`); a mention named by its kind alone joins
   the one gathering that fits it;
5. each cluster gets a name a reader recognizes (the longest proper title among its names;
   the others become aliases), its days, city and venue (:mod:`kg.resolve.event_identity`),
   and an id that depends on the mentions only (:mod:`kg.resolve.known_events`); the facts
   are rewritten to those ids.

Steps 2-4 are :func:`kg.resolve.event_clusters.cluster_mentions`;
:class:`kg.resolve.known_events.KnownEvents` runs them on the part of a growing set of
mentions that a batch reaches, so an ingest in batches gives what one resolution of all the
reports gives.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kg.model import Actor, Event, Facts
from kg.resolve.decisions import Decisions
from kg.resolve.event_clusters import MAX_BLOCK, THRESHOLD, blocking_keys
from kg.resolve.event_identity import canonical_event_name, name_form
from kg.resolve.event_mentions import Mention, days_of, tokens_of
from kg.resolve.names import (
    acronym_key,
    initials,
    is_acronym,
    name_key,
    split_place,
)

__all__ = ["KnownEvent", "EventResolution", "resolve_events", "blocking_keys", "batch_mentions",
           "report_mentions", "known_mention", "mention_key", "rewrite_events",
           "canonical_event_name", "THRESHOLD", "MAX_BLOCK"]
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
