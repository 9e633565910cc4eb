"""The name, days, places and id of an event merged from several reports' mentions.

Name (:func:`canonical_event_name`): the longest proper title among the mentions' names (a
title, not a description: most content words capitalized, no date inside), the others kept as
aliases. Days: the earliest and latest day the reports state (a span when they differ), else the
earliest date given. Place and venue: those most reports give.

Ids (:func:`assign_event_ids`): a cluster holding a known event keeps its id; any other gets
the slug of its name with the year, "-2", "-3"... when taken, claimed in a content-defined order
so that the reports' order does not matter.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from kg.model import Event
from kg.resolve.event_mentions import Mention
from kg.resolve.names import display_name, slugify

__all__ = ["canonical_event_name", "merge_mentions", "assign_event_ids"]

_SMALL = frozenset(("of", "on", "for", "and", "the", "in", "to", "against", "at", "a", "an"))


def _content(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _SMALL]


def _proper(name: str) -> bool:
    """A title, not a description: most of its content words capitalized."""
    words = _content(name)
    caps = sum(1 for w in words if w[0].isupper())
    return bool(words) and name[:1].isupper() and caps / len(words) >= 0.6


def _shown(name: str) -> str:
    """A name as a title: no leading lowercase words ("first African Climate Summit")."""
    shown = display_name(name)
    trimmed = re.sub(r"^(?:[a-z][\w'’-]*\s+)+(?=[A-Z])", "", shown)
    return trimmed if len(trimmed.split()) >= 2 else shown


_DATED = re.compile(
    r"\b(?:on|in)\s+(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b\d{1,2}\s+\d{4}\b"
)


def canonical_event_name(names: Iterable[str]) -> str:
    """The longest proper title among ``names`` (by its content words), else the longest
    name; a title that holds a date ("pledging session in Lyon on October 10") is a
    description and comes after; ties go to the name most mentions use, then alphabetically."""
    shown = [_shown(n) for n in names]
    uses = Counter(shown)
    return min(uses, key=lambda n: (not _proper(n), bool(_DATED.search(n)), -len(_content(n)),
                                    -uses[n], -len(n), n))


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], -len(v), v)) if counts else None


def merge_mentions(members: list[Mention]) -> Event:
    """One event from a cluster's mentions: its name and aliases, days, places, topics."""
    events = [m.event for m in members]
    names = [n for m in members for n in m.names]
    name = canonical_event_name(names)
    exact = [m.days for m in members if m.days and m.days.exact]
    start = min((d.lo for d in exact), default=None)
    end = max((d.hi for d in exact), default=None)
    dated = [e.date for e in events if e.date]
    types = Counter(e.type for e in events if e.type != "Event")
    kind = min(types, key=lambda t: (-types[t], t)) if types else events[0].type
    return Event(
        id="",
        name=name,
        type=kind,
        place=_most_common(e.place for e in events),
        date=start or (min(dated) if dated else None),
        topics=set().union(*(e.topics for e in events)),
        evidence=next((e.evidence for e in events if e.evidence), None),
        aliases={display_name(n) for n in names} - {name},
        start=start if end and start and end > start else None,
        end=end if end and start and end > start else None,
        venue=_most_common(e.venue for e in events),
        reports=set().union(*(m.reports for m in members)),
    )


def assign_event_ids(
    events: Sequence[Event], members: Sequence[Sequence[Mention]], taken: set[str]
) -> list[str]:
    """A cluster holding a known event keeps its id; any other gets the slug of its name with
    the year ("africa-climate-summit-2023"), then "-2", "-3"... when taken. New clusters claim
    in a content-defined order: bigger first, then by their first mention."""
    ids = [""] * len(events)
    used = set(taken)
    for i, group in enumerate(members):
        known = sorted(m.known_id for m in group if m.known_id)
        if known:
            ids[i] = known[0]
            used.add(ids[i])
    order = sorted((i for i in range(len(events)) if not ids[i]),
                   key=lambda i: (-len(members[i]), members[i][0].sort_key))
    for i in order:
        ev = events[i]
        base = slugify(ev.name)
        if ev.date and not re.search(rf"\b{ev.date.year}\b", ev.name):
            base = f"{base}-{ev.date.year}"
        ident, n = base, 2
        while ident in used:
            ident, n = f"{base}-{n}", n + 1
        ids[i] = ident
        used.add(ident)
    return ids
