"""Pledges an agreement binds its parties to: "an MOU between A and B on X", "commits both
cities to X" (an MoU's terms are pledges of each named party)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.refs import Refs

_MOU = {"memorandum", "mou", "mous", "agreement", "accord", "pact", "protocol"}
_SCOPE = {"on", "for"}
_ITEM_END = {";", "\n", "."}


def mou_terms(sent: Span, refs: Refs) -> list[tuple[str, str]]:
    """ "an MOU between A and B on X" / "an MOU on X between A and B": X is a pledge of A and
    of B (an MoU's terms are pledges of each named party). Read along the words, as the parse
    hangs "between" and "on" anywhere."""
    doc, out = sent.doc, []
    end_of_sent = sent.end
    read_to = -1
    for t in sent:
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


def committed(tok: Token, refs: Refs) -> list[str]:
    """The actors a "commit" binds through its object ("committing the two bodies to ...")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in ("itself", "themselves", "ourselves", "himself", "herself"):
        return []
    return refs.actors_in(obj.subtree) or refs.group_of(obj)
