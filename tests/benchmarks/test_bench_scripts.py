"""The benchmark scripts run end to end at toy sizes: they print their tables, one line per
named query or loader. They are not tests of speed (no figure is checked), only that a change
elsewhere did not break them, as an import moved to kg.shards once did unnoticed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.query import list_queries

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _run(script: str, *args: str) -> str:
    done = subprocess.run([sys.executable, str(BENCH / script), *args], capture_output=True,
                          text=True, timeout=600, cwd=BENCH.parent)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.slow
def test_query_benchmark_times_every_named_query_on_both_engines() -> None:
    out = _run("bench_query.py", "--sizes", "3000", "--reports", "4", "--repeat", "1",
               "--timeout", "20")
    lines = [line.split() for line in out.splitlines()]
    timed = {words[0] for words in lines if words and words[0] in {q.name for q in
                                                                   list_queries()}}
    assert timed == {q.name for q in list_queries()}
    # a query with an optional actor parameter is timed over the whole graph and for one actor
    kinds = [" ".join(words) for words in lines if words and words[0] == "collaborations"]
    assert len(kinds) == 2
    assert any("whole graph" in k for k in kinds) and any("one actor" in k for k in kinds)


@pytest.mark.slow
def test_load_benchmark_compares_with_pyoxigraph_bulk_load() -> None:
    out = _run("bench_load.py", "--size", "3000", "--reports", "4")
    assert "pyoxigraph Store.bulk_load" in out and "kg.api.load_nquads" in out
