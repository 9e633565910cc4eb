"""Persons' names: surname and given names, and how two names of one surname relate.

Two names relate only when their surnames are equivalent (equal, or transliteration variants:
"Jahangir"/"Jehangir"). Then they are ``SAME`` (every given name equivalent: "Ahmad Ishaq
Jahangir"/"Ahmad Ishaque Jehangir"), ``PARTIAL`` (one is a shortened form of the other: a bare
surname, initials, a dropped middle name) or ``CONFLICT`` (given names that disagree: "Ahmad
Jahangir"/"Tariq Jahangir"), which is evidence that they are two people.

Examples:
    >>> relation(parse("Ahmad Ishaq Jahangir"), parse("Ahmad Ishaque Jehangir"))
    'same'
    >>> relation(parse("Ahmad Jahangir"), parse("Ahmad Ishaq Jahangir"))
    'partial'
    >>> relation(parse("Tariq Jahangir"), parse("Ahmad Jahangir"))
    'conflict'
    >>> relation(parse("Yury Fedotov"), parse("Yuri Fedotov"))
    'same'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz.distance import JaroWinkler, Levenshtein

from kg.names import fold, lexicon, normalize, strip_honorifics

__all__ = ["PersonName", "parse", "is_person_name", "untitled", "skeleton", "equivalent",
           "relation"]

Relation = Literal["same", "partial", "conflict"]
#: Jaro-Winkler similarity above which two name tokens are spellings of one name.
TOKEN_SIMILARITY = 0.9
#: the share of letters two tokens with one skeleton must have in place (1 - edit distance /
#: length) to be spellings of one name: the variants ``skeleton`` is for keep 0.625 or more
#: ("Muhammad"/"Mohamed" 0.625, "Chowdhury"/"Chaudhary" 0.67), the names it confuses 0.6 or
#: less ("Khan"/"Kiani" 0.6, "Shah"/"Saha" 0.5, "Park"/"Paracha" 0.43)
SKELETON_SIMILARITY = 0.62


@dataclass(frozen=True)
class PersonName:
    """A person's name split into given names (optional prefixes such as "Syed" dropped) and
    the surname (last word, particles such as "al" dropped)."""

    given: tuple[str, ...]
    surname: str
    text: str

    @property
    def surname_key(self) -> str:
        return skeleton(self.surname)

    @property
    def block(self) -> str:
        """Blocking key: surname skeleton plus the first given initial ("" for a bare surname)."""
        return f"{self.surname_key}/{self.given[0][:1] if self.given else ''}"

    @property
    def specificity(self) -> int:
        """How much of the name is spelled out: full given names count, initials do not."""
        return sum(1 for g in self.given if len(g) > 1)


def parse(name: str) -> PersonName:
    """Split a person's name; the text is the normalized full name."""
    text = normalize(name)
    lex = lexicon()
    words = text.split()
    if not words:
        return PersonName((), "", text)
    surname = words[-1]
    given = tuple(
        w for w in words[:-1] if w not in lex.particles and w not in lex.optional_given
    )
    return PersonName(given, surname, text)


def is_person_name(name: str) -> bool:
    """True when ``name`` reads as a person's name rather than a title or a description:
    capitalized words or particles, no acronym ("FIA DG") and no title word ("UNODC chief")."""
    lex = lexicon()
    words = strip_honorifics(name).split()
    if not words:
        return False
    for word in words:
        letters = re.sub(r"[^a-z]", "", fold(word))
        if not letters:
            return False
        folded = fold(word).strip(".,")
        if folded in lex.title_words:
            return False
        if "." not in word and len(letters) >= 2 and word.isupper():
            return False
        if not word[0].isupper() and folded not in lex.particles:
            return False
    return True


def untitled(name: str) -> str:
    """``name`` without the title words before it ("General Sharipzoda" -> "Sharipzoda",
    "Vice President Lena Osei" -> "Lena Osei"); the name itself when it is all title words
    or starts with none.

    >>> untitled("Vice President Lena Osei")
    'Lena Osei'
    >>> untitled("Director General")
    'Director General'
    """
    words = strip_honorifics(name).split()
    titles = lexicon().title_words
    k = 0
    while k < len(words) and fold(words[k]).strip(".,") in titles:
        k += 1
    return " ".join(words[k:]) if 0 < k < len(words) else name


def skeleton(token: str) -> str:
    """A transliteration-tolerant key: first letter, then consonants with common variant
    spellings merged ("Ishaq"/"Ishaque" -> ``ishk``, "Mohammed"/"Muhammad" -> ``mhmd``).

    An "h" after a consonant is the aspiration romanizations of Indic and Arabic names write
    or leave out ("Shanghvi"/"Sanghvi", "Bhatti"/"Batti", "Chaudhry"/"Choudry"), and a "w"
    after a vowel is a vowel ("Chowdhury"/"Choudhury", "Dawood"/"Daood"): both are dropped.

    >>> skeleton("Shanghvi") == skeleton("Sanghvi")
    True
    >>> skeleton("Chowdhury") == skeleton("Choudhury")
    True
    >>> skeleton("Sanghvi") == skeleton("Singh")
    False
    """
    if not token:
        return ""
    text = token.replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k")
    text = re.sub(r"(?<=[aeiou])w", "", text)
    text = re.sub(r"(?<=[^aeiouyh])h", "", text.replace("z", "s").replace("w", "v"))
    rest = re.sub(r"[aeiouy]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", text[0] + rest)


def equivalent(a: str, b: str) -> bool:
    """Two name tokens are one name: equal, same skeleton, or very close spelling."""
    if a == b:
        return True
    if a[:1] != b[:1] or len(a) < 2 or len(b) < 2:
        return False
    if JaroWinkler.similarity(a, b) >= TOKEN_SIMILARITY:
        return True
    # a skeleton drops vowels, aspirations and doubled letters, so two names can share one
    # ("Ban"/"Bhuiyan", "Park"/"Paracha", "Sathe"/"Shetty", "Shah"/"Saha"): it is a spelling
    # only when few letters differ
    return skeleton(a) == skeleton(b) and Levenshtein.normalized_similarity(a, b) >= (
        SKELETON_SIMILARITY
    )


def _compatible(a: str, b: str) -> bool:
    """Equivalent, or one is the other's initial."""
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return equivalent(a, b)


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Each token of ``short`` matches a token of ``long``, in order (greedy)."""
    i = 0
    for token in long:
        if i < len(short) and _compatible(short[i], token):
            i += 1
    return i == len(short)


def relation(a: PersonName, b: PersonName) -> Relation | None:
    """How two names relate; None when their surnames differ (unrelated names)."""
    if not a.surname or not b.surname or not equivalent(a.surname, b.surname):
        return None
    if not a.given or not b.given:
        return "partial"
    if not _compatible(a.given[0], b.given[0]):
        return "conflict"
    pairs = zip(a.given, b.given, strict=False)
    if len(a.given) == len(b.given) and all(
        len(x) > 1 and len(y) > 1 and equivalent(x, y) for x, y in pairs
    ):
        return "same"
    short, long = (a.given, b.given) if len(a.given) <= len(b.given) else (b.given, a.given)
    return "partial" if _subsequence(short, long) else "conflict"
