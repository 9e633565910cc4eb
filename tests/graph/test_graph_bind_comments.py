"""Binding by VALUES for a remote endpoint (kg/graph/bind.py): a group that opens with a comment
line and then a sub-select is a sub-select's group, which takes no VALUES block (before, the
comment hid the SELECT and the block made the query invalid: event-profile through a server)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph.bind import with_values
from kg.graph.terms import PREFIXES
from kg.query import list_queries


def test_a_comment_before_a_sub_select_is_no_token() -> None:
    sparql = ("SELECT ?k ?n WHERE {\n  ?s <http://example.org/p> ?k .\n  {\n"
              "    # the count, apart\n"
              "    SELECT ?k (COUNT(?s) AS ?n) WHERE { ?s <http://example.org/p> ?k } GROUP BY ?k\n"
              "  }\n}")
    text = with_values(sparql, {"k": ox.Literal("x")})
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/p"),
                      ox.Literal("x")))
    assert [r["n"].value for r in store.query(text)] == ["1"]


def test_every_named_query_binds_by_values() -> None:
    for query in list_queries():
        for param in query.params:
            text = with_values(query.sparql_for({param.name}), {param.name: ox.Literal("x")})
            ox.Store().query(text, prefixes=PREFIXES)  # parses
