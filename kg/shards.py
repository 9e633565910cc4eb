"""Extraction in shards and bulk loading: a corpus extracted on many machines (any batch
scheduler), then loaded into one store.

``extract_shards`` writes, per shard of the input, the facts JSON and the N-Quads of its
reports; ``load_nquads`` bulk-loads such files into a store.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import LoadError, StoreError
from kg.extract.topics import topic_labels
from kg.graph import Store
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


def load_nquads(store: Store, files: Iterable[str | Path]) -> int:
    """Bulk-load N-Quads files of report graphs (from :func:`extract_shards`) into ``store``;
    returns the number of quads read.

    A report graph the store already holds is replaced. A file with an error is taken out
    whole and named in a :class:`LoadError`; what the store held before stays (a file that
    replaces report graphs is parsed once before they are removed, to be sure of that).
    """
    from pyoxigraph import NamedNode

    if not isinstance(store, Store):
        raise StoreError("bulk loading N-Quads needs the embedded store; load the shards with "
                         "the server's own loader (see docs/remote-store.md)")
    inner = store.inner
    held = {g.value for g in inner.named_graphs() if isinstance(g, NamedNode)}
    count, stale_union = 0, False
    try:
        for path in map(Path, files):
            graphs = set(_report_graphs(path))
            replaced = graphs & held
            if replaced:
                _check_syntax(path)
                for graph in replaced:
                    inner.remove_graph(NamedNode(graph))
                stale_union = True  # triples only the old versions stated must leave the union
            try:
                count += _load_file(inner, path)
            except LoadError:
                for graph in graphs - held:  # what the file wrote before its error
                    inner.remove_graph(NamedNode(graph))
                stale_union = True
                raise
            held |= graphs
    finally:
        if stale_union:
            store.rebuild_union()
    return count


def _load_file(inner: Any, path: Path) -> int:
    """Write one N-Quads file's report graphs, and its triples into the default graph (the
    union view the queries read); returns the number of quads.

    Oxigraph's bulk loader keeps one core busy parsing, so the union is written meanwhile in
    another thread (pyoxigraph lets go of the GIL while it loads): the file's triples, written
    out as N-Triples by pyoxigraph, then bulk-loaded. One after the other, the two took twice
    the bare loader's time at 1M quads. The union's parse may be lenient: the report graphs'
    loader checks the same text strictly, and an error there takes both out.
    """
    from pyoxigraph import RdfFormat, parse, serialize

    read = [0]

    def union() -> None:
        def triples() -> Iterator[Any]:
            for quad in parse(path=str(path), format=RdfFormat.N_QUADS, lenient=True):
                read[0] += 1
                yield quad.triple

        with tempfile.TemporaryDirectory(prefix="kg-union-") as tmp:
            flat = Path(tmp) / "union.nt"
            serialize(triples(), str(flat), RdfFormat.N_TRIPLES)
            inner.bulk_load(path=str(flat), format=RdfFormat.N_TRIPLES, lenient=True)

    with ThreadPoolExecutor(max_workers=1) as pool:
        union_written = pool.submit(union)
        try:
            try:
                inner.bulk_load(path=str(path), format=RdfFormat.N_QUADS)
            finally:
                wait([union_written])  # the other thread ends before either error is raised
            union_written.result()
        except (OSError, SyntaxError, ValueError) as exc:
            raise LoadError(str(path), f"cannot bulk-load N-Quads: {exc}") from exc
    return read[0]


def _check_syntax(path: Path) -> None:
    from pyoxigraph import RdfFormat, parse

    try:
        for _ in parse(path=str(path), format=RdfFormat.N_QUADS):
            pass
    except (OSError, SyntaxError, ValueError) as exc:
        raise LoadError(str(path), f"not valid N-Quads: {exc}") from exc


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
