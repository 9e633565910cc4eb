"""Tagging text with the concepts of the topic scheme: the project's (``topics.yaml``), or a
researcher's own in SKOS (see :mod:`kg.extract.topic_scheme`)."""

from __future__ import annotations

import re
from functools import cache

from kg.extract.lexicon import lexicon
from kg.extract.topic_scheme import Topics, in_use


@cache
def scheme() -> Topics:
    """Slug -> (label, signal words) of every topic in use (read once per process)."""
    return in_use(lexicon().topics)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """One regex per topic, alternating its signal words (built once)."""
    return {
        slug: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
        for slug, (_, words) in scheme().items()
    }


def use_topics(path: str | None, replace: bool = False) -> None:
    """Tag with the SKOS scheme at ``path`` from now on, beside the shipped topics or
    (``replace``) instead of them; ``None`` goes back to the shipped ones. Worker processes
    started later inherit the choice. Raises KgError naming the file when it is not a usable
    scheme (nothing changes then)."""
    import os

    from kg.extract.topic_scheme import read_skos

    if path is not None:
        read_skos(path)  # fails here, before anything changes
        os.environ["KG_TOPICS"] = str(path)
        os.environ["KG_TOPICS_REPLACE"] = "1" if replace else "0"
    else:
        os.environ.pop("KG_TOPICS", None)
        os.environ.pop("KG_TOPICS_REPLACE", None)
    scheme.cache_clear()
    _patterns.cache_clear()


def topics_of(text: str) -> set[str]:
    """The slugs of the topics whose signal words occur in the text."""
    low = text.lower()
    return {slug for slug, pattern in _patterns().items() if pattern.search(low)}


def topic_labels() -> dict[str, str]:
    """Slug -> preferred label of every topic of the scheme (``skos:prefLabel`` in the graph)."""
    return {slug: label for slug, (label, _) in scheme().items()}
