"""A gathering the members of the main one went to together: "the members took part in an open
seminar", "signed in the presence of the Board members", "the delegates attended a reception".
The people the report puts at the main gathering (the one with the most people) take part in
that one too; a minutes sheet lists them once, under PRESENT, and says "the members" after.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from kg.extract.event_info import EventInfo
from kg.extract.parsed import sents

# plural nouns that name the people of a gathering as a whole
_GROUP = {"member", "delegate", "delegation", "participant"}
# verbs whose subject goes to the gathering their object names
_GO = {"attend", "join", "participate", "take", "visit"}


def _the_group(t: Token) -> bool:
    """ "the members", "all delegates", "the Board members" (not "members of the public")."""
    if t.lemma_.lower() not in _GROUP or t.tag_ != "NNS":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return False  # "members of the press", "delegates of Ruritania": some, not all
    return any(c.lower_ in ("the", "all", "its", "their") for c in t.children)


def _goes(t: Token) -> bool:
    """ "the members took part in / attended / joined ...", "in the presence of the members"."""
    if t.dep_ == "nsubj":
        verb = t.head
        if verb.lemma_.lower() == "take":
            return any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        return verb.lemma_.lower() in _GO
    return (t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "presence")


def present_members(
    doc: Doc, events: list[EventInfo], found: list[tuple[str, str, int]], listed: set[str]
) -> list[tuple[str, str, int]]:
    """(person, event id, offset) for the people of the main gathering at one a sentence says
    its members went to together; only those ``listed`` as its members when a minutes sheet
    lists them (not its guests, its staff or its minute-taker)."""
    if len(events) < 2:
        return []
    at: dict[str, list[str]] = {}
    for who, ev, _ in found:
        at.setdefault(ev, []).append(who)
    count = Counter({ev: len(set(people)) for ev, people in at.items()})
    out: list[tuple[str, str, int]] = []
    for k, sent in enumerate(sents(doc)):
        told = [e for e in events if k in e.mentions]
        if len(told) != 1 or not any(_the_group(t) and _goes(t) for t in sent):
            continue
        e = told[0]
        main = [ev for ev, n in count.most_common() if ev != e.event.id and n >= 2]
        if main:
            out += [(who, e.event.id, sent.start_char) for who in dict.fromkeys(at[main[0]])
                    if not listed or who in listed]
    return out
