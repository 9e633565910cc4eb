"""When two names are the same: the one theory, shared by loaders, extraction and resolution.

Three forms of a name, each built on the one before, with the word lists in
``kg/data/names.yaml`` (read once, on first use):

- :func:`fold`: the letters: case and accents folded, curly quotes straightened.
- :func:`spelling_form`: the same words, however written: no punctuation, possessive "'s",
  dots of initials ("U.S." -> ``us``) or leading "the"; "&" read as "and"; British spellings
  made American ("Labour Organisation" -> ``labor organization``). Words keep their inner
  hyphens. Extraction compares the names of one report in this form.
- :func:`normalize`: the same name, whoever writes it: the spelling form without honorifics
  or hyphens, with the phrases of one meaning made one ("United States"/"American" -> ``us``,
  demonyms to their country), a state named either way round ("Embassy of the Netherlands" =
  "Dutch Embassy"), a parliament by its own name ("Knesset" = "Israeli Parliament"), a
  country office by its capital ("ILO Dhaka Office" = "ILO Bangladesh Office"). Resolution
  merges the actors of many reports in this form; :func:`name_key` is it without spaces.

Also here: :func:`strip_honorifics` and :func:`display_name` (a surface form as a name to
show), :func:`is_acronym` and :func:`acronym_key`, and :func:`slugify` (a name as an id).

Examples:
    >>> spelling_form("The International Labour Organisation's")
    'international labor organization'
    >>> spelling_form("Al-Nasser & Co.")
    'al-nasser and co'
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
    "spelling_form",
    "strip_honorifics",
    "display_name",
    "normalize",
    "name_key",
    "is_acronym",
    "acronym_key",
    "slugify",
]


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``names.yaml``, with the regular expressions built from them."""

    honorifics: re.Pattern[str]
    #: given-name prefixes a report may drop ("Syed"), and surname particles ("al", "van")
    optional_given: frozenset[str]
    particles: frozenset[str]
    title_words: frozenset[str]
    not_places: frozenset[str]
    #: British spelling -> American, one word (a hyphenated word as its parts: "co operation")
    spellings: dict[str, str]
    #: phrases of one meaning -> one form ("united states" -> "us"), after the spellings
    phrases: re.Pattern[str]
    phrase_map: dict[str, str]
    acronym_stopwords: frozenset[str]
    state_body: re.Pattern[str]
    #: a legislature's own name -> "<country> parliament" (applied after ``phrases``)
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
    # "h e" must match "H.E." but not the surname "He": separators are required between words;
    # an abbreviation ends in a dot or an apostrophe ("Dato' Sri")
    words = sorted(data["honorifics"], key=len, reverse=True)
    alts = "|".join(r"[\s.']+".join(map(re.escape, w.split())) for w in words)
    honorifics = re.compile(rf"^(?:(?:{alts})\b[.']?\s*)+")
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
        spellings=data["spellings"],
        phrases=re.compile(rf"\b({_alternation(data['phrases'])})\b"),
        phrase_map=data["phrases"],
        acronym_stopwords=frozenset(data["acronym_stopwords"]),
        state_body=re.compile(
            rf"^(?P<body>{_alternation(data['state_bodies'])})"
            # the place: one to three words, none a connector ("Ministry of Health and X")
            + r" of (?:the )?(?P<place>(?:(?!and\b|of\b)[a-z0-9]+ ?){1,3})$"
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


# dotted initials and acronyms: "u.s." -> "us", "b.s" -> "bs"
_DOTTED = re.compile(r"\b[a-z](?:\.[a-z])+\b\.?")
# a word, with its inner hyphens ("al-nasser", "co-operation")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ISATION = re.compile(r"isation(s?)$")


def _american(word: str, spellings: dict[str, str]) -> str:
    """One word in American spelling: the table's ("labour" -> "labor", "co-operation" ->
    "cooperation"), else "-isation" as "-ization"."""
    found = spellings.get(word) or spellings.get(word.replace("-", " "))
    return found if found is not None else _ISATION.sub(r"ization\1", word)


def _spelled(folded: str) -> str:
    """The spelling form of a folded text (see :func:`spelling_form`)."""
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), folded)
    text = re.sub(r"'s\b", "", text).replace("&", " and ")
    spellings = lexicon().spellings
    words = [_american(w, spellings) for w in _WORD.findall(text)]
    while len(words) > 1 and words[0] == "the":  # "The" alone is a word, not an empty name
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def spelling_form(name: str) -> str:
    """The words of a name, however written (see the module docstring).

    >>> spelling_form("Programme Centre for Defence") == spelling_form("program center for defense")
    True
    >>> spelling_form("UNODC's Co-operation Office")
    'unodc cooperation office'
    """
    return _spelled(fold(name))


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
    """The comparison form of a name across reports (see the module docstring)."""
    text = fold(name)
    lex = lexicon()
    match = lex.honorifics.match(text)
    if match and match.end() < len(text):
        text = text[match.end():]
    text = _spelled(text).replace("-", " ")
    text = lex.phrases.sub(lambda m: lex.phrase_map[m.group(1)], text)
    # "the Republic of Kenya", "the Islamic Republic of Pakistan": the state by its short name
    text = re.sub(r"\b(?:(?:federal|islamic|democratic|socialist|people|arab) )*"
                  r"(?:republic|kingdom) of (?:the )?", "", text)
    # "the Knesset" is the Israeli Parliament (after the phrases: "Turkish Grand National
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


def slugify(name: str) -> str:
    """Lowercase ASCII words joined by hyphens; dots and apostrophes vanish ("U.S." -> "us")."""
    text = re.sub(r"[.'`]", "", fold(display_name(name)))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "actor"
