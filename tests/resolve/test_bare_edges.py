"""A known actor's bare surname gets one edge to the full names of other known actors (not one
to each), unless curation may force known actors together; the resolution is the same."""

from __future__ import annotations

import random

import pytest

import kg.resolve.resolver as resolver
from kg.model import Actor
from kg.resolve import Decisions, Registry
from kg.resolve.candidates import Node, find_edges

from .sample import NO_REGISTRY, build, person
from .test_known import REGISTRY, against_all, random_actor


def _nodes(*specs: tuple[str | None, list[str]]) -> list[Node]:
    """Nodes of persons: (known id or None for a batch node, names)."""
    out = []
    for n, (ident, names) in enumerate(specs):
        key = ("0", ident) if ident else ("1", f"r{n}", "a1", names[0])
        node = Node(key, "Person", names, known_id=ident, report=None if ident else f"r{n}")
        node.analyse()
        out.append(node)
    return out


def test_a_known_bare_surname_has_one_edge_to_other_known_full_names():
    nodes = _nodes(("kwame-osei", ["Kwame Osei", "Osei"]), ("kojo-osei", ["Kojo Osei"]),
                   ("kofi-osei", ["Kofi Osei"]), (None, ["Kweku Osei"]), (None, ["Osei"]))
    cut = find_edges(nodes, forced=False).weak
    full = find_edges(nodes, forced=True).weak
    # the batch's bare "Osei" (4) keeps an edge to each full name, known or not
    assert {j for i, j in cut if i == 4} == {j for i, j in full if i == 4} == {0, 1, 2, 3}
    # the known one (0) keeps its edge to the batch's full name, and one to a known actor
    assert {j for i, j in full if i == 0} == {1, 2, 3}
    mine = {j for i, j in cut if i == 0}
    assert 3 in mine and len(mine) == 2


def test_a_known_bare_surname_alone_still_has_a_candidate():
    """Its only edges go to known actors: one is kept, so it is no lone bare surname that
    would merge with the batch's lone "Osei"."""
    nodes = _nodes(("osei", ["Osei"]), ("kojo-osei", ["Kojo Osei"]), ("kofi-osei", ["Kofi Osei"]),
                   (None, ["Osei"]))
    assert any(i == 0 for i, _ in find_edges(nodes, forced=False).weak)


def _with_every_edge(monkeypatch) -> None:
    real = resolver.find_edges
    monkeypatch.setattr(resolver, "find_edges", lambda nodes, crowded, forced: real(
        nodes, crowded, forced=True))


OSEIS = ["Kwame Osei", "Kojo Osei", "Kofi Osei", "Ama Osei", "Abena Osei", "K. Osei"]


def _random_batches(seed: int) -> list:
    rng = random.Random(seed)
    batches = []
    for b in range(8):
        batch = []
        for r in range(rng.randint(1, 3)):
            actors = []
            for _ in range(rng.randint(1, 5)):
                if rng.random() < 0.4:
                    forms = [rng.choice(OSEIS)] if rng.random() < 0.8 else []
                    if not forms or rng.random() < 0.5:
                        forms.append("Osei")
                    actors.append(person(*forms, country=rng.choice([None, None, "Ghana"])))
                else:
                    actors.append(random_actor(rng))
            batch.append(build(f"r{b}-{r}.txt", *actors))
        batches.append(batch)
    return batches


@pytest.mark.parametrize("seed", range(10))
def test_random_ingests_resolve_as_with_every_edge(seed, monkeypatch):
    decisions = Decisions()
    if seed % 3 == 0:
        decisions.add_different("Kwame Osei", "Kojo Osei")
    batches = _random_batches(seed)
    cut = against_all(batches, REGISTRY, decisions)
    _with_every_edge(monkeypatch)
    every = against_all(batches, REGISTRY, decisions)
    for n, (a, b) in enumerate(zip(every, cut, strict=True)):
        assert b.facts == a.facts, f"batch {n}"
        assert b.actors == a.actors, f"batch {n}"


def test_a_same_decision_keeps_every_edge(monkeypatch):
    seen = []
    real = resolver.find_edges
    monkeypatch.setattr(resolver, "find_edges", lambda nodes, crowded, forced: seen.append(
        forced) or real(nodes, crowded, forced=forced))
    known = [Actor("kwame-osei", "Kwame Osei", "Person", aliases={"Osei"})]
    batch = [build("r1.txt", person("Kojo Osei"))]
    decisions = Decisions()
    resolver.resolve(batch, known=known, registry=NO_REGISTRY, decisions=decisions)
    decisions.add_same("Kwame Osei", "Kojo Osei")
    resolver.resolve(batch, known=known, registry=Registry([]), decisions=decisions)
    assert seen == [False, True]
