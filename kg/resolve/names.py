"""Name normalization: the keys under which two surface forms of one actor meet.

Everything here is a pure function of a string; the word lists live in ``kg/data/names.yaml``
(loaded once, on first use). The forms are:

- :func:`normalize`: folded case and accents, no punctuation or honorifics, British spellings
  made American, "U.S."/"United States"/"American" -> ``us``, "United Nations" -> ``un``, no
  leading "the".
- :func:`name_key`: :func:`normalize` without spaces, so "Co-operation" meets "Cooperation".
- :func:`acronym_key`, :func:`initials`: an acronym as written, and the acronyms a full name
  can give ("National Agency Against Trafficking in Persons" -> ``NAATIP``).
- :func:`split_place`: an organization's name without its trailing "in <Place>"/"to <Place>";
  :func:`place_key`: the key of such a place, a capital city standing for its country.
- :func:`group_member`: the name a group is named after ("World Bank Group" -> "World Bank").
- :func:`slugify`: the stable id of a canonical name.

Examples:
    >>> normalize("The U.S. Embassy")
    'us embassy'
    >>> normalize("Dr. Ehsan Sadiq") == normalize("Ehsan Sadiq")
    True
    >>> normalize("Government of the United Arab Emirates") == normalize("UAE Government")
    True
    >>> normalize("Embassy of the Netherlands") == normalize("the Dutch Embassy")
    True
    >>> normalize("Embassy of the Kingdom of the Netherlands")
    'netherlands embassy'
    >>> normalize("the Knesset") == normalize("Israeli Parliament")
    True
    >>> normalize("ILO Kathmandu Office") == normalize("ILO Office in Nepal")
    True
    >>> name_key("Organisation for Security and Co-operation in Europe")
    'organizationforsecurityandcooperationineurope'
    >>> sorted(initials("Federal Investigation Agency"))
    ['FIA']
    >>> slugify("Mohammed B.S Jallow")
    'mohammed-bs-jallow'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from kg import resources

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


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``names.yaml``, with the regular expressions built from them."""

    honorifics: re.Pattern[str]
    optional_given: frozenset[str]
    particles: frozenset[str]
    title_words: frozenset[str]
    not_places: frozenset[str]
    rewrites: re.Pattern[str]
    rewrite_map: dict[str, str]
    acronym_stopwords: frozenset[str]
    state_body: re.Pattern[str]
    #: a legislature's own name -> "<country> parliament" (applied after ``rewrites``)
    legislatures: re.Pattern[str]
    legislature_map: dict[str, str]
    #: capital city -> its country; every country named there maps to itself
    countries: dict[str, str]
    #: "<org> <capital> <office>" and "<org> <office> in|for <capital or country>"
    branch_named: re.Pattern[str]
    branch_placed: re.Pattern[str]
    branch_heads: dict[str, str]
    group_words: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """Load ``names.yaml`` (once)."""
    data: dict[str, Any] = resources.read_yaml("names.yaml")
    # "h e" must match "H.E." but not the surname "He": separators are required between words.
    words = sorted(data["honorifics"], key=len, reverse=True)
    alts = "|".join(r"[\s.]+".join(map(re.escape, w.split())) for w in words)
    honorifics = re.compile(rf"^(?:(?:{alts})\b\.?\s*)+")
    rewrite_map = {**data["spellings"], **data["phrases"]}
    keys = sorted(rewrite_map, key=len, reverse=True)
    rewrites = re.compile(r"\b(" + "|".join(map(re.escape, keys)) + r")\b")
    legislature_map = {k: f"{v} parliament" for k, v in data["legislatures"].items()}
    capitals: dict[str, str] = data["capitals"]
    countries = {**{c: c for c in capitals.values()}, **capitals}
    heads = _alternation(data["branch_heads"])
    return Lexicon(
        honorifics=honorifics,
        optional_given=frozenset(data["optional_given"]),
        particles=frozenset(data["particles"]),
        title_words=frozenset(data["title_words"]),
        not_places=frozenset(data["not_places"]),
        rewrites=rewrites,
        rewrite_map=rewrite_map,
        acronym_stopwords=frozenset(data["acronym_stopwords"]),
        state_body=re.compile(
            r"^(?P<body>" + "|".join(sorted(map(re.escape, data["state_bodies"]), key=len,
                                             reverse=True))
            # the place: one to three words, none a connector ("Ministry of Health and X")
            + r") of (?:the )?(?P<place>(?:(?!and\b|of\b)[a-z0-9]+ ?){1,3})$"
        ),
        legislatures=re.compile(rf"\b({_alternation(legislature_map)})\b"),
        legislature_map=legislature_map,
        countries=countries,
        branch_named=re.compile(
            rf"^(?P<org>.+?) (?P<place>{_alternation(capitals)}) (?P<head>{heads})$"
        ),
        branch_placed=re.compile(
            rf"^(?P<org>.+?) (?P<head>{heads}) (?:in|for) (?:the )?"
            rf"(?P<place>{_alternation(countries)})$"
        ),
        branch_heads=data["branch_heads"],
        group_words=frozenset(data["group_words"]),
    )


