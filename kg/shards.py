"""Extraction in shards and bulk loading: a corpus extracted on many machines (any batch
scheduler), then loaded into one store.

``extract_shards`` writes, per shard of the input, the facts JSON and the N-Quads of its
reports; ``load_nquads`` bulk-loads such files into a store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import LoadError
from kg.extract.topics import topic_labels
from kg.graph.protocol import GraphStore
from kg.model import Facts
from kg.pipeline import extract_batches, load_reports
from kg.resolve import Registry, resolve


@dataclass
class Shard:
    """One shard written by :func:`extract_shards`: its two files and what they hold."""

    facts_path: Path
    nquads_path: Path
    reports: int
    quads: int


def extract_shards(
    paths: Iterable[str | Path],
    out: str | Path,
    shard_size: int = 1000,
    workers: int = 1,
    registry: Sequence[str | Path] = (),
    progress: Callable[[Shard], None] | None = None,
) -> tuple[list[Shard], list[LoadError]]:
    """Extract reports into shards of ``shard_size``: ``out/shard-00000.facts.json`` (the facts
    JSON) and ``out/shard-00000.nq`` (N-Quads, one graph per report), for :func:`load_nquads`.

    Actors are resolved within each shard; their ids derive from their names, so the same
    actor gets the same IRI in every shard (curation decisions apply when the store is used).
    """
    from pyoxigraph import RdfFormat, serialize

    from kg.export.facts_json import facts_json
    from kg.graph import facts_to_quads

    if shard_size < 1:
        raise ValueError(f"shard size must be at least 1, got {shard_size}")
    where = Path(out)
    where.mkdir(parents=True, exist_ok=True)
    known = Registry.load([Path(p) for p in registry])
    failed: list[LoadError] = []
    shards: list[Shard] = []

    labels = topic_labels()

    def flush(batch: list[Facts]) -> None:
        result = resolve(batch, registry=known)
        stem = where / f"shard-{len(shards):05d}"
        facts_path, nq_path = stem.with_suffix(".facts.json"), stem.with_suffix(".nq")
        text = facts_json(result.facts, result.actors, result.events)
        facts_path.write_text(text + "\n", encoding="utf-8")
        quads = [q for f in result.facts for q in facts_to_quads(f, labels)]
        serialize(quads, str(nq_path), RdfFormat.N_QUADS)
        shards.append(Shard(facts_path, nq_path, len(batch), len(quads)))
        if progress:
            progress(shards[-1])

    pending: list[Facts] = []
    for batch in extract_batches(load_reports(paths, failed), workers, min(32, shard_size)):
        pending.extend(batch)
        while len(pending) >= shard_size:
            flush(pending[:shard_size])
            pending = pending[shard_size:]
    if pending:
        flush(pending)
    return shards, failed


def load_nquads(store: GraphStore, files: Iterable[str | Path]) -> int:
    """Bulk-load N-Quads files of report graphs (from :func:`extract_shards`) into ``store``
    (see :meth:`kg.graph.protocol.GraphStore.load_nquads`); returns the number of quads read."""
    return store.load_nquads(files)
