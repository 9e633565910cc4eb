"""Pledges an agreement binds its parties to: "an MOU between A and B on X", "commits both
cities to X" (an MoU's terms are pledges of each named party)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.clauses import span_text, without_side_clauses
from kg.extract.parsed import sent_index, sents, tokens_among
from kg.extract.refs import Refs

_MOU = {"memorandum", "mou", "mous", "agreement", "accord", "pact", "protocol"}
_MOU_WORDS, _SIGN = frozenset(_MOU), frozenset({"sign"})  # (keys of the word index)
_SCOPE = {"on", "for"}
_ITEM_END = {";", "\n", "."}


def mou_terms(sent: Span, refs: Refs) -> list[tuple[str, str]]:
    """ "an MOU between A and B on X" / "an MOU on X between A and B": X is a pledge of A and
    of B (an MoU's terms are pledges of each named party). Read along the words, as the parse
    hangs "between" and "on" anywhere."""
    doc, out = sent.doc, []
    end_of_sent = sent.end
    read_to = -1
    for t in tokens_among(sent, _MOU_WORDS):
        if t.lower_ not in _MOU or t.i < read_to:
            continue
        i = t.i + 1
        while i < end_of_sent and (doc[i].lower_ in ("of", "understanding", "(", ")")
                                   or doc[i].lower_ in _MOU):
            i += 1
        parties: list[str] = []
        text = ""
        for _ in range(2):  # "between A and B on X" or "on X between A and B"
            if i >= end_of_sent:
                break
            word = doc[i].lower_
            j = i + 1
            while j < end_of_sent and not (
                doc[j].text in _ITEM_END or "\n" in doc[j].text
                or (j not in refs.by_token and doc[j].lower_ in ({"between"} | _SCOPE) - {word})
            ):
                j += 1
            if word == "between":
                parties = refs.actors_in(doc[i + 1 : j])
            elif word in _SCOPE:
                text = doc[i + 1 : j].text.strip(" ,;.")
            else:
                break
            i = j
        read_to = i
        types = {refs.table.actors[a].type for a in parties}
        if len(parties) >= 2 and len(types) == 1 and len(text.split()) >= 2:
            out += [(a, text) for a in parties]
    return out


_SIGNED = _MOU | {"letter", "charter", "deal", "partnership", "convention", "compact"}


def signed_terms(sent: Span, refs: Refs) -> list[tuple[str, str]]:
    """ "A and B signed a memorandum on Wednesday to patrol the bay together", "... a letter of
    intent to organise trade missions": what the agreement is signed to do is a pledge of
    each body that signs it (people signing make no party: they sign for someone)."""
    out: list[tuple[str, str]] = []
    for tok in tokens_among(sent, lemmas=_SIGN):
        if tok.lemma_ != "sign" or tok.pos_ != "VERB" or any(
            c.dep_ in ("auxpass", "nsubjpass") for c in tok.children
        ):
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"
                    and c.lemma_.lower() in _SIGNED), None)
        if obj is None:
            continue
        purpose = [
            c for c in [*tok.children, *obj.subtree]
            if c.dep_ in ("advcl", "acl") and c.tag_ == "VB" and c.i > obj.i
            and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
        ]
        parties = refs.subject(tok)
        if not purpose or len(parties) < 2 or any(
            refs.table.actors[a].type != "Organization" for a in parties
        ):
            continue
        text = span_text(sent.doc, without_side_clauses(purpose[0]))
        if len(text.split()) >= 3:
            out += [(a, text) for a in parties]
    return out


def committed(tok: Token, refs: Refs) -> list[str]:
    """The actors a "commit" binds through its object ("committing the two bodies to ...")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in ("itself", "themselves", "ourselves", "himself", "herself"):
        return []
    return refs.actors_in(obj.subtree) or refs.group_of(obj)


# what an agreement does with its terms: "the pact covers A; B; C", "the MoU provides for X"
_COVER_VERBS = {"cover", "include", "provide", "envisage", "envision", "encompass", "span",
                "comprise", "foresee", "focus"}
_PRONOUN_REFS = {"it", "this", "which"}


def pact_terms(sent: Span, refs: Refs) -> list[tuple[str, str]]:
    """ "The pact covers A; B; and C" after "the memorandum that the two chiefs signed": each
    term is a pledge of each party, the parties being those the agreement was named with
    before (between whom, or who signed it, or the bodies they signed for)."""
    root = sent.root
    if root.lemma_ not in _COVER_VERBS:
        return []
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.lemma_.lower() in _MOU or subj.lower_ in _PRONOUN_REFS):
        return []
    parties = _parties_before(sent, refs)
    if len(parties) < 2:
        return []
    start = next((c for c in root.children if c.i > root.i and c.dep_ in ("dobj", "prep")), None)
    if start is None:
        return []
    begin = start.i + 1 if start.dep_ == "prep" else start.left_edge.i  # "provides for X"
    rest = sent.doc[begin : sent.end].text.strip().rstrip(".")
    items = [re.sub(r"^\s*(?:and|or)\s+", "", x).strip(" .;,") for x in rest.split(";")]
    items = [x for x in items if len(x.split()) >= 2]
    return [(a, x) for x in items for a in parties]


def _parties_before(sent: Span, refs: Refs) -> list[str]:
    """The parties of the agreement last named in this sentence or the two before it: "between
    A and B", or who signed it ("the memorandum that the two chiefs signed"); "on behalf of
    their institutions" makes the bodies the signers hold posts in the parties."""
    doc = sent.doc
    all_sents = sents(doc)
    k = sent_index(doc)[sent.start]
    for j in range(k, max(-1, k - 3), -1):
        s = all_sents[j]
        for t in reversed(list(s)):
            if t.lemma_.lower() not in _MOU or (j == k and t.i >= sent.root.i):
                continue
            between = next((c for c in t.subtree if c.lower_ == "between"), None)
            if between is not None:
                found = refs.actors_in(between.subtree)
                if len(found) >= 2:
                    return found
            sign = next((x for x in s if x.lemma_ == "sign" and x.pos_ == "VERB"
                         and (t.i in {y.i for y in x.subtree} or x.i in {y.i for y in t.subtree})),
                        None)
            if sign is None:
                continue
            signers = refs.subject(sign) or refs.actors_in(
                y for c in sign.children if c.dep_ == "agent" for y in c.subtree)
            if any(c.lower_ == "behalf" for c in sign.subtree):
                bodies = [o for o, people in refs.posts_at.items() if set(signers) & people]
                if len(bodies) < 2:  # "the two police chiefs signed for their institutions"
                    bodies = refs.bodies_of(sign)
                if len(bodies) >= 2:
                    return bodies
            return signers
    return []
