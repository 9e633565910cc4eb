"""The header conventions of news copy, read once from ``kg/data/patterns.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg import resources


@dataclass(frozen=True)
class Patterns:
    """Bylines, date labels and name particles (see ``patterns.yaml`` for what each is)."""

    byline_prefixes: tuple[str, ...]
    byline_words: frozenset[str]
    kind_labels: frozenset[str]
    date_labels: tuple[str, ...]
    name_particles: frozenset[str]
    max_header_lines: int
    max_title_chars: int


@cache
def patterns() -> Patterns:
    """The patterns, loaded on first use (not at import time) and then kept."""
    raw = resources.read_yaml("patterns.yaml")
    return Patterns(
        byline_prefixes=tuple(raw["byline_prefixes"]),
        byline_words=frozenset(w.lower() for w in raw["byline_words"]),
        kind_labels=frozenset(w.lower() for w in raw["kind_labels"]),
        # Longest first, so that "published on" wins over "published".
        date_labels=tuple(sorted(raw["date_labels"], key=len, reverse=True)),
        name_particles=frozenset(raw["name_particles"]),
        max_header_lines=int(raw["max_header_lines"]),
        max_title_chars=int(raw["max_title_chars"]),
    )
