"""Extraction on a Dask cluster against bare spaCy, and the resolution over all shards.

Two parts, one run:

1. Extraction: the same synthetic reports (``synth.py``, one .jsonl file, cut into shards of
   ``--shard-size`` records) extracted by ``kg.cluster.extract_on_cluster`` on a
   ``LocalCluster`` of 1 and 2 worker processes (``--workers``), against bare spaCy
   (``nlp.pipe``, batch 16, parse only) and kg's extraction (``extract_many``: parse and
   rules) in this one process. The clusters are started and spaCy loaded on their workers
   first, timed apart (start-up is not throughput); reading the reports and writing the
   shards are inside the cluster's time. ``--rounds`` runs of each kind, interleaved so that
   each kind sees the same load; the medians are printed, and each round's ratio.
   Columns: reports/s of the wall, the ratio to bare spaCy and to 1 worker, the CPU seconds
   (for a cluster: its worker processes and this process, which holds the scheduler, the
   nannies and the client), the cores the run got (CPU / wall) and reports per CPU second.
   Per worker: its CPU, the seconds it ran a task (busy) or had none (idle), the seconds its
   threads were ready but waited for a core (Linux ``schedstat``: other processes on the
   cores), and how long before the last task its own last one ended (the uneven tail).
   The machine's load average is printed at the start, after start-up and at the end: on a
   shared machine wall time shows the share of the cores a run got, CPU time what it cost.
2. Resolution over all shards (``kg.shards.resolve_shards``, as ``kg resolve`` runs it: read
   every shard, resolve actors and events in ``kg ingest``'s batches against the running
   tables, write the N-Quads) of ``--sizes`` synthetic reports built without spaCy by
   ``resolve_bench.corpus`` (about eight actors and one event each, names in many spellings),
   written as shards of 1,000. Each size runs in a fresh interpreter, so its peak RSS
   (``getrusage``) is its own; printed with the RSS before resolution (imports done), wall and
   CPU seconds, ms per batch over the first and the last tenth of the batches, and the growth
   from the smallest size to each other against linear.

    python benchmarks/bench_cluster.py --quick
    python benchmarks/bench_cluster.py --reports 600 --sizes 10000,100000
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rss_mib() -> float:
    """Peak RSS of this process (MiB): ``VmHWM``, which an exec resets; ``ru_maxrss`` keeps
    the parent's peak across fork and exec, so a child of a parent holding the corpus would
    report the parent's memory."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} {five:.1f} {fifteen:.1f}"


def _proc(pid: int) -> tuple[float, float]:
    """CPU seconds of process ``pid`` (all its threads) and the seconds its threads were ready
    to run but waited for a core (``schedstat``: time other processes held the cores)."""
    cpu = wait = 0.0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with contextlib.suppress(OSError), open(f"/proc/{pid}/task/{task}/schedstat") as f:
                ran, waited, _ = f.read().split()
                cpu, wait = cpu + int(ran) / 1e9, wait + int(waited) / 1e9
    except OSError:  # not Linux
        return float("nan"), float("nan")
    return cpu, wait


@dataclass
class Run:
    """One timed extraction: reports/s of the wall, CPU seconds of the work."""

    seconds: float
    cpu: float
    reports: int
    detail: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.reports / self.seconds


def bare_spacy(texts: list[str]) -> Run:
    from kg.extract.nlp import load_nlp

    nlp = load_nlp()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return Run(time.perf_counter() - start, time.process_time() - cpu, len(texts))


def one_process(reports: list) -> Run:
    from kg.extract import extract_many

    start, cpu = time.perf_counter(), time.process_time()
    for _ in extract_many(reports):
        pass
    return Run(time.perf_counter() - start, time.process_time() - cpu, len(reports))


