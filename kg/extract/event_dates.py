"""When and where exactly an event took place: its span of days and its venue.

:func:`date_span` reads a sentence for the first and last day of a gathering: "3-5 July 2023",
"July 3 to 5", "from 30 June to 2 July", "from Monday to Wednesday", or a length ("a
three-day conference") with the day it opened or closed ("closed on Wednesday"). Weekdays
resolve against the publication date: the most recent such day on or before it, since a
report tells of what has happened. :func:`venue_of` finds a hotel, hall or conference
centre the event was held at ("at the Serena Hotel"). :func:`fill_event` applies both to an
event from the sentences that mention it. Plain functions over text: no extra spaCy pass.

Examples:
    >>> date_span("The summit ran from 3 to 5 July 2023 in Nairobi.", None)
    (datetime.date(2023, 7, 3), datetime.date(2023, 7, 5))
    >>> date_span("It met from Monday to Wednesday.", date(2024, 3, 7))
    (datetime.date(2024, 3, 4), datetime.date(2024, 3, 6))
    >>> venue_of("Delegates met at the Grand Lakeside Hotel in Kampala.", ("Hotel",))
    'Grand Lakeside Hotel'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from functools import lru_cache

from kg.extract.dateparse import parse_day
from kg.model import Event

__all__ = ["date_span", "venue_of", "fill_event"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|until|till|and|through)\s*"
_YEAR = r"(?:,?\s+(\d{4}))?"
# "3-5 July 2023", "from 3 to 5 July"
_DAY_FIRST = re.compile(rf"\b{_DAY}{_TO}{_DAY}\s+({_MONTH}){_YEAR}")
# "July 3-5, 2023"
_MONTH_FIRST = re.compile(rf"\b({_MONTH})\s+{_DAY}{_TO}{_DAY}\b(?!\s*{_MONTH}){_YEAR}")
# "from 30 June to 2 July 2023", "June 30 to July 2"
_TWO_DATES = re.compile(
    rf"\b(?:from|between)\s+((?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+\d{{4}})?)"
    rf"{_TO}((?:{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})(?:,?\s+\d{{4}})?)"
)
_WEEKDAY = "|".join(_WEEKDAYS)
_WEEKDAY_SPAN = re.compile(rf"\b(?:from|between)\s+({_WEEKDAY}){_TO}({_WEEKDAY})\b", re.I)
_LENGTH = re.compile(r"\b(two|three|four|five|six|seven|\d)[- ]day\b", re.I)
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# the day a gathering opened, or closed, as a report says it: "opened on Monday"
_WHERE = r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})?"
# "closed in Nairobi on Wednesday", "opened the Water Week at the Serena Hotel on Monday"
_WHEN = (rf"(?:{_WHERE}\s+(?:on\s+)?|[^.;:]{{0,100}}?\s+on\s+)"
         rf"({_WEEKDAY}|{_DAY}\s+{_MONTH}|{_MONTH}\s+{_DAY})")
_OPENED = re.compile(rf"\b(?:opened|began|started|kicked off|got under way){_WHEN}", re.I)
_CLOSED = re.compile(rf"\b(?:closed|concluded|ended|wrapped up|came to an end){_WHEN}", re.I)


def _parse(text: str, published: date | None, year: str | None = None) -> date | None:
    """A day written as words, its year from ``year``, else the publication's."""
    low = text.lower().strip()
    if low in _WEEKDAYS:
        if published is None:
            return None
        return published - timedelta(days=(published.weekday() - _WEEKDAYS.index(low)) % 7)
    if year is None and not re.search(r"\d{4}", text) and published is None:
        return None
    default = date(int(year), 1, 1) if year else published or date(2000, 1, 1)
    return parse_day(text, default)


def _ordered(start: date | None, end: date | None) -> tuple[date, date] | None:
    if start is None or end is None:
        return None
    if end < start and start.month == 12 and end.month == 1:  # "30 December to 2 January"
        end = end.replace(year=end.year + 1)
    if end < start and (start - end).days < 7:  # two weekdays: the first is a week earlier
        start -= timedelta(days=7)
    return (start, end) if timedelta(0) <= end - start <= timedelta(days=31) else None


