"""Tagging text with the concepts of the project's topic scheme (``topics.yaml``)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicon import lexicon


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One regex per topic, alternating its signal words (built once)."""
    return {
        slug: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        for slug, (_, words) in lexicon().topics.items()
    }


def topics_of(text: str) -> set[str]:
    """The slugs of the topics whose signal words occur in the text."""
    low = text.lower()
    return {slug for slug, pattern in _patterns().items() if pattern.search(low)}


def topic_labels() -> dict[str, str]:
    """Slug -> preferred label of every topic of the scheme (``skos:prefLabel`` in the graph)."""
    return {slug: label for slug, (label, _) in lexicon().topics.items()}
