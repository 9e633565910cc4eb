"""``kg validate``: passes on the sample data; fails, naming the offending node, on a store
broken on purpose."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph
import pytest

import kg as kg_api

from .conftest import copy_store, kg, nquads

SAMPLE = Path(kg_api.__file__).resolve().parents[1] / "data" / "reports"
AKG = "https://w3id.org/akg/ontology#"
ACTOR = "https://w3id.org/akg/id/actor/"
RDF_TYPE = pyoxigraph.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = pyoxigraph.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("validate") / "store"
    run = kg("ingest", SAMPLE, "--store", store)
    assert run.code == 0, run.err
    return store


def _problem_lines(output: str) -> set[str]:
    return {line for line in output.splitlines() if line.startswith("- ")}


@pytest.mark.slow
def test_sample_data_validates(sample_store: Path) -> None:
    before = nquads(sample_store)
    run = kg("validate", "--store", sample_store)
    assert run.code == 0, run.out
    assert "The graph conforms to the shapes." in run.out
    assert "Consistent (" in run.out
    assert nquads(sample_store) == before  # validation reads, never writes


@pytest.mark.slow
def test_sample_data_breaks_no_rule_but_participation_evidence(sample_store: Path) -> None:
    """Pins the extent of the known extraction bug above: nothing else is wrong with the data."""
    run = kg("validate", "--store", sample_store)
    problems = _problem_lines(run.out)
    others = {p for p in problems if not (p.startswith("- Violation: https://w3id.org/akg/id/"
                                                       "participation/")
                                          and p.endswith("(akg:evidence is missing)."))}
    assert others == set()
    assert "Consistent (" in run.out
    assert run.code == (1 if problems else 0)


def _break(store: Path) -> None:
    """Add, in a report graph and in the union view, an organization with no name and an
    actor typed both Person and Organization: writes pyoxigraph does not check."""
    inner = pyoxigraph.Store(str(store))
    graph = next(g for g in inner.named_graphs() if "/report/" in g.value)
    nameless = pyoxigraph.NamedNode(ACTOR + "nameless-agency")
    both = pyoxigraph.NamedNode(ACTOR + "person-and-organization")
    triples = [
        (nameless, RDF_TYPE, pyoxigraph.NamedNode(AKG + "Organization")),
        (both, RDF_TYPE, pyoxigraph.NamedNode(AKG + "Person")),
        (both, RDF_TYPE, pyoxigraph.NamedNode(AKG + "Organization")),
        (both, LABEL, pyoxigraph.Literal("Jane Roe Agency")),
    ]
    for s, p, o in triples:
        inner.add(pyoxigraph.Quad(s, p, o, graph))
        inner.add(pyoxigraph.Quad(s, p, o, pyoxigraph.DefaultGraph()))
    inner.flush()
    del inner


@pytest.mark.slow
def test_broken_store_fails_naming_the_nodes(sample_store: Path, tmp_path: Path) -> None:
    intact = kg("validate", "--no-reasoner", "--store", sample_store)
    store = copy_store(sample_store, tmp_path / "store")
    _break(store)
    before = nquads(store)
    run = kg("validate", "--store", store)
    assert run.code == 1
    new = _problem_lines(run.out) - _problem_lines(intact.out)
    nameless, both = ACTOR + "nameless-agency", ACTOR + "person-and-organization"
    assert (f"- Violation: {nameless} http://www.w3.org/2000/01/rdf-schema#label: This actor "
            "must have exactly one rdfs:label (its name): it has none, or several.") in new
    assert (f"- Violation: {both}: This actor must be typed either akg:Person or "
            f"akg:Organization: it is neither, or both. (value: {both})") in new
    assert "Inconsistent." in run.out
    assert (f"- {both} is both {AKG}Organization and {AKG}Person, which are disjoint."
            in new)
    assert len(new) == 3, new  # nothing else is blamed
    assert nquads(store) == before


def test_broken_store_fails_without_the_reasoner(sample_store: Path, tmp_path: Path) -> None:
    store = copy_store(sample_store, tmp_path / "store")
    _break(store)
    run = kg("validate", "--no-reasoner", "--store", store)
    assert run.code == 1
    assert f"{ACTOR}nameless-agency" in run.out
    assert f"{ACTOR}person-and-organization" in run.out
