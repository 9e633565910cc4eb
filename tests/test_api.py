"""The Python API (``kg.open`` and the KnowledgeGraph), and the README's Python example."""

from __future__ import annotations

import io
import re
import runpy
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest

import kg
from kg.resolve import KnownActors

ROOT = Path(__file__).resolve().parents[1]

# a headline, then the body (a first line alone is the report's title, see kg/loaders/text.py)
REPORT = """Seminar on trafficking

Islamabad: On Wednesday, a seminar on human trafficking was organized by the Federal
Investigation Agency (FIA) in collaboration with the National Border Agency. Maria Lopez, Deputy
Director of the National Border Agency, pledged continuous support for joint investigations.
"""


@pytest.fixture(scope="module")
def graph():
    g = kg.open()
    summary = g.ingest_text(REPORT, "mem://seminar")
    assert summary.loaded == ["mem://seminar"]
    yield g
    g.close()


def test_empty_graph():
    with kg.open() as g:
        assert g.stats()["reports"] == 0
        assert g.actors() == []


REPORTS = [
    "Islamabad: The Federal Investigation Agency (FIA) held a seminar on human trafficking. "
    "Ahmad Ishaq Jahangir, Director General of the FIA, thanked the International "
    "Organization for Migration (IOM).",
    "Lahore: Ahmad Jehangir of the Federal Investigation Agency met officials of the IOM. "
    "Jahangir said the FIA will continue to support victims.",
    "Banjul: The National Agency Against Trafficking in Persons (NAATIP) and the IOM opened "
    "a workshop. Tariq Jahangir, Director of NAATIP, urged the authorities to act.",
    "Karachi: FIA Director Ahmad Jahangir and NAATIP officials signed a memorandum.",
]


def _ingest_export(folder: Path, store: Path) -> list[str]:
    with kg.open(store) as g:
        g.ingest([folder], batch_size=1)
        buffer = io.BytesIO()
        g.export("nquads", buffer)
    return sorted(buffer.getvalue().decode().splitlines())


def test_ingest_resolves_each_batch_as_against_every_known_actor(tmp_path, monkeypatch):
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, text in enumerate(REPORTS):
        (folder / f"r{i}.txt").write_text(f"Report {i}\n\n{text}\n", encoding="utf-8")
    indexed = _ingest_export(folder, tmp_path / "indexed")

    def every(self, batch, **kw):
        return list(self.actors.values())

    monkeypatch.setattr(KnownActors, "candidates", every)
    assert _ingest_export(folder, tmp_path / "every") == indexed
    assert any("jahangir" in line for line in indexed)



def test_ingest_asks_the_store_about_no_single_report(tmp_path, monkeypatch):
    # an ingest reads the loaded reports once: a lookup per report made RocksDB's memory
    # grow with the store
    folder = tmp_path / "reports"
    folder.mkdir()
    for i, text in enumerate(REPORTS[:3]):
        (folder / f"r{i}.txt").write_text(f"Report {i}\n\n{text}\n", encoding="utf-8")

    def no_lookup(*args, **kw):
        raise AssertionError("looked a report up in the store")

    class NoGraphLookups:
        def __init__(self, inner):
            self._inner = inner

        def __getattr__(self, name):
            return no_lookup if name == "contains_named_graph" else getattr(self._inner, name)

    with kg.open(tmp_path / "store") as g:
        monkeypatch.setattr(g.store, "has_report", no_lookup)
        monkeypatch.setattr(g.store, "_inner", NoGraphLookups(g.store.inner))
        assert len(g.ingest([folder]).loaded) == 3
        assert len(g.ingest([folder]).skipped) == 3
        (folder / "r1.txt").write_text(f"Report 1\n\n{REPORTS[3]}\n", encoding="utf-8")
        monkeypatch.undo()  # replacing a report does look (its old triples must go)
        again = g.ingest([folder])
        assert again.loaded == [str(folder / "r1.txt")] and len(again.skipped) == 2
        assert len(g.store.checksums()) == 3

