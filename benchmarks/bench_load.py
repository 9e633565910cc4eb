"""Bulk-loading speed: ``kg load`` against pyoxigraph's own bulk loader, same file, same run.

The file: N-Quads of synthetic reports, replicated to the wanted size (as bench_query.py does).
``kg load`` does more than the bare loader: it finds the report graphs the store already holds
(to replace them) and writes the union of the report graphs to the default graph, which the
named queries read (in a second thread, while the bulk loader writes the report graphs). The
ratio says what that costs. Each figure loads into a fresh on-disk store.

    python benchmarks/bench_load.py --quick      # about 100k quads
    python benchmarks/bench_load.py --size 1000000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000, help="quads in the file")
    ap.add_argument("--reports", type=int, default=200, help="synthetic reports extracted")
    ap.add_argument("--quick", action="store_true", help="about 100k quads from 50 reports")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    if args.quick:
        args.size, args.reports = 100_000, 50
    sys.path.insert(0, str(HERE))
    from bench_query import base_quads, replicate

    from kg.graph import Store
    from kg.shards import load_nquads

    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base = base_quads(args.reports, args.seed, tmp)
        path = tmp / "load.nq"
        ox.serialize(
            replicate(base, max(1, round(args.size / len(base)))), str(path), ox.RdfFormat.N_QUADS
        )
        quads = sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
        mib = path.stat().st_size / 2**20
        print(f"{path.name}: {quads} quads, {mib:.0f} MiB")

        t = time.perf_counter()
        bare = ox.Store(str(tmp / "bare"))
        bare.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        bare.flush()
        del bare
        bare_s = time.perf_counter() - t

        t = time.perf_counter()
        with Store.open(tmp / "kg") as store:
            load_nquads(store, [path])
        kg_s = time.perf_counter() - t

        t = time.perf_counter()
        kg_cmd = Path(sys.executable).with_name("kg")
        subprocess.run(
            [str(kg_cmd), "load", str(path), "--store", str(tmp / "cli")],
            check=True,
            capture_output=True,
        )
        cli_s = time.perf_counter() - t

    print(f"{'loader':34} {'seconds':>8} {'quads/s':>10} {'vs bulk_load':>12}")
    for label, s in (
        ("pyoxigraph Store.bulk_load", bare_s),
        ("kg.api.load_nquads", kg_s),
        ("kg load (CLI, with start-up)", cli_s),
    ):
        print(f"{label:34} {s:8.2f} {quads / s:10.0f} {bare_s / s:12.2f}")
    print("vs bulk_load: speed as a fraction of the bare bulk loader's (1.00 = as fast).")


if __name__ == "__main__":
    main()
