"""dateutil's parser, remembered: a report writes the same day ("12 March 2024") in several
sentences, each rule that dates an event reads it again, and each reading costs dateutil tens
of microseconds. The answer depends only on the text, the default day and ``fuzzy``."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from dateutil import parser as dateparser


@lru_cache(maxsize=4096)
def parse_day(text: str, default: date, fuzzy: bool = False) -> date | None:
    """The day ``text`` writes, ``default`` giving what it leaves out; None where dateutil
    cannot read it (any other error is raised, and not remembered)."""
    try:
        parsed = dateparser.parse(text, default=dateparser.parse(default.isoformat()), fuzzy=fuzzy)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None