def test_ingest_text_twice_is_skipped(graph):
    before = graph.stats()
    summary = graph.ingest_text(REPORT, "mem://seminar")
    assert summary.skipped == ["mem://seminar"] and summary.loaded == []
    assert graph.stats() == before


def test_query_officials(graph):
    result = graph.query("officials")
    assert result.rows
    assert {"person": "Maria Lopez", "title": "Deputy Director",
            "organization": "National Border Agency"} in [
        {k: str(v) for k, v in row.items() if k in ("person", "title", "organization")}
        for row in result.rows]


def test_dataframe_columns(graph):
    result = graph.query("officials")
    df = graph.dataframe("officials")
    assert isinstance(df, pd.DataFrame)
    assert list(df.columns) == list(result.columns)
    assert len(df) == len(result.rows)
    assert "Maria Lopez" in set(df["person"].astype(str))


def test_network_is_networkx(graph):
    G = graph.network("collaboration")
    assert isinstance(G, nx.Graph)
    labels = {d.get("label") for _, d in G.nodes(data=True)}
    assert {"Federal Investigation Agency", "National Border Agency"} <= labels
    assert G.number_of_edges() == 1


def test_actors_listed(graph):
    names = {a.name for a in graph.actors()}
    assert {"Federal Investigation Agency", "National Border Agency", "Maria Lopez"} <= names


def test_readme_python_example(tmp_path: Path, monkeypatch, capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "README.md has no python example"
    code = block.group(1)
    assert '"data/reports"' in code and '"kg-store"' in code
    code = code.replace('"data/reports"', repr(str(ROOT / "data" / "reports")))
    code = code.replace('"kg-store"', repr(str(tmp_path / "kg-store")))
    script = tmp_path / "example.py"
    script.write_text(code, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    env = runpy.run_path(str(script))
    assert "reports loaded" in capsys.readouterr().out
    assert len(env["summary"].loaded) > 0
    assert isinstance(env["officials"], pd.DataFrame) and len(env["officials"]) > 0
    assert isinstance(env["G"], nx.Graph)


@pytest.mark.parametrize("text", [
    "select ?a where { ?a a akg:Organization }",
    "PREFIX x: <https://example.org/> SELECT * { ?a a akg:Organization }",  # no "where"
    "ASK{?a a akg:Organization}",  # one word, but braces make it SPARQL
    "CONSTRUCT { ?a a akg:Organization } WHERE { ?a a akg:Organization }",
])
def test_query_runs_sparql_text_of_every_form(graph, text):
    result = graph.query(text)
    assert result.rows and all(value for row in result.rows for value in row.values())


def test_query_runs_a_query_file_whatever_its_name_says(graph, tmp_path):
    own = tmp_path / "select construct ask.rq"  # words that once made it read as SPARQL
    own.write_text("# title: Organizations\nSELECT ?name WHERE { ?o a akg:Organization ; "
                   "rdfs:label ?name }\n", encoding="utf-8")
    names = {str(row["name"]) for row in graph.query(str(own)).rows}
    assert "National Border Agency" in names


def test_query_with_an_unknown_name_lists_the_known_ones(graph):
    with pytest.raises(kg.errors.QueryError, match="known queries: .*officials"):
        graph.query("oficials")


def test_a_notebook_reads_a_store_others_are_reading(tmp_path):
    """kg.open(path, read_only=True) opens beside another reader (kg serve, a kg query)."""
    import kg as kg_api
    from kg.errors import StoreError

    with kg_api.open(tmp_path / "store") as g:
        g.ingest_text("Pact signed\n\nVIENNA - The agency signed it.", "demo")
        count = g.stats()["reports"]
    with kg_api.open(tmp_path / "store", read_only=True) as first, \
            kg_api.open(tmp_path / "store", read_only=True) as second:
        assert first.stats()["reports"] == second.stats()["reports"] == count
    import pytest

    with pytest.raises(StoreError, match="no such store"):
        kg_api.open(tmp_path / "missing", read_only=True)
