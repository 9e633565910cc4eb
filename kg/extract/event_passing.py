"""Gatherings a report mentions in passing: the previous edition, the next one, "last year's
conference", "a workshop held in 2019", "before the ocean conference in June". GUIDE: a gathering
mentioned only in passing is not an event; one the report tells about (someone hosts it, speaks
"at that session") is.

Such a head still opens an event of its own while the report is read, so that what is said of it
does not fall to the gathering reported; it is dropped at the end when nothing more was said of
it than the sentence that mentions it.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from kg.extract.parsed import ents

# modifiers that put a gathering before or after the one reported ("first", "second" do not:
# "the first meeting of the new council" is often the one reported)
_WHEN = {"previous", "next", "last", "earlier", "upcoming", "coming", "future", "past"}
_AHEAD = {"next", "upcoming", "coming", "future"}
# prepositions of time whose object is a gathering still to come: "before the X", "ahead of the
# X", "until the X", "prior to the X"
_BEFORE = {"before", "until", "till"}
# participles the parse may hang on the topic of a gathering rather than on its head
_HELD = {"hold", "organise", "organize", "convene", "host", "stage"}
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_AGO = re.compile(r"\b(?:last|previous|next|coming) (?:year|spring|summer|autumn|fall|winter)\b"
                  r"|\byears? ago\b", re.I)


def _year_of(text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


def _marked(head: Token) -> bool:
    """ "the previous regional conference", "its next meeting", "last year's summit"."""
    for c in head.lefts:
        if c.lower_ in _WHEN and c.dep_ != "poss":
            return True
        if c.dep_ == "poss" and any(g.lower_ in _WHEN for g in c.lefts):
            return True  # "last year's Our Ocean Conference"
    return False


def _awaited(head: Token) -> bool:
    """ "before the UN Ocean Conference", "ahead of the summit": a gathering still to come."""
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None:
        return False
    if prep.lower_ in _BEFORE:
        return True
    return prep.lower_ == "of" and prep.head.lower_ == "ahead" or prep.lower_ == "to" and (
        prep.head.lower_ == "prior")


def _own_words(node: Token, head: Token) -> list[Token]:
    """The words of a phrase without the clauses that qualify another noun inside it ("the
    coalition that Tearfund joined in 2022" says nothing of when the gathering was)."""
    out = [node]
    for c in node.children:
        if c.dep_ in ("relcl", "acl") and node.i != head.i and c.lemma_ not in _HELD:
            continue  # ("a workshop on soil erosion held in 2019": held is the workshop's)
        out += _own_words(c, head)
    return out


def _clause(head: Token) -> list[Token]:
    """The words that say when the gathering was: its own phrase, and the time phrases of the
    clause it is the subject of ("The 90th meeting took place in Ashgabat in November 2024")."""
    words = _own_words(head, head)
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        for c in head.head.children:
            if c.dep_ in ("prep", "npadvmod") and c.lower_ != "by":
                words += _own_words(c, c)
    return words


def _other_year(head: Token, published: date | None) -> bool:
    """A date in the gathering's clause that puts it in another year than the report's: "held
    in Pekanbaru in 2023", "The 2024 conference", "last year"."""
    if published is None:
        return False
    doc = head.doc
    words = _clause(head)
    idx = {t.i for t in words}
    for ent in ents(doc):
        if ent.label_ != "DATE" or ent.start not in idx:
            continue
        if _AGO.search(ent.text):
            return True
        year = _year_of(ent.text)
        span = re.search(r"\d{4}\s*[-–/]", ent.text)  # "2018-2022": a span, not a date
        if year is not None and year != published.year and not span:
            return True
    # "The 2024 conference": a year as the head's own modifier
    return any(t.dep_ in ("nummod", "compound", "amod", "nmod") and _YEAR.fullmatch(t.text)
               and int(t.text) != published.year for t in head.lefts)


def dated_apart(verb: Token, published: date | None) -> bool:
    """Whether a verb's own clause dates what it tells in an earlier year than the report's:
    "ADAK and the AIU signed a protocol last year", "A similar MoU was signed in 2019". (A
    later year is what the text signed looks ahead to: "signed a letter under which they will
    hold a course in 2026".)"""
    if published is None:
        return False
    words = {t.i for t in _own_words(verb, verb)}
    for ent in ents(verb.doc):
        if ent.label_ != "DATE" or ent.start not in words:
            continue
        year = _year_of(ent.text)
        if re.search(r"\bnext\b|\bcoming\b", ent.text, re.I):
            continue
        if _AGO.search(ent.text) or year is not None and year < published.year:
            return True
    return False


def in_passing(head: Token, published: date | None) -> bool:
    """Whether the head word mentions a gathering apart from the ones the report tells about:
    before or after it (marked so, or dated in another year), or still awaited."""
    return _marked(head) or _awaited(head) or _other_year(head, published) or _unheld(head)


# verbs that ask or plan for a gathering to be held: "urges the Forum to hold a meeting",
# "agreed to convene a summit", "plans to organize a course"
_ASK = {"urge", "call", "ask", "propose", "plan", "agree", "decide", "invite", "request",
        "recommend", "encourage", "intend", "aim", "want", "hope", "expect", "offer"}
_FUTURE = {"will", "would", "shall", "'ll"}


def _unheld(head: Token) -> bool:
    """ "will hold a workshop", "urges the Forum to hold an expert group meeting": a gathering
    the sentence asks for or plans, not one held."""
    if head.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _HELD | {"hold"}:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and (
        verb.head.lemma_.lower() in _ASK)


def to_come(head: Token) -> bool:
    """Whether the gathering is still to come ("the next Assembly", "before the X"): who offers
    to host it has not held it yet, so nothing of it is told but that."""
    return _awaited(head) or _unheld(head) or any(c.lower_ in _AHEAD for c in head.lefts) or any(
        g.lower_ in _AHEAD for c in head.lefts if c.dep_ == "poss" for g in c.lefts)
