"""Tagging text with the concepts of the project's topic scheme (``topics.yaml``)."""

from __future__ import annotations

import re

from kg.extract.lexicon import lexicon


def topics_of(text: str) -> set[str]:
    """The slugs of the topics whose signal words occur in the text."""
    low = text.lower()
    found = set()
    for slug, (_, words) in lexicon().topics.items():
        if any(re.search(rf"\b{re.escape(w)}\b", low) for w in words):
            found.add(slug)
    return found


def topic_labels() -> dict[str, str]:
    """Slug -> preferred label of every topic of the scheme (``skos:prefLabel`` in the graph)."""
    return {slug: label for slug, (label, _) in lexicon().topics.items()}
