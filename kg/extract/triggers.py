"""The words that make a commitment: pledge and call verbs, modals ("will", "must"), adjectives
("committed to", "essential that"), sums promised, and the clause each one governs."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.checks import (
    expected,
    foreseen,
    habitual,
    is_sum,
    not_asserted,
    reported,
    under_trigger,
    unnamed_asker,
)
from kg.extract.clauses import (
    clause_after,
    modal_clause,
    np_text,
    pledged_clause,
    span_text,
    split_list,
    with_conjuncts,
    without_side_clauses,
)
from kg.extract.lexicon import Lexicon, derived
from kg.extract.pacts import committed
from kg.extract.parsed import token_lemmas_as_is, token_lowers, token_pos, tokens_among
from kg.extract.refs import Refs

PLEDGE_MODALS = {"will", "would", "shall"}
NAMED_SUBJECT = "named subject"  # a trigger that counts only when named bodies are its subject
_CALL_MODALS = {"must", "should"}
_CALL_ADJ = {"essential", "necessary", "vital", "crucial", "imperative"}
_PLEDGE_ADJ = {"committed", "determined", "ready", "willing", "keen", "eager"}


_WH = {"why", "how", "whether", "if", "what", "when", "where", "who", "which"}
_EMPHASIS = {"stress", "emphasize", "emphasise", "underline", "underscore", "highlight"}
_RECOGNISE = {"recognise", "recognize", "acknowledge"}
_DEMAND_NOUNS = {"need", "importance", "necessity", "urgency", "part", "value", "priority"}


def _calls_for(tok: Token) -> bool:
    """ "called for X", "called on X to Y" (not "called X a crime")."""
    kids = list(tok.children)
    on = [c for c in kids if c.lower_ in ("on", "upon")]
    return any(c.lower_ == "for" for c in kids) or _for_clause(tok) is not None or (
        bool(on)
        and (
            any(c.dep_ in ("xcomp", "ccomp") for c in kids)
            # "called on everyone with a grievance to pursue it": the parse hangs the "to"
            # clause on the one called on
            or any(t.lower_ == "to" and t.dep_ == "aux" for c in on for t in c.subtree)
        )
    )


def _for_clause(tok: Token) -> Token | None:
    """ "called for the data to be shared": the parse makes "for" the mark of a clause."""
    return next(
        (c for c in tok.children
         if c.dep_ in ("advcl", "ccomp") and c.i > tok.i
         and any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children)),
        None,
    )


def _asks_to(tok: Token) -> bool:
    """ "directed all prosecutors to act", "encouraged the police to share" (active voice: in
    "officers were directed to act" the one who asks is not named)."""
    kids = list(tok.children)
    to_verb = any(
        any(x.lower_ == "to" for x in c.children if x.dep_ == "aux")
        for c in kids
        if c.dep_ in ("xcomp", "ccomp")
    )
    return to_verb and not any(c.dep_ == "auxpass" for c in kids)


def _demand(tok: Token) -> bool:
    """Does an emphasis verb ask for something: a clause, or "the need / importance of X"?"""
    kids = list(tok.children)
    if any(c.dep_ == "ccomp" for c in kids):
        return True
    return any(c.dep_ == "dobj" and c.lemma_ in _DEMAND_NOUNS for c in kids)


def _fact(clause: Token) -> bool:
    """A that-clause stating how things are ("insisted that the two languages were allies"):
    a form of "be" in the indicative, with no modal and no word of need; not "insisted that it
    must", "insisted that he resign". (After "stressed", such a clause still asks: "stressed
    that the goal was free movement".)"""
    if clause.lemma_ != "be" or clause.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    return not any(
        t.tag_ == "MD" or t.lower_ in _CALL_ADJ or t.lemma_ in _DEMAND_NOUNS
        for t in clause.subtree
    )


def _commitment_noun(tok: Token) -> Token | None:
    """ "renewed their commitment to X", "restated its pledge to": the noun that commits."""
    return next(
        (c for c in tok.children
         if c.dep_ == "dobj" and c.lemma_.lower() in ("commitment", "pledge", "determination",
                                                       "resolve", "resolution", "promise")),
        None,
    )


