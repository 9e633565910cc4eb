"""Commitments (pledges and calls) of actors, and declarations adopted at events with their calls.

A pledge is what an actor promises ("assured continuous support", "will continue to", "is
committed to"); a call is what an actor asks for ("called for", "urged", "stressed the need to",
"must"). The speaker is the subject of the trigger, else of the reporting verb above it, else the
"According to X" of the sentence, else the person last named.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.refs import Refs

_DECL = re.compile(r"\b(declaration|communiqu[eé]|joint statement|statement|the text)\b", re.I)
_DECL_TRIGGERS = {"call", "agree", "provide", "accept", "urge", "commit", "recommend", "resolve"}
_CUT_DEPS = {"advcl", "parataxis", "punct", "cc", "mark", "nsubj", "nsubjpass", "aux", "auxpass", "neg"}
_PLEDGE_MODALS = {"will", "would", "shall"}
_CALL_MODALS = {"must", "should"}
_CALL_ADJ = {"essential", "necessary", "vital", "crucial", "imperative"}
_PLEDGE_ADJ = {"committed", "determined", "ready", "willing"}


def clause_after(head: Token, start: Token | None = None) -> str:
    """The words the head governs after ``start`` (or after itself), without side clauses."""
    after = (start or head).i
    toks: list[Token] = []
    for child in head.children:
        if child.i <= after or child.dep_ in _CUT_DEPS:
            continue
        if child.dep_ == "conj" and child.pos_ == "VERB" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
            continue
        toks.extend(child.subtree)
    toks = sorted(t for t in toks if t.i > after)
    if not toks:
        return ""
    span = head.doc[toks[0].i:toks[-1].i + 1]
    text = span.text.strip(" ,;:.")
    text = re.sub(r"^(that|to|for|on)\s+", "", text)
    return re.sub(r"\s*\([A-Z][\w.&-]*\)", "", text)


def _modal_clause(verb: Token) -> str:
    toks = [t for t in verb.subtree if not any(t in c.subtree for c in verb.children
                                                if c.dep_ in ("advcl", "parataxis"))]
    text = verb.doc[toks[0].i:toks[-1].i + 1].text.strip(" ,;:.")
    return re.sub(r"\s*\([A-Z][\w.&-]*\)", "", text)


def _reported(verb: Token, lex: Lexicon) -> bool:
    tok = verb
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_ in lex.verbs["speech"] or tok.lemma_ in ("accord", "hope", "promise"):
            return True
    return any(t.lower_ == "according" for t in verb.sent)


def _triggers(sent: Span, lex: Lexicon):
    """(token, kind, text) for each commitment trigger in the sentence."""
    for tok in sent:
        lemma = tok.lemma_
        if tok.pos_ == "VERB" and lemma in lex.verbs["pledge"]:
            yield tok, "pledge", clause_after(tok)
        elif tok.pos_ == "VERB" and lemma in lex.verbs["call"]:
            if lemma == "call" and not any(c.lower_ in ("for", "on") for c in tok.children):
                continue
            if lemma in ("ask", "urge", "press") or any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep")
                                                         for c in tok.children):
                yield tok, "call", clause_after(tok)
        elif tok.lower_ in _PLEDGE_MODALS and tok.dep_ == "aux" and _reported(tok.head, lex):
            yield tok.head, "pledge", _modal_clause(tok.head)
        elif tok.lower_ in _CALL_MODALS and tok.dep_ == "aux":
            yield tok.head, "call", _modal_clause(tok.head)
        elif lemma in ("need", "require") and tok.pos_ == "VERB" and _reported(tok, lex):
            yield tok, "call", _modal_clause(tok)
        elif tok.lower_ in _CALL_ADJ and tok.dep_ == "acomp" and _reported(tok.head, lex):
            yield tok.head, "call", _modal_clause(tok.head)
        elif tok.lower_ in _PLEDGE_ADJ and tok.dep_ in ("acomp", "amod") and any(
                c.dep_ in ("xcomp", "prep") for c in tok.children):
            yield tok, "pledge", clause_after(tok)
        elif tok.lower_ == "responsibility" and any(c.dep_ in ("acl", "relcl") for c in tok.children):
            yield tok.head, "call", _modal_clause(tok.head)


def declaration_sentences(doc: Doc) -> set[int]:
    """Indexes of the sentences that state what a declaration says."""
    out: set[int] = set()
    for k, sent in enumerate(doc.sents):
        low = sent.text.lower()
        if _DECL.search(sent.text) and any(t.lemma_ in _DECL_TRIGGERS | {"adopt", "sign"} for t in sent):
            out.add(k)
        elif out and k - 1 in out and re.match(r"\s*(the\s+)?(ministers|signatories|they|it)\b", low):
            out.add(k)
        elif out and re.match(r"\s*(they|the signatories)\b", low) and k - 2 in out:
            out.add(k)
    return out


def commitments(doc: Doc, refs: Refs, lex: Lexicon, skip: set[int]) -> list[tuple[str, str, str, int]]:
    """(actor, kind, text, offset) for every pledge and call outside declaration sentences."""
    out: list[tuple[str, str, str, int]] = []
    for k, sent in enumerate(doc.sents):
        if k in skip:
            continue
        for verb, kind, text in _triggers(sent, lex):
            if len(text.split()) < 2:
                continue
            subject = refs.subject(verb)
            actor = subject[0] if subject else refs.speaker(verb)
            if actor:
                out.append((actor, kind, text, sent.start_char))
    return out


def declaration_calls(doc: Doc, lex: Lexicon, sentences: set[int]) -> tuple[str, list[tuple[str, int]]]:
    """The declaration's name (when quoted) and its calls, one per coordinated demand."""
    sents = list(doc.sents)
    calls: list[tuple[str, int]] = []
    name = ""
    m = re.search(r"[“\"]([^”\"]{0,80}(Declaration|Communiqu[eé]|Statement)[^”\"]{0,40})[”\"]", doc.text)
    if m:
        name = m.group(1)
    for k in sorted(sentences):
        sent = sents[k]
        for tok in sent:
            if tok.lemma_ not in _DECL_TRIGGERS or tok.pos_ not in ("VERB", "AUX"):
                continue
            if tok.lemma_ == "call" and not any(c.lower_ == "for" for c in tok.children):
                continue
            text = clause_after(tok)
            heads = [h for h in (tok.head,) if h.dep_ in ("ROOT",) and h.i != tok.i and h.i < tok.i
                     and tok.dep_ == "conj"]
            if heads:  # "describe trafficking as X and agree to tackle it": keep both predicates
                text = f"{clause_after(heads[0])} {text}"
            for part in re.split(r",?\s+and\s+(?=the\s|more\s|to\s)", text):
                part = part.strip(" ,;.")
                if len(part.split()) >= 2:
                    calls.append((part, sent.start_char))
    return name, calls
