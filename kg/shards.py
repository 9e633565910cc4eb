"""Extraction in shards, one resolution over every shard, and bulk loading.

A corpus too large for one machine is extracted in shards (``kg extract --out shards/``: here
with local worker processes, or on a Dask cluster with :mod:`kg.cluster`), each shard holding
the *unresolved* facts of its reports (:mod:`kg.shard_format`). Then one resolution runs over
every shard together (:func:`resolve_shards`, ``kg resolve`` or ``kg load shards/``): the
actors and events of all shards are resolved with the registry and the curation decisions,
exactly as one ``kg ingest`` of the same reports resolves them, and written as N-Quads, one
graph per report, for :func:`load_nquads` or a SPARQL server's own bulk loader
(``docs/loading.md``).

Why resolution is not done per shard: actor and event ids come from the clusters resolution
builds, and a shard alone does not see the other shards' names ("Lake Chad Water Authority
(LCWA)" in one, "LCWA" in another gave two actors).

Why it runs the way ``kg ingest`` does, in batches of its size against a running table of
known actors and events (:func:`kg.resolve.resolve_with`): an actor a later batch joins keeps
the id it was given, so the batches decide ids, and the same batches give the same store. The
table looks up only the known actors and events a batch can join (the blocking of
:mod:`kg.resolve.known`), so the whole resolution grows about linearly with the reports, and
the facts stream through it shard by shard: memory holds the table, not the corpus.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from kg.errors import LoadError
from kg.graph.protocol import GraphStore
from kg.model import Actor, Facts
from kg.pipeline import extract_batches, load_reports
from kg.resolve import Decisions, KnownActors, KnownEvent, KnownEvents, Registry, resolve_with
from kg.resolve.long_lived import LongLived
from kg.shard_format import SUFFIX, read_shard, shard_header, write_shard

__all__ = ["Shard", "Resolved", "INGEST_BATCH", "shard_path", "shard_files", "extract_shards",
           "resolve_shards", "load_nquads"]

#: the batch size of ``kg ingest`` (``KnowledgeGraph.ingest``): the resolution over shards
#: resolves in batches of the same size, so that it builds the same store
INGEST_BATCH = 32


@dataclass
class Shard:
    """One shard of unresolved facts: its file, how many reports it holds, the reports of
    its part of the input that could not be loaded, and (from a cluster) the CPU seconds its
    task took."""

    path: Path
    reports: int
    failed: list[LoadError] = field(default_factory=list)
    cpu: float = 0.0


def shard_path(out: str | Path, index: int) -> Path:
    """Where shard number ``index`` is written under ``out``."""
    return Path(out) / f"shard-{index:05d}{SUFFIX}"


_NUMBERED = re.compile(r"shard-(\d+)" + re.escape(SUFFIX) + "$")


def shard_files(items: Iterable[str | Path]) -> list[Path]:
    """The shard files named by ``items`` (shard files or folders of them), in input order:
    a folder's shards sorted by their number, which is the order of the reports."""
    out: list[Path] = []
    for item in map(Path, items):
        if item.is_dir():
            found = [p for p in item.iterdir() if _NUMBERED.search(p.name)]
            if not found:
                raise LoadError(str(item), f"no shards (shard-NNNNN{SUFFIX}) in this folder")
            out.extend(sorted(found, key=lambda p: int(_NUMBERED.search(p.name).group(1))))  # type: ignore[union-attr]
        elif item.is_file():
            out.append(item)
        else:
            raise LoadError(str(item), "no such file or folder")
    return out


