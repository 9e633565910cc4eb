"""bench_cluster.py runs end to end at toy sizes (its resolution part; the extraction part
starts a LocalCluster, which tests/test_cluster.py covers): it prints one row per size. Not a
test of speed: no figure is checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_cluster_benchmark_prints_the_resolution_of_each_size() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout, not an installed copy
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_cluster.py"),
                           "--no-extract", "--sizes", "60,120"], capture_output=True,
                          text=True, timeout=600, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows] == ["60", "120"]
    assert all(int(row[1]) > 0 for row in rows)  # quads written
