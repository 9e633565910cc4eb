"""Files and folders: recursion, skipping, and every kind of bad input as a LoadError."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.errors import LoadError
from kg.loaders import MAX_BYTES, load_path, load_paths
from kg.model import Report

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "data" / "reports"
# ../shared/eval beside the repository, as on the development machines and in CI.
EVAL = REPO.parent / "shared" / "eval"


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _error(path: Path, **kwargs: int) -> LoadError:
    [result] = list(load_path(path, **kwargs))
    assert isinstance(result, LoadError), result
    assert result.path == str(path) and str(result).startswith(f"{path}: ")
    return result


def test_folder_is_read_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", "B title\n\nBody b.")
    _write(tmp_path / "a" / "z.md", "# Z title\n\nBody z.")
    _write(tmp_path / "a" / "y.TXT", "Y title\n\nBody y.")
    _write(tmp_path / ".hidden.txt", "H\n\nHidden.")
    _write(tmp_path / ".git" / "c.txt", "C\n\nIn a hidden folder.")
    _write(tmp_path / "notes.docx", b"PK\x03\x04")
    _write(tmp_path / "README", "no extension")
    results = list(load_path(tmp_path))
    assert all(isinstance(r, Report) for r in results)
    sources = [r.source for r in results if isinstance(r, Report)]
    assert sources == [str(tmp_path / "a" / "y.TXT"), str(tmp_path / "a" / "z.md"),
                       str(tmp_path / "b.txt")]


def test_source_is_the_absolute_path_however_typed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "in" / "r.txt", "T\n\nBody.")
    monkeypatch.chdir(tmp_path)
    typed = ["in", "in/r.txt", "./in//r.txt", str(tmp_path / "in" / "r.txt"), "in/../in/r.txt"]
    sources = {r.source for path in typed for r in load_path(path) if isinstance(r, Report)}
    assert sources == {str(tmp_path / "in" / "r.txt")}


def test_an_empty_folder_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.docx").write_bytes(b"PK")
    [error] = list(load_path(tmp_path / "empty"))
    assert isinstance(error, LoadError) and error.path == str(tmp_path / "empty")
    assert "no report files in this folder" in error.reason


def test_unknown_extension_given_explicitly(tmp_path: Path) -> None:
    error = _error(_write(tmp_path / "notes.docx", b"PK\x03\x04"))
    assert "unknown file type" in error.reason and ".txt" in error.reason


def test_missing_path(tmp_path: Path) -> None:
    error = _error(tmp_path / "nowhere.txt")
    assert error.reason == "no such file or folder"


def test_load_paths_goes_on_after_errors(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", "T\n\nBody.")
    results = list(load_paths([tmp_path / "missing", _write(tmp_path / "e.txt", ""), good]))
    assert [type(r) for r in results] == [LoadError, LoadError, Report]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.md", b" \n\t\r\n  ", "only whitespace"),
        ("bom.txt", b"\xef\xbb\xbf", "file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("controls.txt", bytes(range(1, 9)) * 20 + b"some text", "binary"),
        ("bad.txt", b"Title\n\nBody \x81\x8d\x9d text.", "neither UTF-8"),
        ("empty.jsonl", b"", "file is empty"),
        ("empty.pdf", b"", "corrupt"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    assert reason in _error(_write(tmp_path / name, content)).reason


def test_size_limit_is_checked_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(MAX_BYTES + 1)

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_read)
    assert "too large" in _error(big).reason


def test_size_limit_can_be_lowered(tmp_path: Path) -> None:
    path = _write(tmp_path / "r.txt", "Title\n\n" + "word " * 50)
    assert "limit is 100 bytes" in _error(path, max_bytes=100).reason
    assert isinstance(next(load_path(path, max_bytes=1000)), Report)


def test_sample_reports_load_cleanly() -> None:
    results = list(load_path(SAMPLES))
    errors = [r for r in results if isinstance(r, LoadError)]
    assert errors == []
    reports = [r for r in results if isinstance(r, Report)]
    assert len(reports) == 8
    assert {r.format for r in reports} == {"text", "markdown", "html", "pdf", "jsonl"}
    for report in reports:
        assert report.title and report.published, report.source
        assert 200 <= len(report.text.split()) <= 450, report.source
    assert len({r.id for r in reports}) == len(reports)


def test_known_sentence_slices_from_a_sample() -> None:
    [report] = list(load_path(SAMPLES / "lahore-brick-kiln-forced-labour-2024.txt"))
    assert isinstance(report, Report)
    sentence = ("He called for the registration of every kiln worker under the social "
                "security scheme.")
    start = report.text.find(sentence)
    assert start > 0 and report.text[start : start + len(sentence)] == sentence
    raw = (SAMPLES / "lahore-brick-kiln-forced-labour-2024.txt").read_text(encoding="utf-8")
    assert raw.rstrip().endswith(report.text)


# Reports whose text states no full date of publication: the SSDO story says only "on
# Wednesday", two datelines give a day without a year ("DHAKA, April 5 (UNB)"); the gold date
# comes from the outlet's own page, so the loader cannot know it.
UNDATED_IN_TEXT = {"ssdo-conference-newswire.txt", "ipu-136th-assembly-dhaka-2017.txt",
                   "interpol-afripol-operation-serengeti-2024.txt"}


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("by ", " ").split())


@pytest.mark.skipif(not EVAL.is_dir(), reason="the shared evaluation set is not present")
def test_eval_report_headers_match_the_gold() -> None:
    golds = [json.loads(p.read_text(encoding="utf-8"))["report"]
             for p in sorted((EVAL / "gold").glob("*.json"))]
    assert len(golds) >= 8
    for gold in golds:
        [report] = list(load_path(EVAL / "reports" / gold["file"]))
        assert isinstance(report, Report), report
        assert report.title == gold["title"], gold["file"]
        # Annotators wrote bylines with or without "By" and a trailing place; the name of
        # the writer or desk must be there.
        if gold["author"]:
            ours, theirs = _fold(report.author), _fold(gold["author"])
            assert ours and (ours in theirs or theirs in ours), (gold["file"], report.author)
        if gold["file"] not in UNDATED_IN_TEXT and gold["published"]:
            assert report.published == date.fromisoformat(gold["published"]), gold["file"]