def extract_shards(
    paths: Iterable[str | Path],
    out: str | Path,
    shard_size: int = 1000,
    workers: int = 1,
    progress: Callable[[Shard], None] | None = None,
) -> tuple[list[Shard], list[LoadError]]:
    """Extract reports into shards of ``shard_size`` reports, in input order, on this machine
    (``workers`` > 1: in that many worker processes, see :mod:`kg.parallel`); for a Dask
    cluster see :func:`kg.cluster.extract_on_cluster`. Returns the shards and the files that
    could not be loaded."""
    if shard_size < 1:
        raise ValueError(f"shard size must be at least 1, got {shard_size}")
    where = Path(out)
    where.mkdir(parents=True, exist_ok=True)
    failed: list[LoadError] = []
    shards: list[Shard] = []
    reported = 0  # failures already handed to a shard's header

    def flush(batch: list[Facts]) -> None:
        nonlocal reported
        path = shard_path(where, len(shards))
        write_shard(path, batch, failed[reported:])
        shards.append(Shard(path, len(batch), failed[reported:]))
        reported = len(failed)
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


@dataclass
class Resolved:
    """What :func:`resolve_shards` did: the N-Quads files written, the reports resolved, the
    quads written, the reports left out as unchanged (already in the store), and the failures
    (those the shards' workers met, and reports whose source another report of the input
    already gave with other content)."""

    files: list[Path] = field(default_factory=list)
    reports: int = 0
    quads: int = 0
    skipped: list[str] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)


def resolve_shards(
    shards: Sequence[str | Path],
    out: str | Path,
    *,
    registry: Registry | None = None,
    decisions: Decisions | None = None,
    known: Iterable[Actor] = (),
    known_events: Iterable[KnownEvent] = (),
    unchanged: Mapping[str, str] | None = None,
    batch_size: int = INGEST_BATCH,
    progress: Callable[[int], None] | None = None,
) -> Resolved:
    """Resolve the facts of every shard together and write them as N-Quads: for each shard
    ``out/shard-NNNNN.nq``, the graphs of its reports.

    ``known`` and ``known_events`` are the actors and events of the store the quads will go
    into, ``unchanged`` its report ids and checksums (such reports are left out, as ``kg
    ingest`` leaves them); with none of them, the quads are those one ``kg ingest`` of the
    same reports writes into an empty store. ``progress`` is called with the number of
    reports of each batch resolved.
    """
    from pyoxigraph import RdfFormat, serialize

    from kg.extract.topics import topic_labels
    from kg.graph import facts_to_quads
    from kg.graph.event_ledger import EventLedger

    if batch_size < 1:
        raise ValueError(f"batch size must be at least 1, got {batch_size}")
    registry = Registry.load() if registry is None else registry
    decisions = decisions or Decisions()
    actors = KnownActors.of(known, registry, decisions)
    events = KnownEvents.of(known_events)
    labels = topic_labels()
    where = Path(out)
    where.mkdir(parents=True, exist_ok=True)
    done = Resolved()
    outputs = []
    for path in map(Path, shards):
        done.failed.extend(LoadError(p, r) for p, r in shard_header(path)["failed"])
        outputs.append(where / (path.name.removesuffix(SUFFIX) + ".nq"))
    streams = [open(p, "wb") for p in outputs]  # noqa: SIM115 (closed below, all together)
    # a later batch may change the events of reports already written (a report linking two
    # accounts of one gathering renames it): as `kg ingest` writes such graphs again from the
    # reports' own facts, so do the shards, from a ledger of those facts beside the output
    scratch = tempfile.TemporaryDirectory(dir=where, prefix=".kg-ledger-")
    ledger = EventLedger.open(scratch.name)
    spill = open(Path(scratch.name) / "again.nq", "w+b")  # noqa: SIM115 (closed below)
    shard_of: dict[str, int] = {}  # report id -> the index of its shard
    checksums: dict[str, str] = {}  # report id -> its checksum, as written
    again: dict[str, Rewritten] = {}  # report id -> its graph written again, in the spill
    try:
        with LongLived() as keep:  # the tables out of the collector's way (kg.resolve.long_lived)
            for batch, owners in _batches(shards, batch_size, done, unchanged):
                result = resolve_with(batch, actors, events)
                raw, rewrites = events.last
                ledger.put(raw)
                # (a report of the store, not of the shards, is kept as it is)
                for own in ledger.own_facts(rewrites, checksums):
                    quads = facts_to_quads(events.apply(own), labels)
                    at = spill.seek(0, 2)
                    serialize(quads, spill, RdfFormat.N_QUADS)
                    again[own.report.id] = Rewritten(
                        str(quads[0].graph_name) if quads else "", at, spill.tell() - at,
                        len(quads))
                    events.mark_written([own.report.id])
                for facts, owner in zip(result.facts, owners, strict=True):
                    quads = facts_to_quads(facts, labels)
                    serialize(quads, streams[owner], RdfFormat.N_QUADS)
                    done.quads += len(quads)
                    shard_of[facts.report.id] = owner
                    checksums[facts.report.id] = facts.report.checksum
                events.mark_written(f.report.id for f in raw)
                done.reports += len(batch)
                keep.done(done.reports)
                if progress:
                    progress(len(batch))
        for stream in streams:
            stream.close()
        by_shard: dict[int, list[Rewritten]] = {}
        for report in sorted(again):
            by_shard.setdefault(shard_of[report], []).append(again[report])
        for index, graphs in sorted(by_shard.items()):
            done.quads += _write_again(outputs[index], graphs, spill)
    finally:
        for stream in streams:
            stream.close()
        spill.close()
        ledger.close()
        scratch.cleanup()
    done.files = outputs
    return done


