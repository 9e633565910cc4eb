"""Curation through the command line: decisions kept beside the store survive re-ingesting and
apply to reports loaded later."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

A = """Border agencies meet in Lagos
Published: 2024-03-05

LAGOS - Director General Ahmad Ishaq Jahangir of the Federal Investigation Agency (FIA) addressed
a workshop on border management organized by the Lagos Border Agency on Tuesday.
"""
B = """Smuggling talks in Abuja
Published: 2024-04-09

ABUJA - Ahmad Ishaque Jehangir, the Director General of the FIA, attended a meeting hosted by the
Border Control Authority of Lagos on Monday.
"""
C = """Second meeting in Abuja
Published: 2024-05-14

ABUJA - The Border Control Authority of Lagos hosted a training on document fraud on Tuesday.
"""


def kg(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def actors(store: Path) -> dict[str, str]:
    rows = [line.split("\t") for line in kg("actors", "--store", str(store)).splitlines()]
    return {row[3]: row[0] for row in rows if len(row) > 3}


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.delenv("KG_DECISIONS", raising=False)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(A, encoding="utf-8")
    (reports / "b.txt").write_text(B, encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", str(reports), "--store", str(store), "--workers", "1")
    return reports, store


def test_spelling_variants_are_one_person_until_a_curator_says_otherwise(corpus):
    reports, store = corpus
    persons = [n for n in actors(store) if "Jahangir" in n or "Jehangir" in n]
    assert len(persons) == 1
    kg(
        "same",
        "--different",
        "Ahmad Ishaq Jahangir",
        "Ahmad Ishaque Jehangir",
        "--store",
        str(store),
    )
    assert Path(str(store) + ".decisions.yaml").exists()
    kg("ingest", str(reports), "--store", str(store), "--workers", "1", "--force")
    persons = [n for n in actors(store) if "Jahangir" in n or "Jehangir" in n]
    assert sorted(persons) == ["Ahmad Ishaq Jahangir", "Ahmad Ishaque Jehangir"]
    # a plain re-ingest (nothing changed) keeps the decision's effect
    kg("ingest", str(reports), "--store", str(store), "--workers", "1")
    assert len([n for n in actors(store) if "Jahangir" in n or "Jehangir" in n]) == 2


def test_same_decision_merges_now_and_for_reports_loaded_later(corpus):
    reports, store = corpus
    names = actors(store)
    assert "Lagos Border Agency" in names and "Border Control Authority of Lagos" in names
    kg("same", "Lagos Border Agency", "Border Control Authority of Lagos", "--store", str(store))
    kg("ingest", str(reports), "--store", str(store), "--workers", "1", "--force")
    names = actors(store)
    assert ("Lagos Border Agency" in names) != ("Border Control Authority of Lagos" in names)
    (reports / "c.txt").write_text(C, encoding="utf-8")
    kg("ingest", str(reports), "--store", str(store), "--workers", "1")
    after = actors(store)
    assert ("Lagos Border Agency" in after) != ("Border Control Authority of Lagos" in after)


def test_a_store_behind_a_url_needs_a_decisions_file(monkeypatch):
    monkeypatch.delenv("KG_DECISIONS", raising=False)
    result = CliRunner().invoke(cli, ["same", "A", "B", "--store", "http://127.0.0.1:9/x"])
    assert result.exit_code != 0
    assert "KG_DECISIONS" in str(result.exception) + result.output
