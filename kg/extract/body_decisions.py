"""The decisions a governing body takes at its meeting: "The Council approved the budget",
"decided to establish a programme and requested the Secretariat to ...", "The Forum agreed to
join hands with X". They are the list of decisions adopted at that meeting (a declaration's
calls), not pledges of the body: the body decides as the gathering, not as one speaker.

A sentence speaks so when its main verb (or a verb coordinated with it) is a verb of decision
and its subject is a body that deliberates (a council, board, committee, commission, assembly,
forum) which the report says meets (it "met", "held its meeting", a "meeting of the Council", a
body "meeting behind closed doors"). What such a body says, vows or stresses ("the Committee
said it will", "the NSC vowed that") stays its commitment.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import clause_after, split_list
from kg.extract.decl_voice import BODY_HEADS, is_doc
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sents, span_tokens
from kg.extract.refs import Refs

# bodies that take decisions by meeting (the head word of the body's name or reference)
_BODIES = BODY_HEADS
# what a body decides: the verb's own words are part of the decision for acts on an object
_ACTS = {"approve", "adopt", "accept", "endorse", "reject", "ratify", "authorize", "authorise"}
_ASKS = {"decide", "request", "call", "urge", "agree", "instruct", "direct", "invite",
         "encourage", "ask", "mandate", "task", "resolve", "recommend", "appeal"}
_MEETS = {"meeting", "meet", "session", "sitting"}
# a gathering named by what meets rather than by a gathering's head ("the assembly resolved")
_GATHERED = {"assembly", "plenary", "sitting"}


def _body_word(tok: Token, refs: Refs, actor: str) -> bool:
    name = refs.table.actors[actor].name.lower().replace("-", " ").split()
    return tok.lemma_.lower() in _BODIES or bool(_BODIES & set(name))


def meeting_bodies(doc: Doc, refs: Refs) -> set[str]:
    """The deliberating bodies the report says meet: a sentence names (or refers to) the body
    and says it meets ("met", "meeting", "session")."""
    out: set[str] = set()
    for sent in sents(doc):
        toks = span_tokens(sent)
        if not any(t.lemma_.lower() in _MEETS for t in toks):
            continue
        for t in toks:
            a = refs.by_token.get(t.i) or (refs.actor_of(t) if t.pos_ == "NOUN" else None)
            if a and refs.table.actors[a].type == "Organization" and _body_word(t, refs, a):
                out.add(a)
    return out


def _subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None


def _decision(verb: Token, lex: Lexicon) -> str | None:
    """The words of one decision verb ("approved the budget ...", "the Secretariat to ...");
    adopting a text ("adopted a presidential statement") is no decision of its own: the text's
    calls are read from it."""
    lemma = verb.lemma_
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and (is_doc(obj, lex, True) or (obj.pos_ == "PROPN" and lemma in _ACTS)):
        return None  # ("adopted the Lome Resolutions": a text by its name)
    if lemma in _ACTS and obj is not None:
        rest = clause_after(verb)
        return f"{verb.text} {rest}" if rest else None
    if lemma == "call" and not any(c.lower_ in ("on", "upon", "for") for c in verb.children):
        return None  # "called it a success"
    if lemma in _ASKS and any(c.dep_ in ("xcomp", "ccomp", "dobj", "prep") for c in verb.children):
        return clause_after(verb)
    return None


def _gathering(subj: Token, refs: Refs, lex: Lexicon, bodies: set[str], chained: bool) -> bool:
    """Is the subject the body that met, the gathering itself ("the assembly resolved", "the
    session agreed"), or, right after such a sentence, "it" for it ("It asked ...")?"""
    who = refs.by_token.get(subj.i) or refs.actor_of(subj)
    if who in bodies:
        return True
    if subj.lower_ == "it":
        return chained
    return who is None and any(c.lower_ == "the" for c in subj.children) and (
        subj.lemma_.lower() in lex.event_heads or subj.lemma_.lower() in _GATHERED)


def body_calls(sent: Span, refs: Refs, lex: Lexicon, bodies: set[str],
               chained: bool = False) -> list[str]:
    """The decisions a meeting body, or the gathering, takes in the sentence (see the module's
    notes); ``chained``: the sentence before took decisions, and "it" goes on for its body."""
    root = sent.root
    verbs = [root] + [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    verbs += [c for v in verbs[1:] for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    out: list[str] = []
    for verb in verbs:
        subj = _subject(verb)
        if subj is None:
            continue
        if not _gathering(subj, refs, lex, bodies, chained):
            continue
        text = _decision(verb, lex)
        if text:
            out += [t for t in split_list(text) if len(t.split()) >= 2]
    return out
