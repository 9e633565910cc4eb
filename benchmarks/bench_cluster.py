"""Extraction on a Dask cluster against bare spaCy, and the resolution over all shards.

Two parts, one run:

1. Extraction: the same synthetic reports (``synth.py``, one .jsonl file, cut into shards of
   ``--shard-size`` records) extracted by ``kg.cluster.extract_on_cluster`` on a
   ``LocalCluster`` of 1 and 2 worker processes (spaCy warmed on each worker first: the time
   is throughput, not start-up; reading the reports and writing the shards are inside it),
   against bare spaCy (``nlp.pipe``, batch 16, parse only) in this process. Reports/s (wall),
   the ratio to spaCy and of W workers to one; and the CPU seconds (this process's for spaCy,
   the sum of the tasks' threads on the cluster) with reports per CPU second: on a machine
   shared with other work, wall time shows the share of the cores this run got, CPU time
   what the work cost.
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
import json
import resource
import subprocess
import sys
import tempfile
import time
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


def extraction(reports: int, workers: list[int], shard_size: int, seed: int,
               tmp: Path) -> None:
    sys.path.insert(0, str(HERE))
    import synth

    from kg.cluster import connect, extract_on_cluster, warm_up
    from kg.extract.nlp import load_nlp
    from kg.loaders import load_paths

    data = synth.write(synth.generate(reports, seed), tmp / "corpus.jsonl")
    texts = [r.text for r in load_paths([data]) if not isinstance(r, Exception)]
    nlp = load_nlp()
    list(nlp.pipe(texts[:16], batch_size=16))  # warm
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    spacy_rate, spacy_cpu = len(texts) / seconds, len(texts) / cpu
    print(f"extraction of {len(texts)} synthetic reports, shards of {shard_size}")
    print(f"{'what':24} {'wall s':>7} {'reports/s':>9} {'vs spacy':>8} {'vs 1 worker':>11} "
          f"{'CPU s':>7} {'reports/CPU s':>13} {'vs spacy':>8}")
    print(f"{'bare spaCy (nlp.pipe)':24} {seconds:7.1f} {spacy_rate:9.1f} {1.0:8.2f} "
          f"{'-':>11} {cpu:7.1f} {spacy_cpu:13.1f} {1.0:8.2f}", flush=True)
    one = None
    for w in workers:
        with connect(local_workers=w) as client:
            warm_up(client)
            start = time.perf_counter()
            shards, failed = extract_on_cluster(client, [data], tmp / f"shards-{w}", shard_size)
            seconds = time.perf_counter() - start
        done = sum(s.reports for s in shards)
        assert done == len(texts) and not failed, (done, failed)
        rate, cpu = done / seconds, sum(s.cpu for s in shards)
        one = one or rate
        print(f"{f'dask, {w} worker(s)':24} {seconds:7.1f} {rate:9.1f} {rate / spacy_rate:8.2f} "
              f"{rate / one:11.2f} {cpu:7.1f} {done / cpu:13.1f} {done / cpu / spacy_cpu:8.2f}",
              flush=True)


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
                       max(1, min(args.shard_size, reports // 4)), args.seed, Path(tmp))
        if not args.no_resolve:
            resolution(sizes, args.batch_size, Path(tmp))


if __name__ == "__main__":
    main()
