from __future__ import annotations

from datetime import date

import pytest

from kg.errors import NameNotFound, QueryError
from kg.graph import Store, iri
from kg.graph.terms import AKG_NS, ID_NS
from kg.query import get_query, run_query
from kg.query.library import Param
from kg.query.run import bind_params, convert


def test_unknown_param_is_an_error(loaded: Store) -> None:
    with pytest.raises(QueryError, match="no parameter colour .*its parameters: org"):
        run_query(loaded, "officials", {"colour": "red"})


def test_missing_required_param_is_an_error(loaded: Store) -> None:
    with pytest.raises(QueryError, match="needs --param name="):
        run_query(loaded, "actor-profile")


def test_params_are_converted_by_type() -> None:
    assert convert(Param("n", "int"), "42") == 42
    assert convert(Param("d", "date"), "2024-02-28") == date(2024, 2, 28)
    assert convert(Param("s", "string"), "42") == "42"
    assert convert(Param("i", "iri"), "id:actor/org/fia") == iri(f"{ID_NS}actor/org/fia")
    assert convert(Param("i", "iri"), "akg:Person") == iri(f"{AKG_NS}Person")
    assert convert(Param("i", "iri"), "https://example.org/x") == iri("https://example.org/x")
    for param, value in ((Param("n", "int"), "forty"), (Param("d", "date"), "28/02/2024"),
                         (Param("i", "iri"), "FIA")):
        with pytest.raises(QueryError, match=f"parameter '{param.name}' wants"):
            convert(param, value)


def test_optional_params_left_out_stay_unbound() -> None:
    assert bind_params(get_query("events"), {"since": "2024-03-01"}) == {
        "since": date(2024, 3, 1)}


def test_param_columns_are_hidden(loaded: Store) -> None:
    result = run_query(loaded, "officials", {"org": "FIA"})
    assert result.columns == ["person", "title", "organization"]
    assert all(set(row) == set(result.columns) for row in result.rows)


def test_run_a_query_file_with_an_iri_and_an_int_param(loaded: Store, tmp_path) -> None:
    path = tmp_path / "offsets.rq"
    path.write_text(
        "# title: Evidence of a report from an offset on\n"
        "# param: report (iri) the report\n"
        "# param: from (int) the first offset\n"
        "PREFIX akg: <https://w3id.org/akg/ontology#>\n"
        "SELECT ?report ?from ?start WHERE { ?ev akg:inReport ?report ; akg:startOffset ?start\n"
        "  FILTER(?start >= ?from) } ORDER BY ?start\n")
    reports = {r["source"]: r["id"] for r in loaded.reports()}
    report = f"id:report/{reports['reports/conference.txt']}"
    result = run_query(loaded, str(path), {"report": report, "from": "200"})
    assert result.columns == ["start"]
    starts = result.column("start")
    assert starts and starts == sorted(starts) and min(starts) >= 200


def test_names_are_bound_lower_cased_for_their_keys() -> None:
    assert convert(Param("n", "name"), "Federal Investigation AGENCY") == (
        "federal investigation agency")


def test_a_store_without_name_keys_says_so_rather_than_find_no_one() -> None:
    from tests.graph.sample import conference_facts

    store = Store.open()
    store.put_report(conference_facts())
    assert run_query(store, "actor-profile", {"name": "FIA"}).rows
    with pytest.raises(NameNotFound):
        run_query(store, "actor-profile", {"name": "nobody"})
    # a store written before akg:nameKey existed
    store.inner.update("DELETE WHERE { ?a akg:nameKey ?k } ; "
                       "DELETE WHERE { GRAPH ?g { ?a akg:nameKey ?k } }",
                       prefixes={"akg": AKG_NS})
    with pytest.raises(QueryError, match="built before names were indexed.*--force"):
        run_query(store, "actor-profile", {"name": "FIA"})
    assert run_query(store, "actors").rows  # queries without a name still answer
