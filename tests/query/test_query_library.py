from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.query import get_query, list_queries, queries_dir
from kg.query.library import Param, parse_query

EXPECTED = {"actor-profile", "actors", "co-participants", "collaborations", "commitments",
            "declarations", "endorsements", "events", "evidence", "officials",
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
    """Oxigraph binds only projected variables and folds BOUND(?param) to false."""
    query = get_query(name)
    select = re.search(r"^SELECT\b(.*?)\bWHERE\b", query.sparql, re.M | re.S)
    assert select, name
    for param in query.params:
        assert f"?{param.name} " in select.group(1) + " ", (name, param.name)
        assert f"BOUND(?{param.name})" not in query.sparql, (name, param.name)


def test_header_params() -> None:
    events = get_query("events")
    assert events.params == (
        Param("kind", "string", "the event type (Conference, Workshop, Signing...; any case)",
              optional=True),
        Param("since", "date", "only events on or after this date (YYYY-MM-DD)", optional=True),
        Param("until", "date", "only events on or before this date (YYYY-MM-DD)", optional=True),
        Param("organizer", "string",
              "an organizer's name or alias (any case): only its events", optional=True),
        Param("place", "string", "the place's name (any case)", optional=True),
        Param("topic", "string",
              "a topic's slug or label (any case), such as human-trafficking", optional=True),
    )
    profile = get_query("actor-profile")
    assert profile.params == (Param("name", "string", "the actor's name or alias (any case)"),)
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
