"""The topic of a gathering the report names by its head word alone: a workshop, a seminar, a
course. A reader names it by what it was on, when the report says so near it: "In a separate
workshop, some forty deans discussed how to measure the impact of research" -> "Workshop on
how to measure the impact of research"; "I went for proper training on how to report to the
Committee. ... The workshop ran from Monday to Wednesday" -> "Training workshop on how to
report to the Committee". Only gatherings held on a subject (not a summit or an assembly,
whose discussions are many) are named so."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.event_info import EventInfo
from kg.extract.parsed import sents as all_sents

# gatherings held on one subject
_THEMATIC = {"workshop", "seminar", "webinar", "course", "training", "roundtable", "clinic",
             "bootcamp", "masterclass", "session"}
# verbs whose object is what the participants took up: "deans discussed how to measure X"
_TAKE_UP = {"discuss", "examine", "explore", "debate", "study"}
# nouns that tell a subject before the gathering is named: "proper training on how to report"
_ON_NOUNS = {"training", "course", "instruction", "coaching", "session", "sessions"}
# where a topic ends: a clause, a comma, a phrase of where or how ("in our own words")
_ENDS = re.compile(r",|;|:|\s(?:which|that|who|where|when|instead|during|at)\s"
                   r"|\s(?:in|for)\s+(?:our|their|his|her|its|my|your|the)\s+(?:own\s+)?"
                   r"(?:words|way|time|region|country|city|capital)\b")
_MAX_WORDS = 22
# a name that says what the gathering is but not what it was on: "Workshop", "Validation
# workshop", "Session for farmers", "Workshop of the X Union"
_BARE = re.compile(r"^((?:([A-Za-z-]+) )?([A-Za-z-]+))( for [a-z][a-z ]*)?(?: of the [A-Z].*)?$")


def _topic(words: str) -> str:
    topic = re.split(_ENDS, words)[0].strip()
    return topic if 1 < len(topic.split()) <= _MAX_WORDS else ""


def _object_text(verb: Token) -> str:
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("dobj", "xcomp", "ccomp"):
            return _topic(doc[c.left_edge.i : c.right_edge.i + 1].text)
        if c.dep_ == "prep" and c.lower_ == "at" and verb.lemma_ == "look":
            return _topic(doc[c.i + 1 : c.right_edge.i + 1].text)  # "looked at the safety of X"
    return ""


def _taken_up(sent: Span) -> str:
    for t in sent:
        if t.pos_ == "VERB" and (t.lemma_ in _TAKE_UP or t.lemma_ == "look" and any(
                c.dep_ == "prep" and c.lower_ == "at" for c in t.children)):
            topic = _object_text(t)
            if topic:
                return topic
    return ""


def _acted(sent: Span, modifier: str) -> str:
    """ "Officials validated the second National Plan ... The validation workshop": what the
    act the modifier names was done to."""
    for t in sent:
        if t.pos_ == "VERB" and len(t.lemma_) >= 5 and modifier[:5] == t.lemma_[:5]:
            topic = _object_text(t)
            if topic:
                return topic
    return ""


def _on_noun(sent: Span) -> tuple[str, str]:
    for t in sent:
        if t.lower_ in _ON_NOUNS and t.pos_ == "NOUN":
            prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "about")),
                        None)
            if prep is not None:
                doc = t.doc
                return t.lower_, _topic(doc[prep.i + 1 : prep.right_edge.i + 1].text)
    return "", ""


def name_by_topic(doc: Doc, events: list[EventInfo]) -> None:
    sents = all_sents(doc)
    for e in events:
        m = _BARE.match(e.event.name)
        if m is None or m.group(3).lower() not in _THEMATIC:
            continue
        told, modifier, head, audience = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        near = [sents[k] for k in (e.sent, e.sent - 1, e.sent - 2) if k >= 0]
        topic = _taken_up(near[0])
        if not topic and modifier:
            topic = next((t for t in (_acted(s, modifier.lower()) for s in near[:2]) if t), "")
        if topic:
            # (what it was on names it: no organizer's name goes in front)
            e.event.name, e.proper = f"{told}{audience} on {topic}", True
            continue
        if modifier:
            continue
        for sent in near:  # (a heading may come between)
            noun, topic = _on_noun(sent)
            if topic:
                words = [noun, head.lower()] if noun != head.lower() else [head.lower()]
                name = " ".join(words)
                e.event.name = f"{name[:1].upper()}{name[1:]}{audience} on {topic}"
                e.proper = True
                break


# verbs whose passive subject is the occasion a gathering was held for: "The repatriation was
# organized by X and hosted by Y"
_ARRANGED = {"organize", "organise", "host", "arrange", "stage", "co-organize", "co-organise"}


def name_by_occasion(doc: Doc, events: list[EventInfo]) -> None:
    """ "... was formally returned to Iraq at a ceremony held in Washington. The repatriation
    was organized by X": a ceremony named by its head word alone takes the occasion the report
    then says was organized ("Repatriation ceremony")."""
    sents = all_sents(doc)
    for e in events:
        if e.proper or e.event.name.lower() != "ceremony":
            continue
        for k in (e.sent, e.sent + 1):
            if k >= len(sents):
                break
            noun = next((t for t in sents[k] if t.dep_ == "nsubjpass" and t.pos_ == "NOUN"
                         and t.text.islower() and t.lower_ not in ("ceremony", "event")
                         and t.head.lemma_ in _ARRANGED
                         and any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)), None)
            if noun is not None:
                e.event.name = f"{noun.text[:1].upper()}{noun.text[1:]} ceremony"
                e.proper = True
                break
