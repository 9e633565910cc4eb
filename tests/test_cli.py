"""The ``kg`` command, run in-process with click's CliRunner on reports written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError

REPORT_A = """Workshop on border management held in Karachi
Published: 28 February 2024

Karachi: On Wednesday, a workshop on border management was organized by the Federal Investigation
Agency (FIA) in collaboration with the National Border Agency. Director General Ahmad Ishaq
Jahangir praised the National Border Agency. He pledged continuous support for joint investigations.
"""

REPORT_B = """Labour ministry and ILO sign agreement
Published: 4 March 2024

Dhaka: The Ministry of Labour and the International Labour Organization (ILO) signed a memorandum
of understanding on fair recruitment. Maria Lopez, Deputy Director of the International Labour
Organization, called for stronger protection of migrant workers.
"""


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("reports")
    (folder / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (folder / "b.txt").write_text(REPORT_B, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def store(reports: Path, tmp_path_factory) -> str:
    """A store with both reports ingested once."""
    path = str(tmp_path_factory.mktemp("store") / "kg-store")
    result = CliRunner().invoke(cli, ["ingest", str(reports), "--store", path])
    assert result.exit_code == 0, result.output
    return path


def _triples(store: str) -> int:
    out = CliRunner().invoke(cli, ["stats", "--store", store])
    assert out.exit_code == 0, out.output
    counts = dict(line.split() for line in out.output.splitlines())
    return int(counts["triples"])


def test_facts_writes_guide_json(reports: Path, tmp_path: Path):
    out = tmp_path / "out.json"
    result = CliRunner().invoke(cli, ["facts", str(reports / "a.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    for key in ("reports", "actors", "posts", "events", "participations", "collaborations",
                "endorsements", "commitments", "declarations"):
        assert isinstance(doc[key], list), key
    names = {a["name"] for a in doc["actors"]}
    assert {"Federal Investigation Agency", "National Border Agency"} <= names
    ids = {a["id"] for a in doc["actors"]}
    assert all(p["actor"] in ids for p in doc["participations"])
    assert doc["events"][0]["date"] == "2024-02-28"
    assert doc["reports"][0]["published"] == "2024-02-28"


def test_ingest_twice_skips_and_keeps_triples(store: str, reports: Path):
    before = _triples(store)
    assert before > 0
    result = CliRunner().invoke(cli, ["ingest", str(reports), "--store", store])
    assert result.exit_code == 0, result.output
    assert "loaded 0, skipped 2" in result.output
    assert _triples(store) == before


def test_ingest_missing_file_exits_1_naming_it(tmp_path: Path):
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["ingest", str(missing), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "missing.txt" in result.output


def test_query_list_names_officials():
    result = CliRunner().invoke(cli, ["query", "--list"])
    assert result.exit_code == 0
    assert any(line.split()[0] == "officials" for line in result.output.splitlines() if line)


def test_query_officials_json(store: str):
    result = CliRunner().invoke(cli, ["query", "officials", "--format", "json", "--store", store])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert "vars" in doc["head"]
    bindings = doc["results"]["bindings"]
    text = json.dumps(bindings)
    assert "Maria Lopez" in text


def test_query_bad_param_is_rejected(store: str):
    result = CliRunner().invoke(cli, ["query", "officials", "-p", "novalue", "--store", store])
    assert result.exit_code != 0


def test_network_gexf_readable(store: str, tmp_path: Path):
    out = tmp_path / "x.gexf"
    result = CliRunner().invoke(cli, ["network", "collaboration", "-o", str(out), "--store", store])
    assert result.exit_code == 0, result.output
    G = nx.read_gexf(out)
    assert G.number_of_nodes() >= 2 and G.number_of_edges() >= 1


def test_export_nquads(store: str, tmp_path: Path):
    out = tmp_path / "g.nq"
    args = ["export", "--format", "nquads", "-o", str(out), "--store", store]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    lines = [ln for ln in out.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) >= _triples(store)
    assert all(ln.endswith(" .") for ln in lines)


def test_remove_report(reports: Path, tmp_path: Path):
    path = str(tmp_path / "kg-store")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(reports), "--store", path]).exit_code == 0
    both = _triples(path)
    source = str(reports / "b.txt")
    result = runner.invoke(cli, ["remove", source, "--store", path])
    assert result.exit_code == 0, result.output
    assert _triples(path) < both
    again = runner.invoke(cli, ["remove", source, "--store", path])
    assert isinstance(again.exception, KgError)


def test_query_goes_through_the_api_for_files_and_sparql_text(store: str, tmp_path: Path):
    own = tmp_path / "mine.rq"
    own.write_text("# title: Orgs\nSELECT ?name WHERE { ?o a akg:Organization ; "
                   "rdfs:label ?name }\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["query", str(own), "--format", "csv", "--store", store])
    assert result.exit_code == 0, result.output
    assert "Federal Investigation Agency" in result.output
    sparql = "SELECT ?n WHERE { ?o a akg:Organization ; rdfs:label ?n }"
    result = CliRunner().invoke(cli, ["query", sparql, "--format", "csv", "--store", store])
    assert result.exit_code == 0, result.output
    assert "Federal Investigation Agency" in result.output.splitlines()[1:]
