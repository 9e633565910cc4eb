"""Dates in news copy: a date string, and the dateline that opens a report body.

A dateline names the place a story was filed from and often its date, before a dash or a colon:
``VIENNA, 17 April 2012 - ...``, ``BIJILO, The Gambia, Jan. 4, 2024 - ...``,
``ISLAMABAD, Feb 28 (APP): ...``, ``Islamabad: A two-day ...``.

Examples:
    >>> parse_date("Jan. 4, 2024")
    datetime.date(2024, 1, 4)
    >>> parse_date("Feb 28") is None  # no year
    True
    >>> parse_date("Feb 28", year=2024)
    datetime.date(2024, 2, 28)
    >>> parse_dateline("VIENNA, 17 April 2012 - The agencies signed")
    Dateline(place='VIENNA', date=datetime.date(2012, 4, 17), end=24, agency=None)
    >>> parse_dateline("DAKAR, Senegal, Nov. 26, 2024 (AP) - Police in").agency
    'AP'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as date_parser

from kg.loaders.patterns import patterns

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
#: A date string must name a month, or be numeric (2012-04-17, 17/04/2012, 17.04.2012).
_LOOKS_LIKE_DATE = re.compile(
    rf"\b{_MONTH}(?![a-z])|\b\d{{4}}-\d{{1,2}}-\d{{1,2}}\b|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b",
    re.IGNORECASE,
)
# Two defaults that differ in year, month and day (both leap years, so Feb 29 parses): a
# field that comes out different was not in the string.
_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2004, 2, 2)
#: The separator that ends a dateline: a spaced dash, or a colon.
_SEPARATOR = re.compile(r"\s+(?:-{1,2}|\u2013|\u2014)\s+|:\s+")
_AGENCY = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_MAX_DATELINE_CHARS = 80


@dataclass(frozen=True)
class Dateline:
    """The opening of a report body: ``place``, ``date`` if stated, ``end`` offset after it."""

    place: str
    date: date | None
    end: int
    #: the wire agency named in parentheses before the separator ("(AP)"), if any
    agency: str | None = None


def parse_date(text: str, *, year: int | None = None) -> date | None:
    """Parse a date with python-dateutil; None unless it gives a day, a month and a year.

    A date without a year takes ``year`` when given. Only strings that name a month or are
    numeric dates are tried, so that a bare number or a word is never taken for a date.
    """
    parsed = _parse(text)
    if parsed is None:
        return None
    day, has_year = parsed
    if has_year:
        return day
    if year is None:
        return None
    try:
        return day.replace(year=year)
    except ValueError:  # Feb 29 in a common year
        return None


def _parse(text: str) -> tuple[date, bool] | None:
    """The date in ``text`` and whether it states its year; None if it is not a day's date."""
    text = text.strip()
    if not text or len(text) > 60 or not _LOOKS_LIKE_DATE.search(text):
        return None
    try:
        first = date_parser.parse(text, default=_DEFAULT_A)
        second = date_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError):
        return None
    if first.day != second.day or first.month != second.month:
        return None
    return first.date(), first.year == second.year


def is_place(text: str) -> bool:
    """True if ``text`` reads as a place name: 1-5 capitalized words, no digits."""
    words = text.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    particles = set(patterns().name_particles)
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w in particles for w in words)


def parse_dateline(line: str, *, year: int | None = None) -> Dateline | None:
    """Read the dateline at the start of ``line``; None if the line does not open with one.

    The date is None when the dateline has none or it lacks a year that ``year`` cannot give.
    """
    match = _SEPARATOR.search(line, 0, _MAX_DATELINE_CHARS)
    if match is None:
        return None
    head = line[: match.start()]
    prefix = _AGENCY.sub("", head)
    agency = head[len(prefix):].strip().strip("()").strip() or None
    parts = [p.strip() for p in prefix.split(",")]
    place = parts[0]
    if not is_place(place):
        return None
    rest = parts[1:]
    for k in range(len(rest)):
        candidate = ", ".join(rest[k:])
        if _parse(candidate) is not None and all(is_place(p) for p in rest[:k]):
            return Dateline(place=place, date=parse_date(candidate, year=year), end=match.end(),
                            agency=agency)
    if not all(is_place(p) for p in rest):
        return None
    return Dateline(place=place, date=None, end=match.end(), agency=agency)
