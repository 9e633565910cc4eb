"""The opening of a place built for use, as a gathering of its own: "CUTCSA opened its first
all-electric depot on Friday" -> "Opening of CUTCSA's first all-electric depot"; "the expanded
Returned Migrant Assistance Centre was inaugurated" -> "Inauguration of the expanded Returned
Migrant Assistance Centre". A reader names it by the act and the place, as the report says it.

Only a facility (``events.yaml``: facilities) opens this way: "opened the conference" is a
gathering's opening, "opened an investigation" none. An opening told in the past perfect, in
another year, or still to come ("will open a similar centre") is background, not an event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Token

from kg import resources
from kg.extract.event_passing import dated_apart
from kg.extract.parsed import doc_tokens_among, sent_index
from kg.extract.refs import Refs

__all__ = ["Opening", "openings"]


@dataclass
class Opening:
    name: str
    sent: int
    token: int


@cache
def _words() -> tuple[frozenset[str], dict[str, str]]:
    data = resources.read_yaml("lexicons", "events.yaml")
    return frozenset(data.get("facilities") or ()), dict(data.get("openings") or {})


@cache
def _act_lemmas() -> frozenset[str]:
    return frozenset(_words()[1])


def _place(verb: Token) -> Token | None:
    """The facility a verb opens: its object, or the subject of its passive."""
    facilities, _ = _words()
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in facilities:
            return c
    return None


def _told_apart(verb: Token, published: date | None) -> bool:
    """ "had opened", "will open", "plans to open", "opened in 2012": not the day reported."""
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "will", "would", "to", "shall", "may")
           for c in verb.children):
        return True
    if verb.tag_ not in ("VBD", "VBN"):
        return True
    return dated_apart(verb, published)


def _possessor(verb: Token, refs: Refs) -> str | None:
    """Whose "its"/"their" is: the verb's subject, by the name the report gives it."""
    for a in refs.subject(verb):
        if refs.table.actors[a].type == "Organization":
            return refs.table.actors[a].name
    return None


def _place_words(verb: Token, place: Token, refs: Refs) -> str:
    """The place as the report says it: its modifiers and, for a name, the words of the name
    after its head ("Centre for Returned Migrants"); no clause, acronym in brackets, place or
    time after it."""
    doc = place.doc
    start = place.left_edge.i
    end = place.i + 1
    while end < len(doc) and (doc[end].text[:1].isupper() and doc[end].ent_type_ not in (
            "DATE", "TIME", "GPE") or doc[end].lower_ in ("of", "for") and end + 1 < len(doc)
            and doc[end + 1].text[:1].isupper() and doc[end + 1].ent_type_ != "GPE"):
        end += 1
    words = [t.text_with_ws for t in doc[start:end]]
    first = doc[start]
    if first.lower_ in ("its", "their"):
        owner = _possessor(verb, refs)
        words[0] = (f"{owner}' " if owner.endswith("s") else f"{owner}'s ") if owner else "the "
    elif first.lower_ in ("a", "an", "the"):
        words[0] = first.lower_ + " "  # ("The expanded centre was inaugurated": not "The")
    text = "".join(words).strip()
    return re.sub(r"\s*\([^)]*\)", "", text)


def openings(doc: Doc, refs: Refs, published: date | None) -> list[Opening]:
    """The facilities the report tells someone opened, each once, as gatherings."""
    _, acts = _words()
    sent_at = sent_index(doc)
    out: list[Opening] = []
    for tok in doc_tokens_among(doc, lemmas=_act_lemmas()):  # (only the verbs of an opening)
        act = acts.get(tok.lemma_.lower())
        if act is None or tok.pos_ != "VERB":
            continue
        place = _place(tok)
        if place is None or _told_apart(tok, published):
            continue
        name = f"{act} of {_place_words(tok, place, refs)}"
        if all(o.name != name for o in out):
            out.append(Opening(name, sent_at[tok.i], tok.i))
    return out
