"""What extraction knows of one event while it reads a report, and the date and place a
sentence gives it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from spacy.tokens import Span

from kg import resources
from kg.extract.dateparse import parse_day
from kg.extract.parsed import ents_in
from kg.model import Event

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


@dataclass
class EventInfo:
    event: Event
    sent: int  # index of the sentence that introduces it
    head: int  # token index of its head word
    mentions: list[int] = field(default_factory=list)  # sentence indexes that refer to it
    proper: bool = True  # named by the report, rather than described ("regional conference")
    members: list[str] = field(default_factory=list)  # who met, for a meeting told by "met"
    hosts: list[str] = field(default_factory=list)  # who held it, when its telling says so
    # the gathering it is a part of ("a panel on X" at a conference): its people attended both
    within: EventInfo | None = None


def resolve_date(phrase: str, published: date | None) -> date | None:
    """A date phrase in the report, resolved against the publication date."""
    low = phrase.lower()
    if published is not None:
        if "yesterday" in low:
            return published - timedelta(days=1)
        if "today" in low:
            return published
        for n, day in enumerate(_WEEKDAYS):
            if day in low:
                return published - timedelta(days=(published.weekday() - n) % 7)
    m = re.search(r"(\d{1,2})\s*(?:-|–|to|and)\s*\d{1,2}\s+([A-Z][a-z]+\.?(?:\s+\d{4})?)", phrase)
    if m:  # "28 to 30 November": the first day
        phrase = f"{m.group(1)} {m.group(2)}"
    m = re.search(
        r"([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*\d{1,2}\b(?:st|nd|rd|th)?"
        r"(,?\s+\d{4})?",
        phrase,
    )
    if m:  # "November 28-30, 2023": the first day (and "30" is no year)
        phrase = f"{m.group(1)} {m.group(2)}{m.group(3) or ''}"
    if not re.search(r"\d", re.sub(r"\b\d{4}\b", "", phrase)):
        return None  # no day: "in November", "November 2023"
    if published is None and not re.search(r"\b\d{4}\b", phrase):
        return None  # "August 14" of an undated report: the year is unknown
    default = published or date(2000, 1, 1)
    return parse_day(phrase, default, fuzzy=True)


def sentence_date(sent: Span, published: date | None) -> date | None:
    for ent in ents_in(sent.doc, sent.start, sent.end):
        if ent.label_ == "DATE":
            d = resolve_date(ent.text, published)
            if d is not None:
                return d
    return None


def place_of(sent: Span) -> str | None:
    for ent in ents_in(sent.doc, sent.start, sent.end):
        if ent.label_ == "GPE" and ent.start > 0 and sent.doc[ent.start - 1].lower_ == "in":
            return ent.text
    return None



@cache
def event_words() -> dict[str, dict[str, str]]:
    """The extra word lists of ``events.yaml`` this package reads itself (word -> event type),
    by their key: ``edition_heads``, ``proper_heads``, ``topic_heads``."""
    data = resources.read_yaml("lexicons", "events.yaml")
    return {
        key: {w.lower(): typ for typ, words in (data.get(key) or {}).items() for w in words}
        for key in ("edition_heads", "proper_heads", "topic_heads")
    }


@cache
def qualified_heads() -> dict[str, tuple[str, frozenset[str]]]:
    """``events.yaml``'s heads that name a gathering only with one of their modifiers
    ("a mass rescue exercise"): word -> (event type, those modifiers)."""
    data = resources.read_yaml("lexicons", "events.yaml").get("qualified_heads") or {}
    return {w.lower(): (d["type"], frozenset(m.lower() for m in d["modifiers"]))
            for w, d in data.items()}


@cache
def part_words() -> frozenset[str]:
    """``events.yaml``'s words that make a session a part of the gathering told ("the closing
    session"), not a gathering of its own."""
    return frozenset(w.lower() for w in
                     resources.read_yaml("lexicons", "events.yaml").get("part_words") or [])

