"""A gathering told again: a later head that describes the one just named ("the X Dialogue, a
one-day meeting"), says more of it ("a workshop on Y"), or says whose it is; the one a bare
head refers to (the one last talked about); and, once all are read, the press conference named
after the gathering it follows and the gatherings told only in passing dropped."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.event_info import EventInfo
from kg.extract.event_policy import short_form
from kg.extract.refs import Refs

__all__ = ["AFTER", "CLAUSE", "PARTS", "PRESS_HEADS", "after_main", "and_list", "apposed", "billed",
           "drop_passing", "last_told", "met_with", "says_more", "whose"]


def says_more(name: str, told: str) -> bool:
    """ "Workshop on building national teams" over "Capacity-building workshop": a later
    description of the same gathering that gives its topic, when the one told gave none;
    "Operational hurricane forecasting course" over a bare "Course": one that gives the
    modifiers of the head word told alone."""
    if (len(told.split()) == 1 and 1 < len(name.split()) <= _MODIFIED_WORDS
            and name.lower().endswith(" " + told.lower())):
        return True
    return (_TOPIC.search(name) is not None and _TOPIC.search(told) is None
            and len(told.split()) < len(re.sub(r"\s*\([^)]*\)", "", name).split())
            <= _TOPIC_NAME_WORDS
            and not re.search(r"[:;]|\s-\s", name))


CLAUSE = re.compile(r"\s(?:ended|opened|closed|concluded|began|started|took|was|were|is|are|"
                    r"held|organi[sz]ed|hosted|convened)\s|\s(?:in|at)\s(?=[A-Z])")


_MODIFIED_WORDS = 6  # "operational hurricane forecasting course": modifiers, not a clause
_TOPIC_NAME_WORDS = 16  # beyond it a description is a clause, not what a reader calls it


# a topic in a description (not "Meeting on October 16", "on Friday": when, not what)
_TOPIC = re.compile(r"\b(?:on|about|against|for)\s+(?!(?:the\s+)?\d)(?!(?:the\s+)?(?:(?:Mon|Tues|"
                    r"Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
                    r"July|August|September|October|November|December)\b)")


def last_told(e: EventInfo, k: int) -> int:
    """The latest sentence up to ``k`` that tells of the gathering."""
    return max([m for m in e.mentions if m <= k] or [e.sent])


def apposed(tok: Token, events: list[EventInfo], k: int) -> EventInfo | None:
    """ "for the National Dialogue on X, a one-day meeting at the Y Centre": an indefinite head
    set off by a comma right after the name of a gathering just told describes that gathering
    (the parser may not hang it there); not one of a list ("the Summit, a workshop and a
    dinner")."""
    doc = tok.doc
    first = tok.left_edge
    if first.lower_ not in ("a", "an") or first.i < 2 or doc[first.i - 1].text != ",":
        return None
    if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
        return None
    last = next((e for e in reversed(events) if e.sent == k and e.head < first.i), None)
    if last is None or not last.proper:
        return None
    between = doc[last.head + 1 : first.i - 1]
    if any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", "(") for t in between):
        return None
    return last


def whose(told: str, again: str, head: str) -> str:
    """ "their 26th Ordinary Assembly in Dakar" then "the Assembly of Health Ministers of X":
    the edition told first, whose it is told next -> "26th Ordinary Assembly of Health
    Ministers of X"."""
    at, tail = told.rfind(head), again.find(f"{head} of ")
    if at < 0 or tail < 0 or " of " in told:
        return told
    return told[:at] + again[tail:]


def after_main(events: list[EventInfo], heads: dict[int, str], refs: Refs | None = None) -> None:
    """ "Joint press conference" alone tells one press conference from no other: a press
    conference the report names by its head word and modifiers only is the one after the
    gathering it reports on ("Joint press conference after the 12th Ministerial Meeting of the
    X Council"), as a reader names it."""
    for e in events:
        if not heads.get(id(e), "").startswith("press ") or e.proper:
            continue
        # the gathering told before it, when the report names it by more than its head word
        main = next((m for m in events if m.sent < e.sent
                     and not heads.get(id(m), "").startswith("press ")), None)
        if main is None:
            continue
        # (the gathering as readers cite it in another's name: its bodies by their acronyms)
        told = short_form(main.event.name, refs.table.actors.values()) if refs else (
            main.event.name)
        if not 2 <= len(told.split()) <= 8:
            continue  # (a long title would drown what the press conference is called)
        part = re.search(r"\b(?:after|at|following) the (?:closing|opening|final) (?:session|"
                         r"ceremony|sitting)$", e.event.name)
        if part is not None:  # "after the closing session": a part of the gathering, told whose
            if len(told.split()) > 1 and told.split()[1][:1].islower():
                told = told[:1].lower() + told[1:]  # ("Annual review meeting": a description)
            e.event.name, e.proper = f"{e.event.name} of the {told}", True
            continue
        if re.search(r"\b(?:after|of|on|at|about|following)\b", e.event.name):
            continue  # it says what it follows or is about
        e.event.name = f"{e.event.name} after the {told}"
        e.proper = True


def drop_passing(events: list[EventInfo], passing: dict[int, bool]) -> None:
    """A gathering told in passing that nothing more is said of (no host told, no later
    sentence about it) is no event, when the report tells of another."""
    gone = [e for e in events if id(e) in passing and not passing[id(e)]
            and len(set(e.mentions)) <= 1 and not e.members]
    if len(gone) < len(events):
        for e in gone:
            events.remove(e)


# heads a press conference is told by again: "the briefing", "the same conference"
PRESS_HEADS = {"briefing", "conference"}


# prepositions whose object gathering only dates the sentence: "after the signing, they met"
AFTER = {"after", "following", "before", "since"}


# heads that name a part of a gathering rather than a gathering of its own
PARTS = {"session", "sessions"}


def and_list(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def met_with(tok: Token, refs: Refs, events: list[EventInfo]) -> list[str]:
    """ "their meeting with President X", "a meeting with the Board": the actors a later head
    says the gathering was with, when no event told yet has them as members; the people
    among them (or the bodies, when no person is named)."""
    found: list[str] = []
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "with":
            found += refs.actors_in(prep.subtree)
    if not found or any(a in e.members or a in e.hosts for e in events for a in found):
        return []
    people = [a for a in found if refs.table.actors[a].type == "Person"]
    return people or found


# participles that give a gathering told before another description: "the gathering, billed as
# the first technical evaluation meeting", "the forum, described as a regional dialogue"
_BILLED = {"bill", "describe", "dub", "present", "style", "hail", "tout", "term"}


def billed(tok: Token) -> bool:
    """ "(the gathering,) billed as the first technical evaluation meeting": the head describes
    the gathering just told, under the name the report gives it."""
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "as" and prep.head.lemma_ in _BILLED
            and prep.head.tag_ == "VBN")
