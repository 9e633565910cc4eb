"""What resolution reads in names, on top of the one theory of names in :mod:`kg.names`.

:mod:`kg.names` says when two names are the same (:func:`~kg.names.normalize`,
:func:`~kg.names.name_key`) for every step; this module holds what only resolution asks of a
name: the acronyms it can give (:func:`initials`), its host place (:func:`split_place`,
:func:`place_key`), the body a group is named after (:func:`group_member`). It also re-exports
the functions of :mod:`kg.names` that resolution and the graph import from here.

Examples:
    >>> sorted(initials("Federal Investigation Agency"))
    ['FIA']
"""

from __future__ import annotations

import re

from kg.names import (
    Lexicon,
    acronym_key,
    display_name,
    fold,
    is_acronym,
    lexicon,
    name_key,
    normalize,
    slugify,
    strip_honorifics,
)

__all__ = [
    "Lexicon",
    "lexicon",
    "fold",
    "strip_honorifics",
    "display_name",
    "normalize",
    "name_key",
    "is_acronym",
    "acronym_key",
    "initials",
    "split_place",
    "place_key",
    "group_member",
    "slugify",
]


def initials(name: str) -> set[str]:
    """The acronyms a full name can give: with and without small words, an acronym inside
    the name kept whole or by its first letter ("UN Office on Drugs and Crime" -> UNODC)."""
    text = re.sub(r"^the\s+", "", strip_honorifics(name), flags=re.IGNORECASE)
    words = [w for w in re.split(r"[\s/,()]+", text) if re.search(r"[A-Za-z]", w)]
    if len(words) < 2:
        return set()
    stop = lexicon().acronym_stopwords
    found: set[str] = set()
    for skip_small in (True, False):
        for whole in (True, False):
            parts = []
            for word in words:
                if skip_small and fold(word) in stop:
                    continue
                if whole and is_acronym(word):
                    parts.append(acronym_key(word))
                else:
                    parts.append(fold(re.sub(r"[^A-Za-z0-9]", "", word))[:1].upper())
            acronym = "".join(parts)
            if len(acronym) >= 2:
                found.add(acronym)
    return found


_PLACE = re.compile(
    r"^(?P<base>.+?)\s+(?P<prep>in|to)\s+(?P<place>(?:the\s+)?[A-Z][\w'.\-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'.\-]*){0,3})$"
)


def split_place(name: str) -> tuple[str, str, str] | None:
    """``(base, preposition, place)`` for "US Embassy in Islamabad"; None without a place.

    >>> split_place("Delegation of the European Union to Pakistan")
    ('Delegation of the European Union', 'to', 'Pakistan')
    >>> split_place("National Agency Against Trafficking in Persons") is None
    True
    """
    match = _PLACE.match(name.strip())
    if not match or normalize(match["place"]) in lexicon().not_places:
        return None
    return match["base"], match["prep"], match["place"]


def place_key(place: str) -> str:
    """The key of a host place: :func:`name_key`, a capital city standing for its country
    (an office "in Kathmandu" is in Nepal).

    >>> place_key("Kathmandu") == place_key("Nepal")
    True
    >>> place_key("Karachi")
    'karachi'
    """
    text = normalize(place)
    return lexicon().countries.get(text, text).replace(" ", "")


def group_member(name: str) -> str | None:
    """The name a group is named after ("World Bank Group" -> "World Bank"); None for a name
    that is no group's, or one with nothing before its last word.

    >>> group_member("the World Bank Group")
    'World Bank'
    >>> group_member("World Bank Institute") is None
    True
    """
    words = display_name(name).split()
    if len(words) < 2 or fold(words[-1]) not in lexicon().group_words:
        return None
    return " ".join(words[:-1])
