"""The signing of a memorandum or an agreement, as one event named after the document and its
parties: "Signing of the memorandum of understanding on fair recruitment between the Ministry of
Labour and the ILO".

A report tells a signing in many ways: "A and B signed an MoU", "the agreement was signed by X
and Y", "A has concluded / entered into / inked an agreement with B", "X put his signature to the
documents", "witnessed the signing", "at a simple ceremony". Every sentence that says so is a
mention of the one signing; whoever those sentences name took part in it.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg.extract.event_passing import dated_apart
from kg.extract.parsed import sent_index, sent_of, sents, span_tokens, tokens
from kg.extract.refs import Refs

DOCUMENTS = {"memorandum", "agreement", "mou", "accord", "pact", "protocol", "charter", "treaty",
             "contract", "convention"}
# verbs that make a document binding: "signed", "inked", "concluded", "entered into", "sealed"
_BIND = {"sign", "ink", "conclude", "seal", "enter", "countersign", "execute"}
# nouns that name the act: "the signing", "his signature", "the MoU signing ceremony"
_ACT = {"signing", "signature", "signatures"}
MODIFIERS = ("compound", "amod")
_PRESENCE = ("in the presence of", "witnessed", "put pen to paper")


def _document_of(verb: Token) -> Token | None:
    """The document a binding verb binds: its object, its passive subject, "entered into X"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr") and c.lower_ in DOCUMENTS:
            return c
        if c.dep_ == "prep" and c.lower_ in ("into", "to"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in DOCUMENTS:
                    return g
        if c.dep_ in ("dobj", "nsubjpass") and any(t.lower_ in DOCUMENTS for t in c.subtree):
            return next(t for t in c.subtree if t.lower_ in DOCUMENTS)
    if verb.dep_ == "relcl" and verb.head.lower_ in DOCUMENTS:  # "an MoU that A and B signed"
        return verb.head
    if verb.dep_ == "acl" and verb.head.lower_ in DOCUMENTS:  # "the agreement signed by"
        return verb.head
    return None


def _binding_verbs(doc: Doc) -> list[tuple[Token, Token]]:
    """(verb, document) for every verb that binds a document."""
    out = []
    for tok in tokens(doc):
        if tok.lemma_ in _BIND and tok.pos_ in ("VERB", "AUX"):
            d = _document_of(tok)
            if d is not None and (tok.lemma_ != "enter" or d.head.lower_ == "into"):
                out.append((tok, d))
    return out


def _document_words(d: Token, verb: Token | None = None) -> str:
    """ "memorandum of understanding on fair recruitment", "agreement for the X Credit":
    the document with its modifiers and the topic it is on or for, without determiners,
    amounts and acronyms in brackets."""
    doc = d.doc
    start = min([d.i, *(c.left_edge.i for c in d.lefts if c.dep_ in MODIFIERS)])
    parts = [doc[start : d.i + 1].text]
    owner = d
    for r in list(d.rights):
        if r.dep_ == "prep" and r.lower_ == "of" and r.i == d.i + 1:
            # "memorandum of understanding on X": the parse hangs the topic on "understanding"
            owner = next((g for g in r.children if g.dep_ == "pobj"), d)
            parts.append(doc[r.i : owner.i + 1].text)
    # "The agreement, for the X Credit, was signed": the parse hangs the topic on the verb
    hung = [r for r in verb.children if d.i < r.i < verb.i] if verb is not None else []
    for r in [*d.rights, *(owner.rights if owner is not d else ()), *hung]:
        if r.dep_ == "prep" and r.lower_ in ("on", "for"):
            parts.append(doc[r.i : r.right_edge.i + 1].text)
            break
    words = " ".join(parts)
    words = re.sub(r"\s*\([^)]*\)", "", words)
    words = re.split(r",|;|\s(?:which|that|between|with|by|at|in|signed)\s", words)[0]
    return words.strip()


def _short(refs: Refs, key: str, sent: Span) -> str:
    """An actor as the sentence telling the signing names it: "ECS" when it says "ECS", "the
    Energy Community Secretariat (ECS)" when it says so (a reader knows the signing by either
    word), else by its acronym, else its name."""
    actor = refs.table.actors[key]
    acronyms = sorted((n for n in actor.names if n.isupper() and 2 <= len(n) <= 8), key=len)
    for m in refs.table.mentions:
        if m.actor == key and sent.start_char <= m.start < sent.end_char and len(m.text) > 1:
            if acronyms and m.text not in acronyms:
                return f"{m.text} ({acronyms[0]})"
            return m.text
    if acronyms:
        return acronyms[0]
    return actor.name


def _orgs(refs: Refs, tokens) -> list[str]:
    return [a for a in refs.actors_in(tokens) if refs.table.actors[a].type == "Organization"]


def signing_parties(refs: Refs, verb: Token | None, document: Token) -> list[str]:
    """The bodies that sign: "between A and B", the verb's subject and "with B", else the
    bodies of the sentence."""
    sent = sent_of(document)
    for t in span_tokens(sent):  # "between ICMR and Sun Pharma": whatever the two are
        if t.lower_ == "between" and t.dep_ == "prep":
            named = refs.actors_in(t.subtree)
            if len(named) >= 2:
                return named
    if verb is not None:
        named = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Organization"]
        withs = [p for h in (verb, document) for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "with"]
        named += _orgs(refs, (g for p in withs for g in p.subtree))
        named = list(dict.fromkeys(named))
        if len(named) >= 2:
            return named
    named = _orgs(refs, sent)
    if 2 <= len(named) <= 3:
        return named
    # "an MoU that Minister X and Dr Y, Director-General of Z, signed": the bodies the signers
    # hold posts in
    signers = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Person"] if (
        verb is not None) else []
    held = [o for p in signers for o, people in refs.posts_at.items() if p in people]
    held = list(dict.fromkeys(held))
    return held if len(held) >= 2 else []


