"""Gatherings the actor rules took for bodies: "Health ministers ended their 26th Ordinary
Assembly", "The two-day Assembly of Health Ministers was organised by X". A name whose head word
is a gathering's ("Assembly", "Conference", "Forum") can be either; the way the sentence treats
it tells which: a body is not numbered as an edition, does not last two days, is not organised,
opened or ended. Such a name is the gathering's, and no actor (GUIDE: meetings are not actors).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.event_owners import is_ordinal
from kg.extract.refs import Refs
from kg.model import Facts

__all__ = ["forget", "gathering_in_name", "unlink"]

# verbs a gathering is the passive subject of, or the object of: "was organised by", "was
# opened by", "ended their Assembly", "attended the Forum"
_DONE_TO = {"organise", "organize", "convene", "hold", "open", "close", "end", "conclude",
            "chair", "host", "attend", "co-organise", "co-organize", "co-host", "cohost",
            "preside", "adjourn", "wind"}


def _duration(tok: Token) -> bool:
    """ "two-day", "three-day", "day-long": how long it lasted, said only of a gathering."""
    return "-day" in tok.lower_ or tok.lower_ in ("day-long", "daylong", "week-long")


def gathering_in_name(head: Token, refs: Refs) -> str | None:
    """The key of the organization whose name holds the gathering's head word, when the
    sentence treats that name as a gathering; else None."""
    key = refs.by_token.get(head.i)
    if key is None:
        return None
    actor = refs.table.actors[key]
    # (nobody is called "X Cyber Drill": a person's name ending in the head word is no name)
    if actor.type != "Organization" and not actor.name.lower().endswith(" " + head.lower_):
        return None
    # the name's words: the head and what the actor rules joined to it on the left
    start = head.i
    while start > 0 and refs.by_token.get(start - 1) == key:
        start -= 1
    # ("the 74th Greater Horn of Africa Climate Outlook Forum": the words of the name the actor
    # rules left out on the left count too, up to the edition's number)
    doc = head.doc
    while start > 0 and not doc[start].is_sent_start and (
        doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("of", "and", "for")
    ):
        start -= 1
    before = list(doc[max(0, start - 3) : head.i])
    if any(is_ordinal(t) or _duration(t) or t.lower_ in _YEARLY for t in before):
        return key  # "their 26th Ordinary Assembly", "The two-day Assembly of X"
    node = head
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() in _DONE_TO:
        return key
    if node.dep_ == "pobj" and verb.lower_ in ("at", "during") and _retold_bare(head):
        return key  # "the keynote address at the National Forum on X ... The forum was ..."
    if node.dep_ == "nsubj" and verb.lemma_ == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    ):
        return key  # "The X Cyber Drill took place in Gaborone"
    return None


def _retold_bare(head: Token) -> bool:
    """ "The forum was organised by X": the report tells the name again by its head word in
    lower case, as one tells a gathering (a body keeps its capital: "the Forum")."""
    return any(t.lower_ == head.lower_ and t.text.islower()
               and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.lefts)
               for t in head.doc[head.i + 1 :])


_YEARLY = {"annual", "biennial", "triennial"}  # "the annual X Drill": a gathering held yearly


def unlink(refs: Refs, keys: set[str]) -> None:
    """Take the actors ``keys`` out of what later rules read (the mentions, the token index):
    the rules that find relations will say nothing of them."""
    for m in refs.table.mentions:
        if m.actor in keys:
            m.actor = None
    for i in [i for i, a in refs.by_token.items() if a in keys]:
        del refs.by_token[i]


def forget(facts: Facts, keys: set[str]) -> None:
    """Remove the actors ``keys``, and any fact naming them, from a report's facts."""
    if not keys:
        return
    facts.actors = [a for a in facts.actors if a.id not in keys]
    facts.posts = [p for p in facts.posts if p.person not in keys and p.organization not in keys]
    facts.participations = [p for p in facts.participations if p.actor not in keys]
    facts.collaborations = [c for c in facts.collaborations if not set(c.actors) & keys]
    facts.endorsements = [e for e in facts.endorsements
                          if e.source not in keys and e.target not in keys]
    facts.commitments = [c for c in facts.commitments if c.actor not in keys]
