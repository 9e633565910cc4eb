"""Fuzzing, bounded: the loaders and extraction take any bytes or text without raising anything
but :class:`~kg.errors.LoadError`, and what they return keeps its invariants."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import AnyStr

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg as kg_api
from kg.errors import LoadError
from kg.extract import extract
from kg.loaders import load_path, load_text
from kg.model import Report

SAMPLE = Path(kg_api.__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = {p.suffix: p.read_bytes() for p in sorted(SAMPLE.iterdir())}
EXTENSIONS = [".txt", ".md", ".html", ".jsonl", ".pdf"]
FUZZ = settings(max_examples=60, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_edit = st.tuples(st.floats(0, 1), st.sampled_from(["insert", "delete", "replace", "cut"]),
                  st.binary(min_size=1, max_size=8))


def _mutate(data: AnyStr, edits: list[tuple[float, str, AnyStr]]) -> AnyStr:
    """Apply edits at relative positions: insert, delete (as long as the chunk), overwrite,
    truncate; to bytes or to text alike."""
    for where, op, chunk in edits:
        i = int(where * len(data))
        if op == "insert":
            data = data[:i] + chunk + data[i:]
        elif op == "delete":
            data = data[:i] + data[i + len(chunk):]
        elif op == "replace":
            data = data[:i] + chunk + data[i + len(chunk):]
        else:
            data = data[:i]
    return data


@st.composite
def report_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """(extension, content): random bytes, or a sample report of that type with a few edits."""
    ext = draw(st.sampled_from(EXTENSIONS))
    if draw(st.booleans()):
        return ext, draw(st.binary(max_size=3000))
    real = SAMPLES.get(ext, SAMPLES[".txt"])
    return ext, _mutate(real, draw(st.lists(_edit, max_size=6)))


def _check_loaded(path: Path) -> None:
    items = list(load_path(path))  # anything but LoadError escaping fails the test
    assert items
    for item in items:
        assert isinstance(item, Report | LoadError)
        if isinstance(item, LoadError):
            assert item.path == str(path) and item.reason
        else:
            assert item.text.strip()
            assert item.source


@pytest.mark.slow
@FUZZ
@given(report_files())
def test_loaders_take_any_file(case: tuple[str, bytes]) -> None:
    ext, data = case
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        path = Path(tmp) / f"report{ext}"
        path.write_bytes(data)
        _check_loaded(path)


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["text", "markdown", "html"]))
def test_load_text_takes_any_string(text: str, fmt: str) -> None:
    try:
        report = load_text(text, "fuzz", fmt)
    except LoadError as err:
        assert err.path == "fuzz"
        return
    assert report.text.strip()


def _sample_texts() -> list[str]:
    texts = []
    for ext in (".txt", ".md"):
        texts.append(SAMPLES[ext].decode("utf-8"))
    return texts


@st.composite
def report_texts(draw: st.DrawFn) -> str:
    """Random text, or a sample report's text with character-level edits."""
    if draw(st.booleans()):
        return draw(st.text(max_size=600))
    text = draw(st.sampled_from(_sample_texts()))
    # the edits of report_files, with characters in place of bytes
    edits = [(where, op, draw(st.text(min_size=1, max_size=8)) if op != "cut" else "")
             for where, op, _ in draw(st.lists(_edit, max_size=6))]
    return _mutate(text, edits)


@pytest.mark.slow
@FUZZ
@given(report_texts())
def test_extraction_takes_any_text(text: str) -> None:
    report = Report(text=text, source="fuzz")
    facts = extract(report)
    ids = {a.id for a in facts.actors}
    evidences = [a_ev for a in facts.actors for a_ev in a.evidence]
    for group in (facts.posts, facts.events, facts.participations, facts.collaborations,
                  facts.endorsements, facts.commitments, facts.declarations):
        evidences += [f.evidence for f in group if f.evidence is not None]
    for ev in evidences:  # evidence points into the report's own text
        assert 0 <= ev.start <= ev.end <= len(text)
        assert ev.sentence == text[ev.start:ev.end].strip()
    for p in facts.participations:
        assert p.actor in ids
    for c in facts.collaborations:
        assert set(c.actors) <= ids
