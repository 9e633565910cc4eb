"""Pins the Oxigraph behaviours the query files work around, so an upgrade that changes them is
noticed (and the workarounds can go)."""

from __future__ import annotations

import pyoxigraph
import pytest

from kg.errors import QueryError
from kg.graph import Store, facts_to_quads

from .sample import conference_facts, signing_facts

LABELS = "SELECT ?name ?n WHERE { ?a rdfs:label ?n FILTER(%s) } ORDER BY ?n"


@pytest.fixture
def both() -> Store:
    store = Store.open()
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    return store


def test_bound_of_a_substituted_variable_is_false(both: Store) -> None:
    # Why the queries test an optional parameter with COALESCE(..., true) and never BOUND().
    bound = both.query(LABELS % "BOUND(?name)", {"name": "Sara Mehta"})
    assert bound.rows == []
    coalesce = both.query(LABELS % "COALESCE(?n = ?name, true)", {"name": "Sara Mehta"})
    assert coalesce.column("n") == ["Sara Mehta"]
    unbound = both.query(LABELS % "COALESCE(?n = ?name, true)")
    assert len(unbound) > 1


def test_only_projected_variables_can_be_bound(both: Store) -> None:
    # Why each query projects its parameters (run_query hides those columns again).
    with pytest.raises(QueryError, match="projection"):
        both.query("SELECT ?n WHERE { ?a rdfs:label ?n FILTER(?n = ?name) }", {"name": "x"})


def test_union_graph_repeats_a_triple_stated_by_two_reports(both: Store) -> None:
    # Why the store keeps the union itself in the default graph: Oxigraph's union view gives
    # FIA's label once per report graph, and joins multiply the copies.
    sparql = ("SELECT ?a WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> "
              '"Federal Investigation Agency" }')
    raw = pyoxigraph.Store()
    raw.extend(facts_to_quads(conference_facts()) + facts_to_quads(signing_facts()))
    assert len(list(raw.query(sparql, use_default_graph_as_union=True))) == 2
    assert len(both.query(sparql)) == 1
