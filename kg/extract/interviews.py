"""Who speaks in an interview's answers: in a report set out as questions and answers ("Q:" /
"A:"), the "we" and "I" of an answer are the person interviewed, the one the report says it
"spoke to", "talked to" or "interviewed", not the last person the answer names."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.parsed import sent_of, tokens
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs

_ANSWER = re.compile(r"^[ \t*]*A[:.][ \t*]", re.MULTILINE)
_QUESTION = re.compile(r"^[ \t*]*Q[:.][ \t*]", re.MULTILINE)


def _interviewee(refs: Refs) -> str | None:
    """The person the report spoke to or interviewed ("Our correspondent spoke to the General
    Manager, Capt. X")."""
    for tok in tokens(refs.doc):
        if tok.lemma_ in ("speak", "talk") and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with")]
        elif tok.lemma_ == "interview" and tok.pos_ == "VERB":
            objs = [c for c in tok.children if c.dep_ == "dobj"]
        else:
            continue
        if not objs:
            continue
        # the one spoken to, or named after the verb when the parse lost the apposition ("spoke
        # to the director, Mr. X, after the meeting")
        sent = sent_of(tok)
        after = [t for t in tokens(refs.doc)[objs[0].i : sent.end]]
        people = [a for a in refs.actors_in(after) if refs.table.actors[a].type == "Person"]
        if people:
            return people[0]
    return None


def answering(verb: Token, refs: Refs) -> str | None:
    """The person interviewed, when the verb's subject is "we" or "I" in an answer of a report
    set out as questions and answers; else None."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("we", "i"):
        return None
    text = doc_text(refs.doc)
    if not _QUESTION.search(text):
        return None
    start = sent_of(verb).start_char
    answer = [m.start() for m in _ANSWER.finditer(text, 0, start + 1)]
    question = [m.start() for m in _QUESTION.finditer(text, 0, start + 1)]
    if not answer or (question and question[-1] > answer[-1]):
        return None  # not in an answer (a question, or before the first answer)
    return _interviewee(refs)
