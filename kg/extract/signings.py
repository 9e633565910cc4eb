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
from kg.extract.parsed import (
    doc_tokens_among,
    ents,
    lower_text,
    sent_index,
    sent_of,
    sents,
    span_tokens,
)
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.signing_names import document_words, party_name
from kg.extract.wordfind import ends_with_of

DOCUMENTS = {"memorandum", "agreement", "mou", "accord", "pact", "protocol", "charter", "treaty",
             "contract", "convention", "deal"}
# nouns that are a document only with what they are of: "a letter of intent", "a letter of
# agreement", "a declaration of intent"
_OF_DOCUMENTS = {"letter", "declaration"}
_DOCUMENT_WORDS = frozenset(DOCUMENTS)
# verbs that make a document binding: "signed", "inked", "concluded", "entered into", "sealed"
_BIND = {"sign", "ink", "conclude", "seal", "enter", "countersign", "execute"}
# nouns that name the act: "the signing", "his signature", "the MoU signing ceremony"
_ACT = {"signing", "signature", "signatures"}
_DOCUMENT_OR_ACT = DOCUMENTS | _ACT
# the same words as keys of the document's word index (only their tokens are read)
_BIND_LEMMAS, _ACT_WORDS = frozenset(_BIND), frozenset(_ACT)
SIGN = frozenset({"sign"})
_PRESENCE = ("in the presence of", "witnessed", "put pen to paper", "also present", "were present",
             "was present", "looked on", "attended the signing", "attended the ceremony")
# "after the signing", "following the ceremony": a sentence that tells what came after it
_AFTER = {"after", "following", "since", "before", "ahead"}


def is_document(t: Token) -> bool:
    """ "memorandum", "MoU", "agreement"; "letter" only as "a letter of intent"."""
    if t.lower_ in DOCUMENTS:
        return True
    if t.lower_ == "declaration" and any(c.lower_ == "joint" for c in t.lefts):
        return True  # "the two prime ministers signed a joint declaration"
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return t.lower_ in _OF_DOCUMENTS and nxt is not None and nxt.lower_ == "of" and (
        t.i + 2 < len(t.doc) and t.doc[t.i + 2].lower_ in ("intent", "agreement", "understanding",
                                                           "cooperation", "collaboration"))


