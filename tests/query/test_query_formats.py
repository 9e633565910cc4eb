from __future__ import annotations

import csv
import io
import json
from datetime import date

from kg.graph import QueryResult, Store
from kg.query import run_query, to_csv, to_json, to_table

XSD = "http://www.w3.org/2001/XMLSchema#"


def test_csv_round_trips(loaded: Store) -> None:
    result = run_query(loaded, "timeline", {"name": "IOM"})
    parsed = list(csv.reader(io.StringIO(to_csv(result))))
    assert parsed[0] == ["date", "kind", "what", "where"]
    assert parsed[1:] == [
        ["2024-02-28", "organizer", "International Conference on Human Trafficking", "Islamabad"],
        ["2024-03-05", "organizer", "MoU signing ceremony", "Islamabad"],
        ["2024-03-05", "pledge", "continue to train officers", ""],
    ]


def test_json_is_sparql_results_json(loaded: Store) -> None:
    result = run_query(loaded, "timeline", {"name": "IOM"})
    document = json.loads(to_json(result))
    assert document["head"]["vars"] == ["date", "kind", "what", "where"]
    bindings = document["results"]["bindings"]
    assert len(bindings) == 3
    assert bindings[0]["date"] == {"type": "literal", "value": "2024-02-28",
                                   "datatype": XSD + "date"}
    assert bindings[0]["kind"] == {"type": "literal", "value": "organizer"}
    assert "where" not in bindings[2]  # unbound values are left out
    counts = json.loads(to_json(run_query(loaded, "actors")))["results"]["bindings"]
    assert counts[0]["reports"] == {"type": "literal", "value": "2", "datatype": XSD + "integer"}
    iris = json.loads(to_json(loaded.query("SELECT ?r WHERE { ?r a akg:Report } ORDER BY ?r")))
    assert all(b["r"]["type"] == "uri" and b["r"]["value"].startswith("https://w3id.org/akg/id/")
               for b in iris["results"]["bindings"])


def test_json_of_a_result_built_by_hand() -> None:
    result = QueryResult(["a", "n", "d", "x"], [{"a": "text", "n": 3, "d": date(2024, 1, 2),
                                                 "x": None}])
    (binding,) = json.loads(to_json(result))["results"]["bindings"]
    assert binding == {
        "a": {"type": "literal", "value": "text"},
        "n": {"type": "literal", "value": "3", "datatype": XSD + "integer"},
        "d": {"type": "literal", "value": "2024-01-02", "datatype": XSD + "date"},
    }


def test_table_shows_headers_and_values(loaded: Store) -> None:
    table = to_table(run_query(loaded, "officials"), width=200)
    lines = table.splitlines()
    assert "person" in lines[1] and "organization" in lines[1]
    assert any("Sara Mehta" in line and "Chief of Mission" in line for line in lines)
    assert "\x1b[" not in table  # no colour codes
    assert len([line for line in lines if "Mission" in line or "General" in line]) == 3
