"""How a signing is named: after its document as the sentences describe it ("memorandum of
understanding on fair recruitment", not the clause that sets out its whole subject) and after
its parties, each as a reader names it (by its acronym when its name is long)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.event_policy import LONG_NAME
from kg.extract.refs import Refs

__all__ = ["MODIFIERS", "document_words", "party_name"]


MODIFIERS = ("compound", "amod")


def document_words(d: Token, verb: Token | None = None) -> str:
    """ "memorandum of understanding on fair recruitment", "agreement for the X Credit":
    the document with its modifiers and the topic it is on or for, without determiners,
    amounts and acronyms in brackets."""
    doc = d.doc
    start = min([d.i, *(c.left_edge.i for c in d.lefts if c.dep_ in MODIFIERS)])
    parts = [doc[start : d.i + 1].text]
    owner = d
    for r in list(d.rights):
        if r.dep_ == "prep" and r.lower_ == "of" and r.i == d.i + 1:
            # "memorandum of understanding on X": the parse hangs the topic on "understanding"
            owner = next((g for g in r.children if g.dep_ == "pobj"), d)
            parts.append(doc[r.i : owner.i + 1].text)
    # "The agreement, for the X Credit, was signed": the parse hangs the topic on the verb
    hung = [r for r in verb.children if d.i < r.i < verb.i] if verb is not None else []
    # "signed a Memorandum of Understanding (MoU) on cooperation in X": the parse hangs the topic
    # right after the document (and its acronym in brackets) on the verb
    if verb is not None:
        inside = {x.i for x in d.subtree}  # (once, not for each token tested)
        hung += [r for r in verb.children if r.i > d.i and r.dep_ == "prep" and all(
            t.text in ("(", ")") or t.is_upper or t.i in inside
            for t in doc[d.i + 1 : r.i]) and not any(  # (not "on Wednesday": when, not what)
            g.ent_type_ in ("DATE", "TIME") for g in r.children)]
    for r in [*d.rights, *(owner.rights if owner is not d else ()), *hung]:
        if any(g.lemma_ in _WHERE for g in r.children):
            continue  # "signed it on the sidelines", "on behalf of": where or for whom, not what
        if r.dep_ == "prep" and r.lower_ in ("on", "for"):
            topic = _cut(doc[r.i : r.right_edge.i + 1].text)
            # a reader names a document by a short topic ("the MoU on coal regions in
            # transition"), not by the clause that sets out its whole subject
            if len(_content_words(topic)) <= _TOPIC_WORDS or _titled(topic):
                parts.append(topic)
            break
    return _cut(" ".join(parts))


_WHERE = {"sideline", "sidelines", "margin", "margins", "behalf", "occasion"}
_TOPIC_WORDS = 5  # the most content words of a topic kept in a signing's name


_LIGHT = {"the", "a", "an", "of", "on", "for", "and", "in", "to", "their", "its", "his", "her",
          "our", "along", "against", "with"}


def _titled(text: str) -> bool:
    """ "for the Nepal Disaster Resilience Development Policy Credit": a topic that is a
    name (its content words capitalized) is how the document is known, however long."""
    words = [w for w in re.findall(r"[\w'-]+", text) if w.lower() not in _LIGHT]
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", text.lower()) if w not in _LIGHT]


def _cut(words: str) -> str:
    """Words up to a clause, the parties or a place, without acronyms in brackets."""
    words = re.sub(r"\s*\([^)]*\)", "", words)
    # ("on cooperation in the regulation of X": "in" ends it at a place or "in the presence")
    words = re.split(r",|;|\s(?:which|that|between|with|by|at|signed|under|whereby)\s"
                     r"|\sin\s(?=[A-Z0-9]|the presence)", words)[0]
    return words.strip()


def party_name(refs: Refs, key: str, sent: Span, many: bool = False) -> str:
    """An actor as a reader names a party of a signing: as the sentence telling the signing
    names it ("ECS" when it says "ECS", "the Energy Community Secretariat (ECS)" when it says
    so, a reader knows the signing by either word); by its acronym alone when its name is
    long or the parties are ``many`` (each party's long name would drown the document's own
    words: "the RRT-SPRK-TTJA memorandum"); else by its name."""
    actor = refs.table.actors[key]
    acronyms = sorted((n for n in actor.names if n.isupper() and 2 <= len(n) <= 8), key=len)
    if acronyms and (many or len(actor.name.split()) > LONG_NAME):
        return acronyms[0]
    for m in refs.table.mentions:
        if m.actor == key and sent.start_char <= m.start < sent.end_char and len(m.text) > 1:
            if acronyms and m.text not in acronyms:
                return f"{m.text} ({acronyms[0]})"
            return m.text
    if acronyms:
        return acronyms[0]
    return actor.name

