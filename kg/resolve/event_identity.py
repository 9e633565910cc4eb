"""The name, days, places and id of an event merged from several reports' mentions.

Name (:func:`canonical_event_name`): the longest proper title among the mentions' names (a
title, not a description: most content words capitalized, no date inside), the others kept as
aliases. Days: the earliest and latest day the reports state (a span when they differ), else the
earliest date given. Place and venue: those most reports give.

Ids start from :func:`event_slug`, the slug of its name with the year; which cluster of a slug
takes it bare and which adds a digest is for :mod:`kg.resolve.known_events` to say.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kg.model import Event
from kg.resolve.event_mentions import Mention
from kg.resolve.names import display_name, slugify

__all__ = ["canonical_event_name", "merge_mentions", "event_slug", "name_form"]

_SMALL = frozenset(("of", "on", "for", "and", "the", "in", "to", "against", "at", "a", "an"))


def _content(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _SMALL]


def _proper(name: str) -> bool:
    """A title, not a description: most of its content words capitalized."""
    words = _content(name)
    caps = sum(1 for w in words if w[0].isupper())
    return bool(words) and name[:1].isupper() and caps / len(words) >= 0.6


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: a day closing a name ("... victims on Wednesday", "... on 3 March 2024"): when the event
#: happened, which the event's dates say, not part of what it is called
_TRAILING_DAY = re.compile(
    rf",?\s+(?:on|this|last)\s+(?:{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\s*$"
)


def name_form(name: str) -> str:
    """A name as the graph shows it: displayed (:func:`display_name`), without a closing
    day ("joint training on victim identification on Wednesday" -> "joint training on victim
    identification"), unless that leaves a single word."""
    shown = display_name(name)
    undated = _TRAILING_DAY.sub("", shown)
    return undated if len(undated.split()) >= 2 else shown


def _shown(name: str) -> str:
    """A name as a title: no leading lowercase words ("first African Climate Summit")."""
    shown = name_form(name)
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
        aliases={name_form(n) for n in names} - {name},
        start=start if end and start and end > start else None,
        end=end if end and start and end > start else None,
        venue=_most_common(e.venue for e in events),
        reports=set().union(*(m.reports for m in members)),
    )


def event_slug(event: Event) -> str:
    """The id an event takes when no other of its slug comes first: its name's slug with the
    year of its first day ("africa-climate-summit-2023") unless the name holds it."""
    base = slugify(event.name)
    if event.date and not re.search(rf"\b{event.date.year}\b", event.name):
        base = f"{base}-{event.date.year}"
    return base
