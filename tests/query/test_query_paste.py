"""Parameters written into the query as constants (kg/query/paste.py) answer as the
substitutions did: every named query, with every parameter value the sample store suggests,
returns the same rows both ways; hostile values stay one term; what cannot be rewritten for sure
falls back to substitutions."""

from __future__ import annotations

from itertools import chain

import pyoxigraph as ox
import pytest

from kg.errors import NameNotFound
from kg.graph import Store
from kg.graph.result import QueryResult
from kg.graph.terms import to_term
from kg.query import list_queries, run_query
from kg.query.paste import paste_params
from kg.query.run import bind_params

PREFIXES = "PREFIX akg: <https://w3id.org/akg/ontology#>\n"


def _values(store: Store) -> dict[str, list[str]]:
    """Parameter values to try, by parameter name, from what the store holds (and a few that
    name nothing)."""
    actors = [str(r["actor"]) for r in run_query(store, "actors").rows]
    events = [str(r["event"]) for r in run_query(store, "events").rows]
    topics = [str(r["topic"]) for r in run_query(store, "topics").rows]
    return {
        "name": actors + events + ["nobody", 'a "quoted" } name'],
        "org": actors + ["nobody"],
        "organizer": actors,
        "kind": ["pledge", "call", "Conference", "Signing", "Person", "Organization",
                 "GovernmentAgency", "nothing"],
        "since": ["2024-03-01", "2000-01-01"],
        "until": ["2024-03-01"],
        "place": ["Islamabad", "nowhere"],
        "topic": topics + ["human-trafficking", "nothing"],
        "text": ["for", "Human Trafficking", 'x" } UNION { ?s ?p ?o'],
    }


def _substituted(store: Store, name: str, params: dict[str, str]) -> QueryResult:
    """The rows as run_query gave them before: every parameter bound by substitution."""
    from kg.query.library import get_query

    query = get_query(name)
    bindings = bind_params(query, params)
    result = store.query(query.sparql_for(set(bindings)), bindings)
    return result.without({p.name for p in query.params})


def test_every_named_query_answers_as_with_substitutions(loaded: Store) -> None:
    values = _values(loaded)
    tried = 0
    for query in list_queries():
        for param in query.params:
            for value in values[param.name]:
                params = {param.name: value}
                try:
                    pasted = run_query(loaded, query.name, params)
                except NameNotFound:  # a name nothing goes by
                    assert _substituted(loaded, query.name, params).rows == []
                    continue
                before = _substituted(loaded, query.name, params)
                assert (pasted.columns, pasted.rows) == (before.columns, before.rows), (
                    query.name, params)
                tried += 1
    assert tried > 100


def test_two_parameters_together(loaded: Store) -> None:
    for name, params in [("commitments", {"name": "FIA", "kind": "call"}),
                         ("events", {"kind": "conference", "since": "2024-01-01"}),
                         ("events", {"organizer": "FIA", "topic": "human trafficking"})]:
        assert run_query(loaded, name, params).rows == _substituted(loaded, name, params).rows


def _run(text: str, terms: dict[str, ox.Literal | ox.NamedNode]) -> list[tuple]:
    store = ox.Store()
    ex = "http://example.org/"
    for s, o in (("a", "x"), ("b", "y"), ("c", "x")):
        store.add(ox.Quad(ox.NamedNode(ex + s), ox.NamedNode(ex + "p"), ox.Literal(o)))
    pasted = paste_params(PREFIXES + text, terms)
    assert pasted is not None
    return sorted(tuple(str(v) for v in row) for row in store.query(pasted))


def test_constants_only_where_a_substitution_binds() -> None:
    x = {"k": ox.Literal("x")}
    assert _run("SELECT ?k ?s WHERE { ?s <http://example.org/p> ?k }", x) == [
        ("<http://example.org/a>",), ("<http://example.org/c>",)]
    # a sub-select that projects ?k is bound; one that does not has a ?k of its own
    assert _run("SELECT ?k ?n WHERE { { SELECT ?k (COUNT(?s) AS ?n) WHERE "
                "{ ?s <http://example.org/p> ?k } GROUP BY ?k } }", x) == [
        ('"2"^^<http://www.w3.org/2001/XMLSchema#integer>',)]
    assert _run("SELECT ?k ?n WHERE { { SELECT (COUNT(?s) AS ?n) WHERE "
                "{ ?s <http://example.org/p> ?k } } }", x) == [
        ('"3"^^<http://www.w3.org/2001/XMLSchema#integer>',)]


def test_a_hostile_value_stays_one_literal() -> None:
    store = ox.Store()
    p = ox.NamedNode("http://example.org/p")
    values = ['x" } UNION { ?s ?p ?o } #', "x\\", "line\nbreak", "x' }", "<http://x/>"]
    for n, value in enumerate(values):
        store.add(ox.Quad(ox.NamedNode(f"http://example.org/{n}"), p, ox.Literal(value)))
    store.add(ox.Quad(ox.NamedNode("http://example.org/other"), p, ox.Literal("x")))
    for n, value in enumerate(values):
        pasted = paste_params("SELECT ?k ?s WHERE { ?s <http://example.org/p> ?k }",
                              {"k": ox.Literal(value)})
        assert pasted is not None
        assert [str(r["s"]) for r in store.query(pasted)] == [f"<http://example.org/{n}>"]


@pytest.mark.parametrize("text", [
    "SELECT ?k WHERE { ?s ?p ?k }",                            # nothing left to project
    "SELECT ?s ?k WHERE { ?s ?p ?o FILTER(BOUND(?k)) }",     # BOUND() wants a variable
    "SELECT ?s WHERE { ?s ?p ?k }",       # not projected: the substitution says what is wrong
    "SELECT ?s (?k AS ?j) WHERE { ?s ?p ?k }",               # an expression of the projection
    "SELECT ?s ?k WHERE { ?s ?p ?o BIND(?o AS ?k) }",         # bound inside
    "SELECT ?s ?k WHERE { VALUES ?k { 1 } ?s ?p ?k }",
    "SELECT ?s ?k WHERE { ?s ?p ?k } ORDER BY ?k",
    "ASK { ?s ?p ?k }",
])
def test_what_cannot_be_rewritten_for_sure_is_left_to_substitutions(text: str) -> None:
    assert paste_params(text, {"k": ox.Literal("x")}) is None


def test_run_query_falls_back_to_substitutions(tmp_path) -> None:
    rq = tmp_path / "bound.rq"
    rq.write_text("# param: k (string) a value\nSELECT ?k ?s WHERE { ?s ?p ?o "
                  "FILTER(BOUND(?k) || ?o = ?k) }\n", encoding="utf-8")
    store = Store.open(None)
    store.inner.add(ox.Quad(ox.NamedNode("http://example.org/a"),
                            ox.NamedNode("http://example.org/p"), ox.Literal("x")))
    assert paste_params(rq.read_text(), {"k": to_term("x")}) is None
    assert [r["s"] for r in run_query(store, str(rq), {"k": "x"}).rows] == [
        "http://example.org/a"]
    assert list(chain.from_iterable(r.values() for r in run_query(
        store, str(rq), {"k": "y"}).rows)) == []
