"""Who works with whom: co-organizers of one event, and the pairs the syntax of a sentence
names (see :mod:`kg.extract.partners` for the shapes it reads)."""

from __future__ import annotations

from itertools import combinations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import lower_text, sents
from kg.extract.partners import (
    between_pairs,
    joint_pairs,
    partnership_pairs,
    signed_pairs,
    through_pairs,
    work_with_pairs,
)
from kg.extract.refs import Refs


def _with_object(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree]


def collaborations(
    doc: Doc, refs: Refs, lex: Lexicon, organizer_pairs: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """Pairs of organizations that work together, with the offset of the sentence saying so."""
    pairs: dict[frozenset[str], int] = {}
    by_event: dict[str, list[tuple[str, int]]] = {}
    for a, e, pos in organizer_pairs:
        by_event.setdefault(e, []).append((a, pos))
    for hosts in by_event.values():  # co-organizers: the later of the two statements says it
        for (a, pa), (b, pb) in combinations(hosts, 2):
            pairs.setdefault(frozenset((a, b)), max(pa, pb))
    found: list[tuple[str, str, int]] = signed_pairs(doc, refs)
    for sent in sents(doc):
        between = between_pairs(sent, refs)
        found += (between or []) + partnership_pairs(sent, refs) + through_pairs(sent, refs)
        found += joint_pairs(sent, refs)
        low = lower_text(sent)
        phrase = any(p in low for p in lex.phrases["collaborate"])
        verbs = [t for t in sent if t.lemma_ in lex.verbs["collaborate"] and t.pos_ == "VERB"]
        if not phrase and not verbs:
            continue
        # a phrase ("jointly", "signed a memorandum") pairs the bodies of the sentence, unless
        # "between" says which pairs; a verb ("X collaborates with Y") pairs its subject with
        # its object, and nothing when one is not a body ("states needed to cooperate with
        # INTERPOL")
        orgs = [a for a in refs.referred_in(sent) if refs.table.actors[a].type == "Organization"]
        if not phrase or between is not None:
            orgs = []
        for tok in verbs:
            right = [
                a
                for a in refs.actors_in(_with_object(tok))
                if refs.table.actors[a].type == "Organization"
            ]
            with_pairs = work_with_pairs(tok, refs, right)
            if with_pairs:
                found += with_pairs
                orgs = []
                break
        for a, b in combinations(dict.fromkeys(orgs), 2):
            pairs.setdefault(frozenset((a, b)), sent.start_char)
    for a, b, pos in found:
        if a != b:
            pairs.setdefault(frozenset((a, b)), pos)
    return [(*sorted(p), pos) for p, pos in pairs.items() if len(p) == 2]  # type: ignore[misc]
