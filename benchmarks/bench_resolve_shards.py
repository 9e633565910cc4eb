"""The resolution over all shards at growing sizes: time, growth against linear, peak memory.

The shards are NOT extracted: extracting 100,000 reports with spaCy would take hours, and
resolution needs only what extraction hands it. ``synth_facts.corpus`` builds each report's
unresolved facts directly (actors named as reports name them, one gathering of a series of
editions, participations) from the seeded world of ``synth.py``, whose combinatorial pools
keep names distinct at 100,000 reports, and whose surnames grow with the world as a real
feed's do (one per five officials, a few very common); they are written as shards of ``--per-shard``
reports in the format of ``kg extract`` (``kg.shard_format``).

Each size is written by one fresh interpreter and resolved by another
(``kg.shards.resolve_shards``, as ``kg resolve`` runs it: read every shard, resolve actors
and events in ``kg ingest``'s batches against the running tables, write the N-Quads), so the
peak RSS printed (``VmHWM``) is the resolution's own. Printed per size: quads, actors and
events written, wall and CPU seconds, ms per batch over the first and the last tenth of the
batches, RSS before resolving (imports done) and at the peak; then, from each size to the
next, the ratio of CPU time against the ratio of reports (linear: equal; quadratic: its
square).

    python benchmarks/bench_resolve_shards.py                          # 1,000 10,000 100,000
    python benchmarks/bench_resolve_shards.py --sizes 500,2000         # small, for CI
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
    """Peak RSS of this process in MiB (``VmHWM``: an exec resets it, ``ru_maxrss`` keeps
    the parent's peak across fork and exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_shards(size: int, folder: Path, seed: int, per_shard: int) -> dict[str, int]:
    """The synthetic facts of ``size`` reports written as shards under ``folder``."""
    sys.path.insert(0, str(HERE))
    import synth_facts

    from kg.shard_format import write_shard
    from kg.shards import shard_path

    world = synth_facts.world_for(size, seed)
    for start in range(0, size, per_shard):
        part = [synth_facts.make_facts(world, seed, i)
                for i in range(start, min(size, start + per_shard))]
        write_shard(shard_path(folder, start // per_shard), part)
    return synth_facts.describe(world)


def measure(folder: Path, batch_size: int) -> dict[str, float]:
    """Resolve every shard of ``folder`` and write the N-Quads (in a fresh interpreter)."""
    from kg.resolve import Registry
    from kg.shards import resolve_shards, shard_files

    files = shard_files([folder])
    registry = Registry.load()
    before = _rss_mib()
    batches: list[float] = []
    wall, cpu = time.perf_counter(), time.process_time()
    last = [wall]

    def tick(_: int) -> None:
        now = time.perf_counter()
        batches.append(now - last[0])
        last[0] = now
        if len(batches) % 100 == 0:  # on stderr, to follow a long run
            print(f"  ... {len(batches) * batch_size} reports, {now - wall:.0f} s wall, "
                  f"{time.process_time() - cpu:.0f} s CPU, RSS peak {_rss_mib():.0f} MiB",
                  file=sys.stderr, flush=True)

    done = resolve_shards(files, folder / "nq", registry=registry, batch_size=batch_size,
                          progress=tick)
    seconds, cpu = time.perf_counter() - wall, time.process_time() - cpu
    tenth = max(1, len(batches) // 10)
    actors, events = set(), set()
    for path in done.files:  # the ids written, from the N-Quads (not timed)
        with open(path, encoding="utf-8") as stream:
            for line in stream:
                subject = line.split(" ", 1)[0]
                if "/actor/" in subject:
                    actors.add(subject)
                elif "/event/" in subject:
                    events.add(subject)
    return {"reports": done.reports, "quads": done.quads, "actors": len(actors),
            "events": len(events), "wall": seconds, "cpu": cpu, "rss_before": before,
            "rss_peak": _rss_mib(), "first_ms": 1000 * sum(batches[:tenth]) / tenth,
            "last_ms": 1000 * sum(batches[-tenth:]) / tenth}


def _child(*args: str) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), *args]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run(sizes: list[int], batch_size: int, seed: int, per_shard: int, tmp: Path) -> None:
    print(f"resolution over all shards of synthetic facts (no spaCy; shards of {per_shard}, "
          f"batches of {batch_size}, seed {seed})")
    print(f"{'reports':>8} {'people':>7} {'gather.':>7} {'quads':>9} {'actors':>7} "
          f"{'events':>7} {'wall s':>8} {'CPU s':>8} {'ms/batch first':>14} {'last':>6} "
          f"{'RSS before':>10} {'RSS peak':>9}", flush=True)
    rows = []
    for size in sizes:
        folder = tmp / f"facts-{size}"
        folder.mkdir()
        world = _child("--write", str(folder), "--size", str(size), "--seed", str(seed),
                       "--per-shard", str(per_shard))
        m = _child("--measure", str(folder), "--batch-size", str(batch_size))
        rows.append((size, m))
        print(f"{m['reports']:>8} {world['people']:>7} {world['gatherings']:>7} "
              f"{m['quads']:>9} {m['actors']:>7} {m['events']:>7} {m['wall']:8.1f} "
              f"{m['cpu']:8.1f} {m['first_ms']:14.0f} {m['last_ms']:6.0f} "
              f"{m['rss_before']:8.0f}Mi {m['rss_peak']:7.0f}Mi", flush=True)
        for path in sorted(folder.rglob("*"), reverse=True):  # free the disk for the next
            path.rmdir() if path.is_dir() else path.unlink()
    for (n1, a), (n2, b) in zip(rows, rows[1:], strict=False):
        print(f"{n1} -> {n2} reports (x{n2 / n1:.0f}): CPU time x{b['cpu'] / a['cpu']:.1f}, "
              f"wall x{b['wall'] / a['wall']:.1f}, peak RSS x{b['rss_peak'] / a['rss_peak']:.2f}"
              f" (linear x{n2 / n1:.0f}, quadratic x{(n2 / n1) ** 2:.0f})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="reports, comma-separated")
    ap.add_argument("--batch-size", type=int, default=32, help="kg ingest's batch")
    ap.add_argument("--per-shard", type=int, default=1000, help="reports per shard")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--write", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.write:
        print(json.dumps(write_shards(args.size, args.write, args.seed, args.per_shard)))
        return
    if args.measure:
        print(json.dumps(measure(args.measure, args.batch_size)))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-resolve-shards-") as tmp:
        run(sizes, args.batch_size, args.seed, args.per_shard, Path(tmp))


if __name__ == "__main__":
    main()
