"""Named-query latency: the embedded Oxigraph store against rdflib's in-memory Dataset.

The graphs: synthetic reports (benchmarks/synth.py) extracted once, their N-Quads then
replicated with renamed resources (``...-c3`` IRIs, labels suffixed " 3") until the report
graphs hold about the wanted number of quads; copy 0 keeps the original names, so a name
parameter picks one actor, as in real data. Both engines get the same layout: the report
graphs, and their union as the default graph (what the named queries read).

Each query of ``kg/data/queries/*.rq`` runs with parameters taken from the data (the actor named in
most reports, the earliest event...): a query with an optional actor parameter both over the
whole graph and for one actor, each case against the issue's target (20 ms for one actor or
event, 1 s for the whole graph). The figure is the median of ``--repeat`` runs of the Python
API (``run_query``: evaluation and conversion of the rows). rdflib runs stop after
``--timeout`` seconds; the ratio is then a lower bound (">N").

    python benchmarks/bench_query.py --quick            # about 10k and 100k quads
    python benchmarks/bench_query.py --sizes 100000,1000000 --rdflib-repeat 1
    python benchmarks/bench_query.py --sizes 1000000 --no-rdflib --on-disk
    python benchmarks/bench_query.py --sizes 200000 --no-rdflib --on-disk --baseline old-queries/
    python benchmarks/bench_query.py --sizes 1000000 --no-rdflib --on-disk --write-cost

The store keeps the rows of the costliest whole-graph queries (kg/graph/summary.py) and
``run_query`` reads them while they are current; for those cases the line also gives the plain
query's time (what a store whose rows are stale, or off, costs). ``--write-cost`` times
writing the rows again after a write.
"""

from __future__ import annotations

import argparse
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
LABELS = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#altLabel",
    "https://w3id.org/akg/ontology#acronym",
    "https://w3id.org/akg/ontology#name",
    "https://w3id.org/akg/ontology#nameKey",
)


def base_quads(reports: int, seed: int, tmp: Path) -> list[ox.Quad]:
    """The quads of ``reports`` synthetic reports, extracted once (in one process); kept in
    ``tmp`` and read from there by a later run."""
    kept = tmp / f"base-{reports}-{seed}.nq"
    if kept.exists():
        return list(ox.parse(path=str(kept), format=ox.RdfFormat.N_QUADS))
    sys.path.insert(0, str(HERE))
    import synth

    from kg.shards import extract_shards, resolve_shards

    data = synth.write(synth.generate(reports, seed), tmp / "base.jsonl")
    shards, _ = extract_shards([data], tmp / "base", shard_size=reports)
    resolved = resolve_shards([s.path for s in shards], tmp / "base")
    quads = list(ox.parse(path=str(resolved.files[0]), format=ox.RdfFormat.N_QUADS))
    ox.serialize(quads, str(kept), ox.RdfFormat.N_QUADS)
    return quads


def replicate(base: list[ox.Quad], copies: int) -> Iterator[ox.Quad]:
    """``copies`` copies of ``base``, resources and labels renamed in every copy but the first."""
    for k in range(copies):
        yield from (base if k == 0 else copy_of(base, k))


def copy_of(base: list[ox.Quad], k: int) -> Iterator[ox.Quad]:
    """Copy ``k`` of ``base``: resources renamed ``...-c<k>``, labels suffixed with ``k``."""
    from kg.graph.terms import ID_NS

    seen: dict[Any, Any] = {}

    def rename(t: Any) -> Any:
        if t not in seen:
            ok = isinstance(t, ox.NamedNode) and t.value.startswith(ID_NS)
            seen[t] = ox.NamedNode(f"{t.value}-c{k}") if ok else t
        return seen[t]

    for q in base:
        o = q.object
        if isinstance(o, ox.Literal) and q.predicate.value in LABELS:
            o = ox.Literal(f"{o.value} {k}")
        yield ox.Quad(rename(q.subject), q.predicate, rename(o), rename(q.graph_name))


# what the issue asks of each kind of query at about 1M triples (ms)
# (issue 20: on disk, every whole-graph query under 1 s, every one-actor query under 20 ms)
TARGETS = {"one actor": 20.0, "one event": 20.0, "whole graph": 1000.0}


