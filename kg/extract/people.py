"""Person names in a parsed report: the model's names found again where it missed them, given
names and surname particles it dropped taken back, names next to a title, and the tests that
keep places, venues and bodies from passing for people.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from spacy.tokens import Doc

from kg import resources
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import ents, span_text, span_words, tokens
from kg.extract.parsed import text as doc_text
from kg.extract.spans import HONORIFICS, is_cap, namelike, org_subtype, overlaps
from kg.extract.wordfind import names_spans

_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "monday", "tuesday", "wednesday",
             "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


# ... "af" (Swedish), "í" and "á" (Faroese, Icelandic): "Helena af Wetterstedt", "Jógvan í Líð"
_PARTICLES = {"af", "av", "í", "á",
              "van", "von", "der", "den", "de", "da", "di", "du", "dos", "del", "la", "le", "ter",
              "bin", "bint", "binti", "ibn", "al", "el", "ul", "los", "las", "das", "do"}


#: the particles of a surname, lowercase inside a name ("Ursula von der Leyen")
PARTICLES = _PARTICLES


def _hyphen_joined(doc: Doc, k: int) -> bool:
    """Is token k a hyphen written inside a word ("Duck-soo", "Sahle-Work")?"""
    tk = tokens(doc)
    return (
        0 < k < len(doc) - 1
        and tk[k].text == "-"
        and not tk[k - 1].whitespace_
        and not tk[k].whitespace_
        # "O'Donnell-Sapolu": an apostrophe inside the first part is still a word
        and tk[k - 1].text.replace("'", "").replace("’", "").isalpha()
        and tk[k + 1].is_alpha
    )


def surname_tail(doc: Doc, j: int) -> int:
    """Take back the end of a name the model cut: the particles of a surname and the name
    after them ("Ursula von | der Leyen"), a hyphenated part ("Han Duck | -soo")."""
    tk = tokens(doc)
    while j < len(doc):
        if _hyphen_joined(doc, j):
            j += 2
            if j < len(doc) and tk[j].ent_type_ == "PERSON" and tk[j].is_title:
                j += 1  # "Sahle-Work | Zewde": the model's next name goes on with this one
            continue
        k = j
        # "Hilde Van | den Bossche": a particle may be capitalized inside a name
        while k < len(doc) and tk[k].lower_ in _PARTICLES and k - j < 2:
            k += 1
        if k > j and k < len(doc) and tk[k].is_title and tk[k].is_alpha and tk[k].pos_ == "PROPN":
            j = k + 1
            continue
        break
    return j


def second_surname(doc: Doc, i: int, j: int, lex: Lexicon, titles: list[tuple[int, int]]) -> int:
    """Take back the surnames the model left after two given names ("Rosa Amalia | Cárcamo
    Zelaya, ..."): one or two capitalized proper nouns it gave no label, no head word or title,
    and the name ends after them (a comma, a verb, a lowercase word)."""
    tk = tokens(doc)
    if j - i < 2:
        return j
    k = j
    while (
        k < len(doc) and k - j < 2 and tk[k].is_title and tk[k].is_alpha
        and tk[k].pos_ == "PROPN" and not tk[k].ent_type_
        and tk[k].text not in lex.org_heads and tk[k].lower_ not in lex.title_words
        and tk[k].lower_ not in _CALENDAR and tk[k].text not in lex.place_words
        and not overlaps(tk[k].idx, tk[k].idx + len(tk[k]), titles)
    ):
        k += 1
    if k == j or (k < len(doc) and (tk[k].is_title or tk[k].is_upper) and tk[k].is_alpha):
        return j  # "Ana Ruiz Opens Forum": a headline's capitals, not a name going on
    return k


#: "son of", "daughter of": always after a given name, whatever the model made of it
_PATRONYMIC = {"bin", "bint", "binti", "ibn"}


def given_names(doc: Doc, i: int, titles: list[tuple[int, int]]) -> int:
    """Take back a given name the model left out ("Sadiya" of "Sadiya Umar Farouq"), over the
    particles of a surname ("Marieke van den Berg")."""
    tk = tokens(doc)
    while _hyphen_joined(doc, i - 1) and tk[i - 2].is_title:  # "Sahle-Work Zewde"
        i -= 2
    # "Fahad | bin Abdullah", "Ohood (a place, says the model) bint | Khalfan Al Roumi": the
    # word before a patronymic is the given name, even opening a sentence
    p = i if i < len(doc) and tk[i].text in _PATRONYMIC else i - 1
    if 0 < p < len(doc) and tk[p].text in _PATRONYMIC and (p == i or i - p == 1):
        given = tk[p - 1]
        if (
            given.is_title and given.is_alpha and given.text not in HONORIFICS
            and not overlaps(given.idx, given.idx + len(given), titles)
        ):
            return p - 1
    k = i
    while k > 0 and tk[k - 1].text in _PARTICLES and i - k < 2:
        k -= 1
    if k < i:  # particles: only with a given name before them
        t = tk[k - 1] if k > 0 else None
        # a dateline's date can swallow the given name: "May 4 - Marieke van den Berg"
        if t is None or not t.is_title or t.text in HONORIFICS:
            return i
        dated = t.ent_type_ == "DATE" and t.lower_ not in _CALENDAR
        # a given name the model took alone for a body ("Ohood | bint Khalfan")
        lone = t.ent_type_ == "ORG" and t.ent_iob_ == "B" and tk[k].ent_iob_ != "I"
        named = t.ent_type_ not in ("DATE", "GPE", "ORG") or dated or lone
        return k - 1 if named and not overlaps(t.idx, t.idx + len(t), titles) else i
    for _ in range(2):
        t = tk[i - 1] if i > 0 else None
        if (
            t is None
            or t.pos_ != "PROPN"
            or not t.is_title
            or t.ent_type_
            or t.is_sent_start
            or t.text in HONORIFICS
            or overlaps(t.idx, t.idx + len(t), titles)
        ):
            break
        i -= 1
    while _hyphen_joined(doc, i - 1) and tk[i - 2].is_title:
        i -= 2
    return i


@cache
def ranks() -> frozenset[str]:
    """Ranks that open a name in the model's eyes (honorifics.yaml, ``ranks``)."""
    return frozenset(resources.read_yaml("lexicons", "honorifics.yaml").get("ranks") or ())


def past_ranks(doc: Doc, i: int, j: int) -> int:
    """Where a person's name begins after the ranks the model took into it ("General | Ana
    Ruiz Mendez", "Constable | Rob Hale" of "Chief Constable Rob Hale"): two words of the name
    stay at least, so a rank may still be a surname ("Ana Marshal")."""
    tk = tokens(doc)
    while j - i > 2 and tk[i].text in ranks() and tk[i + 1].is_title:
        i += 1
    return i


def repeated_people(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Every occurrence of a full name the model recognized somewhere in the report: it misses
    the same name in a long chain ("of the Netherlands Pieter van Dam") that it finds alone."""
    names = sorted(
        {
            e.text
            for e in ents(doc)
            if e.label_ == "PERSON" and len(e) > 1 and namelike(e.text.split(), lex)
        },
        key=len,
        reverse=True,
    )
    if not names:
        return []
    out = []
    for start, end in names_spans(doc_text(doc), names):  # longest name first at each place
        span = doc.char_span(start, end)
        if span is not None:
            out.append((span.start, span.end))
    return sorted(out)


def cut_at_person(i: int, j: int, people: list[tuple[int, int]]) -> tuple[int, int]:
    """End a run where a known person's name starts inside it (``people`` sorted)."""
    k = bisect_left(people, (i + 1, -1))
    return (i, people[k][0]) if k < len(people) and people[k][0] < j else (i, j)


# a title's portfolio, then a comma: "Regional Director for Asia and the Pacific, X"
_PORTFOLIO_COMMA = re.compile(r"(?:\s+(?:for|of|to|in)\s+[^,;.]{2,80})?\s*,\s*(.*?)", re.S)


def titled(doc: Doc, i: int, j: int, titles: list[tuple[int, int]]) -> bool:
    """Is the name next to a title ("Adil Al-Agib, Deputy Director", "Minister X")?"""
    tk = tokens(doc)
    before = tk[i - 1] if i > 0 else None
    if before is not None and overlaps(before.idx, before.idx + len(before), titles):
        return True
    k = j
    if k < len(doc) and tk[k].text == ",":
        k += 1
        # ", Kenya's former President", ", AECO's Head of Operations": a country's or a
        # body's possessive may open the title
        e = k
        while e < len(doc) and e - k < 3 and tk[e].ent_type_ in ("GPE", "ORG"):
            e += 1
        if e > k and e < len(doc) and tk[e].text in ("'s", "’s"):
            k = e + 1
        while k < len(doc) and tk[k].lower_ in ("the", "then", "a", "former"):
            k += 1
        if k < len(doc) and overlaps(tk[k].idx, tk[k].idx + len(tk[k]), titles):
            return True
    # "Regional Director for Asia and the Pacific, Chihoko Asada-Miyakawa", "the IOM Chief
    # of Mission, Ms Nomsa Daniels": a title, its portfolio, a comma, then the name
    start = tk[i].idx
    k = bisect_left(titles, (start, -1))
    if k:
        gap = doc_text(doc)[titles[k - 1][1] : start]
        m = _PORTFOLIO_COMMA.fullmatch(gap)
        return m is not None and all(w in HONORIFICS or w == "the" for w in m.group(1).split())
    return False


def plausible_person(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Reject person names the model guessed from a place, a venue ("at Vigyan Bhawan") or a
    body ("Vocational Training" of a ministry's name)."""
    tk = tokens(doc)
    words = span_text(doc, i, j).split()
    if not namelike(words, lex):
        return False
    if any(ch.isdigit() for w in words for ch in w):
        return False
    if not all(
        w[:1].isupper()
        or w.lower() in ("bin", "al", "ul", "-")
        or w in _PARTICLES
        or "-" in w
        for w in words
    ):
        return False
    if i > 0 and tk[i - 1].lower_ in ("at", "in", "from") and j - i >= 1:
        return False
    return not (
        j < len(doc)
        and is_cap(tk[j])
        and tk[j].pos_ == "PROPN"
        and tk[j].ent_type_ not in ("PERSON",)
    )


_INITIAL = re.compile(r"(?:[A-Z][a-z]?\.)+")


def addressed(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Is a name the model took for a place or a body ("Cde. Mutinta Hamoonga", "Finland's
    Pekka Haavisto") a person's? Two to four capitalized words or initials, no head word of a
    body, after a form of address, or in a list of people each after their country's
    possessive ("Denmark's Jeppe Kofod, Finland's Pekka Haavisto")."""
    tk = tokens(doc)
    words = span_words(doc, i, j)
    if not 2 <= len(words) <= 4 or i < 1 or org_subtype(words, lex) is not None:
        return False
    if not all(w[:1].isupper() or w in _PARTICLES or _INITIAL.fullmatch(w) for w in words):
        return False
    if any(w in lex.countries or w in lex.place_words for w in words):
        return False
    # "Cde." may come as two tokens, "Cde" and "."
    before = tk[i - 2].text + "." if tk[i - 1].text == "." and i >= 2 else tk[i - 1].text
    if before in HONORIFICS and before not in ("Most", "Rt", "Rt."):
        return True
    if i < 2 or tk[i - 1].text not in ("'s", "’s") or tk[i - 2].ent_type_ != "GPE":
        return False
    # the list: another country's possessive before a name the model knows as a person's
    sent = tk[i].sent
    return any(
        t.ent_type_ == "PERSON" and t.ent_iob_ == "B" and t.i >= 2
        and tk[t.i - 1].text in ("'s", "’s") and tk[t.i - 2].ent_type_ == "GPE"
        for t in sent if t.i != i
    )
