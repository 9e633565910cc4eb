"""The words of a commitment: the clause a trigger governs, without the side clauses beside it
("highlighting ...", ", he said", "if ..."), as one span of the report's text."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.parsed import children, subtree
from kg.extract.parsed import span_text as doc_span_text
from kg.extract.parsed import text as doc_text

_CUT_DEPS = {
    "advcl",
    "parataxis",
    "punct",
    "cc",
    "mark",
    "nsubj",
    "nsubjpass",
    "aux",
    "auxpass",
    "neg",
}


def _finite_conj(tok: Token) -> bool:
    """A coordinated verb that makes its own statement ("... and assured support"), unlike the
    infinitives of one list ("to coordinate, to share and to widen")."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and not run_on(tok) and (
        tok.tag_ in ("VBD", "VBZ", "VBP", "MD")
        # "we will take X, and we have promised Y": a perfect or progressive clause with a
        # subject of its own (not "..., and the law would come down hard": one demand)
        or (tok.tag_ in ("VBN", "VBG")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(tok))
            and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ", "VBD") for c in children(tok)))
    )


def run_on(tok: Token) -> bool:
    """A "verb" glued to the object before it, with no subject, mark, comma or "and" of its
    own: a word the parser took for a verb ("give researchers free access", "grant soldiers
    leave for races"), part of the clause it sits in."""
    before = tok.doc[tok.i - 1] if tok.i else tok
    return (
        tok.tag_ in ("VBP", "VBZ")
        and before.pos_ in ("NOUN", "PROPN")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "cc") for c in children(tok))
    )


def span_text(doc, toks: list[Token]) -> str:
    """The text of the tokens up to the first one left out (a side clause cut from the middle
    ends the demand there), passing over an aside that reports it ("Every ministry, he added,
    had a responsibility to ...")."""
    if not toks:
        return ""
    kept = {t.i for t in toks}
    pieces: list[str] = []
    start = end = toks[0].i
    while True:
        while end + 1 in kept or (
            end + 1 <= toks[-1].i
            and (doc[end + 1].is_punct or doc[end + 1].is_space)
            and end + 2 in kept
        ):
            end += 1
        pieces.append(doc_span_text(doc, start, end + 1))
        nxt = next((t.i for t in toks if t.i > end), None)
        gap = doc[end + 1 : nxt] if nxt is not None else []
        if not (
            2 <= len(gap) <= 6
            and gap[0].text == ","
            and gap[-1].text == ","
            and any(t.lemma_ in _ASIDE_VERBS for t in gap)
        ):
            break
        start = end = nxt  # type: ignore[assignment]
    text = " ".join(" ".join(pieces).split()).strip(" ,;:.\"“”‘’")
    text = re.sub(r"^(that|to|for|on)\s+", "", text)
    text = re.sub(r"[\s,;]+(?:and|or|but)$", "", text)  # "... to resurge, and" (a cut clause)
    text = _DATELINE.sub("", text)
    return re.sub(r"\s*\([A-Z][\w.&-]*\)", "", text)


# "DHAKA, Oct 8 - ", "LYON, France - ": a dateline glued to a sentence's first clause
_DATELINE = re.compile(r"^[A-Z][A-Z .'’-]+,(?:[\s\w.,]{0,40}?)\s[-–—]\s+")
# a clause these open says when or how the demand is met: part of it
_KEPT_MARKS = {"until", "till", "while", "before", "once", "so"}
_ASIDE_VERBS = {"say", "add", "note", "tell", "stress", "explain", "insist", "observe", "argue"}


def clause_after(head: Token, start: Token | None = None,
                 drop: frozenset[int] = frozenset()) -> str:
    """The words the head governs after ``start`` (or after itself), without side clauses
    (nor the tokens in ``drop``)."""
    after = (start or head).i
    toks: list[Token] = []
    for child in children(head):
        if (
            child.i <= after
            or (child.dep_ in _CUT_DEPS and child.dep_ != "advcl")
            or _side_clause(child)
        ):
            continue
        toks.extend(without_side_clauses(child))
    return span_text(head.doc, sorted(t for t in toks if t.i > after and t.i not in drop))


def _side_clause(c: Token) -> bool:
    """A clause beside the demand ("highlighting ...", "if ...", ", he said"), not a purpose
    ("to help member states ...") that belongs to it."""
    if c.dep_ == "parataxis" or _finite_conj(c):
        return True
    if c.dep_ != "advcl":
        return False
    if any(x.dep_ == "mark" and x.lower_ in _KEPT_MARKS for x in children(c)):
        return False  # "will not rest until every trafficker is caught": the pledge itself
    purpose = c.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in children(c))
    # a participle glued to the words before it is part of them ("more awareness raising");
    # one set off by a comma is a side clause (", highlighting the need to ...")
    glued = c.tag_ == "VBG" and c.i > 0 and c.doc[c.left_edge.i - 1].text != ","
    return not (purpose or glued or run_on(c))


def without_side_clauses(tok: Token) -> list[Token]:
    whole = subtree(tok)
    cut = [c for c in whole if c.i != tok.i and _side_clause(c)]
    drop = {t.i for c in cut for t in subtree(c)}
    return [t for t in whole if t.i not in drop]


