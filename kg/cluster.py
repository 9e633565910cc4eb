"""Extraction scheduled on a Dask cluster (``dask.distributed``): ``kg extract --scheduler
tcp://host:8786`` (an existing cluster: dask-jobqueue on HPC, dask-kubernetes, ``dask
scheduler`` + ``dask worker`` by hand) or ``--local-workers N`` (a ``LocalCluster`` here).

The client only plans: it lists the report files (as ``kg ingest`` does: a folder's report
files sorted, recursively) and cuts the input into shards of about ``shard_size`` reports, a
JSON Lines file into ranges of its records. Each shard is one task; the worker that runs it
reads its reports, extracts them (spaCy is loaded once per worker process) and writes the
shard file (:mod:`kg.shard_format`) itself, so only a small summary crosses the network. The
workers and the client must therefore see the reports and the output folder at the same paths
(a shared file system, as on an HPC cluster).

A task that raises is retried (``retries``, Dask's own mechanism); a worker that dies while
running one (killed, out of memory) has its tasks run again elsewhere by the scheduler. Either
way the shard file is written whole under its final name or not at all, so a retry only
redoes that shard. A report that cannot be loaded is named in the shard's summary and its
header, and the rest of the shard goes on, as in ``kg ingest``; a shard whose task fails for
good is named as a failure and the other shards still complete.

Resolution is a separate step over every shard (:func:`kg.shards.resolve_shards`).
"""

from __future__ import annotations

import contextlib
import copy
import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import LoadError
from kg.loaders import format_of, load_path
from kg.model import Report
from kg.shards import Shard, shard_path

if TYPE_CHECKING:
    from distributed import Client

__all__ = ["Unit", "ShardPlan", "ShardResult", "plan_shards", "read_units", "extract_shard",
           "extract_on_cluster", "connect", "warm_up", "worker_pids"]


@dataclass(frozen=True)
class Unit:
    """Part of one report file: its items (reports, or load errors) ``first`` to ``last``
    (exclusive; ``None``: to the end), counted as :func:`kg.loaders.load_path` yields them."""

    file: str
    first: int = 0
    last: int | None = None


@dataclass(frozen=True)
class ShardPlan:
    """The parts of the input that shard number ``index`` holds, in input order."""

    index: int
    units: tuple[Unit, ...]


@dataclass(frozen=True)
class ShardResult:
    """What a worker sends back: the shard written, its reports, its load failures as
    (path, reason) pairs (an exception with two arguments does not survive pickling), and
    the worker's process id (to tell which worker ran it) and the CPU seconds of the task
    (on a machine shared with other work, wall time says little about the work done)."""

    index: int
    path: str
    reports: int
    failed: tuple[tuple[str, str], ...]
    pid: int
    cpu: float = 0.0


def _files(paths: Iterable[str | Path], failed: list[LoadError]) -> list[str]:
    """The report files of ``paths``, as :func:`kg.loaders.load_path` walks them; a path
    named twice is read once (``load_paths`` would drop its second reading anyway)."""
    from kg.loaders import _report_files  # the loaders' own walk: same files, same order

    out: dict[str, None] = {}
    for path in paths:
        given = str(path)
        if Path(given).is_dir():
            found = _report_files(os.path.abspath(given))
            if not found:
                failed.extend(item for item in load_path(given) if isinstance(item, LoadError))
            out.update(dict.fromkeys(found))
        elif Path(given).exists():
            out[os.path.abspath(given)] = None
        else:
            failed.append(LoadError(given, "no such file or folder"))
    return list(out)


def _weight(file: str) -> int:
    """How many reports a file holds, about: one, or a JSON Lines file's lines."""
    if format_of(file) != "jsonl":
        return 1
    with contextlib.suppress(OSError), open(file, "rb") as stream:
        return max(1, sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b"")))
    return 1