def on_cluster(client, data: Path, out: Path, shard_size: int) -> Run:
    """Extract on the cluster of ``client``; per worker process: its CPU seconds (all
    threads), those of its tasks, the seconds it ran a task (busy) and had none (idle), the
    seconds its threads waited for a core, and how long before the end its last task ended
    (the tail); and the CPU seconds of this process (scheduler, nannies, client)."""
    from distributed import get_task_stream

    from kg.cluster import extract_on_cluster

    pids: dict[str, int] = client.run(os.getpid)
    before = {w: _proc(pid) for w, pid in pids.items()}
    here = _proc(os.getpid())
    start = time.perf_counter()
    with get_task_stream(client) as stream:
        shards, failed = extract_on_cluster(client, [data], out, shard_size)
    seconds = time.perf_counter() - start
    after = {w: _proc(pid) for w, pid in pids.items()}
    done = sum(s.reports for s in shards)
    assert not failed, failed
    busy = dict.fromkeys(pids, 0.0)
    last = dict.fromkeys(pids, 0.0)
    for task in stream.data:
        for span in task["startstops"]:
            if span["action"] == "compute" and task["worker"] in busy:
                busy[task["worker"]] += span["stop"] - span["start"]
                last[task["worker"]] = max(last[task["worker"]], span["stop"])
    end = max(last.values())
    now = _proc(os.getpid())
    tasks = sum(s.cpu for s in shards)
    cpu = sum(after[w][0] - before[w][0] for w in pids) + now[0] - here[0]
    detail = []
    for n, w in enumerate(sorted(pids, key=pids.get)):
        (c0, w0), (c1, w1) = before[w], after[w]
        detail.append(f"    worker {n + 1}: CPU {c1 - c0:6.1f} s, busy {busy[w]:6.1f} s, idle "
                      f"{seconds - busy[w]:5.1f} s, waited for a core {w1 - w0:6.1f} s, "
                      f"last task ended {end - last[w]:4.1f} s before the last")
    detail.append(f"    this process (scheduler, nannies, client): CPU {now[0] - here[0]:.1f} s")
    detail[0:0] = [f"    tasks' CPU {tasks:.1f} s of the workers' "
                   f"{sum(after[w][0] - before[w][0] for w in pids):.1f} s"]
    return Run(seconds, cpu, done, detail)