def modal_clause(verb: Token, own: bool = False) -> str:
    """The clause of a "will" / "must", without its source ("According to X, ...") or the
    frame before its subject ("Under the agreement, ..."); ``own``: without the verbs
    coordinated with it either ("will exchange A, take part in B and run C" -> "exchange A")."""
    drop = {
        t.i
        for c in children(verb)
        if (c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("according", "under", "for"))
        or (own and c.i > verb.i and (c.dep_ == "cc" or (
            c.dep_ == "conj" and c.pos_ == "VERB" and not run_on(c))))
        for t in subtree(c)
    }
    listed = clause_list(verb)
    if len(listed) >= 3:  # "would test X, would publish Y and would close Z": three demands
        parts = [c for c in listed if c.i > verb.i]
    else:  # two clauses that share their doer read as one demand; one with its own doer not
        parts = [c for c in own_clauses(verb)
                 if any(x.dep_ in ("nsubj", "nsubjpass") for x in children(c))]
    drop |= {t.i for c in parts for t in subtree(c)}
    if len(listed) >= 3 and verb.i != listed[0].i and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)
    ):  # "..., and would close Z": the "would" it repeats is not part of what is promised
        drop |= {c.i for c in children(verb) if c.dep_ == "aux" and c.i == verb.left_edge.i
                 and c.lower_ in _OWN_MODALS}
    toks = [t for t in without_side_clauses(verb) if t.i not in drop]
    return span_text(verb.doc, toks)


_OWN_MODALS = {"will", "would", "shall", "must", "should"}


def own_clauses(verb: Token) -> list[Token]:
    """The verbs coordinated after ``verb`` that repeat its "would" or its "that" ("would
    keep X, would put Y and would continue Z", "that X would ... and that Y would ..."): each
    may say a commitment of its own, read apart from the first."""
    out: list[Token] = []
    todo = [verb]
    while todo:
        v = todo.pop()
        for c in children(v):
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > verb.i and _repeats(c):
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda t: t.i)


def clause_list(verb: Token) -> list[Token]:
    """The clauses of the list the verb's clause is in, the first one first: those that
    repeat its "would" or "that", coordinated with it, or (as the parse may have it) set
    after it as further objects of the same verb ("said X would A, would B and would C")."""
    first = verb
    while first.dep_ == "conj" and _repeats(first) and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    heads = [first]
    if first.dep_ == "ccomp" and first.i > first.head.i:
        sibs = [c for c in children(first.head) if c.dep_ == "ccomp" and c.i > first.head.i]
        k = next(j for j, c in enumerate(sibs) if c.i == first.i)
        while k and _apart(sibs[k]) and _repeats(sibs[k]):
            k -= 1
        heads = [sibs[k]]
        for c in sibs[k + 1 :]:
            if not (_apart(c) and _repeats(c)):
                break
            heads.append(c)
    return sorted({t.i: t for h in heads for t in [h, *own_clauses(h)]}.values(),
                  key=lambda t: t.i)


def _apart(verb: Token) -> bool:
    """Is the clause set off from the words before it by a comma or an "and"?"""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i else verb
    return before.text == "," or before.dep_ == "cc"


def _repeats(verb: Token) -> bool:
    """Does the clause open with its own "that" or modal?"""
    return any(
        (x.dep_ == "mark" and x.lower_ == "that") or (x.dep_ == "aux" and x.lower_ in _OWN_MODALS)
        for x in children(verb)
    )


def own_clause(verb: Token) -> str:
    """The words of one such clause, without the ones coordinated after it, nor the "would"
    it repeats when it has no subject of its own ("would open 150 classrooms" -> "open 150
    classrooms")."""
    drop = {t.i for c in own_clauses(verb) for t in subtree(c)}
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        drop |= {c.i for c in children(verb) if c.dep_ == "aux" and c.i == verb.left_edge.i
                 and c.lower_ in _OWN_MODALS}
    toks = [t for t in without_side_clauses(verb) if t.i not in drop]
    return span_text(verb.doc, toks)


def with_conjuncts(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it ("bring X and adhere to Y")."""
    return [verb, *[c for c in children(verb) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]]


def split_list(text: str) -> list[str]:
    """ "four priorities on Member States: A; B; C; and D" -> [A, B, C, D]."""
    head, colon, rest = text.partition(":")
    if colon and rest.count(";") >= 1:
        items = [re.sub(r"^\s*and\s+", "", x).strip(" .") for x in rest.split(";")]
        return [x for x in items if x]
    return [text]


def np_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text.strip(" ,;.")


def pledged_clause(verb: Token) -> list[str]:
    """The words a pledge verb governs; with a that-clause after the one assured ("promised
    the hall that they would ...", "assured partners that"), the that-clause alone; one text
    for each clause of a list of three or more that repeat their "would" or "that"
    ("promised that FIDE would keep X, would put Y and would continue Z": three pledges)."""
    kids = list(children(verb))
    ccomps = [c for c in kids if c.dep_ == "ccomp" and c.i > verb.i]
    ccomp = ccomps[0] if ccomps else None
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    # two such clauses read as one promise ("would share X and would invite Y"); three or
    # more are a list of them ("would keep X, would put Y, and would continue Z")
    listed = clause_list(ccomp) if ccomp is not None else []
    parts = listed[1:] if len(listed) >= 3 else []
    drop = frozenset(t.i for c in parts for t in subtree(c))
    if ccomp is not None and obj is not None and obj.i < ccomp.left_edge.i:
        first = clause_after(verb, obj.right_edge, drop)
    else:
        first = clause_after(verb, drop=drop)
    return [first, *[own_clause(c) for c in parts]]


def in_heading(tok: Token) -> bool:
    """Is the token on a heading line ("Calls for money and for farming" above a paragraph): a
    short line with no closing punctuation, a blank line after it?"""
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    end = text.find("\n", tok.idx)
    if end == -1:
        return False
    line = text[start:end].strip()
    closed = line[-1:] in ".!?:;\"”)" if line else True
    return not closed and len(line.split()) <= 12 and text[end + 1 : end + 3].strip() == ""
