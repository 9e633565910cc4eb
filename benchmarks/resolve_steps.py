"""CPU seconds of each step of the resolution over shards, per stretch of reports.

``bench_resolve_shards.py`` gives the whole run's time; when the cost per report grows, this
says which step's share grows. It wraps the steps of :func:`kg.shards.resolve_shards` with
CPU timers and prints, every ``--every`` batches, the CPU seconds per 1,000 reports of each
step over that stretch, and per batch: the known actors a batch is resolved against
(``candidates#``), the event mentions clustered again (``ev._component#``), the clusters
made or renamed (``ev._name#``) and the quads of the graphs written, new and again
(``facts_to_quads#``).
The steps nest: ``ev.update`` holds ``ev._component`` and ``ev._resolve``, which holds
``cluster_mentions``.

    python benchmarks/resolve_steps.py --size 100000 --reports 35200   # the first 35,200
    python benchmarks/resolve_steps.py --shards FOLDER --reports 20000

``--size`` writes the first ``--reports`` reports of the synthetic world of ``--size``
reports (``synth_facts.world_for``; the world decides how crowded names and series are).
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

CPU: dict[str, float] = defaultdict(float)
COUNT: dict[str, int] = defaultdict(int)


def _timed(owner: object, name: str, label: str, counted: bool = False) -> None:
    inner = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        start = time.process_time()
        try:
            out = inner(*args, **kwargs)
        finally:
            CPU[label] += time.process_time() - start
        if counted:
            COUNT[label] += len(out) if hasattr(out, "__len__") else 1
        return out

    setattr(owner, name, wrapper)


def instrument() -> None:
    import pyoxigraph

    import kg.graph
    import kg.graph.event_ledger as ledger
    import kg.resolve.known as known
    import kg.resolve.known_events as events

    _timed(known.KnownActors, "candidates", "candidates", counted=True)
    _timed(known, "resolve", "resolve")
    _timed(known.KnownActors, "absorb", "absorb")
    _timed(events.KnownEvents, "update", "ev.update")
    _timed(events.KnownEvents, "_component", "ev._component", counted=True)
    _timed(events.KnownEvents, "_resolve", "ev._resolve")
    _timed(events.KnownEvents, "_name", "ev._name", counted=True)
    _timed(events, "cluster_mentions", "cluster_mentions")
    _timed(ledger.EventLedger, "put", "ledger.put")
    _timed(kg.graph, "facts_to_quads", "facts_to_quads", counted=True)
    _timed(pyoxigraph, "serialize", "serialize")


def write(size: int, reports: int, folder: Path, seed: int = 0) -> None:
    sys.path.insert(0, str(HERE))
    import synth_facts

    from kg.shard_format import write_shard
    from kg.shards import shard_path

    world = synth_facts.world_for(size, seed)
    for start in range(0, reports, 1000):
        part = [synth_facts.make_facts(world, seed, i)
                for i in range(start, min(reports, start + 1000))]
        write_shard(shard_path(folder, start // 1000), part)


def _peak_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


class _Enough(Exception):
    pass


def run(folder: Path, reports: int, every: int, batch_size: int) -> None:
    from kg.resolve import Registry
    from kg.shards import resolve_shards, shard_files

    instrument()
    files = shard_files([folder])
    registry = Registry.load()
    begin = time.process_time()
    state = {"batches": 0, "cpu": begin, "seen": {}, "counts": {}}

    def tick(_: int) -> None:
        state["batches"] += 1
        n = state["batches"]
        if n % every == 0:
            now = time.process_time()
            per = 1000 / (every * batch_size)
            steps = " ".join(f"{k}={(v - state['seen'].get(k, 0)) * per:.2f}"
                             for k, v in sorted(CPU.items()))
            counts = " ".join(f"{k}#{(v - state['counts'].get(k, 0)) / every:.0f}"
                              for k, v in sorted(COUNT.items()))
            print(f"{n * batch_size:>7} reports {now - begin:7.0f} s CPU, "
                  f"{(now - state['cpu']) * per:5.2f} s per 1,000, RSS peak {_peak_mib():.0f} MiB"
                  f" | {steps} | per batch: {counts}", flush=True)
            state["cpu"], state["seen"], state["counts"] = now, dict(CPU), dict(COUNT)
        if n * batch_size >= reports:
            raise _Enough

    with tempfile.TemporaryDirectory(prefix="resolve-steps-") as out:
        try:
            resolve_shards(files, out, registry=registry, batch_size=batch_size, progress=tick)
        except _Enough:
            pass


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shards", type=Path, help="a folder of shards (else --size writes them)")
    ap.add_argument("--size", type=int, default=100000, help="reports of the synthetic world")
    ap.add_argument("--reports", type=int, default=35200, help="stop after this many")
    ap.add_argument("--every", type=int, default=100, help="batches per printed line")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args(argv)
    if args.shards:
        run(args.shards, args.reports, args.every, args.batch_size)
        return
    with tempfile.TemporaryDirectory(prefix="resolve-steps-facts-") as tmp:
        write(args.size, args.reports, Path(tmp))
        run(Path(tmp), args.reports, args.every, args.batch_size)


if __name__ == "__main__":
    main()
