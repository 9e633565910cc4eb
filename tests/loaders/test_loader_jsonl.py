"""JSON Lines: many reports per file, a broken line does not stop the others."""

from __future__ import annotations

import json
import weakref
from datetime import date
from pathlib import Path

from kg.errors import LoadError
from kg.loaders import load_path
from kg.model import Report

GOOD = {"text": "SOFIA, 2 May 2020 - The agency signed an agreement.", "title": "Pact",
        "author": "Newsroom", "source": "wire/1"}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_and_errors_by_line(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        json.dumps(GOOD),
        "",
        '{"text": "broken',
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "No text"}),
        json.dumps({"text": "Body.", "published": "someday"}),
        json.dumps({"text": "Body.", "author": 5}),
        json.dumps({"text": "Body of a report.", "published": "2020-05-04"}),
    ])
    results = list(load_path(path))
    assert len(results) == 7
    first, last = results[0], results[-1]
    assert isinstance(first, Report) and isinstance(last, Report)
    assert (first.source, first.title, first.author, first.format) == (
        "wire/1", "Pact", "Newsroom", "jsonl")
    assert first.published == date(2020, 5, 2)  # from the dateline
    assert last.source == f"{path}#8" and last.published == date(2020, 5, 4)
    errors = results[1:-1]
    assert all(isinstance(e, LoadError) and e.path == str(path) for e in errors)
    messages = [str(e) for e in errors]
    assert "line 3: invalid JSON" in messages[0]
    assert "line 4: expected a JSON object, got list" in messages[1]
    assert "line 5: field 'text' is missing or empty" in messages[2]
    assert "line 6: 'published' is not a date: 'someday'" in messages[3]
    assert "line 7: field 'author' must be a string" in messages[4]


def test_record_without_title_reads_the_text_header(tmp_path: Path) -> None:
    record = {"text": "Ministers meet\r\nBy Our Reporter\r\n\r\nROME, 3 June 2021 - They met."}
    [report] = list(load_path(_write(tmp_path, [json.dumps(record)])))
    assert isinstance(report, Report)
    assert (report.title, report.author, report.published) == (
        "Ministers meet", "By Our Reporter", date(2021, 6, 3))
    assert report.text == "ROME, 3 June 2021 - They met."


def test_file_of_blank_lines(tmp_path: Path) -> None:
    [error] = list(load_path(_write(tmp_path, ["", "   "])))
    assert isinstance(error, LoadError)


def test_records_are_read_as_they_are_consumed(tmp_path: Path) -> None:
    # a corpus of many thousand records must not stay in memory for a whole ingest
    lines = [json.dumps({**GOOD, "source": f"wire/{n}"}) for n in range(3)]
    reports = load_path(_write(tmp_path, lines))
    first = next(reports)
    assert isinstance(first, Report) and first.source == "wire/0"
    gone = weakref.ref(first)
    del first
    second = next(reports)
    assert gone() is None  # the loader kept no list of the records it gave out
    assert [r.source for r in (second, *reports) if isinstance(r, Report)] == [
        "wire/1", "wire/2"]
