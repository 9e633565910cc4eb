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
    header, *rows = [line.split("\t") for line in kg("actors", "--store", str(store)).splitlines()]
    assert header == ["id", "type", "reports", "name", "aliases"]
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


OPENING = """Water talks open in Kampala
Published: 2025-04-08

KAMPALA - The Nile Basin Trust opened the Lakeshore Water Security Conference at the Speke Resort
Hotel on Tuesday. Minister Amara Okello addressed the three-day conference.
"""
CLOSING = """Water conference ends with pledges
Published: 2025-04-10

KAMPALA - The Lakeshore Water Security Conference, organized by the Nile Basin Trust (NBT), closed
on Thursday. Minister Amara Okello attended the conference.
"""
PRESS = """Water forum briefs the press
Published: 2025-04-10

KAMPALA - The Nile Basin Trust held a press conference on lakeshore water security on Thursday.
Minister Amara Okello attended the press conference.
"""


def events(store: Path) -> dict[str, tuple[str, int]]:
    """Event id -> (name, number of reports), as `kg events` lists them."""
    header, *rows = [line.split("\t") for line in kg("events", "--store", str(store)).splitlines()]
    assert header == ["id", "type", "days", "place", "reports", "name", "other_names"]
    return {row[0]: (row[5], int(row[4])) for row in rows if len(row) > 5}


def test_events_merge_across_reports_and_follow_curation(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_DECISIONS", raising=False)
    reports = tmp_path / "reports"
    reports.mkdir()
    for name, text in (("open.txt", OPENING), ("close.txt", CLOSING), ("press.txt", PRESS)):
        (reports / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", str(reports), "--store", str(store), "--workers", "1")
    found = events(store)
    assert found["lakeshore-water-security-conference-2025"] == (
        "Lakeshore Water Security Conference", 2)
    assert len(found) == 2  # the press conference stays apart
    press = next(i for i in found if "press" in i)
    assert kg("events", "--duplicates", "--store", str(store)) == (
        "no likely duplicates among 2 events\n")
    kg("same", press, "lakeshore-water-security-conference-2025", "--store", str(store))
    kg("ingest", str(reports), "--store", str(store), "--workers", "1", "--force")
    assert list(events(store)) == ["lakeshore-water-security-conference-2025"]
    kg("same", "--different", press, "Lakeshore Water Security Conference", "--store",
       str(store))
    kg("ingest", str(reports), "--store", str(store), "--workers", "1", "--force")
    assert len(events(store)) == 2


def test_a_report_loaded_later_joins_the_stored_event(tmp_path, monkeypatch):
    monkeypatch.delenv("KG_DECISIONS", raising=False)
    (tmp_path / "open.txt").write_text(OPENING, encoding="utf-8")
    (tmp_path / "close.txt").write_text(CLOSING, encoding="utf-8")
    store = tmp_path / "store"
    kg("ingest", str(tmp_path / "open.txt"), "--store", str(store), "--workers", "1")
    kg("ingest", str(tmp_path / "close.txt"), "--store", str(store), "--workers", "1")
    assert events(store) == {"lakeshore-water-security-conference-2025": (
        "Lakeshore Water Security Conference", 2)}
    profile = kg("query", "event-profile", "--param", "name=lakeshore water security conference",
                 "--format", "csv", "--store", str(store))
    assert profile.count(",report,") == 2