def cases(store: Any) -> list[tuple[str, dict[str, str], str]]:
    """(query, parameters, kind) for every named query: those with an actor parameter both
    about one actor and, when it is optional, over the whole graph. Parameters come from the
    data: the organization and the person named in most reports, the earliest event."""
    from kg.query import list_queries, run_query

    actors = run_query(store, "actors").rows  # most reports first
    org = str(next(r for r in actors if r["type"] != "Person")["actor"])
    who = str(next(r for r in actors if r["type"] == "Person")["actor"])
    event = str(run_query(store, "events").rows[0]["event"])
    about = {"actor-profile": {"name": org}, "co-participants": {"name": who},
             "collaborations": {"name": org}, "commitments": {"name": who},
             "endorsements": {"name": org}, "events": {"organizer": org},
             "evidence": {"name": who}, "officials": {"org": org}, "timeline": {"name": org},
             "event-profile": {"name": event}}
    whole = {"commitments": {"kind": "pledge"}, "declarations": {"text": "for"},
             "events": {"since": "2021-01-01"}}
    out: list[tuple[str, dict[str, str], str]] = []
    for q in list_queries():
        one = about.get(q.name)
        # a query whose actor or event parameter may be left out runs over the whole graph too
        if one is None or any(p.optional for p in q.params if p.name in one):
            out.append((q.name, whole.get(q.name, {}), "whole graph"))
        if one is not None:
            out.append((q.name, one, "one event" if q.name == "event-profile" else "one actor"))
    return out


class Timeout(Exception):
    pass


def _alarm(*_: Any) -> None:
    raise Timeout


def median_ms(run: Callable[[], int], repeat: int, timeout: float,
              cpu: list[float] | None = None) -> tuple[float | str, int]:
    """Median wall time (ms) of ``repeat`` runs and the row count; or why there is none
    ("timeout" past ``timeout`` seconds, "error" when the engine cannot run the query).
    ``cpu`` receives the median CPU time of the process (ms), steadier than the wall time
    on a shared machine."""
    times, cpus, rows = [], [], -1
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        for _ in range(repeat):
            signal.setitimer(signal.ITIMER_REAL, timeout)
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                rows = run()
            except Timeout:
                return "timeout", rows
            except Exception:  # rdflib fails on some valid SPARQL (EXISTS in aggregates)
                return "error", rows
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append((time.perf_counter() - start) * 1000)
            cpus.append((time.process_time() - start_cpu) * 1000)
    finally:
        signal.signal(signal.SIGALRM, old)
    if cpu is not None:
        cpu.append(statistics.median(cpus))
    return statistics.median(times), rows


def _ms(value: float | str) -> str:
    return value if isinstance(value, str) else f"{value:.1f}"


def rdflib_runner(ds: Any, name: str, params: dict[str, str]) -> Callable[[], int]:
    """The named query on rdflib, its parameters given as initBindings (never pasted in)."""
    from rdflib import Literal, URIRef, Variable

    from kg.graph.terms import PREFIXES, iri
    from kg.query.library import get_query
    from kg.query.run import bind_params

    q = get_query(name)
    bound = bind_params(q, params)
    bindings = {}
    for k, v in bound.items():
        bindings[Variable(k)] = URIRef(str(v)) if isinstance(v, iri) else Literal(v)
    ns = {p: URIRef(u) for p, u in PREFIXES.items()}
    prepared = q.sparql_for(set(bound))

    def run() -> int:
        return len(list(ds.query(prepared, initNs=ns, initBindings=bindings)))

    return run


def plain_runner(store: Any, name: str, params: dict[str, str]) -> Callable[[], int] | None:
    """The current named query as its plain text, when the store would read its stored rows
    instead (kg/graph/summary.py): what the query costs on a store whose rows are stale."""
    from kg.query.library import get_query
    from kg.query.run import _run, _summary_text, bind_params

    q = get_query(name)
    bound = bind_params(q, params)
    if _summary_text(store, q, set(bound)) is None:
        return None
    sparql = q.sparql_for(set(bound))
    return lambda: len(_run(store, sparql, bound).rows)


def write_cost(store: Any, base: list[ox.Quad], tmp: Path) -> None:
    """What writing the stored rows costs after a write: a copy of the store (a RocksDB
    checkpoint, hard links) gets one new report, then 32 more (renamed copies of the base's
    report graphs, bulk-loaded as `kg load` does), each followed by Store.summarize()."""
    import shutil

    from kg.graph import Store

    graphs: dict[Any, list[ox.Quad]] = {}
    for q in base:
        graphs.setdefault(q.graph_name, []).append(q)
    reports = list(graphs.values())
    where = tmp / "write-cost-store"
    shutil.rmtree(where, ignore_errors=True)
    store.inner.backup(str(where))
    copy = Store.open(where)
    try:
        for part in (reports[:1], reports[1:33]):
            label = f"{len(part)} report" + ("s" * (len(part) > 1))
            path = tmp / "write-cost.nq"
            ox.serialize([q for i, r in enumerate(part) for q in copy_of(r, 9000 + i)],
                         str(path), ox.RdfFormat.N_QUADS)
            t = time.process_time()
            copy.load_nquads([path])
            load = time.process_time() - t
            t = time.process_time()
            rows = copy.summarize()
            print(f"write cost, {label} bulk-loaded: load {load:.2f} s CPU, then the stored rows "
                  f"({rows}) {time.process_time() - t:.2f} s CPU", flush=True)
    finally:
        copy.close()
        shutil.rmtree(where, ignore_errors=True)


