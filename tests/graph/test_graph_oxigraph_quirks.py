"""Pins the Oxigraph behaviours the query files work around, so an upgrade that changes them is
noticed (and the workarounds can go)."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.graph import Store

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
    # Why the queries use DISTINCT or COUNT(DISTINCT ...): FIA's label is in both report graphs.
    sparql = 'SELECT ?a WHERE { ?a rdfs:label "Federal Investigation Agency" }'
    assert len(both.query(sparql)) == 2
    assert len(both.query(sparql.replace("SELECT", "SELECT DISTINCT"))) == 1