def plan_shards(
    paths: Iterable[str | Path], shard_size: int = 1000
) -> tuple[list[ShardPlan], list[LoadError]]:
    """Cut the input into shards of about ``shard_size`` reports, in input order, and name
    the paths that do not exist or hold no report file."""
    if shard_size < 1:
        raise ValueError(f"shard size must be at least 1, got {shard_size}")
    failed: list[LoadError] = []
    plans: list[ShardPlan] = []
    current: list[Unit] = []
    room = shard_size
    for file in _files(paths, failed):
        weight, first = _weight(file), 0
        while weight - first > room:  # the file overflows this shard: cut it
            current.append(Unit(file, first, first + room))
            first += room
            plans.append(ShardPlan(len(plans), tuple(current)))
            current, room = [], shard_size
        # the file's last part reads to its end, whatever the line count missed
        current.append(Unit(file, first, None))
        room -= weight - first
        if room <= 0:
            plans.append(ShardPlan(len(plans), tuple(current)))
            current, room = [], shard_size
    if current:
        plans.append(ShardPlan(len(plans), tuple(current)))
    return plans, failed


def read_units(units: Iterable[Unit]) -> tuple[list[Report], list[LoadError]]:
    """The reports of the parts of files ``units`` name, and the load errors among them.

    A part of a JSON Lines file is found by reading the file from its start (the loader drops
    a record whose source an earlier line used, so the lines before the part count), which
    makes the shards of one big file cost the square of its length. So a file read up to a
    part's end stays open, in this thread, where it stopped: the next part of it this thread
    reads (a worker's next shard, which is further on) goes on from there."""
    reports: list[Report] = []
    failed: list[LoadError] = []
    for unit in units:
        for item in _items(unit):
            if isinstance(item, LoadError):
                failed.append(item)
            else:
                reports.append(item)
    return reports, failed


@dataclass
class _Cursor:
    """A file being read: its loader's items from ``position`` on, for the file as it was
    (``stamp``) when it was opened."""

    file: str
    stamp: tuple[int, int]
    items: Iterator[Report | LoadError]
    position: int = 0


_open = threading.local()  # .cursor: the one _Cursor of this thread, or absent


def _stamp(file: str) -> tuple[int, int]:
    try:
        status = os.stat(file)
    except OSError:
        return (-1, -1)
    return (status.st_size, status.st_mtime_ns)


def _items(unit: Unit) -> Iterator[Report | LoadError]:
    cursor: _Cursor | None = getattr(_open, "cursor", None)
    _open.cursor = None  # taken: put back below only if it stops at a known place
    stamp = _stamp(unit.file)
    if cursor is None or (cursor.file, cursor.stamp) != (unit.file, stamp) \
            or cursor.position > unit.first:
        cursor = _Cursor(unit.file, stamp, iter(load_path(unit.file)))
    while cursor.position < unit.first:
        if next(cursor.items, None) is None:
            return
        cursor.position += 1
    while unit.last is None or cursor.position < unit.last:
        item = next(cursor.items, None)
        if item is None:
            return
        cursor.position += 1
        yield item
    _open.cursor = cursor


def _topics() -> tuple[str | None, bool]:
    """The client's topic scheme (``kg extract --topics``, ``$KG_TOPICS``)."""
    return os.environ.get("KG_TOPICS") or None, os.environ.get("KG_TOPICS_REPLACE") == "1"


def extract_shard(plan: ShardPlan, out: str,
                  topics: tuple[str | None, bool] = (None, False)) -> ShardResult:
    """Run on a worker: read the shard's reports, extract them, write the shard file, with
    the client's topic scheme (a worker on another machine does not inherit its environment;
    the scheme's file must be on the shared file system, as the reports are)."""
    from kg.extract import extract_many  # spaCy: loaded once per worker process (cached)
    from kg.extract.topics import use_topics
    from kg.shard_format import write_shard

    if _topics() != topics:
        use_topics(*topics)

    cpu = time.thread_time()
    reports, failed = read_units(plan.units)
    path = shard_path(out, plan.index)
    count = write_shard(path, extract_many(reports), failed)
    return ShardResult(plan.index, str(path), count,
                       tuple((e.path, e.reason) for e in failed), os.getpid(),
                       time.thread_time() - cpu)


