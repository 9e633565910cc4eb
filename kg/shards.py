"""Extraction in shards and bulk loading: a corpus extracted on many machines (any batch
scheduler), then loaded into one store.

``extract_shards`` writes, per shard of the input, the facts JSON and the N-Quads of its
reports; ``load_nquads`` bulk-loads such files into a store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import LoadError
from kg.extract.topics import topic_labels
from kg.graph import Store
from kg.loaders import load_paths
from kg.model import Facts, Report
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
    from kg.parallel import extract_batches

    if shard_size < 1:
        raise ValueError(f"shard size must be at least 1, got {shard_size}")
    where = Path(out)
    where.mkdir(parents=True, exist_ok=True)
    known = Registry.load([Path(p) for p in registry])
    failed: list[LoadError] = []
    shards: list[Shard] = []

    def reports() -> Iterator[Report]:
        for item in load_paths(paths):
            if isinstance(item, LoadError):
                failed.append(item)
            else:
                yield item

    labels = topic_labels()

    def flush(batch: list[Facts]) -> None:
        result = resolve(batch, registry=known)
        stem = where / f"shard-{len(shards):05d}"
        facts_path, nq_path = stem.with_suffix(".facts.json"), stem.with_suffix(".nq")
        facts_path.write_text(facts_json(result.facts, result.actors) + "\n", encoding="utf-8")
        quads = [q for f in result.facts for q in facts_to_quads(f, labels)]
        serialize(quads, str(nq_path), RdfFormat.N_QUADS)
        shards.append(Shard(facts_path, nq_path, len(batch), len(quads)))
        if progress:
            progress(shards[-1])

    pending: list[Facts] = []
    for batch in extract_batches(reports(), workers, min(32, shard_size)):
        pending.extend(batch)
        while len(pending) >= shard_size:
            flush(pending[:shard_size])
            pending = pending[shard_size:]
    if pending:
        flush(pending)
    return shards, failed


def load_nquads(store: Store, files: Iterable[str | Path]) -> int:
    """Bulk-load N-Quads files of report graphs (from :func:`extract_shards`) into ``store``;
    returns the number of quads read.

    A report graph the store already holds is replaced. Oxigraph's bulk loader writes the
    named graphs; the default graph (the union view queries read) is then brought up to date.
    """
    from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, parse

    inner = store.inner
    names = [Path(f) for f in files]
    held = {g.value for g in inner.named_graphs() if isinstance(g, NamedNode)}
    replaced = {g for path in names for g in _report_graphs(path)} & held
    for graph in replaced:
        inner.remove_graph(NamedNode(graph))
    count = 0
    for path in names:
        try:
            inner.bulk_load(path=str(path), format=RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise LoadError(str(path), f"cannot bulk-load N-Quads: {exc}") from exc
        read = [0]

        def union(path: Path = path, read: list[int] = read) -> Iterator[Quad]:
            for q in parse(path=str(path), format=RdfFormat.N_QUADS):
                read[0] += 1
                yield Quad(q.subject, q.predicate, q.object, DefaultGraph())

        inner.bulk_extend(union())
        count += read[0]
    if replaced:  # triples only the old versions stated must leave the union
        store.rebuild_union()
    return count


def _report_graphs(path: Path, chunk: int = 1 << 24) -> Iterator[str]:
    """The report graph names in an N-Quads file, found by scanning its bytes: a graph name
    ends its line, and a regex over big chunks is much faster than parsing every quad."""
    import re

    from kg.graph.terms import resource

    prefix = resource("report", "").value.encode()
    tail = re.compile(rb"<(" + re.escape(prefix) + rb"[^>]*)> \.\r?$", re.M)
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            block += fh.readline()  # end the chunk at a line's end
            yield from {m.decode() for m in tail.findall(block)}
