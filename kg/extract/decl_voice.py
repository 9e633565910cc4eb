"""The voice of an adopted text: which tokens name it ("declaration", "joint statement", then
"the text", "it"), which verbs make its calls, and whether a sentence speaks for it (its subject is
the text or a group no name stands for, "In the declaration, the leaders agree", "a resolution
..., which urges") rather than for a named speaker."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_of
from kg.extract.refs import Refs

# verbs that make a call only with a that-clause ("holds that", not "hold the next meeting")
THAT_VERBS = {"provide", "hold", "warn"}


def is_doc(tok: Token, lex: Lexicon, seen: bool) -> bool:
    """Does the token name an adopted text: "declaration", "communique", "joint statement",
    "action plan"; once a text is named, also "the text", "the statement", "it"?"""
    low = tok.lemma_.lower()
    if tok.lower_ in lex.verbs["decl_docs"] or low in lex.verbs["decl_docs"]:
        return True
    if low in ("statement", "plan"):  # (its modifiers only then: read for every noun before)
        mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
        if low == "statement" and mods & {"joint", "presidential", "final", "closing"} \
                and "press" not in mods:
            return True
        if low == "plan" and "action" in mods:
            return True
    return seen and tok.lower_ != "it" and low in lex.verbs["decl_anaphors"] and tok.pos_ != "VERB"


def _adopts_on(prep: Token, lex: Lexicon) -> bool:
    """ "agreed on a declaration", "agreed on a set of recommendations": a text adopted."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "upon"):
        return False
    for obj in prep.children:
        if obj.dep_ == "pobj" and (is_doc(obj, lex, False) or any(
            of.lower_ == "of" and any(is_doc(x, lex, False) for x in of.children)
            for of in obj.children
        )):
            return True
    return False


