"""Extraction and ingest speed against the bare spaCy pipeline, with 1 and more workers.

Each figure comes from its own subprocess (so peak RSS is that measurement's own), over the
same synthetic reports (benchmarks/synth.py):

- spacy:   ``nlp.pipe`` over the texts, batch size 16, parse only: the floor;
- extract: the project's extraction (``extract_many``, same batch size), or with W workers
           ``kg.parallel.extract_batches``;
- ingest:  the whole ``kg ingest`` path (load the .jsonl, extract, resolve, write an on-disk
           store in a temp folder) with W workers.

Times exclude loading spaCy in the measuring process; worker processes load their own copy
inside the timed span, as they do in real use. One-process spacy and extract runs first pass a
one-sentence report through the measured path, so neither counts its one-time loading (spaCy's
model; the project's lexicons and compiled patterns). Ratios are against spacy (1 process) at
the same size. Peak RSS: the measuring process, and the largest worker (``RUSAGE_CHILDREN``).

Two clocks: wall seconds, and CPU seconds (this process and its workers). On a shared machine
the wall clock measures the neighbours as much as the code; the CPU clock of a one-worker run
barely moves with them, so ``cpu vs spacy`` is the figure to compare between runs. ``--repeat``
keeps each measurement's fastest run (noise only ever adds time).

    python benchmarks/bench_ingest.py --quick
    python benchmarks/bench_ingest.py --sizes 1000,10000 --workers 1,2
    python benchmarks/bench_ingest.py --reports ../shared/eval/reports --workers 1 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


_WARM_UP = (
    "GENEVA, 3 March - The Director-General of the World Health Organization (WHO), Jane Doe, "
    "opened the conference and pledged to support the Ministry of Health."
)


def measure(kind: str, data: Path, workers: int) -> dict[str, float]:
    """One measurement, in this process: seconds, reports, words, peak RSS (MiB)."""
    import kg
    from kg.extract import extract_many
    from kg.extract.nlp import load_nlp
    from kg.loaders import load_paths
    from kg.model import Report
    from kg.parallel import extract_batches

    loaded = (r for r in load_paths([data]) if not isinstance(r, Exception))
    if kind == "ingest":
        # the ingest reads the corpus itself: a list of it here would add to the RSS it measures
        reports: list = []
        sizes = [len(r.text.split()) for r in loaded]
    else:
        reports = list(loaded)
        sizes = [len(r.text.split()) for r in reports]
    words = sum(sizes)
    if not (kind == "ingest" and workers > 1):
        load_nlp()
    if kind in ("spacy", "extract") and workers == 1:
        # one short report through the measured path first: spaCy's model and the project's
        # lexicons and patterns are loaded once per process, a start-up cost, not throughput
        warm = [Report(text=_WARM_UP, source="warm-up")]
        if kind == "spacy":
            list(load_nlp().pipe([_WARM_UP]))
        else:
            list(extract_many(warm, batch_size=16))
    start = time.perf_counter()
    cpu_start = time.process_time()
    if kind == "spacy":
        nlp = load_nlp()
        for _ in nlp.pipe((r.text for r in reports), batch_size=16):
            pass
    elif kind == "extract" and workers == 1:
        for _ in extract_many(reports, batch_size=16):
            pass
    elif kind == "extract":
        for _ in extract_batches(reports, workers=workers, batch_size=32):
            pass
    elif kind == "ingest":
        with tempfile.TemporaryDirectory() as tmp, kg.open(Path(tmp) / "store") as g:
            summary = g.ingest([data], workers=workers)
            assert len(summary.loaded) == len(sizes), "every report should load"
    else:
        raise ValueError(kind)
    seconds = time.perf_counter() - start
    own_cpu = time.process_time() - cpu_start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "cpu": own_cpu + children.ru_utime + children.ru_stime,
        "reports": len(sizes),
        "words": words,
        "rss": _rss_mb(resource.RUSAGE_SELF),
        "rss_workers": _rss_mb(resource.RUSAGE_CHILDREN),
    }


def run(kind: str, data: Path, workers: int, repeat: int = 1) -> dict[str, float]:
    """:func:`measure` in a fresh interpreter, ``repeat`` times; each clock keeps its fastest."""
    runs = [_run_once(kind, data, workers) for _ in range(repeat)]
    best = dict(runs[0])
    for key in ("seconds", "cpu"):
        best[key] = min(r[key] for r in runs)
    return best


def _run_once(kind: str, data: Path, workers: int) -> dict[str, float]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--measure",
        kind,
        "--data",
        str(data),
        "--workers",
        str(workers),
    ]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000", help="report counts, comma-separated")
    ap.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    ap.add_argument("--quick", action="store_true", help="sizes 40,160: checks that it works")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1, help="runs per figure; fastest kept")
    ap.add_argument(
        "--reports",
        type=Path,
        nargs="+",
        help="real report files or folders instead of synthetic ones (sizes ignored)",
    )
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.data, int(args.workers))))
        return
    sys.path.insert(0, str(HERE))
    import synth

    sizes = [40, 160] if args.quick else [int(s) for s in args.sizes.split(",")]
    workers = [int(w) for w in args.workers.split(",")]
    head = (
        f"{'reports':>8} {'what':8} {'workers':>7} {'seconds':>8} {'cpu s':>8} {'reports/s':>9} "
        f"{'words/s':>8} {'vs spacy':>8} {'cpu vs':>7} {'RSS MiB':>8} {'worker RSS':>10}"
    )
    print(f"load average at start: {_load()}")
    print(head)
    print("-" * len(head))
    with tempfile.TemporaryDirectory() as tmp:
        if args.reports:
            corpora = [_real_corpus(args.reports, Path(tmp) / "reports.jsonl")]
        else:
            corpora = [
                synth.write(synth.generate(n, args.seed), Path(tmp) / f"synth-{n}.jsonl")
                for n in sizes
            ]
        for data in corpora:
            base = run("spacy", data, 1, args.repeat)
            plan = [("spacy", 1)] + [(k, w) for k in ("extract", "ingest") for w in workers]
            for kind, w in plan:
                m = base if kind == "spacy" else run(kind, data, w, args.repeat)
                rate = m["reports"] / m["seconds"]
                wrss = f"{m['rss_workers']:10.0f}" if w > 1 else f"{'-':>10}"
                print(
                    f"{int(m['reports']):8d} {kind:8} {w:7d} {m['seconds']:8.2f} {m['cpu']:8.2f} "
                    f"{rate:9.1f} {m['words'] / m['seconds']:8.0f} "
                    f"{base['seconds'] / m['seconds']:8.2f} {base['cpu'] / m['cpu']:7.2f} "
                    f"{m['rss']:8.0f} {wrss}",
                    flush=True,
                )
    print(f"load average at end: {_load()}")
    print("vs spacy / cpu vs: speed as a fraction of the bare spaCy pipeline's (1.00 = as fast),")
    print("by the wall clock and by CPU seconds.")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def _real_corpus(paths: list[Path], out: Path) -> Path:
    """The reports under ``paths`` as one JSON Lines file, read the same way as synthetic ones."""
    from kg.loaders import load_paths

    with out.open("w", encoding="utf-8") as f:
        for r in load_paths(paths):
            if isinstance(r, Exception):
                raise SystemExit(f"bench_ingest: {r}")
            record = {"source": r.source, "title": r.title, "text": r.text, "author": r.author}
            if r.published:
                record["published"] = r.published.isoformat()
            f.write(json.dumps(record) + "\n")
    return out


if __name__ == "__main__":
    main()
