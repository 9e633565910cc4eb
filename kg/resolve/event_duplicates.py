"""Pairs of events that resolution kept apart but that may be one gathering, for a curator.

:func:`likely_duplicate_events` compares the events sharing a blocking key (a word of their
names, an acronym, an organizer) and lists those whose names agree (:func:`name_similarity`
at least ``threshold``) or whose evidence comes close to a merge (half of
:data:`kg.resolve.events.THRESHOLD`). A press conference and its summit, or two editions named
apart ("previous", "next", "15th"), are not listed: their names already say they differ.
The curator answers with ``kg same`` or ``kg same --different``.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.resolve.duplicates import block_pairs
from kg.resolve.event_mentions import Mention, days_of, name_similarity, score
from kg.resolve.events import MAX_BLOCK, THRESHOLD, KnownEvent, blocking_keys

__all__ = ["likely_duplicate_events"]


def _mention(known: KnownEvent) -> Mention:
    m = Mention(("0", known.event.id), known.event, frozenset(known.event.reports),
                known.organizers, known.actors, known_id=known.event.id,
                days=days_of(known.event, None))
    m.analyse()
    return m


def likely_duplicate_events(
    events: Sequence[KnownEvent], threshold: float = 0.6
) -> list[tuple[KnownEvent, KnownEvent, float]]:
    """Pairs of distinct events that may be one, best first (score, then ids)."""
    mentions = [_mention(k) for k in events]
    pairs = block_pairs((blocking_keys(m) for m in mentions), MAX_BLOCK)
    found = []
    for i, j in pairs:
        a, b = mentions[i], mentions[j]
        if a.known_id == b.known_id or (a.side, a.edition) != (b.side, b.edition):
            continue
        if a.ordinals and b.ordinals and not a.ordinals & b.ordinals:
            continue
        similar = name_similarity(a, b)
        if similar >= threshold or score(a, b) >= THRESHOLD / 2:
            first, second = sorted((events[i], events[j]), key=lambda k: k.event.id)
            found.append((first, second, round(similar, 3)))
    return sorted(found, key=lambda t: (-t[2], t[0].event.id, t[1].event.id))