@dataclass(frozen=True)
class Rewritten:
    """A report's graph written again: its name, and where its N-Quads lie in the spill file
    (held on disk, not in memory: at scale most reports of a long series are written again)."""

    graph: str
    offset: int
    length: int
    quads: int


def _write_again(path: Path, graphs: list[Rewritten], spill: BinaryIO) -> int:
    """Replace, in the N-Quads file ``path``, the graphs of some reports by their new quads
    (a line's graph is its last term); the change in the number of quads.

    Line by line into a file beside it: read whole, a shard's quads were held three times
    over (text, lines, joined), the peak of the whole resolution (10,000 synthetic reports:
    436 MiB at the end, 315 before it)."""
    names = {g.graph.encode("utf-8") for g in graphs}
    dropped = 0
    fresh = path.with_name(path.name + ".again")
    with open(path, "rb") as old, open(fresh, "wb") as out:
        for line in old:
            if line.rstrip().rsplit(b" ", 2)[-2] in names:
                dropped += 1
            else:
                out.write(line)
        for g in graphs:
            spill.seek(g.offset)
            out.write(spill.read(g.length))
    fresh.replace(path)
    return sum(g.quads for g in graphs) - dropped


def _batches(
    shards: Sequence[str | Path], size: int, done: Resolved, unchanged: Mapping[str, str] | None
) -> Iterator[tuple[list[Facts], list[int]]]:
    """The facts of the shards in batches of ``size`` across shard ends (as ``kg ingest``
    batches its input), each with the index of the shard each report came from.

    A report whose source an earlier report gave is dropped when it is the same and a failure
    when it differs, as :func:`kg.loaders.load_paths` does within one input (the shards'
    workers each saw their part only); one ``unchanged`` maps to its checksum is skipped."""
    seen: dict[str, str] = {}
    batch: list[Facts] = []
    owners: list[int] = []
    for index, path in enumerate(shards):
        for facts in read_shard(path):
            report = facts.report
            if report.source in seen:
                if seen[report.source] != report.checksum:
                    done.failed.append(LoadError(report.source, "another report of this batch "
                                                 "has the same source and different content"))
                continue
            seen[report.source] = report.checksum
            if unchanged is not None and unchanged.get(report.id) == report.checksum:
                done.skipped.append(report.source)
                continue
            batch.append(facts)
            owners.append(index)
            if len(batch) == size:
                yield batch, owners
                batch, owners = [], []
    if batch:
        yield batch, owners


def load_nquads(store: GraphStore, files: Iterable[str | Path]) -> int:
    """Bulk-load N-Quads files of report graphs (from :func:`resolve_shards`) into ``store``
    (see :meth:`kg.graph.protocol.GraphStore.load_nquads`); returns the number of quads read."""
    return store.load_nquads(files)
