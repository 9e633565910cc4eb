"""The meeting of the body whose decisions a declaration lists: "The Governing Council of the
Fisheries Agency held its ninth meeting in Accra. ... In its decisions the Council: - asked
...". The decisions belong to that meeting, not to another gathering the story names first (a
treaty's signing told in the background, a press conference after it).

The body is the deliberating body ("council", "board", "commission" ...) the first sentence of
the declaration names before its list or verb; its meeting is an event of the report whose name
holds the body's head word and a word of meeting, else one told by a sentence in which the body
"held its (ninth) meeting / session", named from it ("Ninth meeting of the Governing Council of
the Fisheries Agency").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.decl_voice import BODY_HEADS
from kg.extract.event_info import EventInfo
from kg.extract.parsed import span_tokens
from kg.extract.refs import Refs
from kg.model import Event

_MEETING_WORDS = {"meeting", "session", "sitting"}


def _body_of(sent: Span, refs: Refs) -> Token | None:
    """The body that speaks in the sentence opening a declaration: a body word that is the
    subject, or stands before the list's colon with no verb of its own ("In its decisions the
    Council:")."""
    for tok in span_tokens(sent):
        if tok.text == ":" or (tok.pos_ == "VERB" and tok.dep_ != "amod"):
            break
        if tok.lemma_.lower() in BODY_HEADS and (
            tok.i in refs.by_token or any(c.lower_ == "the" for c in tok.children)
        ):
            return tok
    return None


def _same_body(tok: Token, body: Token, refs: Refs) -> bool:
    mine, theirs = refs.by_token.get(tok.i) or refs.actor_of(tok), refs.by_token.get(body.i)
    if mine and theirs:
        return mine == theirs
    return tok.lemma_.lower() == body.lemma_.lower()


def _name(subj: Token, meeting: Token) -> str:
    """ "The Governing Council of the X (XA)" + "its eighteenth meeting" -> "Eighteenth
    meeting of the Governing Council of the X"."""
    body = subj.doc[subj.left_edge.i : subj.right_edge.i + 1].text
    body = re.sub(r"\s*\([^)]*\)", "", body)
    body = re.sub(r"^(?:the)\s+", "", body, flags=re.I).strip()
    rank = [c.text for c in meeting.children if c.dep_ == "amod" and c.i < meeting.i]
    head = " ".join([*rank, meeting.text]).lower()
    return f"{head[:1].upper()}{head[1:]} of the {body}"


def body_meeting(
    all_sents: list[Span], first: int, events: list[EventInfo], refs: Refs, report_id: str
) -> tuple[str, Event | None] | None:
    """(event id, the new event or None) of the meeting of the body whose decisions the
    declaration opening at sentence ``first`` lists; None when it names no body."""
    body = _body_of(all_sents[first], refs)
    if body is None:
        return None
    word = body.lower_
    for e in events:
        names = set(" ".join(e.event.names).lower().split())
        if word in names and names & _MEETING_WORDS:
            return e.event.id, None
    for k, sent in enumerate(all_sents[: first + 1]):
        for verb in span_tokens(sent):
            if verb.lemma_ != "hold" or verb.pos_ != "VERB":
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            meeting = next((c for c in verb.children if c.dep_ == "dobj"
                            and c.lemma_.lower() in _MEETING_WORDS), None)
            if subj is None or meeting is None or not _same_body(subj, body, refs):
                continue
            if not any(c.dep_ == "poss" and c.lower_ == "its" for c in meeting.children):
                continue  # "the Council held a meeting with donors": not its own sitting
            new = Event(id=f"{report_id}-b{k}", name=_name(subj, meeting), type="Meeting")
            return new.id, new
    return None
