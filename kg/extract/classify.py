"""Is a name a person's, an organization's, or no actor's? The tests on the words of a name
and the words around it: head words, acronyms, things named like bodies (documents, sessions,
programmes), plurals, countries."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.acronyms import Acronym
from kg.extract.bodies import owned_scheme
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import tokens
from kg.extract.spans import CONNECTORS, org_subtype


def _not_org_context(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Is the name at tokens [..j) followed by a word showing it names a thing, not a body?"""
    tk = tokens(doc)
    k = j
    if k < len(doc) and tk[k].text == "(":
        while k < len(doc) and tk[k].text != ")":
            k += 1
        k += 1
    return k < len(doc) and tk[k].lower_ in lex.not_org_followers


def classify(
    doc: Doc,
    i: int,
    j: int,
    label: str,
    lex: Lexicon,
    acronyms: dict[str, Acronym],
    non_org_acronyms: set[str],
) -> tuple[str, str | None] | None:
    """Decide whether tokens [i, j) name a person, an organization, or neither."""
    tk = tokens(doc)
    words = [t.text for t in doc[i:j]]
    text = doc[i:j].text
    if not words or text.lower() in lex.groups:
        return None
    if any(v in text for v in lex.venue_words):
        return None
    subtype = org_subtype(words, lex)
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
        if label == "ORG" or subtype or words[0] in lex.known_acronyms:
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
    if re.fullmatch(r"\d+(?:st|nd|rd|th)", words[0]):
        return None  # "136th Assembly": a session of a body, not the body
    if j < len(doc) and tk[j].lower_ in lex.modifier_followers:
        return None
    if label == "PERSON" and not subtype:
        return "Person", None
    if label == "TITLED" and not subtype and 2 <= len(words) <= 4:
        return "Person", None
    if _plural_head(words, lex):
        return None  # "Police Regional Offices", "Provincial Ministries": bodies unnamed
    if subtype and not _not_org_context(doc, j, lex) and words[-1] not in lex.not_org_words:
        return "Organization", subtype
    return None


def _plural_head(words: list[str], lex: Lexicon) -> bool:
    """Does the name end in the plural of an organization's head word, with no "of X" that
    would make the plural part of a name ("Network of Civil Society Organisations")?"""
    last = words[-1]
    if last in lex.org_heads or not last.endswith("s") or any(
        w.lower() in ("of", "for", "against", "on") for w in words
    ):
        return False
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return singular in lex.org_heads


def country_from(doc: Doc, first: int, j: int, lex: Lexicon) -> int | None:
    """Where, from token ``first`` on, the country that ends tokens [..j) begins, if one does."""
    if doc[j - 1].text not in lex.country_ends:
        return None
    return next((k for k in range(first, j) if doc[k:j].text in lex.countries), None)


def only_a_country(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Is the name a country ("Republic of Moldova"), or does it end in one that holds its only
    organization head word ("Officials of the Russian Federation", unlike "Government of the
    Russian Federation"; "Pourakhi Nepal" keeps its country)?"""
    k = country_from(doc, i, j, lex)
    if k is None or k == i:
        return k == i
    country_head = org_subtype([t.text for t in doc[k:j]], lex) is not None
    return country_head and org_subtype([t.text for t in doc[i:k]], lex) is None


def after_is_thing(text: str, end: int, lex: Lexicon) -> bool:
    m = re.match(r"\s*\([^)]*\)\s*(\w+)", text[end : end + 60])
    return bool(m and m.group(1).lower() in lex.not_org_followers)
