"""The gathering a declaration was adopted at, read from the sentence that adopts it:
"The Assembly wound up with the adoption of the Dhaka Declaration", "the summit adopted the
Nairobi Declaration", "the communique issued at the close of the meeting".

The event is the subject of a verb that ends a gathering ("closed", "wound up", "ended with the
adoption of"), the subject of "adopted" / "issued" when it is a gathering, or the gathering the
adopted text was issued "at"; it is one the report's events already name when its head word is
theirs, else a new event named by the phrase. Without such a sentence, the event the adopting
the report's first event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.decl_body import body_meeting
from kg.extract.decl_voice import is_doc
from kg.extract.event_info import part_words
from kg.extract.event_retold import PARTS
from kg.extract.events import EventInfo
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sents, span_tokens
from kg.extract.refs import Refs
from kg.model import Event

_END_VERBS = {"close", "end", "conclude", "wind", "wrap", "finish", "culminate"}
_ADOPT_VERBS = {"adopt", "issue", "release", "endorse", "approve", "sign", "produce", "agree"}
# gatherings the event lexicon leaves to other uses ("assembly" is also a body's name)
# gatherings apart from the one a closing session is part of
_APART = ("press", "news", "joint press", "side", "signing")
_GATHERING_HEADS = {"assembly", "plenary", "retreat", "convention", "congress", "talks"}


@dataclass
class DeclEvent:
    event_id: str | None
    new: Event | None = None  # a gathering the report's events lacked


def declaration_event(
    doc: Doc, events: list[EventInfo], lex: Lexicon, report_id: str, decl_sents: set[int],
    refs: Refs,
) -> DeclEvent:
    """The event of the report's declaration (see the module's notes). Only a sentence of the
    declaration, or the one just before its first, adopts it: "the General Assembly has
    adopted two resolutions" in a background sentence adopts another text."""
    main = events[0].event.id if events else None
    all_sents = sents(doc)
    near = decl_sents | {min(decl_sents) - 1} if decl_sents else set()
    for k, sent in enumerate(all_sents):
        if k not in near:
            continue
        gathering = _adopting_gathering(sent, lex) or _owning_gathering(sent, lex)
        if gathering is None or gathering.i in refs.by_token:
            continue  # a body ("the General Assembly") is no gathering
        found = _known(gathering, events, k)
        if found is not None:
            return DeclEvent(found)
        name = _name_of(gathering)
        if len(name.split()) < 2:
            continue  # "the meeting" alone: no name to give a new event
        head = gathering.lemma_.lower()
        typ = lex.event_heads.get(head) or head.capitalize()
        new = Event(id=f"{report_id}-d{k}", name=name, type=typ)
        return DeclEvent(new.id, new)
    if decl_sents:  # "In its decisions the Council: ...": the body's meeting
        met = body_meeting(all_sents, min(decl_sents), events, refs, report_id)
        if met is not None:
            return DeclEvent(*met)
    return DeclEvent(main)


def _owning_gathering(sent: Span, lex: Lexicon) -> Token | None:
    """The gathering a text is said to be of: "The forum's closing statement called on ...",
    "the summit's final declaration"."""
    for tok in span_tokens(sent):
        if tok.dep_ == "poss" and _is_gathering(tok, lex) and is_doc(tok.head, lex, True):
            return tok
    return None


def _is_gathering(tok: Token, lex: Lexicon) -> bool:
    low = tok.lemma_.lower()
    return low in lex.event_heads or low in _GATHERING_HEADS


def _adopting_gathering(sent: Span, lex: Lexicon) -> Token | None:
    """The gathering's head word in a sentence that adopts a text, if it names one."""
    if not any(t.lower_ == "adoption" or t.lemma_ in _ADOPT_VERBS for t in span_tokens(sent)):
        return None
    for tok in span_tokens(sent):
        if tok.pos_ != "VERB":
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None and not _is_gathering(subj, lex):
            # "DHAKA, April 5 - The IPU's 136th Assembly wound up": a dateline parsed as the
            # subject, the gathering in apposition to it
            subj = next((c for c in subj.children if c.dep_ == "appos"
                         and _is_gathering(c, lex)), None)
        if subj is None:
            continue
        ends = tok.lemma_ in _END_VERBS and any(
            t.lower_ == "adoption" for t in tok.subtree
        )  # "wound up with the adoption of the Dhaka Declaration"
        adopts = tok.lemma_ in _ADOPT_VERBS and any(
            c.dep_ == "dobj" for c in tok.children
        )  # "the summit adopted the Nairobi Declaration"
        if ends or adopts:
            return subj
    for tok in span_tokens(sent):  # "the Forum adopted the text at a meeting it held on Friday"
        if tok.pos_ == "VERB" and tok.lemma_ in _ADOPT_VERBS:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "during"):
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None and _is_gathering(obj, lex):
                        return obj
    return None


def _known(head: Token, events: list[EventInfo], k: int) -> str | None:
    """An event of the report whose name holds the gathering's head word and another of its
    words ("136th Assembly" and "136th IPU Assembly"); else, for a gathering named by its head
    word alone ("the forum's statement", "at a meeting"), the last event told by sentence
    ``k`` whose name holds that word, else whose type is it."""
    words = {t.lower_ for t in head.subtree if t.is_alpha or t.like_num} - {"the", "of", "s"}
    low = head.lower_
    for e in events:
        names = " ".join(e.event.names).lower().split()
        if low in names and len(words & set(names)) >= 2:
            return e.event.id
    own = {t.lower_ for t in head.subtree if t.i < head.i and (t.is_alpha or t.like_num)}
    own -= {"the", "a", "an", "its", "their", "this", "that"}
    if own and low in PARTS and own <= part_words():
        # "the conclusions adopted at the closing session": a part of the gathering last told
        told = [e for e in events if e.sent <= k
                and not e.event.name.lower().startswith(_APART)]
        return max(told, key=lambda e: e.sent).event.id if told else None
    if own:
        return None  # a gathering of its own name, which no event of the report holds
    lemma = head.lemma_.lower()
    for fits in (lambda e: low in " ".join(e.event.names).lower().split(),
                 lambda e: e.event.type.lower() == lemma):
        told = [e for e in events if e.sent <= k and fits(e)]
        if told:
            return max(told, key=lambda e: e.sent).event.id
    return None


def _name_of(head: Token) -> str:
    """ "The Inter-Parliamentary Union's (IPU) 136th Assembly" -> "Inter-Parliamentary Union
    136th Assembly": the phrase without its article, a possessive's mark or an acronym in
    brackets."""
    toks = [t for t in head.subtree if t.i <= head.i]
    text = head.doc[toks[0].i : head.i + 1].text if toks else head.text
    text = re.sub(r"\s*\([^)]*\)", "", text)
    text = re.sub(r"['’]s\b", "", text)
    return re.sub(r"^(?:the|a|an|its|their)\s+", "", text, flags=re.I).strip()
