"""Ids are stable across re-ingest: loading the same reports again with --force (to apply
new decisions or rules) gives the same graph, quad for quad, with no actor renamed "-2"."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import kg

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "reports"


def _quads(g: kg.KnowledgeGraph) -> list[str]:
    out = io.BytesIO()
    g.export("nquads", out)
    return sorted(out.getvalue().decode("utf-8").splitlines())


@pytest.mark.slow
def test_a_forced_reingest_gives_the_same_quads(tmp_path: Path) -> None:
    with kg.open(tmp_path / "store") as g:
        g.ingest([SAMPLES])
        first, ids = _quads(g), {a.id for a in g.actors()}
        g.ingest([SAMPLES], force=True)
        assert {a.id for a in g.actors()} == ids
        assert _quads(g) == first
