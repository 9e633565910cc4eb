"""Long commands show how far they are: the bar's total is counted before loading, and every
report, loaded, skipped as unchanged or failed, moves it once, so it ends at its total."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg
from kg.loaders import count_reports

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "reports"


def test_reports_are_counted_without_parsing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    lines = [json.dumps({"text": f"Report {i}", "source": f"r{i}"}) for i in range(3)]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n\n", encoding="utf-8")
    assert count_reports([tmp_path]) == 4  # one text file and three records; .docx is no report
    assert count_reports([tmp_path / "a.txt", tmp_path / "missing.txt"]) == 2


@pytest.mark.slow
def test_every_report_moves_the_bar_once(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")  # fails to load
    paths = [SAMPLES, tmp_path / "empty.txt"]
    total = count_reports(paths)
    with kg.open() as g:
        for _ in range(2):  # loaded, then skipped as unchanged: both count
            seen: list[str] = []
            summary = g.ingest(paths, progress=seen.append)
            assert len(seen) == total == len(summary.loaded) + len(summary.skipped) + len(
                summary.failed)
