"""People a report names who were not at its gatherings: "In Moscow, Prime Minister A
described the sanctions as ...", "Ahead of the meeting, B said ...", "C said beforehand",
"the late D", "E, who represented President F" (F stayed away). Their mention there gives them
no gathering; another sentence may still put them at one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.event_info import EventInfo
from kg.extract.lexicon import lexicon
from kg.extract.parsed import sents, span_text, span_tokens, text
from kg.extract.refs import Refs

# a sentence opening on a time before the gathering: what its people said, they said beforehand
_BEFORE = re.compile(r"^\W*(?:ahead of|in the run-up to|on the eve of) (?:the|this|its|"
                     r"that|a) ", re.I)
_BEFOREHAND = re.compile(r"\b(?:said|told \w+|spoke|wrote) (?:beforehand|in advance)\b", re.I)
_PLACES = {"GPE", "LOC"}
# "the late D", "(who represented | on behalf of) President F": the words just before a mention
_AWAY = re.compile(r"\bthe late (?:[a-z.]+ ){0,3}$|\b(?:represent(?:ed|ing|s)?|on behalf "
                   r"of|in place of|standing in for|deputi[sz]ing for)(?: the)? (?!by )"
                   r"(?:[a-z.]+ ){0,4}$")


def _elsewhere(sent: Span, known: str) -> bool:
    """ "In Moscow, X said": a sentence opening on a place the gatherings are not in."""
    toks = [t for t in span_tokens(sent) if not t.is_space]
    if len(toks) < 4 or toks[0].lower_ not in ("in", "from") or toks[1].ent_type_ not in _PLACES:
        return False
    k = 1
    while k < len(toks) and toks[k].ent_type_ in _PLACES:
        k += 1
    if k >= len(toks) or toks[k].text != ",":
        return False
    place = " ".join(t.text for t in toks[1:k]).lower()
    return place not in known


def away_sentences(doc: Doc, events: list[EventInfo]) -> set[int]:
    """Indexes of the sentences whose people the report tells away from its gatherings."""
    all_sents = sents(doc)
    told = {k for e in events for k in (e.sent, *e.mentions)}
    known = " ".join(
        [e.event.name or "" for e in events] + [e.event.place or "" for e in events]
        + [e.event.venue or "" for e in events]
        + [span_text(doc, all_sents[e.sent].start, all_sents[e.sent].end)
           for e in events if 0 <= e.sent < len(all_sents)]
    ).lower()
    out: set[int] = set()
    for k, s in enumerate(all_sents):
        said = span_text(doc, s.start, s.end)  # (``Span.text`` builds each token anew)
        if _elsewhere(s, known) or _BEFORE.match(said):
            out.add(k)
        elif _BEFOREHAND.search(said) and k not in told:  # told at it: said there before it
            out.add(k)
    return out


def absent_at(doc: Doc, start: int) -> bool:
    """Whether the person whose mention opens at character ``start`` is told absent there:
    "the late D", "who represented President F", "on behalf of Minister G"."""
    before = text(doc)[max(0, start - 60) : start].lower()  # (``doc.text`` joins every token)
    return _AWAY.search(before) is not None


def passing_at(doc: Doc, refs: Refs, start: int) -> bool:
    """Whether the person whose mention opens at character ``start`` is named only in passing,
    as the agent of a clause that tells of something other than a gathering: "an initiative
    led by X", "a letter addressed to them by X", "the Association, which is led by its
    president X". Not "a delegation led by X" (it came), nor "the session, chaired by X"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    tok: Token = span[0]
    lex = lexicon()
    told = _attends_itself(tok, lex.verbs["participate"])
    while tok.dep_ in ("compound", "flat", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "its president, X", "X and Y": up to the word the agent phrase holds
    if told or tok.dep_ != "pobj" or tok.head.dep_ != "agent":
        return False
    verb = tok.head.head
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, noun = verb.lemma_.lower(), verb.head.lower_
    if lemma in lex.verbs["participate"] | lex.verbs["organize"] | lex.verbs["presence_verbs"]:
        return False
    return noun not in lex.event_heads and noun not in lex.verbs["attending_groups"]


def _attends_itself(tok: Token, verbs: frozenset[str]) -> bool:
    """ "by X, who attended the opening": a clause on the person that says they were there."""
    node = tok
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    return any(c.dep_ == "relcl" and c.lemma_.lower() in verbs
               for t in (node, *[a for a in node.children if a.dep_ == "appos"])
               for c in t.children)