def _states(verb: Token) -> list[str]:
    """ "Thailand and Cambodia signed": states sign too (they are places, not actors, but
    they name the signing)."""
    doc = verb.doc
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj" or c.dep_ == "prep" and c.lower_ == "with":
            out += [e.text for e in doc.ents if e.label_ == "GPE"
                    and c.left_edge.i <= e.start and e.end <= c.right_edge.i + 1]
    return out


def _background(verb: Token, document: Token, published: date | None) -> bool:
    """A signing told as background: "India had signed an MoU with Bangladesh" (the past
    perfect), "A similar MoU was signed in Vienna in 2019", "X and Y signed a protocol last
    year" (another year), "a separate letter of intent" (another document)."""
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return True
    if any(c.lower_ in _OTHER_DOCUMENT for c in document.lefts):
        return True
    return dated_apart(verb, published)


# modifiers that make a document another one than the report's: "a similar MoU", "a separate
# letter of intent", "another agreement"
_OTHER_DOCUMENT = {"similar", "separate", "another", "earlier", "previous", "other", "former"}


def _signed_by_people(doc: Doc, refs: Refs, told: list[int]) -> list[int]:
    """Sentences where people sign without the document being named again: "X and Y signed
    in the presence of Z", "W signed for his company"."""
    sent_at = sent_index(doc)
    out = []
    for tok in tokens(doc):
        if tok.lemma_ == "sign" and tok.pos_ == "VERB" and sent_at[tok.i] not in told and any(
            refs.table.actors[a].type == "Person" for a in refs.subject(tok)
        ) and _document_of(tok) is None:
            out.append(sent_at[tok.i])
    return out


def signing(doc: Doc, refs: Refs, published: date | None = None
            ) -> tuple[str, list[int], list[str]] | None:
    """The report's signing: its name, the sentences that tell it and the names of its
    parties; None when the report tells of no document being signed, or only of signings
    told as background (:func:`_background`)."""
    bound = [(v, d) for v, d in _binding_verbs(doc) if not _background(v, d, published)]
    acts = [t for t in tokens(doc) if t.lower_ in _ACT and t.pos_ in ("NOUN", "PROPN")]
    if not bound and not acts:
        return None
    documents = [d for _, d in bound] or [
        t for t in tokens(doc) if t.lower_ in DOCUMENTS and t.pos_ in ("NOUN", "PROPN")
    ]
    if not documents:
        return None
    sent_at = sent_index(doc)
    told = sorted({sent_at[v.i] for v, _ in bound} | {sent_at[t.i] for t in acts})
    told = sorted(set(told) | set(_signed_by_people(doc, refs, told)))
    # the document as most fully described: "the agreement, for the X Credit, was signed"
    # (of the same document as the first told: "the agreement ... the partnership agreement")
    kind = documents[0].lower_
    described = [_document_words(d, v) for v, d in bound if d.lower_ == kind] or [
        _document_words(d) for d in documents if d.lower_ == kind]
    what = max(described, key=lambda w: len(w.split()))
    parties: list[str] = []
    names: list[str] = []
    sentence = sent_of(documents[0])
    for v, d in bound:
        parties = signing_parties(refs, v, d)
        if parties:
            sentence = sent_of(d)
            break
        names = names or _states(v)
    if not parties and not bound:  # "the signing of the MoU between A and B"
        for d in documents:
            parties = signing_parties(refs, None, d)
            if parties:
                sentence = sent_of(d)
                break
    what = re.sub(r"^(?:a|an|the|this|that|their|its)\s+", "", what, flags=re.I)
    name = f"Signing of the {what}"
    if parties:
        names = [re.sub(r"^the\s+", "", _short(refs, a, sentence)) for a in parties[:3]]
    if len(names) >= 2:
        name += " between " + " and ".join(names)
    all_s = sents(doc)
    for k, s in enumerate(all_s):  # "X witnessed the signing", "in the presence of A, B"
        if k not in told and any(p in s.text.lower() for p in _PRESENCE) and (any(
            t.lower_ in DOCUMENTS | _ACT or t.lemma_ == "sign" for t in s
        ) or k - 1 in told):  # "... signed the agreement. It was witnessed by X"
            told.append(k)
    return name, sorted(told), names if len(names) >= 2 else []
