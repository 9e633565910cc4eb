"""The synthetic report generator of benchmarks/synth.py: repeatable, loadable, extractable."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from kg.errors import LoadError
from kg.extract import extract_many
from kg.loaders import load_paths

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "synth.py"


@pytest.fixture(scope="module")
def synth():
    spec = importlib.util.spec_from_file_location("synth", _PATH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_same_seed_same_reports_other_seed_other_reports(synth) -> None:
    assert synth.generate(25, seed=4) == synth.generate(25, seed=4)
    assert synth.generate(25, seed=4) != synth.generate(25, seed=5)
    assert len({r["source"] for r in synth.generate(25, seed=4)}) == 25


def test_the_world_has_thousands_of_distinct_officials(synth) -> None:
    world = synth.build_world(0, 5000)
    assert len({p.name for p in world.people}) == 5000
    assert len({o.acronym for o in world.orgs if o.acronym}) == len(
        [o for o in world.orgs if o.acronym]
    )
    texts = " ".join(r["text"] for r in synth.generate(2000, seed=0))
    named = {p.name for p in synth.build_world(0, 1000).people if p.name in texts}
    assert len(named) > 800


def test_surnames_grow_with_the_world_as_a_feed_s_do(synth) -> None:
    """More officials meet rarer surnames (one per SURNAMES_PER of them), while the pool's
    common ones stay the most common: not every surname crowded by construction."""
    small, large = synth.build_world(0, 1000), synth.build_world(0, 20000)
    counts = {}
    for p in large.people:
        counts[p.name.split()[-1]] = counts.get(p.name.split()[-1], 0) + 1
    assert len(counts) > 3 * len({p.name.split()[-1] for p in small.people})
    assert max(counts, key=counts.get) in small.pools["last_names"]
    assert sum(n > 60 for n in counts.values()) < len(counts) / 20


def test_reports_use_the_varied_shapes(synth) -> None:
    texts = "\n".join(r["text"] for r in synth.generate(60, seed=2))
    for shape in (
        "in collaboration with",
        "Memorandum of Understanding",
        "attended by",
        "called for",
        "urged",
        "will continue to",
        "Declaration",
    ):
        assert shape in texts, shape
    assert re.search(r"\b(praised|commended|lauded|appreciated) the ", texts)
    assert re.search(
        r"(Director General|Deputy Director|Commissioner) [A-Z][\w -]+ \([A-Z]{2,}\)", texts
    )


@pytest.mark.parametrize("out", ["corpus.jsonl", "corpus"])
def test_written_reports_load_and_extract(synth, tmp_path: Path, out: str) -> None:
    records = synth.generate(4, seed=9)
    where = synth.write(records, tmp_path / out)
    loaded = list(load_paths([where]))
    assert not [x for x in loaded if isinstance(x, LoadError)]
    assert len(loaded) == 4
    assert loaded[0].published and loaded[0].published.isoformat() == records[0]["published"]
    facts = list(extract_many(loaded[:2]))
    for f, record in zip(facts, records, strict=False):
        assert f.events and f.actors
        names = " ".join(n for a in f.actors for n in a.names)
        lead = record["text"].split(": ", 1)[1]  # past the dateline's "(WIRE)"
        acronym = re.search(r"\(([A-Z]{2,})\)", lead)
        assert acronym and acronym.group(1) in names
        assert any(a.type == "Person" and a.name in record["text"] for a in f.actors)


def test_gathering_topics_grow_with_the_world(synth) -> None:
    """More gatherings meet more topics (one per GATHERINGS_PER_TOPIC of them), the pool's
    first; a world within the pool's reach draws from the pool alone, as before."""
    small = synth.build_world(0, 200, gatherings=400)
    large = synth.build_world(0, 200, gatherings=8000)
    pool = set(small.pools["gathering_topics"])
    assert {g.topic for g in small.gatherings} <= pool
    topics = {g.topic for g in large.gatherings}
    assert len(topics) > 3 * len(pool)
    assert len(synth.gathering_topics(large.pools, 8000)) == 8000 // synth.GATHERINGS_PER_TOPIC
