"""Worker-process extraction (kg.parallel), ingest with workers, shards and bulk loading."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import LoadError, StoreError
from kg.extract import extract_many
from kg.model import Report
from kg.parallel import batched, default_workers, extract_batches
from kg.shards import extract_shards, load_nquads, resolve_shards

TEXTS = [
    "ISLAMABAD, March 11: A workshop on migrant smuggling was organized by the Federal "
    "Investigation Agency (FIA) in collaboration with the International Organization for "
    "Migration (IOM). Director General Federal Investigation Agency (FIA) Tariq Qureshi praised "
    "IOM for its support.",
    "KATHMANDU, Feb 14: Helena Marsh, Country Representative of the United Nations Office on "
    "Drugs and Crime (UNODC), assured that UNODC will continue to train prosecutors.",
    "ACCRA, May 2: Ghana Police Service Inspector General Kofi Mensah urged the authorities to "
    "protect child workers and called for a shared database of missing children.",
]


def reports() -> list[Report]:
    return [Report(text=t, source=f"test/{i}") for i, t in enumerate(TEXTS)]


def write_reports(folder: Path, texts: list[str] = TEXTS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"r{i}.txt").write_text(f"Report {i}\n\n{text}\n", encoding="utf-8")
    return folder


def nq_shards(folder: Path, out: Path, shard_size: int = 1000) -> list[Path]:
    """The N-Quads of reports extracted in shards, then resolved over all of them."""
    shards, _ = extract_shards([folder], out / "facts", shard_size=shard_size)
    return resolve_shards([s.path for s in shards], out).files


def nquads(g: kg.KnowledgeGraph) -> list[str]:
    out = io.BytesIO()
    g.export("nquads", out)
    return sorted(out.getvalue().decode().splitlines())


def test_batched_cuts_in_order_and_keeps_the_rest() -> None:
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_default_workers_is_at_least_one() -> None:
    assert default_workers() >= 1


def test_workers_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        list(extract_batches(reports(), workers=0))


def test_one_worker_gives_the_facts_of_extract_many_in_batches() -> None:
    batches = list(extract_batches(reports(), workers=1, batch_size=2))
    assert [len(b) for b in batches] == [2, 1]
    assert [f for b in batches for f in b] == list(extract_many(reports()))


@pytest.mark.slow
def test_worker_processes_give_the_serial_facts_in_order_with_bounded_reads() -> None:
    pulled: list[int] = []

    def source():
        for r in reports() * 3:  # nine reports, in batches of one
            pulled.append(1)
            yield r

    stream = extract_batches(source(), workers=2, batch_size=1, in_flight=2)
    first = next(stream)
    # two in flight, plus the two batches read up front to decide on a pool, at most
    assert len(pulled) <= 4
    got = first + [f for b in stream for f in b]
    assert [f.report.source for f in got] == [r.source for r in reports() * 3]
    assert got == list(extract_many(reports() * 3))


@pytest.mark.slow
def test_ingest_with_two_workers_builds_the_same_graph(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    with kg.open() as serial, kg.open() as parallel:
        one = serial.ingest([folder], batch_size=1, workers=1)
        two = parallel.ingest([folder], batch_size=1, workers=2)
        assert one.loaded == two.loaded and one.quads == two.quads > 0
        assert nquads(serial) == nquads(parallel)
        assert serial.stats() == parallel.stats()
        again = parallel.ingest([folder], batch_size=1, workers=2)
        assert len(again.skipped) == len(TEXTS) and not again.loaded


def test_shards_hold_the_facts_and_load_into_the_graph_ingest_builds(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    (folder / "bad.jsonl").write_text("not json\n", encoding="utf-8")
    shards, failed = extract_shards([folder], tmp_path / "out", shard_size=2)
    assert [s.reports for s in shards] == [2, 1] and len(failed) == 1
    assert [s.path.name for s in shards] == ["shard-00000.facts.jsonl.gz",
                                             "shard-00001.facts.jsonl.gz"]
    done = resolve_shards([s.path for s in shards], tmp_path / "nq")
    assert [f.name for f in done.files] == ["shard-00000.nq", "shard-00001.nq"]
    assert done.reports == len(TEXTS) and len(done.failed) == 1
    with kg.open() as ingested, kg.open() as loaded:
        ingested.ingest([folder])
        count = load_nquads(loaded.store, done.files)
        assert count == done.quads
        assert nquads(loaded) == nquads(ingested)
        assert loaded.stats() == ingested.stats()
        officials = loaded.query("officials").rows
        assert officials == ingested.query("officials").rows and officials


def test_loading_a_shard_again_replaces_its_report_graphs(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "v1")
    first = nq_shards(folder, tmp_path / "s1", 10)
    changed = [TEXTS[0].replace("praised", "thanked"), *TEXTS[1:]]
    second = nq_shards(write_reports(tmp_path / "v1", changed), tmp_path / "s2")
    with kg.open() as g, kg.open() as fresh:
        load_nquads(g.store, [first[0]])
        load_nquads(g.store, [first[0]])
        load_nquads(fresh.store, [second[0]])
        before = g.stats()
        assert before["reports"] == len(TEXTS)
        load_nquads(g.store, [second[0]])
        assert nquads(g) == nquads(fresh)
        assert g.stats() == fresh.stats()
        sentences = g.query("SELECT ?t WHERE { ?e akg:sentence ?t }").column("t")
        assert sentences and not any("praised" in t for t in sentences)


def everything(g: kg.KnowledgeGraph) -> list[str]:
    """Every quad, the union in the default graph included."""
    return sorted(str(q) for q in g.store.inner)


def test_a_bad_nquads_file_is_named_and_the_graphs_it_would_replace_stay(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "v1")
    first = nq_shards(folder, tmp_path / "s1")
    lines = first[0].read_text(encoding="utf-8").splitlines(keepends=True)
    bad = tmp_path / "bad.nq"  # the same report graphs, broken half-way
    bad.write_text("".join(lines[: len(lines) // 2]) + "not a quad\n"
                   + "".join(lines[len(lines) // 2:]), encoding="utf-8")
    with kg.open() as g:
        load_nquads(g.store, [first[0]])
        before = everything(g)
        with pytest.raises(LoadError, match=r"bad\.nq: not valid N-Quads: .*line"):
            load_nquads(g.store, [bad])
        assert everything(g) == before


class _FailingHalfWay:
    """A pyoxigraph store whose bulk loader writes the first half of a file, then fails, as
    Oxigraph's does when a syntax error comes after its first batches (a million quads)."""

    def __init__(self, inner: object, scratch: Path) -> None:
        self._inner = inner
        self._scratch = scratch

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)

    def bulk_load(self, *, path: str, format: object) -> None:
        lines = Path(path).read_text(encoding="utf-8").splitlines(keepends=True)
        half = self._scratch / "half.nq"
        half.write_text("".join(lines[: len(lines) // 2]), encoding="utf-8")
        # the real loader (it lets go of the GIL, as the union's thread needs)
        self._inner.bulk_load(path=str(half), format=format)
        raise SyntaxError(f"Parser error at line {len(lines) // 2 + 1} ({path})")


def test_a_file_that_fails_after_writing_is_taken_out_whole(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    one = nq_shards(folder, tmp_path / "one", 2)
    with kg.open() as g:
        load_nquads(g.store, [one[0]])
        before = everything(g)
        real = g.store.inner
        g.store._inner = _FailingHalfWay(real, tmp_path)
        try:
            with pytest.raises(LoadError, match="shard-00001.nq: cannot bulk-load N-Quads"):
                load_nquads(g.store, [one[1]])
        finally:
            g.store._inner = real
        assert everything(g) == before
        assert g.stats()["reports"] == 2


def test_files_before_a_bad_one_stay_loaded(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    one = nq_shards(folder, tmp_path / "one", 2)
    bad = tmp_path / "bad.nq"
    bad.write_text("<http://x/s> <http://x/p> .\n", encoding="utf-8")
    with kg.open() as g, kg.open() as expected:
        with pytest.raises(LoadError, match="bad.nq"):
            load_nquads(g.store, [one[0], bad, one[1]])
        load_nquads(expected.store, [one[0]])
        assert everything(g) == everything(expected)


def test_bulk_loading_into_a_server_says_it_needs_the_embedded_store(tmp_path: Path) -> None:
    from kg.graph.remote import Endpoints, RemoteStore

    server = RemoteStore(Endpoints.from_url("http://127.0.0.1:9/sparql"))  # not contacted
    with pytest.raises(StoreError, match="embedded store"):
        load_nquads(server, [tmp_path / "shard.nq"])


def test_cli_extract_then_load(tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    runner = CliRunner()
    out = tmp_path / "shards"
    done = runner.invoke(
        cli, ["extract", str(folder), "--out", str(out), "--shard-size", "2", "--workers", "1"]
    )
    assert done.exit_code == 0, done.output
    files = sorted(out.glob("*.facts.jsonl.gz"))
    assert [f.name for f in files] == ["shard-00000.facts.jsonl.gz", "shard-00001.facts.jsonl.gz"]
    store = tmp_path / "store"
    done = runner.invoke(cli, ["load", str(out), "--store", str(store)])
    assert done.exit_code == 0, done.output
    with kg.open(store) as g:
        assert g.stats()["reports"] == len(TEXTS)
        loaded = nquads(g)
    resolved = tmp_path / "nq"
    done = runner.invoke(cli, ["resolve", str(out), "--out", str(resolved)])
    assert done.exit_code == 0, done.output
    other = tmp_path / "store2"
    done = runner.invoke(cli, ["load", *map(str, sorted(resolved.glob("*.nq"))),
                               "--store", str(other)])
    assert done.exit_code == 0, done.output
    with kg.open(other) as g:
        assert nquads(g) == loaded
