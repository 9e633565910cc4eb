"""Is a name a person's, an organization's, or no actor's? The tests on the words of a name
and the words around it: head words, acronyms, things named like bodies (documents, sessions,
programmes), plurals, countries."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.acronyms import Acronym
from kg.extract.bodies import owned_scheme, unheld_scheme
from kg.extract.lexicon import Lexicon, derived
from kg.extract.parsed import span_text, span_words, token_texts, tokens
from kg.extract.parsed import text as doc_text
from kg.extract.spans import (
    CONNECTORS,
    HONORIFICS,
    a_field,
    multiword_heads,
    org_subtype,
    overlaps,
)
from kg.extract.wordfind import stands_alone


def _not_org_context(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Is the name at tokens [..j) followed by a word showing it names a thing, not a body?"""
    tk = tokens(doc)
    k = j
    if k < len(doc) and tk[k].text == "(":
        while k < len(doc) and tk[k].text != ")":
            k += 1
        k += 1
    return k < len(doc) and tk[k].lower_ in lex.not_org_followers


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "136th" (compiled once: called per name)
_PARENS_THEN = re.compile(r"\s*\([^)]*\)\s*(\w+)")


def classify(
    doc: Doc,
    i: int,
    j: int,
    label: str,
    lex: Lexicon,
    acronyms: dict[str, Acronym],
    non_org_acronyms: set[str],
    titles: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> tuple[str, str | None] | None:
    """Decide whether tokens [i, j) name a person, an organization, or neither. ``titles``:
    the character ranges of the titles of posts, which say that a name next to them is a
    body's (:func:`body_by_context`)."""
    tk = tokens(doc)
    words = span_words(doc, i, j)
    text = span_text(doc, i, j)
    if not words or text.lower() in lex.groups:
        return None
    if is_venue(text, lex):
        return None
    subtype = org_subtype(words, lex)
    if " " in text and text in acronyms and text not in non_org_acronyms:
        return "Organization", org_subtype(acronyms[text].long.split(), lex)  # "UN Women"
    if label in ("ORG", "ACRONYM") and " " not in text and BRAND.fullmatch(text):
        return "Organization", subtype  # "AfricaCERT", "colCERT", "CERT-MU"
    # an acronym: in capitals, or one the report defines in mixed case ("MoWCSC", "MoHA")
    if len(words) == 1 and (words[0].isupper() and len(words[0]) > 1 or words[0] in acronyms):
        if words[0] in non_org_acronyms or words[0] in lex.not_org_words:
            return None
        long = acronyms.get(words[0])
        if long is not None:
            return (
                ("Organization", org_subtype(long.long.split(), lex))
                if long.short not in non_org_acronyms
                else None
            )
        if (
            label == "ORG"
            or subtype
            or words[0] in lex.known_acronyms
            or body_by_context(doc, i, j, titles, lex)
        ):
            return "Organization", subtype
        return None
    if label == "ORG" and any(
        a.long == text and a.short not in non_org_acronyms for a in acronyms.values()
    ):
        return "Organization", subtype  # "National People's Power (NPP)": named with its acronym
    head_part = []
    for w in words:
        if w.lower() in CONNECTORS:
            break
        head_part.append(w)
    if any(w in lex.not_org_words for w in head_part) or owned_scheme(words, lex):
        return None
    if head_part and head_part[-1] in lex.org_heads and _unheld(doc, i, j, text, acronyms, lex):
        return None  # "the Black Sea Grain Initiative": a programme, not a body
    if _ORDINAL.fullmatch(words[0]):
        return None  # "136th Assembly": a session of a body, not the body
    if j < len(doc) and tk[j].lower_ in lex.modifier_followers:
        return None
    # "President Vladimir Putin's spokesman": a name after a title or a form of address is a
    # person's, whose possessive may open someone else's title
    addressed = label == "PERSON" and i > 0 and (
        _in_title(doc, i - 1, titles) or tk[i - 1].text in HONORIFICS
    )
    in_context = (
        label in ("ORG", "RUN", "PERSON") and not addressed
        and body_by_context(doc, i, j, titles, lex)
    )
    if not subtype and in_context:
        return "Organization", None  # "Velpol's executive director", "co-founder of ONE"
    if not subtype and not addressed and label in ("ORG", "RUN", "PERSON", "NORP", "GPE") and (
        after_org_noun(doc, i, lex)
    ):
        return "Organization", None  # "the São Paulo bus regulator SPTrans"
    if label == "PERSON" and not subtype:
        return "Person", None
    # words as written: "Leota-Sapolu" is one word, three tokens
    if label == "TITLED" and not subtype and 2 <= len(text.split()) <= 4:
        return "Person", None
    if _plural_head(words, lex):
        return None  # "Police Regional Offices", "Provincial Ministries": bodies unnamed
    if subtype and not _not_org_context(doc, j, lex) and words[-1] not in lex.not_org_words:
        return "Organization", subtype
    return None


#: a body's name written as one word around an acronym, in mixed case or joined by a hyphen:
#: "AfricaCERT", "colCERT", "CSIRTAmericas", "CERT-MU" (not "iPhone", "PhD", "COVID-19")
BRAND = re.compile(
    r"(?:[A-Z]?[a-z]{2,}[A-Z]{3,}|[A-Z]{3,}[A-Z][a-z]{2,}|[A-Z]{3,}-[A-Z]{2,})"
)


def after_org_noun(doc: Doc, i: int, lex: Lexicon) -> bool:
    """Does a common noun for a body stand right before the name, in a noun phrase opened by an
    article or a possessive ("the bus regulator SPTrans", "the German development agency GIZ",
    "Moluccan heritage foundation X")? The name is that body's."""
    tk = tokens(doc)
    k = i - 1
    if k < 1 or not tk[k].is_lower or tk[k].pos_ != "NOUN" or tk[k].lower_ not in _nouns(lex):
        return False
    for m in range(k - 1, max(-1, k - 6), -1):
        t = tk[m]
        if (t.lower_ in ("the", "a", "an", "its", "their", "his", "her", "whose")
                or t.text in ("'s", "’s")):
            return True
        # ... or opening the sentence, after a dateline's dash: "Mobile operator X signed ..."
        if t.text in ("-", "–", "—") and t.whitespace_ or (
                t.is_sent_start and t.is_title and t.pos_ in ("ADJ", "NOUN", "PROPN")):
            return True
        # "the Oklahoma-based chain X": a compound participle is a modifier too
        if (t.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") and t.tag_ != "VBN"
                or t.text in (",", ";", "(")):
            return False
    return False


def _nouns(lex: Lexicon) -> frozenset[str]:
    return frozenset(n for n in lex.org_nouns if " " not in n)


def is_venue(name: str, lex: Lexicon) -> bool:
    """Does a name hold a venue's word, as a whole word ("Serena Hotel", "King Sejong Station";
    not "Armenia International Airports CJSC", a company running airports)?"""
    if not derived(lex, "venue_re", _venue_re).search(name):
        return False  # no venue word in it at all, whole or not: most names, at one search
    return any(stands_alone(name, v) for v in lex.venue_words if v in name)


def _venue_re(lex: Lexicon) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(v) for v in lex.venue_words))


