"""Query results read into plain Python rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from kg.graph.result import from_pyoxigraph


@pytest.fixture
def store() -> ox.Store:
    s = ox.Store()
    s.add(ox.Quad(ox.NamedNode("http://x/a"), ox.NamedNode("http://x/p"), ox.Literal(3)))
    s.add(ox.Quad(ox.NamedNode("http://x/b"), ox.NamedNode("http://x/p"), ox.Literal("three")))
    return s


def test_rows_follow_the_projection_with_unbound_as_none(store: ox.Store) -> None:
    result = from_pyoxigraph(store.query(
        "SELECT ?v ?missing ?s WHERE { ?s <http://x/p> ?v OPTIONAL { ?s <http://x/q> ?missing } }"
        " ORDER BY ?s"))
    assert result.columns == ["v", "missing", "s"]
    assert result.rows == [{"v": 3, "missing": None, "s": "http://x/a"},
                           {"v": "three", "missing": None, "s": "http://x/b"}]
    assert result.terms[0]["v"] == ox.Literal(3)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(store: ox.Store, enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        from_pyoxigraph(store.query("SELECT ?s WHERE { ?s ?p ?o }"))
        assert gc.isenabled() is enabled

        def broken() -> Iterator[ox.Triple]:
            yield from store.query("CONSTRUCT WHERE { ?s ?p ?o }")
            raise OSError("the store went away while rows were read")

        with pytest.raises(OSError):
            from_pyoxigraph(broken())
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_without_drops_columns_and_keeps_the_rest(store: ox.Store) -> None:
    result = from_pyoxigraph(store.query("SELECT ?s ?v WHERE { ?s <http://x/p> ?v } ORDER BY ?s"))
    assert result.without(set()) is result
    assert result.without({"v"}).rows == [{"s": "http://x/a"}, {"s": "http://x/b"}]


def test_terms_that_look_alike_keep_their_own_type_and_value() -> None:
    # conversion is shared between equal terms only: an IRI and a literal with the same text,
    # an integer and a string of its digits, and a tagged string each stay what they are
    s = ox.Store()
    p = ox.NamedNode("http://x/p")
    integer = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
    objects = [ox.NamedNode("http://x/a"), ox.Literal("http://x/a"),
               ox.Literal("1", datatype=integer), ox.Literal("1"),
               ox.Literal("a", language="en"), ox.Literal("a")]
    for i, o in enumerate(objects):
        s.add(ox.Quad(ox.NamedNode(f"http://x/s{i}"), p, o))
        s.add(ox.Quad(ox.NamedNode(f"http://x/t{i}"), p, o))  # each term comes back twice
    result = from_pyoxigraph(s.query("SELECT ?s ?o WHERE { ?s <http://x/p> ?o } ORDER BY ?s"))
    by_subject = {row["s"]: (row["o"], terms["o"])
                  for row, terms in zip(result.rows, result.terms, strict=True)}
    for i, o in enumerate(objects):
        for subject in (f"http://x/s{i}", f"http://x/t{i}"):
            value, term = by_subject[subject]
            assert term == o and type(term) is type(o)
            assert value == (1 if i == 2 else o.value)