def extract_on_cluster(
    client: Client,
    paths: Iterable[str | Path],
    out: str | Path,
    shard_size: int = 1000,
    retries: int = 2,
    progress: Callable[[Shard], None] | None = None,
    planned: Callable[[int], None] | None = None,
) -> tuple[list[Shard], list[LoadError]]:
    """Extract reports into shards on the cluster of ``client``; returns the shards written
    (in order) and what failed: files that could not be loaded, shards whose task failed after
    its retries. ``planned`` is told the number of shards first, ``progress`` each shard as
    it completes (in any order)."""
    from distributed import as_completed

    where = Path(out).absolute()
    where.mkdir(parents=True, exist_ok=True)
    plans, failed = plan_shards(paths, shard_size)
    if planned:
        planned(len(plans))
    run = uuid.uuid4().hex[:8]  # task keys of this run: another run's never collide
    futures = [
        client.submit(extract_shard, plan, str(where), _topics(), retries=retries, pure=False,
                      key=f"kg-extract-{run}-shard-{plan.index:05d}")
        for plan in plans
    ]
    index_of = {future.key: i for i, future in enumerate(futures)}
    done: dict[int, Shard] = {}
    for future in as_completed(futures):
        index = index_of[future.key]
        try:
            result: ShardResult = future.result()
        except Exception as exc:  # noqa: BLE001 (any task error: name the shard, go on)
            failed.append(LoadError(_describe(plans[index]), f"extraction failed after "
                                    f"{retries} retries: {type(exc).__name__}: {exc}"))
            continue
        finally:
            future.release()
        shard = Shard(Path(result.path), result.reports,
                      [LoadError(p, r) for p, r in result.failed], result.cpu)
        failed.extend(shard.failed)
        done[index] = shard
        if progress:
            progress(shard)
    return [done[i] for i in sorted(done)], failed


def _describe(plan: ShardPlan) -> str:
    first = plan.units[0].file
    more = len({u.file for u in plan.units}) - 1
    return f"shard {plan.index} ({first}" + (f" and {more} more files)" if more else ")")


#: Dask settings of the ``LocalCluster`` :func:`connect` starts. Measured on 2 busy cores
#: (``benchmarks/bench_cluster.py``, 200 reports on one worker): with Dask's defaults a worker's
#: event-loop thread took 0.045 s of CPU per second beside the task, and the client process
#: (scheduler and nannies) 0.037; with these 0.005 and 0.010. On a shared machine that time
#: is taken from the extraction itself. None of it is needed to extract: the profiler samples
#: the task's stack every 10 ms for the dashboard, the tick checks the event loop 50 times a
#: second, and the monitors read the worker's memory 10 times a second.
QUIET = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@contextlib.contextmanager
def connect(scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler`` (``tcp://host:8786``), or of a new
    ``LocalCluster`` of ``local_workers`` worker processes, one thread each (spaCy parses on
    one core; threads in one process would share its interpreter lock), their numeric
    libraries on one thread each (:data:`kg.parallel.THREAD_ENV`), with :data:`QUIET`.
    A cluster started elsewhere keeps its own settings (docs/loading.md says which to give)."""
    import dask
    from distributed import Client, LocalCluster

    from kg.parallel import THREAD_ENV

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    environ = {**THREAD_ENV, **dask.config.get("distributed.nanny.pre-spawn-environ", {}),
               **{k: v for k, v in os.environ.items() if k in THREAD_ENV}}
    # silence_logs: a worker holding spaCy takes over the nanny's 4 s to close, and its
    # warning about that on every run is noise, not news
    with dask.config.set({**QUIET, "distributed.nanny.pre-spawn-environ": environ}):
        # the scheduler reads them as it starts; a nanny hands its worker the config it is
        # given, also when it restarts one that died, and would otherwise hand on this
        # process's own (its copy of the config shares the nested settings), which is
        # changed only here
        cluster = LocalCluster(n_workers=local_workers or 1, threads_per_worker=1,
                               processes=True, dashboard_address=":0",
                               silence_logs=logging.ERROR,
                               config=copy.deepcopy(dask.config.config))
    with cluster, Client(cluster) as client:
        yield client


def warm_up(client: Client) -> None:
    """Load spaCy on every worker now (it loads on a worker's first shard otherwise): for a
    benchmark that times extraction, not start-up."""
    client.run(_load_nlp)


def _load_nlp() -> None:
    from kg.extract.nlp import load_nlp
    from kg.parallel import single_threaded

    load_nlp()  # the pipeline stays cached in the worker; nothing to send back
    single_threaded()


def worker_pids(client: Client) -> Sequence[int]:
    """The process ids of the cluster's workers (for tests and diagnostics)."""
    return sorted(client.run(os.getpid).values())
