"""Golden tests: the outputs do not depend on the way in, nor (for a refactor) on the revision.

Frozen outputs would break on every change of the extraction rules, so nothing here compares
with files checked in (see ``tests/golden.py``). Instead:

- the ways into the graph agree, whatever the rules say: ``kg ingest`` and ``kg extract`` +
  ``kg load`` (shards, resolved together) build the same N-Quads, and the facts JSON of ``kg
  facts`` is that of the shard's facts resolved;
- with ``KG_GOLDEN_BASE=<revision>``, the N-Quads and facts JSON of ``data/reports`` and of
  ``../shared/eval/reports`` are those the revision makes (the check for a refactor).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

import kg
from kg.export.facts_json import facts_json
from kg.resolve import resolve
from kg.shard_format import read_shard
from kg.shards import extract_shards, load_nquads, resolve_shards

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "reports"



def _golden():
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import golden
    finally:
        sys.path.pop(0)
    return golden


def _nquads(g: kg.KnowledgeGraph) -> list[str]:
    buffer = io.BytesIO()
    g.export("nquads", buffer)
    return sorted(buffer.getvalue().decode("utf-8").splitlines())


@pytest.mark.slow
def test_ingest_shards_and_facts_agree_on_the_sample(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("KG_DECISIONS", raising=False)
    with kg.open(tmp_path / "ingested") as g:
        # One batch: an actor that a later batch joins keeps the id it was stored under, so
        # batch by batch may name a merged actor otherwise than all at once (by design).
        summary = g.ingest([SAMPLE], batch_size=64)
        assert summary.loaded and not summary.failed
        ingested = _nquads(g)
    shards, failed = extract_shards([SAMPLE], tmp_path / "shards", shard_size=1000)
    assert len(shards) == 1 and not failed
    resolved = resolve_shards([shards[0].path], tmp_path / "nq", batch_size=64)
    with kg.open(tmp_path / "loaded") as g:
        load_nquads(g.store, resolved.files)
        loaded = _nquads(g)
    assert ingested == loaded
    resolution, failed = kg.facts_of([SAMPLE])
    assert not failed
    facts = facts_json(resolution.facts, resolution.actors, resolution.events)
    again = resolve(list(read_shard(shards[0].path)))
    assert facts == facts_json(again.facts, again.actors, again.events)


def test_a_changed_output_is_named_with_its_diff(tmp_path: Path) -> None:
    golden = _golden()
    for side, line in (("base", "<a> <b> <c> <g> ."), ("head", "<a> <b> <d> <g> .")):
        (tmp_path / side).mkdir()
        for name in golden.OUTPUTS:
            (tmp_path / side / name).write_text("same\n", encoding="utf-8")
        (tmp_path / side / "data.nq").write_text(f"same\n{line}\n", encoding="utf-8")
    assert golden.differences(tmp_path / "base", tmp_path / "base") == []
    [found] = golden.differences(tmp_path / "base", tmp_path / "head")
    assert "head/data.nq" in found and "+<a> <b> <d> <g> ." in found


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("KG_GOLDEN_BASE"),
                    reason="set KG_GOLDEN_BASE to a git revision to compare with it")
def test_outputs_are_those_of_the_base_revision() -> None:
    found = _golden().compare(os.environ["KG_GOLDEN_BASE"])
    assert not found, "\n\n".join(found)
