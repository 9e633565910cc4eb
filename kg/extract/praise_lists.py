"""Who acts in a list with no subject ("The Ministers: - thanked X", "5. Commend X"): the body
its lead-in names, or the body its members make up."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.members import members_body
from kg.extract.parsed import sent_of
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs

_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*")


def opens_item(verb: Token) -> bool:
    """Whether the verb opens a line of a list ("- praised X", "5. Commend X"; the bullets of
    a Markdown list are gone from the text a loader gives)."""
    text = doc_text(verb.doc)
    start = text.rfind("\n", 0, verb.idx) + 1
    before = text[start : verb.idx]
    return not before.strip() or _BULLET.fullmatch(before) is not None


def lead_in_body(verb: Token, refs: Refs) -> str | None:
    """The actor a list's lead-in names as acting, for an item with no subject: "On Haiti, the
    Heads of Government, expressing concern: - praised X" (the body the heads make up)."""
    text = doc_text(verb.doc)
    end = text.rfind("\n", 0, verb.idx)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.rstrip().endswith(":"):
            line_span = verb.doc.char_span(start, end, alignment_mode="expand")
            if line_span is None:
                return None
            # the lead-in is the line's last sentence: "X opened it. The delegates agreed:"
            colon = next((t for t in reversed(line_span) if t.text == ":"), None)
            if colon is None:
                return None
            span = verb.doc[max(line_span.start, sent_of(colon).start) : colon.i]
            named = refs.actors_in(span)
            if named:  # "the Heads of Government": the Conference of Heads of Government
                return _made_up_of(named[0], refs) or named[0]
            return next((b for t in span if (b := members_body(t, refs) or
                                             body_they_make_up(t, refs))), None)
        item = _BULLET.match(line) or line.rstrip().endswith((";", "; and", "; or"))
        if line.strip() and not item:
            return None  # a paragraph, not the list's lead-in
        end = start - 1
    return None


def _made_up_of(actor: str, refs: Refs) -> str | None:
    """The one organization whose name holds the name of the given one ("Conference of Heads
    of Government of X" for "Heads of Government"): the body those it names make up."""
    name = f" {refs.table.actors[actor].name.lower()} "
    bodies = [a.id for a in refs.table.actors.values() if a.id != actor
              and a.type == "Organization" and name in f" {a.name.lower()} "]
    return bodies[0] if len(bodies) == 1 else None


def first_word(verb: Token) -> int:
    """The first word of the verb's sentence, after a list number or bullet."""
    for t in sent_of(verb):
        if t.is_alpha:
            return t.i
    return sent_of(verb).start


def body_they_make_up(tok: Token, refs: Refs) -> str | None:
    """ "The Ministers:", "Ministers thanked": the one organization whose name holds that
    plural ("Council of Water Ministers of the Delta Union"), the body the ministers make up."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.i in refs.by_token:
        return None
    word = tok.lower_
    bodies = {a.id for a in refs.table.actors.values() if a.type == "Organization"
              and word in a.name.lower().split()}
    return bodies.pop() if len(bodies) == 1 else None