def _inferred(modal: Token) -> bool:
    """ "the collapse must have weighed on the talks": "must have" + a past participle infers
    what happened, it asks for nothing."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > modal.i
               for c in modal.head.children) and modal.head.tag_ == "VBN"


def _counterfactual(modal: Token) -> bool:
    """ "she would have preferred tougher measures": what was not done, no promise."""
    head = modal.head
    if head.lemma_ == "have" and head.dep_ == "aux":
        return True  # the parse may hang "would" on "have" itself
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.i > modal.i for c in head.children)


def _reason(verb: Token) -> bool:
    """Is the verb's clause a reason or condition given ("because the rules required ...",
    "since the law requires ..."), not a demand?"""
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in ("because", "since", "as", "if") for c in
               tok.children):
            return True
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


#: the words that open a trigger below by their text in lower case, and (from the lexicon's
#: verbs) by their lemma
_TRIGGER_LOWERS = frozenset(
    PLEDGE_MODALS | {"will", "shall"} | _CALL_MODALS | _CALL_ADJ | _PLEDGE_ADJ | {"responsibility"}
)
_VERB_KINDS = ("pledge", "agree", "renew", "money", "call", "propose", "intend", "call_to")


def _lemmas(lex: Lexicon) -> frozenset[str]:
    words = {"commit", "pledge", "commitment", "contribution", "lay", "place", "put", "need",
             "require", *_RECOGNISE}
    words.update(w for kind in _VERB_KINDS for w in lex.verbs[kind])
    return frozenset(w.lower() for w in words)


def triggers(sent: Span, lex: Lexicon, refs: Refs):
    """(token, kind, text, speaker_only) for each commitment trigger in the sentence.
    ``speaker_only``: the clause's subject is who is asked, so the speaker is the actor; or
    ``NAMED_SUBJECT``: the trigger counts only when named organizations are its subject."""
    doc = sent.doc
    # from the document's lists: spaCy builds each string attribute anew on every access
    lemmas, poses, lows = token_lemmas_as_is(doc), token_pos(doc), token_lowers(doc)
    # only the tokens a branch below can take (the others were read only to be passed over)
    for tok in tokens_among(sent, _TRIGGER_LOWERS, derived(lex, "trigger_lemmas", _lemmas)):
        i = tok.i
        lemma, pos, low = lemmas[i], poses[i], lows[i]
        if pos == "VERB" and lemma == "commit" and committed(tok, refs):
            continue  # read with its object in commitments(): "commits both parties to X"
        if pos in ("VERB", "AUX") and not_asserted(tok.head if tok.dep_ == "aux" else tok):
            continue
        if pos == "VERB" and lemma in lex.verbs["pledge"]:
            for text in pledged_clause(tok):
                yield tok, "pledge", text, False
        elif pos == "VERB" and lemma in lex.verbs["agree"] and any(
            c.dep_ == "xcomp" and any(x.lower_ == "to" for x in c.children) for c in tok.children
        ):  # "agreed (on Monday) to set up a task force": a pledge to do it
            x = next(c for c in tok.children if c.dep_ == "xcomp")
            yield tok, "pledge", clause_after(tok, tok.doc[x.left_edge.i - 1]), False
        elif pos == "VERB" and lemma in lex.verbs["renew"] and _commitment_noun(tok):
            yield tok, "pledge", clause_after(tok), False
        elif pos == "VERB" and lemma in _RECOGNISE and any(
            c.dep_ == "dobj" and c.lemma_ in ("importance", "need", "necessity", "urgency")
            for c in tok.children
        ):  # "recognised the importance of X": a call for X (not "recognised the efforts")
            yield tok, "call", clause_after(tok), False
        elif (
            pos == "VERB"
            and lemma in lex.verbs["money"]
            and tok.dep_ != "acl"
            and any(c.dep_ == "dobj" and is_sum(c) for c in tok.children)
            and not habitual(tok)
        ):  # "announced $1.5 billion", "put in a further $60 million": a sum pledged
            prt = next((c for c in tok.children if c.dep_ == "prt"), None)
            yield tok, "pledge", clause_after(tok, prt), False
        elif (
            pos == "NOUN"
            and lemma in ("pledge", "commitment", "contribution")
            and any(c.dep_ == "prep" and c.lower_ == "of" and is_sum(c) for c in tok.children)
            and any(c.dep_ == "poss" for c in tok.children)
        ):  # "followed with the EU's pledge of EUR 550 million" (whose pledge is said)
            at = tok.head if tok.head.pos_ in ("VERB", "ADP") else tok
            yield at, "pledge", np_text(tok), False
        elif pos == "VERB" and lemma in lex.verbs["call"]:
            if unnamed_asker(tok):
                continue  # "officers were asked to stay": who asks is not said
            if lemma == "call" and not _calls_for(tok):
                continue  # "called trafficking a crime" names; "called for X" asks
            if lemma == "ask" and any(c.dep_ == "ccomp" and c.left_edge.lower_ in _WH
                                      for c in tok.children):
                continue  # "asked why there is no interpreter": a question, not a demand
            if lemma == "appeal" and not any(c.lower_ in ("for", "to") for c in tok.children):
                continue  # "will appeal the ruling" goes to court; "appealed for calm" asks
            if lemma in _EMPHASIS and not _demand(tok):
                continue  # "highlighted the actions taken" reports; "stressed the need" asks
            clauses = [c for c in tok.children if c.dep_ == "ccomp"]
            if lemma == "insist" and clauses and all(_fact(c) for c in clauses):
                continue  # "insisted that the languages were allies": a claim, not a demand
            asked = _for_clause(tok) if lemma == "call" else None
            if asked is not None:  # "called for the region to be kept free of arms"
                yield tok, "call", span_text(tok.doc, without_side_clauses(asked)), False
                continue
            xcomp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
            if lemma in ("ask", "urge") and xcomp and len(with_conjuncts(xcomp[0])) > 1:
                for v in with_conjuncts(xcomp[0]):  # "asked them to look at X and to extend Y"
                    yield tok, "call", modal_clause(v), False
                continue
            if lemma in ("ask", "urge", "press") or any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in tok.children
            ):
                for item in split_list(clause_after(tok)):
                    yield tok, "call", item, False
        elif (
            pos == "VERB"
            and lemma in lex.verbs["propose"]
            and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children)
            and refs.subject(tok)
        ):  # "the coordinator proposed that ...", "X suggested creating a fund" (not "which
            # suggests they will stay": a thing suggests nothing)
            yield tok, "call", clause_after(tok), False
        elif (
            pos == "VERB"
            and lemma in lex.verbs["intend"]
            and tok.dep_ != "relcl"  # "X, who intends to raise finance": said of X in passing
            and any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tok.children)
        ):  # "the two bodies intend to act together": what they mean to do
            yield tok, "pledge", clause_after(tok), False
        elif pos == "VERB" and lemma in lex.verbs["call_to"] and _asks_to(tok):
            yield tok, "call", clause_after(tok), False
        elif lemma in ("lay", "place", "put") and any(
            c.lower_ in ("stress", "emphasis") for c in tok.children
        ):
            on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
            if on:
                yield tok, "call", clause_after(on[0]), False
        elif (
            low in PLEDGE_MODALS
            and tok.dep_ == "aux"
            and not _counterfactual(tok)
            and reported(tok.head, lex)
            and not under_trigger(tok.head, lex)
            and not foreseen(tok.head, refs, lex)
        ):
            yield tok.head, "pledge", modal_clause(tok.head), False
        elif (
            low in ("will", "shall")
            and tok.dep_ == "aux"
            and tok.head.pos_ == "VERB"
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)
            and not under_trigger(tok.head, lex)
            and not foreseen(tok.head, refs, lex)
        ):  # "UNODC and IOM will share data": what named bodies will do, stated by the report
            if tok.head.lemma_ in ("meet", "reconvene") and not any(
                c.dep_ == "dobj" for c in tok.head.children
            ):
                continue  # "The Board will meet again in May": a date announced, no promise
            yield tok.head, "pledge", modal_clause(tok.head), NAMED_SUBJECT
        elif low in _CALL_MODALS and tok.dep_ == "aux" and not expected(tok, refs, lex) \
                and not _inferred(tok):
            for v in with_conjuncts(tok.head):
                yield v, "call", modal_clause(v), True
        elif (
            lemma in ("need", "require")
            and pos == "VERB"
            and reported(tok, lex)
            and not _reason(tok)
        ):  # not "rejected it because the rules required sanctions to be proportionate"
            yield tok, "call", modal_clause(tok), True
        elif low in _CALL_ADJ and tok.dep_ == "acomp" and reported(tok.head, lex):
            yield tok.head, "call", modal_clause(tok.head), True
        elif low in _PLEDGE_ADJ and any(
            c.dep_ == "prep" or (c.dep_ == "xcomp" and c.lemma_ not in lex.verbs["speech"])
            for c in tok.children
        ):  # "keen to stress that ...", "eager to point out": saying, not promising
            yield tok, "pledge", clause_after(tok), False
        elif low == "responsibility" and any(
            c.dep_ in ("acl", "relcl") for c in tok.children
        ):
            yield tok.head, "call", modal_clause(tok.head), True
