"""bench_resolve_shards.py runs end to end at toy sizes and prints a row per size and the
growth line; synth_facts gives distinct names at scale. Not a test of speed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_the_world_of_100000_reports_has_distinct_names() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synth_facts

    world = synth_facts.world_for(100_000, seed=3)
    sizes = synth_facts.describe(world)
    assert sizes["people"] == len(world.people) == 50_000
    assert sizes["organizations"] == len(world.orgs) >= 6_000
    assert sizes["gatherings"] == len(world.gatherings) > 30_000
    acronyms = [o.acronym for o in world.orgs if o.acronym]
    assert len(acronyms) == len(set(acronyms))
    first = synth_facts.make_facts(world, 3, 7)
    assert first == synth_facts.make_facts(world, 3, 7)  # deterministic by seed
    assert first.events and any(a.type == "Person" for a in first.actors)


@pytest.mark.slow
def test_the_benchmark_prints_each_size_and_the_growth() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_resolve_shards.py"),
                           "--sizes", "40,80", "--per-shard", "30"], capture_output=True,
                          text=True, timeout=900, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()[:1].isdigit()]
    assert [row[0] for row in rows[:2]] == ["40", "80"]
    assert all(int(row[3]) > 0 for row in rows[:2])  # quads written
    assert "40 -> 80 reports" in done.stdout