def _document_of(verb: Token) -> Token | None:
    """The document a binding verb binds: its object, its passive subject, "entered into X"."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass", "attr") and is_document(c):
            return c
        if c.dep_ == "prep" and c.lower_ in ("into", "to"):
            for g in c.children:
                if g.dep_ == "pobj" and is_document(g):
                    return g
        if c.dep_ in ("dobj", "nsubjpass") and any(is_document(t) for t in c.subtree):
            return next(t for t in c.subtree if is_document(t))
    if verb.dep_ == "relcl" and is_document(verb.head):  # "an MoU that A and B signed"
        return verb.head
    if verb.dep_ == "acl" and is_document(verb.head):  # "the agreement signed by"
        return verb.head
    return None


def _binding_verbs(doc: Doc) -> list[tuple[Token, Token]]:
    """(verb, document) for every verb that binds a document; "It was signed by X" binds the
    document told just before."""
    out: list[tuple[Token, Token]] = []
    for tok in doc_tokens_among(doc, lemmas=_BIND_LEMMAS):
        if tok.lemma_ in _BIND and tok.pos_ in ("VERB", "AUX"):
            d = _document_of(tok)
            if d is None and out and tok.lemma_ == "sign" and any(
                c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children
            ) and tok.i - out[-1][1].i < 120:
                d = out[-1][1]  # (only a document told a sentence or two before)
            if d is not None and (tok.lemma_ != "enter" or d.head.lower_ == "into"):
                out.append((tok, d))
    return out


def _whole_parties(refs: Refs, parties: list[str]) -> list[str]:
    """ "the Space Applications Section of UNOOSA" beside "UNOOSA": a unit of another party
    signs for it, so the party is the whole body."""
    names = {a: refs.table.actors[a].names for a in parties}
    return [a for a in parties if not any(
        b != a and any(ends_with_of(m, n) for n in names[b]
                       for m in names[a]) for b in parties)]


def _orgs(refs: Refs, tokens) -> list[str]:
    """The bodies named in the tokens (not a document the actor rules took for one: "MoU")."""
    return [a for a in refs.actors_in(tokens) if refs.table.actors[a].type == "Organization"
            and refs.table.actors[a].name.lower() not in DOCUMENTS]


def signing_parties(refs: Refs, verb: Token | None, document: Token) -> list[str]:
    """The bodies that sign: "between A and B" said of the document or the signing, the verb's
    subject and "with B", "signed for A by X; for B by Y", else the bodies of the sentence;
    never those "in the presence of" whom it was signed."""
    sent = sent_of(document)
    watching = _watching(refs, sent) | _other_line(refs, sent, verb or document)
    for t in span_tokens(sent):  # "between ICMR and Sun Pharma": whatever the two are
        if t.lower_ == "between" and t.dep_ == "prep" and _of_signing(t, verb, document):
            named = [a for a in refs.actors_in(t.subtree) if a not in watching]
            if len(named) >= 2:
                return named
    if verb is not None:
        named = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Organization"]
        withs = [p for h in (verb, document) for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "with"]
        named += _orgs(refs, (g for p in withs for g in p.subtree))
        named = [a for a in dict.fromkeys(named) if a not in watching]
        if len(named) >= 2:
            return named
        named = [a for a in _signed_for(refs, verb) if a not in watching]
        if len(named) >= 2:
            return named
    named = [a for a in dict.fromkeys([*_orgs(refs, sent), *_acronyms_again(refs, sent)])
             if a not in watching]
    if 2 <= len(named) <= 3:
        return named
    # "an MoU that Minister X and Dr Y, Director-General of Z, signed": the bodies the signers
    # hold posts in
    signers = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Person"] if (
        verb is not None) else []
    held = [o for p in signers for o, people in refs.posts_at.items() if p in people]
    held = list(dict.fromkeys(held))
    return held if len(held) >= 2 else []


def _acronyms_again(refs: Refs, sent: Span) -> list[str]:
    """ "Argentina's National Agrifood Service (SENASA) and SENACSA signed": a body named again
    by the acronym the report gave it earlier, in a spot the actor rules left unread, in the
    order the sentence names them."""
    known = {n: key for key, a in refs.table.actors.items() if a.type == "Organization"
             for n in a.names if n.isupper() and len(n) >= 3}
    out = []
    for t in sent:
        if t.i > 0 and t.doc[t.i - 1].text == "(":
            continue  # ("the X Service (SENASA)": the name just before, told again)
        key = refs.by_token.get(t.i) or known.get(t.text)
        if key is not None and refs.table.actors[key].type == "Organization":
            out.append(key)
    return list(dict.fromkeys(out))


def _of_signing(between: Token, verb: Token | None, document: Token) -> bool:
    """Whether "between A and B" says who signs: it hangs on the document ("a memorandum of
    understanding between A and B"), the verb or the act ("the signing between"), not on a
    noun of a clause inside the document's ("an MoU to study a corridor between A and B")."""
    node = between.head
    for _ in range(4):
        if node.i == document.i or verb is not None and node.i == verb.i or node.lower_ in _ACT:
            return True
        if node.pos_ in ("VERB", "AUX") and node.lemma_ in _BIND:
            return True  # "an agreement ..., concluded between A and B"
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _watching(refs: Refs, sent: Span) -> set[str]:
    """Those in whose presence a document was signed, and the bodies named in their posts
    there: "in the presence of the Minister, Mr X, and the Chair of the Y Body, Ms Z",
    "witnessed by W" (they watch, they do not sign): the actors from those words to the end
    of the clause."""
    low = lower_text(sent)  # (the sentence's, once)
    at = min((k for k in (low.find("in the presence of"), low.find("witnessed by")) if k >= 0),
             default=-1)
    if at < 0:
        return set()
    end = low.find(";", at)
    start, stop = sent.start_char + at, sent.end_char if end < 0 else sent.start_char + end
    return {m.actor for m in refs.table.mentions if m.actor and start <= m.start < stop}


def lines_apart(text: str, i: int, j: int) -> bool:
    """Whether two places of a text lie on lines apart: a blank line between them, or the
    first on a short line (an issuer line, a heading); not a break in prose wrapped at a fixed
    width."""
    a, b = min(i, j), max(i, j)
    if "\n" not in text[a:b]:
        return False
    if re.search(r"\n[ \t]*\n", text[a:b]):
        return True
    start, end = text.rfind("\n", 0, a) + 1, text.find("\n", a)
    return end - start < 60


def _other_line(refs: Refs, sent: Span, verb: Token) -> set[str]:
    """Bodies the parse joined to the signing from another line only: "Source: Communications
    Unit" over "PUNTA ARENAS - A and B signed" (an issuer line glued to the lede is no party)."""
    text = doc_text(sent.doc)
    near = {m.actor for m in refs.table.mentions if m.actor and sent.start_char <= m.start
            < sent.end_char and not lines_apart(text, m.start, verb.idx)}
    return {m.actor for m in refs.table.mentions if m.actor and sent.start_char <= m.start
            < sent.end_char and m.actor not in near}


def _signed_for(refs: Refs, verb: Token) -> list[str]:
    """ "It was signed for the A by its Director; for B by its Chair; and for C by ...": the
    bodies a passive signing names after "for"."""
    doc = verb.doc
    sent = sent_of(verb)
    out: list[str] = []
    for t in doc[verb.i + 1 : sent.end]:
        if t.lower_ == "for":
            found = _orgs(refs, doc[t.i + 1 : min(t.i + 6, sent.end)])
            if found:
                out.append(found[0])
    return list(dict.fromkeys(out))


def _states(verb: Token) -> list[str]:
    """ "Thailand and Cambodia signed": states sign too (they are places, not actors, but
    they name the signing)."""
    doc = verb.doc
    out = []
    for c in verb.children:
        if c.dep_ == "nsubj" or c.dep_ == "prep" and c.lower_ == "with":
            out += [e.text for e in ents(doc) if e.label_ == "GPE"
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
    if _signatories_told(verb):
        return True
    return dated_apart(verb, published)


# words that end the name of a building: "the Kuala Lumpur Convention Centre" is no treaty
_VENUES = {"centre", "center", "hall", "complex", "palace", "building", "hotel", "arena"}


def _in_venue(t: Token) -> bool:
    doc = t.doc
    return t.text[:1].isupper() and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in _VENUES


def _signatories_told(verb: Token) -> bool:
    """ "Ministers from the states that signed the Lusaka Agreement agreed ...": a clause that
    says which states or members are meant (the treaty's signatories, at no date told) tells of
    no signing."""
    head = verb.head
    return (verb.dep_ == "relcl" and head.tag_ in ("NNS", "NNPS") and not is_document(head)
            and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree))


# modifiers that make a document another one than the report's: "a similar MoU", "a separate
# letter of intent", "another agreement"
_OTHER_DOCUMENT = {"similar", "separate", "another", "earlier", "previous", "other", "former"}


def _signed_by_people(doc: Doc, refs: Refs, told: list[int]) -> list[int]:
    """Sentences where people sign without the document being named again: "X and Y signed
    in the presence of Z", "W signed for his company"."""
    sent_at = sent_index(doc)
    out = []
    for tok in doc_tokens_among(doc, lemmas=SIGN):
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
    acts = [t for t in doc_tokens_among(doc, _ACT_WORDS)
            if t.lower_ in _ACT and t.pos_ in ("NOUN", "PROPN")
            and not (t.dep_ in ("pobj", "dobj") and t.head.lower_ in _AFTER)]
    if not bound and not acts:
        return None
    documents = [d for _, d in bound] or [
        t for t in doc_tokens_among(doc, _DOCUMENT_WORDS)
        if t.lower_ in DOCUMENTS and t.pos_ in ("NOUN", "PROPN") and not _in_venue(t)
    ]
    if not documents:
        return None
    sent_at = sent_index(doc)
    told = sorted({sent_at[v.i] for v, _ in bound} | {sent_at[t.i] for t in acts})
    told = sorted(set(told) | set(_signed_by_people(doc, refs, told)))
    # the document as most fully described: "the agreement, for the X Credit, was signed"
    # (of the same document as the first told: "the agreement ... the partnership agreement")
    kind = documents[0].lower_
    described = [document_words(d, v) for v, d in bound if d.lower_ == kind] or [
        document_words(d) for d in documents if d.lower_ == kind]
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
        parties = _whole_parties(refs, parties)
        names = [re.sub(r"^the\s+", "", party_name(refs, a, sentence, len(parties) > 2))
                 for a in parties[:3]]
    if len(names) >= 2:
        name += " between " + ", ".join(names[:-1]) + " and " + names[-1]
    all_s = sents(doc)
    for k, s in enumerate(all_s):  # "X witnessed the signing", "in the presence of A, B"
        if k not in told and any(p in lower_text(s) for p in _PRESENCE) and (any(
            t.lower_ in _DOCUMENT_OR_ACT or t.lemma_ == "sign" for t in span_tokens(s)
        ) or k - 1 in told):  # "... signed the agreement. It was witnessed by X"
            told.append(k)
        elif k not in told and k - 1 in told and s.root.pos_ not in ("VERB", "AUX"):
            # "... and the Ambassador, H.E. | Mr. Kim.": a piece of the sentence before, that
            # the parser cut at an abbreviation's stop
            told.append(k)
    return name, sorted(told), names if len(names) >= 2 else []
