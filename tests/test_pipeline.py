"""kg.pipeline: the one place that reads reports, splits load errors off and extracts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import LoadError
from kg.pipeline import extract_batches, facts_of, load_reports

ONE = ("Labour office signs port agreement\n\nGeneva: The Regional Labour Office signed an "
       "agreement with the Port Authority on safe work in the docks.\n")
TWO = ("Water council meets fisheries board\n\nNairobi: The Water Council met the Coastal "
       "Fisheries Board on Monday to discuss river quotas.\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf at all")
    return tmp_path


def test_load_errors_are_split_off_and_the_rest_go_on(folder: Path) -> None:
    failed: list[LoadError] = []
    reports = list(load_reports([folder, folder / "missing.txt"], failed))
    assert sorted(Path(r.source).name for r in reports) == ["one.txt", "two.txt"]
    assert sorted(Path(e.path).name for e in failed) == ["bad.pdf", "missing.txt"]


def test_unchanged_reports_are_skipped_by_checksum(folder: Path) -> None:
    failed: list[LoadError] = []
    first = list(load_reports([folder], failed))
    unchanged = {r.id: r.checksum for r in first if r.source.endswith("one.txt")}
    skipped: list[str] = []
    again = list(load_reports([folder], [], skipped, unchanged))
    assert [Path(r.source).name for r in again] == ["two.txt"]
    assert [Path(s).name for s in skipped] == ["one.txt"]


def test_reading_is_lazy(folder: Path) -> None:
    failed: list[LoadError] = []
    stream = load_reports([folder / "bad.pdf", folder / "one.txt"], failed)
    assert failed == []  # nothing read before the first report is asked for
    next(stream)
    assert len(failed) == 1


@pytest.mark.slow
def test_facts_of_extracts_and_resolves_what_loads(folder: Path) -> None:
    resolution, failed = facts_of([folder])
    assert [Path(e.path).name for e in failed] == ["bad.pdf"]
    assert len(resolution.facts) == 2
    batches = list(extract_batches(load_reports([folder], []), batch_size=1))
    assert [len(b) for b in batches] == [1, 1]
    names = {a.name for a in resolution.actors.values()}
    assert {"Regional Labour Office", "Port Authority"} <= names
