"""Visits: "X is on a working visit to Ruritania", "during Commissioner Y's week-long visit to
Kigali", "X paid an official visit to Z". A visit is a gathering of the visitor with those who
receive him, told by the noun "visit" and who makes it (the possessor, or the subject of "be on",
"pay", "make"); it is named after them: "X's working visit to Ruritania".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.parsed import doc_tokens_among, ents, sent_index, sent_of
from kg.extract.refs import Refs

# the verbs a visitor makes a visit with: "is on a visit", "paid a visit", "made a visit",
# "began a visit", "concluded a visit"
_MAKE = {"be", "pay", "make", "begin", "start", "conclude", "end", "undertake", "wrap"}
# modifiers kept in the name: "working", "official", "state", "week-long"
_KEEP = {"amod", "compound", "nmod"}


@dataclass
class Visit:
    name: str
    sent: int
    token: int
    members: list[str]  # the visitor first, then the people the sentence names with him


def _person(refs: Refs, tok: Token) -> str | None:
    key = refs.by_token.get(tok.i)
    if key is not None and refs.table.actors[key].type == "Person":
        return key
    return None


def _visitor(noun: Token, refs: Refs) -> str | None:
    """Who makes the visit: "Y's visit", "X is on a visit", "X paid a visit"."""
    for c in noun.lefts:
        # "X's visit" as told ("during X's visit to Y"), not in passing ("the outcomes of X's
        # visit to Y")
        if c.dep_ == "poss" and noun.head.lower_ != "of":
            for t in c.subtree:
                who = _person(refs, t)
                if who:
                    return who
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "on":  # "is on a working visit"
        verb = noun.head.head
    elif noun.dep_ != "dobj":
        return None
    if verb.lemma_ not in _MAKE:
        return None
    people = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Person"]
    return people[0] if people else None


def _where(noun: Token) -> str | None:
    """ "to the Kingdom of Ruritania", "to Kigali": the place visited."""
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ in ("GPE", "LOC", "FAC"):
                ent = next((e for e in ents(obj.doc) if e.start <= obj.i < e.end), None)
                return ent.text if ent is not None else obj.text
    return None


# what makes a visit one to a site, told for itself: "a field visit", "a technical visit"
_SITE = {"field", "technical", "study", "site", "inspection"}


def _site_visit(noun: Token) -> str | None:
    """ "the delegation paid a technical visit to the Research Reactor", "made a field visit to
    the gauging station at X": "Technical visit to the Research Reactor", a gathering of the
    visitors with those who receive them, whoever makes it (a delegation, the participants)."""
    mod = next((t for t in noun.lefts if t.lower_ in _SITE and t.dep_ in ("amod", "compound")),
               None)
    to = next((p for p in noun.rights if p.dep_ == "prep" and p.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if mod is None or obj is None:
        return None
    # the place up to a clause that says more of it ("..., where they met X")
    words = [t for t in obj.subtree if t.i >= obj.left_edge.i]
    end = next((t.i for t in words if t.text in (",", ";", "(") or t.dep_ == "relcl"),
               words[-1].i + 1)
    place = noun.doc[obj.left_edge.i : end].text
    return f"{mod.text.capitalize()} visit to {place}"


_VISIT_WORDS = frozenset({"visit", "trip"})


def visits(doc: Doc, refs: Refs) -> list[Visit]:
    """The visits a report tells, in order."""
    out: list[Visit] = []
    sent_at = sent_index(doc)
    for tok in doc_tokens_among(doc, _VISIT_WORDS):
        if tok.lower_ not in ("visit", "trip") or tok.pos_ != "NOUN":
            continue
        who = _visitor(tok, refs)
        where = _where(tok)
        if who is None or where is None:
            site = _site_visit(tok)
            if site is not None:
                sent = sent_of(tok)
                people = [a for a in refs.actors_in(sent)
                          if refs.table.actors[a].type == "Person"]
                out.append(Visit(site, sent_at[tok.i], tok.i, people))
            continue
        mods = [t.text for t in tok.lefts if t.dep_ in _KEEP and t.i not in refs.by_token
                and t.is_alpha or t.text.endswith("-long")]
        words = " ".join([*mods, tok.lower_])
        name = f"{refs.table.actors[who].name}'s {words} to {where}"
        sent = sent_of(tok)
        others = [a for a in refs.actors_in(sent) if a != who
                  and refs.table.actors[a].type == "Person"]
        out.append(Visit(name, sent_at[tok.i], tok.i, [who, *others]))
    return out
