"""A researcher's SPARQL in FOAF, W3C ORG and schema.org answers on the sample store, embedded
and through `kg serve` read by rdflib's SPARQLStore (no reasoner on either side)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

import kg
from kg.serve import make_server

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "reports"
PREFIXES = ("PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX org: <http://www.w3.org/ns/org#> "
            "PREFIX schema: <https://schema.org/> PREFIX akg: <https://w3id.org/akg/ontology#> ")
# each standard pattern, and the project's own pattern it must agree with
PATTERNS = {
    "?x a foaf:Person": "?x a akg:Person",
    "?x a foaf:Organization": "?x a akg:Organization",
    "?m a org:Membership": "?m a akg:Membership",
    "?e a schema:Event": "?e akg:name [] FILTER NOT EXISTS { ?e a akg:Declaration }",
    "?x org:memberOf ?o": "?x akg:memberOf ?o",
    "?e schema:attendee ?x": "?x akg:participantIn ?e",
}


def _count(graph_query, where: str) -> int:
    rows = list(graph_query(PREFIXES + f"SELECT (COUNT(DISTINCT *) AS ?n) WHERE {{ {where} }}"))
    return int(rows[0][0])


@pytest.fixture(scope="module")
def sample() -> Iterator[kg.KnowledgeGraph]:
    graph = kg.open()
    summary = graph.ingest([str(SAMPLES)])
    assert summary.loaded
    yield graph
    graph.close()


def _embedded(graph: kg.KnowledgeGraph):
    def run(sparql: str):
        return [[t.value for t in row] for row in graph.store.inner.query(sparql)]
    return run


@pytest.mark.slow
@pytest.mark.parametrize("standard", PATTERNS)
def test_standard_terms_answer_as_the_own_terms_do(sample: kg.KnowledgeGraph,
                                                   standard: str) -> None:
    run = _embedded(sample)
    found = _count(run, standard)
    assert found > 0
    assert found == _count(run, PATTERNS[standard])


@pytest.mark.slow
def test_standard_terms_through_kg_serve_and_rdflib(sample: kg.KnowledgeGraph) -> None:
    server = make_server(sample.store, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        remote = rdflib.Graph(store=SPARQLStore(server.url))
        run = _embedded(sample)
        for standard in PATTERNS:
            assert _count(remote.query, standard) == _count(run, standard) > 0, standard
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