def _median(runs: list[Run]) -> Run:
    return sorted(runs, key=lambda r: r.rate)[len(runs) // 2]


def extraction(reports: int, workers: list[int], shard_size: int, seed: int, rounds: int,
               tmp: Path) -> None:
    sys.path.insert(0, str(HERE))
    import synth

    from kg.cluster import connect, warm_up
    from kg.extract import extract_many
    from kg.extract.nlp import load_nlp
    from kg.loaders import load_paths

    data = synth.write(synth.generate(reports, seed), tmp / "corpus.jsonl")
    loaded = [r for r in load_paths([data]) if not isinstance(r, Exception)]
    texts = [r.text for r in loaded]
    print(f"extraction of {len(texts)} synthetic reports, shards of {shard_size}, "
          f"{rounds} round(s); load average (1, 5, 15 min) at start: {_load()}", flush=True)
    list(extract_many(loaded[:16], load_nlp()))  # warm: spaCy and the lexicons loaded
    results: dict[str, list[Run]] = {}
    with contextlib.ExitStack() as stack:
        clients = {}
        for w in workers:  # all started first: start-up is measured apart, not in the rounds
            start = time.perf_counter()
            clients[w] = stack.enter_context(connect(local_workers=w))
            started = time.perf_counter() - start
            warm_up(clients[w])
            print(f"start-up of the {w}-worker cluster (not counted below): {started:.1f} s, "
                  f"then spaCy loaded on its workers in {time.perf_counter() - start - started:.1f}"
                  f" s; load average {_load()}", flush=True)
        for r in range(rounds):  # interleaved, so that every kind of run sees the same load
            results.setdefault("bare spaCy (nlp.pipe)", []).append(bare_spacy(texts))
            results.setdefault("kg, one process", []).append(one_process(loaded))
            for w in workers:
                run = on_cluster(clients[w], data, tmp / f"shards-{w}-{r}", shard_size)
                results.setdefault(f"dask, {w} worker(s)", []).append(run)
            print(f"  round {r + 1} done; load average {_load()}", file=sys.stderr, flush=True)
    spacy = _median(results["bare spaCy (nlp.pipe)"])
    one = _median(results[f"dask, {workers[0]} worker(s)"])
    print(f"{'what (median of rounds)':26} {'wall s':>7} {'reports/s':>9} {'vs spaCy':>8} "
          f"{f'vs {workers[0]} worker':>11} {'CPU s':>7} {'cores got':>9} {'reports/CPU s':>13}")
    for what, runs in results.items():
        m = _median(runs)
        versus = f"{m.rate / one.rate:11.2f}" if what.startswith("dask") else f"{'-':>11}"
        print(f"{what:26} {m.seconds:7.1f} {m.rate:9.1f} {m.rate / spacy.rate:8.2f} {versus} "
              f"{m.cpu:7.1f} {m.cpu / m.seconds:9.2f} {m.reports / m.cpu:13.1f}")
        if rounds > 1:
            print(f"    each round, reports/s: {', '.join(f'{x.rate:.1f}' for x in runs)}")
        print("\n".join(m.detail))
    for w in workers[1:]:
        mine, first = results[f"dask, {w} worker(s)"], results[f"dask, {workers[0]} worker(s)"]
        print(f"{w} workers / {workers[0]}, each round: "
              + ", ".join(f"{a.rate / b.rate:.2f}" for a, b in zip(mine, first, strict=True)))
    print(f"load average at end: {_load()}", flush=True)


def write_corpus(size: int, folder: Path, per_shard: int = 1000) -> list[Path]:
    """The synthetic facts of ``size`` reports (resolve_bench.corpus) written as shards."""
    sys.path.insert(0, str(HERE))
    import resolve_bench

    from kg.shard_format import write_shard
    from kg.shards import shard_path

    facts, _ = resolve_bench.corpus(size)
    paths = []
    for i in range(0, size, per_shard):
        paths.append(shard_path(folder, i // per_shard))
        write_shard(paths[-1], facts[i : i + per_shard])
    return paths


def measure_resolution(folder: Path, batch_size: int) -> dict[str, float]:
    """Run in a fresh interpreter: resolve every shard of ``folder``, write the N-Quads."""
    from kg.resolve import Registry
    from kg.shards import resolve_shards, shard_files

    files = shard_files([folder])
    registry = Registry.load()
    before = _rss_mib()
    batches: list[float] = []
    last = [time.perf_counter()]

    def tick(_: int) -> None:
        now = time.perf_counter()
        batches.append(now - last[0])
        last[0] = now
        if len(batches) % 100 == 0:  # on stderr, to follow a long run
            print(f"  ... {len(batches) * batch_size} reports resolved in {now - wall:.0f} s "
                  f"wall, {time.process_time() - cpu:.0f} s CPU; last 100 batches "
                  f"{1000 * sum(batches[-100:]) / 100:.0f} ms/batch wall; RSS peak "
                  f"{_rss_mib():.0f} MiB", file=sys.stderr, flush=True)

    wall, cpu = time.perf_counter(), time.process_time()
    last[0] = wall
    done = resolve_shards(files, folder / "nq", registry=registry, batch_size=batch_size,
                          progress=tick)
    tenth = max(1, len(batches) // 10)
    return {
        "reports": done.reports,
        "quads": done.quads,
        "wall": time.perf_counter() - wall,
        "cpu": time.process_time() - cpu,
        "rss_before": before,
        "rss_peak": _rss_mib(),
        "first_ms": 1000 * sum(batches[:tenth]) / tenth,
        "last_ms": 1000 * sum(batches[-tenth:]) / tenth,
    }


def resolution(sizes: list[int], batch_size: int, tmp: Path) -> None:
    print(f"\nresolution over all shards (shards of 1,000 reports; batches of {batch_size})")
    print(f"{'reports':>8} {'quads':>10} {'wall s':>8} {'CPU s':>8} {'ms/batch first':>14} "
          f"{'last':>7} {'RSS before':>10} {'RSS peak':>9} {'growth':>7} {'linear':>7}")
    base = None
    for size in sizes:
        folder = tmp / f"facts-{size}"
        folder.mkdir()
        write_corpus(size, folder)
        cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", str(folder),
               "--batch-size", str(batch_size)]
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
        m = json.loads(out.strip().splitlines()[-1])
        base = base or (size, m["cpu"])
        growth = m["cpu"] / base[1]
        print(f"{m['reports']:>8} {m['quads']:>10} {m['wall']:8.1f} {m['cpu']:8.1f} "
              f"{m['first_ms']:14.0f} {m['last_ms']:7.0f} {m['rss_before']:8.0f}Mi "
              f"{m['rss_peak']:7.0f}Mi {growth:7.1f} {size / base[0]:7.1f}", flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--reports", type=int, default=600, help="reports to extract")
    ap.add_argument("--workers", default="1,2", help="cluster sizes, comma-separated")
    ap.add_argument("--shard-size", type=int, default=25, help="reports per extraction task")
    ap.add_argument("--rounds", type=int, default=1,
                    help="extraction runs of each kind, interleaved; medians printed")
    ap.add_argument("--sizes", default="10000,100000", help="reports to resolve, comma-separated")
    ap.add_argument("--batch-size", type=int, default=32, help="kg ingest's batch: the same store")
    ap.add_argument("--no-extract", action="store_true", help="only the resolution part")
    ap.add_argument("--no-resolve", action="store_true", help="only the extraction part")
    ap.add_argument("--quick", action="store_true", help="small sizes: checks that it works")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure_resolution(args.measure, args.batch_size)))
        return
    reports, sizes = args.reports, [int(s) for s in args.sizes.split(",")]
    if args.quick:
        reports, sizes = 24, [200, 400]
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        if not args.no_extract:
            extraction(reports, [int(w) for w in args.workers.split(",")],
                       max(1, min(args.shard_size, reports // 4)), args.seed, args.rounds,
                       Path(tmp))
        if not args.no_resolve:
            resolution(sizes, args.batch_size, Path(tmp))


if __name__ == "__main__":
    main()
