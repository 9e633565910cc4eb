"""Shapes of the words that refer to actors, read from the parse alone: a counted plural ("the
two leaders", "both institutions", "the two"), a definite description ("the agency", "the
lawyers' association"), a participle's object the parser took for a subject ("Meeting B, ...,
A said"), a person named in a frame before the verb ("In talks with B, he ...")."""

from __future__ import annotations

from spacy.tokens import Token

# "the two leaders", "both sides", "they": the actors last named together. The head noun says
# whether they are people or bodies; "sides", "parties", "both" and "they" can be either.
_GROUP_PEOPLE = {"leader", "president", "minister", "chief", "head", "mayor", "premier",
                 "secretary", "commissioner", "governor", "ambassador", "envoy", "director"}
_GROUP_BODIES = {"institution", "body", "agency", "organization", "organisation", "force",
                 "city", "university", "government", "partner", "office", "service", "ministry",
                 "authority", "bank", "company", "administration", "municipality", "union"}
_GROUP_ANY = {"side", "party", "signatory"}
COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def group_type(tok: Token) -> str | None | bool:
    """ "Person" / "Organization" for a counted plural of people / bodies ("the two leaders",
    "both institutions"), None for one of either ("both sides", "both", "they"), False when
    the token is no plural reference."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low in ("both", "they"):
        return None
    if tok.tag_ == "CD" and low in COUNTS and tok.dep_ in ("nsubj", "nsubjpass") and any(
        c.lower_ == "the" for c in tok.children
    ):  # "Under the MoU the two will train wardens": the two parties, bodies or people
        return None
    if tok.tag_ != "NNS":
        return False
    if not any(c.lower_ in ("two", "both", "three") for c in tok.children):
        # "the agencies", "the institutions": bodies named just before; not "the leaders",
        # which in a communique is every leader present
        the = any(c.lower_ == "the" for c in tok.children)
        return "Organization" if the and lemma in _GROUP_BODIES else False
    if lemma in _GROUP_PEOPLE:
        return "Person"
    if lemma in _GROUP_BODIES:
        return "Organization"
    return None if lemma in _GROUP_ANY else False


def definite(tok: Token) -> bool:
    """ "the agency", and "the lawyers' association" (the article on the possessive)."""
    return any(
        c.lower_ == "the"
        or (c.dep_ == "poss" and c.pos_ == "NOUN" and any(x.lower_ == "the" for x in c.lefts))
        for c in tok.lefts
    )


def met(subj: Token) -> bool:
    """A "subject" the parser made of a participle's object ("Meeting B, ..., A acknowledged"):
    it opens with an "-ing" word and a comma sets it off from the verb."""
    first = subj.left_edge
    return (
        first.lower_.endswith("ing")
        and first.i != subj.i
        and any(t.text == "," for t in subj.doc[subj.right_edge.i : subj.head.i])
    )


def in_frame(tok: Token, verb: Token) -> bool:
    """Is the token inside an adverbial of the verb set before it ("In talks with B,", "With
    B,", "Meeting B,")?"""
    for anc in tok.ancestors:
        if anc.i == verb.i:
            return False
        if anc.head.i == verb.i and anc.i < verb.i and (
            anc.dep_ == "prep" or (anc.dep_ == "advcl" and anc.tag_ == "VBG")
        ):  # not "Asked by B, she said": B is who asked
            return True
    return False
