"""Extraction in worker processes: batches of reports in, their Facts out, in input order.

spaCy parses on one core, so a corpus extracts about N times faster on N cores when N worker
processes each hold their own pipeline. The workers only extract (report -> Facts, both
picklable dataclasses); resolution and writing stay in the parent, which needs the whole store.

Memory stays flat however large the corpus: reports are read lazily and at most
``in_flight`` batches are queued or running at once, so neither the reports nor their facts
pile up when the parent writes more slowly than the workers extract.

Workers start with the 'spawn' context: a fork of a parent that already holds threads (rich's
progress bar, Oxigraph's) can deadlock, and spawn behaves the same on every platform.

Each worker is one process on one core, so its numeric libraries get one thread each
(:data:`THREAD_ENV`, :func:`one_thread_each`): N workers each starting a BLAS or OpenMP pool of
N threads would make N x N threads fight over N cores. The Dask path (:mod:`kg.cluster`) sets
the same variables in its workers.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing.connection
import os
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context

from kg.model import Facts, Report

__all__ = ["default_workers", "extract_batches", "batched", "THREAD_ENV", "one_thread_each",
           "single_threaded"]

#: what a worker process's numeric libraries read when they load, to start one thread each;
#: a variable the user set is left alone
THREAD_ENV = {name: "1" for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS",
                                     "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS",
                                     "NUMEXPR_NUM_THREADS")}


@contextlib.contextmanager
def one_thread_each() -> Iterator[None]:
    """:data:`THREAD_ENV` in this process's environment while the block runs, for the worker
    processes started in it (a spawned worker loads numpy before any code of ours runs there,
    so the variables must be in the environment it starts with); restored after. The parent's
    own libraries are already loaded and keep their threads."""
    added = {k: v for k, v in THREAD_ENV.items() if k not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def single_threaded() -> None:
    """In a worker: torch, if the pipeline loaded it (a transformer model), on one thread too
    (torch sizes its pool from the cores, not from the variables above)."""
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(1)


def default_workers() -> int:
    """The number of cores this process may use (``kg ingest --workers`` default)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def batched(items: Iterable[Report], size: int) -> Iterator[list[Report]]:
    """Consecutive lists of ``size`` items (the last one shorter), read lazily."""
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _extract_batch(reports: list[Report]) -> list[Facts]:
    """Run in a worker: spaCy is loaded once per process (``load_nlp`` is cached)."""
    from kg.extract import extract_many  # here, so that importing this module stays cheap

    return list(extract_many(reports))


def _warm_up() -> None:
    _exit_with_parent()
    from kg.extract.nlp import load_nlp

    load_nlp()
    single_threaded()


def _exit_with_parent() -> None:
    """End this worker when its parent process ends: a parent killed with SIGKILL runs no
    cleanup, and its workers would otherwise wait for work forever, each holding a pipeline."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def extract_batches(
    reports: Iterable[Report], workers: int = 1, batch_size: int = 32, in_flight: int | None = None
) -> Iterator[list[Facts]]:
    """The facts of ``reports``, one list per batch of ``batch_size``, in input order.

    ``workers=1`` extracts in this process. With more, a pool of worker processes extracts
    while the caller consumes; ``in_flight`` (default twice the workers) bounds the batches
    submitted but not yet consumed. An input that fits in one batch is extracted here too:
    starting workers (each loads spaCy) costs more than it saves.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    batches = batched(reports, batch_size)
    first = next(batches, None)
    if first is None:
        return
    second = next(batches, None)
    if workers == 1 or second is None:
        for batch in itertools.chain([first], [second] if second else [], batches):
            yield _extract_batch(batch)
        return
    limit = max(1, in_flight or 2 * workers)
    ctx = get_context("spawn")
    with one_thread_each(), \
            ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_warm_up) as pool:
        pending: deque[Future[list[Facts]]] = deque()
        try:
            for batch in itertools.chain([first, second], batches):
                pending.append(pool.submit(_extract_batch, batch))
                if len(pending) >= limit:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:  # the caller stopped early or a batch failed: drop the queued work
            for f in pending:
                f.cancel()
