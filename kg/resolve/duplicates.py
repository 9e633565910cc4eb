"""Pairs of resolved actors that may still be one actor, for a curator to judge.

:func:`likely_duplicates` lists pairs that resolution kept apart but that look alike: names
whose similarity reaches ``threshold`` (rapidfuzz ``token_sort_ratio`` on normalized names),
an acronym that another actor's name gives, and persons of one surname (whether their given
names agree or not). The curator answers with a same/different decision.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import combinations

from rapidfuzz import fuzz

from kg.model import Actor
from kg.names import acronym_key, is_acronym, lexicon, normalize
from kg.resolve.names import initials
from kg.resolve.persons import is_person_name, parse, relation

__all__ = ["likely_duplicates"]

#: Blocks bigger than this (a very common word or surname) are skipped: too many pairs to review.
MAX_BLOCK = 200


def block_pairs(keys: Iterable[Iterable[str]], max_block: int = MAX_BLOCK) -> set[tuple[int, int]]:
    """The pairs (i < j) of items sharing a blocking key, item i having ``keys[i]``; a key
    shared by more than ``max_block`` items says too little to compare them all.

    >>> sorted(block_pairs([["a"], ["a", "b"], ["b"], ["c"]]))
    [(0, 1), (1, 2)]
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, item_keys in enumerate(keys):
        for key in item_keys:
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= max_block:
            pairs.update(combinations(sorted(set(members)), 2))
    return pairs


def _blocks(actor: Actor) -> set[str]:
    keys: set[str] = set()
    stop = lexicon().acronym_stopwords
    for name in actor.names:
        if actor.type == "Person":
            if is_person_name(name):
                keys.add("s:" + parse(name).surname_key)
            continue
        if is_acronym(name):
            keys.add("a:" + acronym_key(name))
            continue
        keys |= {"a:" + a for a in initials(name)}
        keys |= {"t:" + t for t in normalize(name).split() if len(t) > 2 and t not in stop}
    return keys


def _score(a: Actor, b: Actor) -> float:
    best = 0.0
    for x in a.names:
        for y in b.names:
            best = max(best, fuzz.token_sort_ratio(normalize(x), normalize(y)) / 100)
    return best


def _related(a: Actor, b: Actor, threshold: float) -> float | None:
    """The pair's score when it is worth listing, else None."""
    if a.type != b.type:
        return None
    score = _score(a, b)
    if a.type == "Person":
        people_a = [parse(n) for n in a.names if is_person_name(n)]
        people_b = [parse(n) for n in b.names if is_person_name(n)]
        if any(relation(p, q) for p in people_a for q in people_b):
            return score
        return score if score >= threshold else None
    acronyms_a = {acronym_key(n) for n in a.names if is_acronym(n)}
    acronyms_b = {acronym_key(n) for n in b.names if is_acronym(n)}
    gives_a = {x for n in a.names if not is_acronym(n) for x in initials(n)}
    gives_b = {x for n in b.names if not is_acronym(n) for x in initials(n)}
    if acronyms_a & (gives_b | acronyms_b) or acronyms_b & gives_a:
        return max(score, threshold)
    return score if score >= threshold else None


def likely_duplicates(
    actors: Sequence[Actor], threshold: float = 0.85
) -> list[tuple[Actor, Actor, float]]:
    """Pairs of distinct actors that may be one, best first (score, then ids).

    >>> a = Actor("national-police-bureau", "National Police Bureau", "Organization")
    >>> b = Actor("national-police-bureaux", "National Police Bureaux", "Organization")
    >>> [(x.id, y.id) for x, y, _ in likely_duplicates([a, b])]
    [('national-police-bureau', 'national-police-bureaux')]
    """
    pairs = block_pairs([f"{a.type}/{key}" for key in _blocks(a)] for a in actors)
    found = []
    for i, j in pairs:
        a, b = actors[i], actors[j]
        if a.id == b.id:
            continue
        score = _related(a, b, threshold)
        if score is not None:
            first, second = (a, b) if a.id < b.id else (b, a)
            found.append((first, second, round(score, 3)))
    return sorted(found, key=lambda t: (-t[2], t[0].id, t[1].id))