def date_span(sentence: str, published: date | None) -> tuple[date, date] | None:
    """The first and last day of a gathering as ``sentence`` gives them, else None."""
    m = _DAY_FIRST.search(sentence)
    if m:
        first, last, month, year = m.groups()
        return _ordered(_parse(f"{first} {month}", published, year),
                        _parse(f"{last} {month}", published, year))
    m = _MONTH_FIRST.search(sentence)
    if m:
        month, first, last, year = m.groups()
        return _ordered(_parse(f"{month} {first}", published, year),
                        _parse(f"{month} {last}", published, year))
    m = _TWO_DATES.search(sentence)
    if m:
        year = re.search(r"\d{4}", m.group(0))
        y = year.group(0) if year else None
        return _ordered(_parse(m.group(1), published, y), _parse(m.group(4), published, y))
    m = _WEEKDAY_SPAN.search(sentence)
    if m:
        end = _parse(m.group(2), published)
        start = _parse(m.group(1), published)
        return _ordered(start, end)
    return None


def _opened_closed(sentences: Sequence[str], published: date | None) -> tuple[date, date] | None:
    """A span from the day it opened or closed and its length, or from both days."""
    opened = closed = None
    days = None
    for text in sentences:
        if opened is None and (m := _OPENED.search(text)):
            opened = _parse(m.group(1), published)
        if closed is None and (m := _CLOSED.search(text)):
            closed = _parse(m.group(1), published)
        if days is None and (m := _LENGTH.search(text)):
            word = m.group(1).lower()
            days = _NUMBERS.get(word) or int(word)
    if opened and closed:
        return _ordered(opened, closed)
    if days and days > 1:
        if closed:
            return closed - timedelta(days=days - 1), closed
        if opened:
            return opened, opened + timedelta(days=days - 1)
    return None


@lru_cache(maxsize=16)
def _venue_pattern(venue_words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of ``venue_of``, built once per list of venue words (it is asked of every
    sentence that may date a gathering: escaping and joining the words each time was most of
    its cost)."""
    words = "|".join(re.escape(w) for w in sorted(venue_words, key=len, reverse=True))
    cap = r"[A-Z][\w'’.&-]*"
    return re.compile(
        rf"\b(?:at|in)\s+(?:the\s+)?((?:{cap}\s+(?:of\s+|de\s+)?)*?(?:{words})(?:\s+{cap})*)"
    )


def venue_of(sentence: str, venue_words: Sequence[str]) -> str | None:
    """The venue ``sentence`` says a gathering was held at: a capitalized name holding one of
    ``venue_words`` after "at" or "in" ("at the Serena Hotel", "in the Jinnah Convention
    Centre"), without a trailing acronym in brackets."""
    if not venue_words:
        return None
    m = _venue_pattern(tuple(venue_words)).search(sentence)
    if not m:
        return None
    name = re.sub(r"\s+(?:in|on|at)$", "", re.sub(r"\s+", " ", m.group(1)).strip())
    return name if len(name.split()) >= 2 else None


def _holds(span: tuple[date, date], day: date | None, published: date | None) -> bool:
    """Whether a later sentence's span can be the event's: it holds the day the event has,
    or, dated only by its report, it is under way or over within the month before."""
    if day is not None:
        return span[0] <= day <= span[1]
    # begun by the publication day (a report may tell of a meeting that runs on), not over
    # for more than a month
    return published is None or (span[0] <= published + timedelta(days=1)
                                 and published - span[1] <= timedelta(days=31))


def fill_event(event: Event, sentences: Sequence[str], published: date | None,
               venue_words: Sequence[str]) -> None:
    """Give ``event`` the span of days and the venue its sentences state (the sentence that
    introduces it first); a span's first day becomes its date (a report's date line says when
    it was written, not when the event was held)."""
    found = [date_span(text, published) for text in sentences]
    found.append(_opened_closed(sentences, published))
    # the first sentence introduces the event; a later one may tell of another gathering
    # ("the previous conference, held on 3-4 May 2017"), so its span must hold the date
    # the event already has
    day = event.date if event.date != published else None  # the date line's: no evidence
    span: tuple[date, date] | None = next(
        (s for n, s in enumerate(found) if s and (n == 0 or _holds(s, day, published))), None)
    if span is not None:
        event.start, event.end = span
        event.date = span[0]
    if event.venue is None:
        event.venue = next((v for text in sentences if (v := venue_of(text, venue_words))), None)
