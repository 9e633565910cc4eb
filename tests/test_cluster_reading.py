"""How a Dask worker reads its parts of a JSON Lines file (kg.cluster.read_units), and the
one-thread settings of worker processes (kg.parallel.one_thread_each); without spaCy.

A worker goes on reading a file where its previous part stopped instead of reading it again
from the start: the items must be those a reading from the start gives, whatever order the
parts come in, with the loader's own rules (a repeated record dropped, a bad line named)."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

import kg.cluster
from kg.cluster import Unit, read_units
from kg.loaders import load_path
from kg.parallel import THREAD_ENV, one_thread_each


def corpus(folder: Path, n: int = 12, tag: str = "") -> Path:
    lines = [f'{{"text": "Notice {i}{tag}.", "source": "feed/{i}"}}' for i in range(n)]
    lines[4] = "{broken"  # a bad line: a LoadError item
    lines[7] = lines[2]  # the same record again: dropped by the loader, not an item
    path = folder / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def names(items: list) -> list[str]:
    return [getattr(i, "source", None) or f"error {i.reason[:6]}" for i in items]


def part(path: Path, first: int, last: int | None) -> list[str]:
    reports, errors = read_units([Unit(str(path), first, last)])
    return names([*reports, *errors])


@pytest.fixture(autouse=True)
def fresh_cursor():
    kg.cluster._open.cursor = None  # each test starts as a new worker thread would
    yield
    kg.cluster._open.cursor = None


def test_parts_in_any_order_hold_what_a_reading_from_the_start_gives(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    whole = list(load_path(path))
    bounds = [(0, 3), (3, 6), (6, 8), (8, None)]
    expect = {b: sorted(names(whole[b[0]:b[1]])) for b in bounds}
    # in order, one worker; every other part, as two workers share them; backwards
    for order in ([0, 1, 2, 3], [0, 2, 1, 3], [3, 2, 1, 0]):
        for i in order:
            assert sorted(part(path, *bounds[i])) == expect[bounds[i]], (order, i)
    assert "error line 5" in expect[(3, 6)] and len(whole) == 11  # the repeat dropped


def test_consecutive_parts_read_the_file_once(tmp_path: Path, monkeypatch) -> None:
    path = corpus(tmp_path)
    opened: list[str] = []

    def counted(file):
        opened.append(file)
        return load_path(file)

    monkeypatch.setattr(kg.cluster, "load_path", counted)
    for first in range(0, 9, 3):
        part(path, first, first + 3)
    part(path, 9, None)
    assert len(opened) == 1
    part(path, 2, 4)  # behind the cursor: read again from the start
    assert len(opened) == 2


def test_a_file_changed_between_two_parts_is_read_again(tmp_path: Path) -> None:
    path = corpus(tmp_path)
    assert part(path, 0, 2) == ["feed/0", "feed/1"]
    corpus(tmp_path, tag=" (corrected)")
    reports, _ = read_units([Unit(str(path), 2, 4)])
    assert [r.text for r in reports] == ["Notice 2 (corrected).", "Notice 3 (corrected)."]


def test_worker_processes_start_with_one_thread_each(monkeypatch) -> None:
    monkeypatch.setenv("OMP_NUM_THREADS", "3")  # set by the user: left alone
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with one_thread_each(), ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        seen = {k: pool.submit(os.getenv, k).result() for k in THREAD_ENV}
    assert seen == {**THREAD_ENV, "OMP_NUM_THREADS": "3"}
    assert "OPENBLAS_NUM_THREADS" not in os.environ  # the parent's environment is restored