def _plural_head(words: list[str], lex: Lexicon) -> bool:
    """Does the name end in the plural of an organization's head word, with no "of X" that
    would make the plural part of a name ("Network of Civil Society Organisations")?"""
    last = words[-1]
    if last in lex.org_heads or not last.endswith("s") or any(
        w.lower() in ("of", "for", "against", "on") for w in words
    ):
        return False
    joined = " ".join(words)
    if any(joined.endswith(h) for h in derived(lex, "multiword_heads", multiword_heads)
           if h.endswith(last)):
        return False  # "United Nations": a plural that is itself a body's name
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return singular in lex.org_heads


def country_from(doc: Doc, first: int, j: int, lex: Lexicon) -> int | None:
    """Where, from token ``first`` on, the country that ends tokens [..j) begins, if one does."""
    if tokens(doc)[j - 1].text not in lex.country_ends:
        return None
    return next((k for k in range(first, j) if span_text(doc, k, j) in lex.countries), None)


def only_a_country(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Is the name a country ("Republic of Moldova"), or does it end in one that holds its only
    organization head word ("Officials of the Russian Federation", unlike "Government of the
    Russian Federation"; "Pourakhi Nepal" keeps its country)?"""
    k = country_from(doc, i, j, lex)
    if k is None or k == i:
        return k == i
    country_head = org_subtype(span_words(doc, k, j), lex) is not None
    return country_head and org_subtype(span_words(doc, i, k), lex) is None


def after_is_thing(text: str, end: int, lex: Lexicon) -> bool:
    m = _PARENS_THEN.match(text[end : end + 60])
    return bool(m and m.group(1).lower() in lex.not_org_followers)


def _in_title(doc: Doc, k: int, titles: list[tuple[int, int]]) -> bool:
    t = tokens(doc)[k]
    return overlaps(t.idx, t.idx + len(t), titles)


def body_by_context(doc: Doc, i: int, j: int, titles: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Does the syntax around a name with no head word ("Afripol", "ONE", "Goodbye Malaria")
    say that it names a body? It holds a post's title ("Afripol's executive director"), a
    title is "of" or "at" it and it ends the phrase ("CEO of Goodbye Malaria and ...",
    "co-founder of ONE"), or an apposition calls it a body ("Afripol, the African Union's
    police agency", "Acme, a non-profit that ...")."""
    tk, n, words = tokens(doc), len(doc), token_texts(doc)
    if j - i > 1 and tk[i].is_upper and len(tk[i]) > 1:
        return False  # "NIS Kano State Command": a unit of the body its acronym names
    if any(
        any(map(str.isdigit, words[k]))  # "COP30", "I-24/7": a session, a system
        or (k == i and tk[k].ent_type_ in ("GPE", "LOC", "NORP", "DATE"))  # "Oxfam UK" is kept
        or words[k] in lex.place_words  # "Governor of Ekiti State"
        for k in range(i, j)
    ):
        return False
    if j + 1 < n and tk[j].text in ("'s", "’s") and _in_title(doc, j + 1, titles):
        return True
    k = i - 1 if i > 0 and tk[i - 1].lower_ == "the" else i
    # the name ends the phrase: "CEO of Acme and the ...", not "Head of the Poverty Unit and
    # Gender Division", where the body's name goes on after "and"
    after_and = tk[j + 1] if j + 1 < n else None
    ends = j >= n or tk[j].is_punct or tk[j].lower_ == "in" or (
        tk[j].lower_ == "and"
        and (after_and is None or not after_and.is_title or after_and.lower_ == "the")
    )
    if k >= 2 and tk[k - 1].lower_ in ("of", "at") and _in_title(doc, k - 2, titles) and ends:
        # "the Mayor of Oulu", "Prime Minister of Velland": a place governed, not a body;
        # "Head of Communications", "Director of Environmental Management": a field
        return tk[k - 2].lower_ not in _GOVERN_PLACES and not (
            k == i and a_field(tk[j - 1].text, lex)
        )
    # a person's apposition may name a trade ("X, the broadcaster"), never a body's common
    # noun: "Jogorku Kenesh, the national parliament" is a body whatever the model's label
    return j + 2 < n and tk[j].text == "," and _names_a_body(doc, j + 1, lex)


_GOVERN_PLACES = {"mayor", "governor", "premier", "minister"}



def _names_a_body(doc: Doc, k: int, lex: Lexicon) -> bool:
    """Is the noun phrase from token ``k`` ("the African Union's police agency", "a
    non-profit") a common noun for a body, after an article?"""
    tk = tokens(doc)
    if tk[k].lower_ not in ("the", "a", "an"):
        return False
    e = k + 1
    while e < len(doc) and e - k < 9 and (
        tk[e].pos_ in ("NOUN", "PROPN", "ADJ", "PART", "DET", "NUM") or tk[e].text in ("-", "'s")
    ):
        e += 1
    phrase = doc[k + 1 : e].text.lower().replace(" - ", "-")
    # the phrase is an apposition only when it closes there ("Acme, a charity, said"; "Acme,
    # a charity that ..."), not when it opens a clause ("In Oslo, the Council adopted ...")
    closed = e >= len(doc) or tk[e].text in _CLOSES or tk[e].lower_ in _CLOSES
    return closed and any(phrase.endswith(noun) for noun in lex.org_nouns)


_CLOSES = {",", ".", ";", ")", ":", "that", "which", "who", "whose", "based", "with", "in", "of"}


def _unheld(doc: Doc, i: int, j: int, name: str, acronyms: dict[str, Acronym],
            lex: Lexicon) -> bool:
    """Is the name a programme or fund rather than a body (:func:`unheld_scheme`)?"""
    tk = tokens(doc)
    short = next((a.short for a in acronyms.values() if a.long == name), "")
    return unheld_scheme(doc_text(doc), tk[i].idx, tk[j - 1].idx + len(tk[j - 1]), lex, short)