def baseline_runner(store: Any, folder: Path, name: str,
                    params: dict[str, str]) -> Callable[[], int]:
    """The named query as ``folder`` holds it (``name.rq`` and its ``name@param.rq`` variants),
    run like :func:`kg.query.run_query` runs the current one: its parameters written into the
    text as constants (:mod:`kg.query.paste`), so that the two differ by their text only."""
    from kg.query.library import parse_query
    from kg.query.run import _run, bind_params

    q = parse_query(folder / f"{name}.rq")
    bound = bind_params(q, params)
    sparql = q.sparql_for(set(bound))
    return lambda: len(_run(store, sparql, bound).rows)


def bench(
    size: int, base: list[ox.Quad], tmp: Path, repeat: int, timeout: float, rdflib_on: bool,
    rdflib_repeat: int, on_disk: bool, baseline: Path | None = None,
    only: set[str] | None = None, write_costs: bool = False,
) -> None:
    import rdflib

    from kg.graph import Store
    from kg.query import run_query
    from kg.shards import load_nquads

    copies = max(1, round(size / len(base)))
    path = tmp / f"graph-{size}.nq"
    where = tmp / f"store-{size}"
    kept = on_disk and (where / "CURRENT").exists()  # a --workdir store of an earlier run
    if not kept:
        ox.serialize(replicate(base, copies), str(path), ox.RdfFormat.N_QUADS)
    store = Store.open(where if on_disk else None)
    t = time.perf_counter()
    quads = len(store) if kept else load_nquads(store, [path])
    ox_load = time.perf_counter() - t
    # the rows of the costliest whole-graph queries, as the store writes them at close after
    # a load or an ingest (kg/graph/summary.py); kept from an earlier run when still current
    t, t_cpu = time.perf_counter(), time.process_time()
    summarized = "kept" if store.summary_is_current() else f"{store.summarize()} rows"
    summary_s = (time.perf_counter() - t, time.process_time() - t_cpu)
    t = time.perf_counter()
    ds = rdflib.Dataset()
    if rdflib_on:
        ds.parse(str(path), format="nquads")
        union = ds.default_graph if hasattr(ds, "default_graph") else ds.default_context
        for s, p, o, _g in ds.quads((None, None, None, None)):
            union.add((s, p, o))
    rdf_load = time.perf_counter() - t
    todo = [c for c in cases(store) if not only or c[0] in only]
    print(
        f"\n{quads} quads in report graphs ({copies} copies of {len(base)}), "
        f"Oxigraph {'on disk' if on_disk else 'in memory'}; "
        f"load: oxigraph {'(kept store) ' if kept else ''}{ox_load:.1f} s, "
        f"rdflib {rdf_load:.1f} s; stored rows of the whole-graph queries ({summarized}): "
        f"{summary_s[0]:.1f} s, CPU {summary_s[1]:.1f} s"
    )
    head = (f"{'query':22} {'params':30} {'kind':11} {'oxigraph ms':>11} {'cpu ms':>8} "
            f"{'target':>6} "
            f"{'rdflib ms':>10} {'ratio':>7} rows")
    print(head + "\n" + "-" * (len(head) + 8))
    for name, p, kind in todo:
        if baseline is not None:  # the older query first, so that neither warms the other's cache
            old_cpu: list[float] = []
            old_ms, old_rows = median_ms(baseline_runner(store, baseline, name, p), repeat,
                                         timeout, old_cpu)
        plain = plain_runner(store, name, p)
        if plain is not None:  # the plain text, as a store without current rows runs it
            plain_cpu: list[float] = []
            plain_ms, plain_rows = median_ms(plain, repeat, timeout, plain_cpu)
        cpu: list[float] = []
        ox_ms, ox_rows = median_ms(lambda n=name, p=p: len(run_query(store, n, p)), repeat,
                                   timeout, cpu)
        ox_cpu = f"{cpu[0]:.1f}" if cpu else "-"
        rd_ms, rd_rows = (
            median_ms(rdflib_runner(ds, name, p), rdflib_repeat, timeout)
            if rdflib_on
            else ("skipped", -1)
        )
        shown = ", ".join(f"{k}={v}" for k, v in p.items())[:30]
        met = "ok" if isinstance(ox_ms, float) and ox_ms < TARGETS[kind] else "OVER"
        if rd_ms == "timeout":  # the ratio is then at least timeout / oxigraph time
            rd = f"{'>' + str(int(timeout)) + 's':>10}"
            ratio = f"{'>' + format(timeout * 1000 / ox_ms, '.0f'):>7}" if isinstance(
                ox_ms, float) else f"{'-':>7}"
        elif isinstance(rd_ms, str):
            rd, ratio = f"{rd_ms:>10}", f"{'-':>7}"
        else:
            rd = f"{rd_ms:10.1f}"
            ratio = f"{rd_ms / ox_ms:7.1f}" if isinstance(ox_ms, float) else f"{'-':>7}"
        rows = f"{ox_rows}" + ("" if rd_rows in (ox_rows, -1) else f" (rdflib: {rd_rows})")
        line = (f"{name:22} {shown:30} {kind:11} {_ms(ox_ms):>11} {ox_cpu:>8} {met:>6} {rd} "
                f"{ratio} {rows}")
        if baseline is not None:
            speedup = (f"{old_ms / ox_ms:.1f}x" if isinstance(old_ms, float)
                       and isinstance(ox_ms, float) else "-")
            same = "" if old_rows == ox_rows else f", rows {old_rows}"
            cpu_speedup = (f", cpu {old_cpu[0]:.1f} ms: {old_cpu[0] / cpu[0]:.1f}x"
                           if old_cpu and cpu and cpu[0] > 0 else "")
            line += f"  | baseline {_ms(old_ms)} ms ({speedup}{cpu_speedup}{same})"
        if plain is not None:
            same = "" if plain_rows == ox_rows else f", rows {plain_rows}"
            line += (f"  | stored rows; plain {_ms(plain_ms)} ms, cpu "
                     f"{plain_cpu[0] if plain_cpu else float('nan'):.1f} ms{same}")
        print(line, flush=True)
    if on_disk and write_costs:
        write_cost(store, base, tmp)
    store.close()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--sizes", default="100000,1000000", help="quads in report graphs")
    ap.add_argument("--reports", type=int, default=200, help="synthetic reports extracted")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per rdflib query")
    ap.add_argument("--quick", action="store_true", help="10k and 100k quads, 3 runs each")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-rdflib", action="store_true", help="time the embedded store only")
    ap.add_argument("--on-disk", action="store_true",
                    help="Oxigraph on disk (RocksDB, as `kg --store DIR`), not in memory")
    ap.add_argument("--baseline", type=Path, metavar="DIR",
                    help="a folder of older .rq files (a former kg/data/queries): each case\n"
                         "is also timed with its query from there, in the same run")
    ap.add_argument("--workdir", type=Path, metavar="DIR",
                    help="keep the base quads and the --on-disk stores in DIR, and reuse\n"
                         "them when they are there (delete DIR after changing the writer)")
    ap.add_argument("--only", metavar="NAMES", default="",
                    help="comma-separated query names: time only these")
    ap.add_argument("--write-cost", action="store_true",
                    help="with --on-disk: time writing the stored rows after 1 and 32 new\n"
                         "reports, on a copy of the store")
    ap.add_argument("--rdflib-repeat", type=int, default=0,
                    help="runs per rdflib query (default: --repeat); rdflib is slow at 1M")
    args = ap.parse_args(argv)
    if args.quick:
        args.sizes, args.reports, args.repeat, args.timeout = "10000,100000", 50, 3, 30.0
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"built {date.today()}; ratio = rdflib time / oxigraph time (higher: oxigraph faster)")
    only = {n for n in args.only.split(",") if n}
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.workdir or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        base = base_quads(args.reports, args.seed, tmp)
        print(f"base: {len(base)} quads of {args.reports} synthetic reports extracted and "
              f"resolved in {time.perf_counter() - t:.1f} s")
        for size in sizes:
            bench(size, base, tmp, args.repeat, args.timeout, not args.no_rdflib,
                  args.rdflib_repeat or args.repeat, args.on_disk, args.baseline, only,
                  args.write_cost)


if __name__ == "__main__":
    main()
