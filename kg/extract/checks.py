"""Tests on a commitment's clause: is it reported speech, already under another trigger, a hope
or a forecast rather than a promise, a sum of money, or said by someone the report does not name?"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_of
from kg.extract.refs import Refs


def reported(verb: Token, lex: Lexicon) -> bool:
    """Is the clause what someone said (a reporting verb in the sentence, "According to")?"""
    return any(
        t.lemma_ in lex.verbs["speech"]
        or t.lemma_ in ("hope", "promise")
        or t.lower_ == "according"
        for t in sent_of(verb)
    )


def under_trigger(verb: Token, lex: Lexicon) -> bool:
    """Is a "would" clause already the object of a pledge or call verb ("promised that the
    office would ...") or itself one ("would demand")? Then it is one commitment, not two."""
    tok = verb
    while True:
        if tok.lemma_ in lex.verbs["pledge"] or tok.lemma_ in lex.verbs["call"]:
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        if tok.dep_ == "conj" and tok.lemma_ in lex.verbs["speech"] and tok.i != verb.i:
            return False  # "called for X, and announced that Y would ...": a statement apart
        tok = tok.head


def hedged(verb: Token, lex: Lexicon) -> bool:
    """Is the clause what someone hopes, expects or fears ("hoped the talks would succeed",
    "voiced the hope that trade would grow", "warning that inaction would drag ...")?"""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "xcomp", "acl", "advcl", "relcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lex.verbs["hedge"] or any(
            c.dep_ == "acomp" and c.lemma_.lower() in lex.verbs["hedge"] for c in tok.children
        ):
            return True
    return False


def clause_subject(verb: Token, through: tuple[str, ...] = ("conj",)) -> Token | None:
    """The subject of the verb, or of the verb it is coordinated with (or, ``through`` "xcomp",
    the verb it completes: "they continue to call for")."""
    tok = verb
    for _ in range(4):
        subj = next(
            (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None
        )
        if subj is not None or tok.dep_ not in through:
            return subj
        tok = tok.head
    return None


# the head of a named agreement, fund or facility: it does nothing, its parties do
_INSTRUMENTS = {"mou", "memorandum", "agreement", "accord", "pact", "treaty", "deal", "protocol",
                "charter", "declaration", "shield", "facility", "fund", "option", "loan"}


def foreseen(verb: Token, refs: Refs, lex: Lexicon) -> bool:
    """A "will"/"would" clause that says what will happen rather than what someone will do:
    its subject is a thing ("the deal would create jobs", "the gap would be closed" stays a
    pledge: a passive leaves the doer to the speaker), or it is hoped or expected."""
    if hedged(verb, lex):
        return True
    subj = clause_subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    if subj.i in refs.by_token or subj.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    if subj.pos_ == "NOUN" and refs.actor_of(subj) is not None:
        return False  # "the lawyers' association will train ...": a body named before
    if subj.tag_ in ("CD", "NNS", "NNPS") and refs.group_of(subj):
        return False  # "the two will train wardens", "the two ports will": the parties
    if subj.pos_ == "PROPN" or subj.ent_type_ == "ORG":
        # a named instrument is a thing ("the MoU would formalise", "the Shield would help pay")
        return subj.lemma_.lower() in _INSTRUMENTS and not any(
            t.i in refs.by_token for t in subj.subtree
        )
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children):
        return True  # "an assessment team will report": someone the report does not name
    words = lex.verbs["agent_nouns"]
    return not (
        subj.lower_ in words
        or subj.lemma_.lower() in words
        or subj.lower_ in lex.title_words
        or _body_noun(subj, lex)
    )


def _body_noun(subj: Token, lex: Lexicon) -> bool:
    """Is the subject a common noun for a body ("the museum", "his directorate", "the
    institute would fund ..."), whose people act for it, rather than a thing that happens?
    (Not the head words of international bodies' names, which are also instruments: "the
    Fund", "the Initiative", "the Pact".)"""
    if subj.tag_ != "NN" or not any(
        c.lower_ == "the" or (c.dep_ == "poss" and c.pos_ == "PRON") for c in subj.children
    ):
        return False  # one body, as "the" or its speaker's "his" names it: not "the new
        # centres will be in X", "this partnership will let us ..."
    lemma = subj.lemma_.lower()
    if lemma in lex.org_nouns:
        return True
    return lex.org_heads.get(lemma.capitalize()) not in (None, "InternationalOrganization")


_CURRENCY = {"$", "us$", "€", "£", "eur", "euro", "euros", "usd", "dollars", "pounds"}


def is_sum(tok: Token) -> bool:
    """Does the phrase hold a sum of money ("$60 million", "EUR 550 million")?"""
    return any(t.ent_type_ == "MONEY" or t.lower_ in _CURRENCY for t in tok.subtree)


def someone_unnamed(verb: Token, refs: Refs, lex: Lexicon) -> bool:
    """Is the verb's subject a doer that is no actor of the report ("Britain", "the German
    government", "they")? A thing as subject ("success would demand ...") leaves the words to
    the speaker."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        doer = (
            c.lower_ == "they"
            or c.pos_ == "PROPN"
            or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            or c.tag_ == "NNS"
            or c.lemma_.lower() in lex.verbs["agent_nouns"]
        )
        return doer and refs.unresolved_subject(verb)
    return False


def not_asserted(tok: Token) -> bool:
    """A verb that names rather than states a commitment: a participle modifying a noun ("the
    $3.9 billion promised at earlier conferences"), a clause inside a relative clause ("the
    part the UAE will play", "the resources it needs to adapt"), or an indirect question."""
    if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        return True
    if tok.dep_ in ("ccomp", "advcl", "xcomp") and tok.left_edge.tag_ in ("WRB", "WP", "WDT"):
        return True  # "how much they will give": a question, not a promise
    if tok.dep_ != "relcl" or any(c.lower_ in ("who", "which", "that") for c in tok.children):
        return False  # "X, who pledged ...", "a situation that demands ...": said of its noun
    if any(c.dep_ == "prep" and any(x.lower_ in ("which", "whom") for x in c.children)
           for c in tok.children):
        return False  # "an agreement under which the chamber will send ...": its terms
    return tok.lemma_ == "need" or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)


def unnamed_asker(tok: Token) -> bool:
    """A passive call verb with no agent ("were asked to develop", "was urged to"), or a bare
    participle set before a clause ("Asked about the strike, she said ..."): the report does
    not say who asks."""
    kids = list(tok.children)
    passive = any(c.dep_ == "auxpass" for c in kids) or (
        tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i)
    return passive and not any(c.dep_ == "agent" for c in kids)


def habitual(tok: Token) -> bool:
    """A sum in the simple present with no modal ("puts $4 billion a year into programs") is
    what an actor does every year, not a pledge."""
    return tok.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "aux" for c in tok.children)


def expected(modal: Token, refs: Refs, lex: Lexicon) -> bool:
    """A "should" that foresees ("the bill should reach the President next week", "students
    should benefit") rather than asks: its subject is a thing, or it is hoped; a passive ("it
    should be seized") still asks the doer."""
    return modal.lower_ == "should" and foreseen(modal.head, refs, lex)
