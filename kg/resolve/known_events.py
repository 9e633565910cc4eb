"""The running table of known events, indexed so that a batch compares only those it can join.

As :mod:`kg.resolve.known` does for actors: an ingest keeps the events already stored in a
:class:`KnownEvents` table with an inverted index from blocking keys (the words of their
names, their acronyms, their organizers: :func:`kg.resolve.events.blocking_keys`) to ids.
A batch's events meet only the known events that share a key with one of them, or that a
curation decision names, so each batch costs what it holds, not what the store holds.
Two known events never merge with each other (except by a curator's ``same``), so one hop is
enough.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from kg.model import Actor, Facts
from kg.resolve.decisions import Decisions
from kg.resolve.event_mentions import Mention, days_of
from kg.resolve.events import (
    EventResolution,
    KnownEvent,
    batch_mentions,
    blocking_keys,
    resolve_events,
)
from kg.resolve.names import name_key, slugify

__all__ = ["KnownEvents", "resolve_events_with"]


def _keys(known: KnownEvent) -> set[str]:
    m = Mention(("0", known.event.id), known.event, frozenset(), known.organizers,
                known.actors, known_id=known.event.id, days=days_of(known.event, None))
    m.analyse()
    keys = blocking_keys(m)
    keys |= {f"n:{name_key(n)}" for n in known.event.names}
    keys |= {f"n:{slugify(n)}" for n in known.event.names} | {f"n:{known.event.id}"}
    return keys


@dataclass
class KnownEvents:
    """Known events by id, with the index from blocking keys to ids."""

    events: dict[str, KnownEvent] = field(default_factory=dict)
    _index: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set), repr=False)

    @classmethod
    def of(cls, events: Iterable[KnownEvent]) -> KnownEvents:
        table = cls()
        for known in events:
            table.add(known)
        return table

    def __len__(self) -> int:
        return len(self.events)

    def add(self, known: KnownEvent) -> None:
        """Add an event, or replace the known event of its id."""
        self.events[known.event.id] = known
        for key in _keys(known):
            self._index[key].add(known.event.id)

    def remove(self, ident: str) -> None:
        """Forget a known event."""
        known = self.events.pop(ident)
        for key in _keys(known):
            ids = self._index.get(key)
            if ids is not None:
                ids.discard(ident)
                if not ids:
                    del self._index[key]

    def candidates(self, batch: Sequence[Facts], actors: Mapping[str, Actor],
                   decisions: Decisions | None = None) -> list[KnownEvent]:
        """The known events the events of ``batch`` (resolved to global actor ids) may join,
        ordered by id."""
        found: set[str] = set()
        for m in batch_mentions(batch, (), actors)[0]:
            for key in blocking_keys(m):
                found |= self._index.get(key, set())
        for pair in (decisions or Decisions()).same:
            for ref in pair:
                for key in (f"n:{ref}", f"n:{name_key(ref)}"):
                    found |= self._index.get(key, set())
        return [self.events[i] for i in sorted(found)]

    def absorb(self, result: EventResolution) -> None:
        """Take in a resolution's merged events: a known event gains the names, reports and
        actors it was seen with, a new one is added, and one that only the batch's reports
        named and that they no longer name is dropped (they were loaded again)."""
        batch = {f.report.id for f in result.facts}
        for ident, known in list(self.events.items()):
            ev = known.event
            if ident not in result.events and ev.reports and ev.reports <= batch:
                self.remove(ident)
        roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for facts in result.facts:
            for p in facts.participations:
                roles[p.event]["organizer" if p.role == "organizer" else "other"].add(p.actor)
        for ident, event in result.events.items():
            old = self.events.get(ident)
            orgs = frozenset(roles[ident]["organizer"])
            everyone = orgs | roles[ident]["other"]
            if old is not None:
                merged = replace(old.event, aliases=old.event.aliases | set(event.names),
                                 reports=old.event.reports | event.reports)
                merged.aliases.discard(merged.name)
                self.add(KnownEvent(merged, old.organizers | orgs, old.actors | everyone))
            else:
                self.add(KnownEvent(replace(event, evidence=None), orgs, everyone))

    def taken(self) -> set[str]:
        return set(self.events)


def resolve_events_with(batch: Sequence[Facts], actors: Mapping[str, Actor],
                        known: KnownEvents, decisions: Decisions | None = None) -> EventResolution:
    """Resolve the events of ``batch`` against the table's candidates and take the result in."""
    result = resolve_events(batch, actors=actors, known=known.candidates(batch, actors, decisions),
                            decisions=decisions, taken=known.taken())
    known.absorb(result)
    return result