def _alternation(words: Any) -> str:
    """A regular-expression alternation of ``words``, longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lowercase ASCII-ish text: accents removed, curly quotes straightened."""
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("\u2019", "'").replace("\u2018", "'").casefold()


def strip_honorifics(name: str) -> str:
    """``name`` without leading forms of address ("H.E. Mr. X" -> "X"), case kept."""
    folded = fold(name)
    match = lexicon().honorifics.match(folded)
    if not match or match.end() >= len(name.strip()):
        return name.strip()
    # fold() keeps the length for Latin text, so the match offsets apply to the original.
    return name[match.end():].strip() if len(folded) == len(name) else name.strip()


@lru_cache(maxsize=1 << 16)
def display_name(name: str) -> str:
    """A surface form as a canonical name: no honorific, no lowercase leading "the "."""
    shown = re.sub(r"\s+", " ", strip_honorifics(name))
    return shown[4:] if shown.startswith("the ") else shown


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The comparison form of a name (see the module docstring)."""
    text = fold(name)
    match = lexicon().honorifics.match(text)
    if match and match.end() < len(text):
        text = text[match.end():]
    # dotted acronyms and initials: "u.s." -> "us", "b.s" -> "bs"
    text = re.sub(r"\b[a-z](?:\.[a-z])+\b\.?", lambda m: m.group(0).replace(".", ""), text)
    text = re.sub(r"'s\b", "", text).replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text).strip()
    text = re.sub(r"isation(s?)\b", r"ization\1", text)
    lex = lexicon()
    text = lex.rewrites.sub(lambda m: lex.rewrite_map[m.group(1)], text)
    if text.startswith("the "):
        text = text[4:]
    # "the Republic of Kenya", "the Islamic Republic of Pakistan": the state by its short name
    text = re.sub(r"\b(?:(?:federal|islamic|democratic|socialist|people|arab) )*"
                  r"(?:republic|kingdom) of (?:the )?", "", text)
    # "the Knesset" is the Israeli Parliament (after the rewrites: "Turkish Grand National
    # Assembly" has become "turkey grand national assembly")
    text = lex.legislatures.sub(lambda m: lex.legislature_map[m.group(1)], text)
    body = lex.state_body.match(text)
    if body:
        text = f"{body['place'].strip()} {body['body']}"
    return _branch(text, lex)


def _branch(text: str, lex: Lexicon) -> str:
    """An office of an organization in one country as "<org> <country> <office>": the office
    named by its capital ("ilo dhaka office") or placed after its head ("ilo office in
    bangladesh") is its country office."""
    found = lex.branch_placed.match(text) or lex.branch_named.match(text)
    if found is None:
        return text
    return f"{found['org']} {lex.countries[found['place']]} {lex.branch_heads[found['head']]}"


def name_key(name: str) -> str:
    """:func:`normalize` without spaces: the exact-match key of a name."""
    return normalize(name).replace(" ", "")


_ACRONYM_CHARS = re.compile(r"^[A-Z0-9][A-Z0-9&.\-]*$")


def is_acronym(name: str) -> bool:
    """True for "FIA", "U.S.", "GLO.ACT": one word, at least two letters, all capitals."""
    text = name.strip()
    letters = re.sub(r"[^A-Za-z]", "", text)
    return len(letters) >= 2 and len(text) <= 12 and bool(_ACRONYM_CHARS.match(text))


def acronym_key(name: str) -> str:
    """An acronym without dots or case: ``U.N.O.D.C.`` -> ``UNODC``."""
    return re.sub(r"[^A-Za-z0-9]", "", fold(name)).upper()


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


def slugify(name: str) -> str:
    """Lowercase ASCII words joined by hyphens; dots and apostrophes vanish ("U.S." -> "us")."""
    text = re.sub(r"[.'`]", "", fold(display_name(name)))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"
