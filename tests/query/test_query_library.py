from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import get_query, list_queries, queries_dir
from kg.query.library import Param, parse_query

EXPECTED = {"actor-profile", "actors", "co-participants", "collaborations", "commitments",
            "declarations", "event-profile", "endorsements", "events", "evidence", "officials",
            "organizations-by-type", "timeline", "topics"}


def test_the_library_lists_every_query_with_its_header() -> None:
    queries = list_queries()
    assert {q.name for q in queries} == EXPECTED
    assert [q.name for q in queries] == sorted(q.name for q in queries)
    for query in queries:
        assert query.title and query.question, query.name
        assert query.examples and all(e.startswith(f"kg query {query.name}")
                                      for e in query.examples), query.name
        assert query.path.parent == queries_dir()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_query_projects_its_params_and_avoids_bound(name: str) -> None:
    """Oxigraph binds only projected variables and folds BOUND(?param) to false: each text
    projects every parameter that may be bound while it runs (a variant's own parameter never
    is while the main text runs)."""
    query = get_query(name)
    texts = [(query.sparql, [p for p in query.params if p.name not in query.variants])]
    texts += [(text, list(query.params)) for text in query.variants.values()]
    for text, params in texts:
        select = re.search(r"^SELECT\b(.*?)\bWHERE\b", text, re.M | re.S)
        assert select, name
        for param in params:
            assert f"?{param.name} " in select.group(1) + " ", (name, param.name)
            assert f"BOUND(?{param.name})" not in text, (name, param.name)


def test_a_variant_runs_when_its_parameter_is_given() -> None:
    events = get_query("events")
    assert set(events.variants) == {"organizer"}
    assert events.sparql_for(set()) == events.sparql
    assert events.sparql_for({"kind", "since"}) == events.sparql
    assert events.sparql_for({"organizer", "kind"}) == events.variants["organizer"]
    assert "akg:nameKey ?organizer" in events.variants["organizer"]
    assert not any("@" in q.name for q in list_queries())


def test_a_variant_must_name_a_declared_parameter(tmp_path: Path) -> None:
    header = "# title: Mine\n# param: n (int) a number\n"
    (tmp_path / "mine.rq").write_text(header + "SELECT ?n WHERE {}\n")
    (tmp_path / "mine@m.rq").write_text("SELECT ?m WHERE {}\n")
    with pytest.raises(QueryError, match=r"mine@m.rq: mine.rq declares no parameter 'm'"):
        get_query("mine", tmp_path)
    (tmp_path / "mine@m.rq").rename(tmp_path / "mine@n.rq")
    mine = get_query("mine", tmp_path)
    assert mine.sparql_for({"n"}) == "SELECT ?m WHERE {}\n"
    assert [q.name for q in list_queries(tmp_path)] == ["mine"]


def test_header_params() -> None:
    events = get_query("events")
    assert events.params == (
        Param("kind", "string", "the event type (Conference, Workshop, Signing...; any case)",
              optional=True),
        Param("since", "date", "only events on or after this date (YYYY-MM-DD)", optional=True),
        Param("until", "date", "only events on or before this date (YYYY-MM-DD)", optional=True),
        Param("organizer", "name",
              "an organizer's name or alias (any case): only its events", optional=True),
        Param("place", "string", "the place's name (any case)", optional=True),
        Param("topic", "string",
              "a topic's slug or label (any case), such as human-trafficking", optional=True),
    )
    profile = get_query("actor-profile")
    assert profile.params == (Param("name", "name", "the actor's name or alias (any case)"),)
    assert profile.param("name") is not None and profile.param("nope") is None


def test_get_query_by_path_and_unknown_names(tmp_path: Path) -> None:
    path = tmp_path / "mine.rq"
    path.write_text("# title: Mine\n# param: n (int) a number\nSELECT ?n WHERE {}\n")
    mine = get_query(str(path))
    assert (mine.name, mine.title, mine.params) == ("mine", "Mine", (Param("n", "int",
                                                                           "a number"),))
    with pytest.raises(QueryError, match="known queries: actor-profile, actors"):
        get_query("colaborations")
    with pytest.raises(QueryError, match="no such query file"):
        get_query(str(tmp_path / "missing.rq"))


@pytest.mark.parametrize("line", [
    "# param: when (datetime) a moment",
    "# param: who string without parentheses",
    "# param: who (string, sometimes) flag",
])
def test_malformed_param_lines_are_errors(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.rq"
    with pytest.raises(QueryError, match="bad.rq:2"):
        parse_query(path, f"# title: Bad\n{line}\nSELECT * WHERE {{}}\n")


def test_header_stops_at_the_sparql(tmp_path: Path) -> None:
    text = "# title: T\nSELECT ?x WHERE {}\n# param: late (int) not a header line\n"
    assert parse_query(tmp_path / "t.rq", text).params == ()