def decl_trigger(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ == "NOUN" and tok.lemma_ == "call":  # "a rallying call for the world to act"
        return tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "for"
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in lex.verbs["decl_verbs"]:
        return False
    kids = list(tok.children)
    if tok.lemma_ == "call":  # "calls for X", "calls on X to": not "called it a crime"
        return any(c.lower_ in ("for", "on", "upon") for c in kids)
    if any(c.dep_ == "dobj" and any(is_doc(t, lex, False) for t in (c, *c.lefts))
           for c in kids) or any(_adopts_on(c, lex) for c in kids):
        return False  # "agreed a consensus outlook", "accepted the declaration": its adoption
    if tok.lemma_ in THAT_VERBS:
        # "provides / holds / warns that ...": not "provide direction", "hold back growth"
        return any(c.dep_ == "ccomp" for c in kids) and not any(c.dep_ == "prt" for c in kids)
    return True


def _subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None


def voice_of(subj: Token, refs: Refs, lex: Lexicon, seen: bool, we: bool = False) -> bool:
    """Is the subject the text, "it" / "they" for it, or a group no name stands for? In a
    report that is the adopted text itself (``we``), its "We" too ("We agree to: ...", "We
    call upon ..."), unless quoted."""
    if we and subj.lower_ == "we":
        return not _quoted(subj)
    if is_doc(subj, lex, seen) or subj.lower_ in ("it", "they", "which", "that"):
        return subj.lower_ != "they" or not refs.group_of(subj)
    if refs.actors_in(subj.subtree) or refs.group_of(subj):
        return False
    return subj.tag_ in ("NNS", "NNPS") and subj.lower_ not in ("countries", "nations")


def _quoted(tok: Token) -> bool:
    """Is the token inside quotation marks opened earlier in its sentence?"""
    before = sent_of(tok).doc[sent_of(tok).start : tok.i].text
    return "“" in before and "”" not in before or before.count('"') % 2 == 1


def doc_voice(tok: Token, refs: Refs, lex: Lexicon, seen: bool, we: bool = False) -> bool:
    """Does the trigger speak for a text (see the module's notes)?"""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("relcl", "acl") and is_doc(head.head, lex, True):
        return True  # "a declaration that called for ...", "the resolution, which urges"
    if head.i != tok.i and head.pos_ == "NOUN" and is_doc(head, lex, True) and any(
        c.dep_ == "acl" and decl_trigger(c, lex) for c in head.children
    ):  # "The statement called on A ..., and asked B ...", parsed as a noun's two clauses
        return True
    if _named_speaker(head, refs, lex):
        return False
    return _in_text_frame(sent_of(tok), lex) or _voiced(tok, head, refs, lex, seen, we)


def _in_text_frame(sent: Span, lex: Lexicon) -> bool:
    """Does the sentence open with "In the declaration," / "In it" / "In its conclusions,"?"""
    if len(sent) < 3 or sent[0].lower_ != "in":
        return False
    for t in sent[1:5]:
        if is_doc(t, lex, True) or t.lower_ == "it":
            return True
        if t.pos_ not in ("DET", "PRON", "ADJ"):
            return False
    return False


def _named_speaker(head: Token, refs: Refs, lex: Lexicon) -> bool:
    """ "X said the leaders agreed", "she predicted that ...": a speaker's words, not the
    text's."""
    anc = head
    for _ in range(4):
        if anc.head.i == anc.i:
            break
        anc = anc.head
        subj = [c for c in anc.children if c.dep_ == "nsubj"]
        if anc.lemma_ in lex.verbs["speech"] and refs.actors_in(
            t for c in subj for t in c.subtree
        ):
            return True
        if any(c.lower_ in ("he", "she") for c in subj):
            return True  # "She predicted that X, and urged Y": a person's words, whatever verb
    return False


def _voiced(tok: Token, head: Token, refs: Refs, lex: Lexicon, seen: bool, we: bool) -> bool:
    """ "in which / in it" on the verb, or the text, "it", "they" or a nameless group as its
    subject."""
    for v in {tok, head}:
        for c in v.children:  # "In the declaration / In it / in which, the leaders agree"
            if c.dep_ == "prep" and c.lower_ == "in":
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and (
                    is_doc(obj, lex, True) or obj.lower_ in ("it", "which")
                ):
                    return True
    subj = _subject(tok) if tok.pos_ != "NOUN" else next(
        (c for c in tok.head.children if c.dep_ == "nsubj"), None
    )
    return subj is not None and voice_of(subj, refs, lex, seen, we)


def speaks_for_text(sent: Span, refs: Refs, lex: Lexicon, seen: bool, we: bool = False) -> bool:
    """A sentence of the text's content ("These officials will ..." after "the declaration
    provides"): its main subject is the text or a group no name stands for."""
    root = sent.root
    subj = _subject(root)
    return subj is not None and subj.lower_ != "it" and voice_of(subj, refs, lex, seen, we)


# bodies that take decisions by meeting (the head word of a body's name or short form)
BODY_HEADS = {"council", "board", "committee", "commission", "assembly", "forum", "cabinet",
              "bureau", "executive", "senate", "parliament", "congress", "presidium"}
# verbs by which a gathering takes decisions: a list they open is a list of decisions
_DECIDE = {"decide", "resolve", "agree", "undertake", "commit"}
# verbs only a body as a whole uses for its decisions ("the Commission decided:"); a named body
# that "agreed to:" a list makes its own pledges, as the parties of an MoU do
_BODY_DECIDE = {"decide", "resolve"}
# what is done to a text at a gathering: its object, a name, is the text
_ADOPT = {"adopt", "endorse", "approve", "issue", "release", "sign", "publish"}


def decided(verb: Token, refs: Refs, lex: Lexicon, we: bool = False) -> bool:
    """Does the verb open a list of decisions: taken by a group no name stands for ("the
    parties agreed to:", "the ministers resolved to:"), by the gathering ("the meeting
    decided:") or by a named body as a whole ("the Commission decided:"), with no named speaker
    reporting it?"""
    if verb.lemma_ not in _DECIDE or _named_speaker(verb, refs, lex):
        return False
    subj = _subject(verb)
    if subj is None:
        return False
    if subj.lemma_.lower() in lex.event_heads:
        return True
    named = refs.actors_in(subj.subtree) or ([a] if (a := refs.actor_of(subj)) else [])
    if not named and verb.lemma_ in _BODY_DECIDE and subj.lemma_.lower() in BODY_HEADS and any(
        c.lower_ == "the" for c in subj.children
    ):  # "The Commission decided:" where the short form named no actor: the body as a whole
        return True
    if named:
        return verb.lemma_ in _BODY_DECIDE and all(
            refs.table.actors[a].type == "Organization" for a in named)
    return subj.lower_ != "it" and voice_of(subj, refs, lex, True, we)


def names_adopted(lead: list[Token], lex: Lexicon) -> bool:
    """Does the lead-in adopt, endorse or issue a text by its name ("Participants endorsed the
    Lima Agenda for Action, in which they:"), so that what follows is that text's content?"""
    for tok in lead:
        if tok.pos_ != "VERB" or tok.lemma_ not in _ADOPT:
            continue
        for obj in tok.children:
            if obj.dep_ == "dobj" and (
                is_doc(obj, lex, True)
                or (obj.pos_ == "PROPN" and any(t.lower_ == "which" for t in lead))
            ):
                return True
    return False
