"""Fuzzing SPARQL text, bounded: whatever the text, the query path of the store and of the
endpoint ends in a result or an error of the project's own (issue 16), never a crash.

Nesting comes in two sizes only: small (fast to evaluate) and far over the limits (refused
before parsing). Between the two lie queries that Oxigraph parses in minutes (the cube of their
OPTIONALs): the time limit answers them, but their threads would go on using the CPU after this
test, so the fuzz does not generate them.
"""

from __future__ import annotations

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import QueryError, StoreError
from kg.graph import Store
from kg.serve import Limits, ProtocolError, Reply, run_query

FUZZ = settings(max_examples=150, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "WHERE", "OPTIONAL", "UNION", "MINUS",
         "FILTER", "BIND", "AS", "GRAPH", "SERVICE", "SILENT", "VALUES", "EXISTS", "NOT",
         "PREFIX", "BASE", "ORDER", "BY", "GROUP", "LIMIT", "OFFSET", "DISTINCT", "COUNT",
         "CONCAT", "REGEX", "STR", "LANG", "IN", "a", "{", "}", "(", ")", "[", "]", "<<", ">>",
         ".", ";", ",", "*", "/", "|", "^", "^^", "!", "-", "+", "&&", "||", "=", "<", ">",
         "?s", "?p", "?o", "$x", "<http://example.org/p>", "<x>", "ex:p", "akg:name", ":",
         '"text"', "'t'", '"""long"""', "1", "-2.5e3", "true", "#comment\n", "\\", "@en", "_:b"]

NESTED = {
    "brace": ("{ ", "?s ?p ?o", " }"),
    "paren": ("(", "1", ")"),
    "not": ("!", "true", ""),
    "bnode": ("[ <http://x/p> ", "1", " ]"),
    "collection": ("( ", "1", " )"),
    "concat": ('CONCAT("a", ', '"b"', ")"),
    "quoted": ("<< ", "<http://x/a> <http://x/b> <http://x/c>", " >> <http://x/b> <http://x/c>"),
}
CHAINS = {
    "optional": "OPTIONAL { ?s ?p ?o } ",
    "union": "{ ?s ?p ?o } UNION ",
    "and": "true && ",
    "path": "<http://x/p>/",
    "plus": "1 + ",
}
WRAP = {
    "brace": "SELECT * WHERE {}",
    "paren": "SELECT * WHERE {{ ?s ?p ?o FILTER({} = 1) }}",
    "not": "SELECT * WHERE {{ ?s ?p ?o FILTER({}) }}",
    "bnode": "SELECT * WHERE {{ ?s ?p {} }}",
    "collection": "SELECT * WHERE {{ ?s ?p {} }}",
    "concat": "SELECT * WHERE {{ BIND({} AS ?x) }}",
    "quoted": "SELECT * WHERE {{ {} }}",
    "optional": "SELECT * WHERE {{ ?s ?p ?o {}}}",
    "union": "SELECT * WHERE {{ {}{{ ?s ?p ?o }} }}",
    "and": "SELECT * WHERE {{ ?s ?p ?o FILTER({}true) }}",
    "path": "SELECT * WHERE {{ ?s {}<http://x/p> ?o }}",
    "plus": "SELECT * WHERE {{ ?s ?p ?o FILTER({}1 > 0) }}",
}


@st.composite
def deep_queries(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(sorted(NESTED) + sorted(CHAINS)))
    small = draw(st.booleans())
    n = draw(st.integers(1, 12) if small else st.integers(5_000, 40_000))
    if kind in NESTED:
        opening, middle, closing = NESTED[kind]
        core = opening * n + middle + closing * n
    else:
        core = CHAINS[kind] * n
    return WRAP[kind].format(core)


soups = st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join)
queries = st.one_of(st.text(max_size=2_000), soups, deep_queries())


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store.open()
    for i in range(30):
        opened.inner.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"http://x/{i}"),
                                         pyoxigraph.NamedNode("http://x/p"),
                                         pyoxigraph.Literal(i)))
    opened.query_timeout = 3
    return opened


@FUZZ
@given(text=queries)
def test_the_store_answers_any_text_with_a_result_or_its_own_error(store: Store,
                                                                   text: str) -> None:
    try:
        store.query(text)
    except (QueryError, StoreError):
        pass


@FUZZ
@given(text=queries)
def test_the_endpoint_answers_any_text_with_an_http_status(store: Store, text: str) -> None:
    try:
        reply = run_query(store, text, None, limits=Limits(timeout=3))
    except ProtocolError as exc:
        assert 400 <= exc.status < 600
    else:
        assert isinstance(reply, Reply) and reply.status == 200
