"""Crash safety: a real ``kg ingest`` killed with SIGKILL while it writes leaves a store that
opens, holds only complete report graphs, no staging graph, and takes a new ingest."""

from __future__ import annotations

import inspect
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg as kg_api

from .conftest import (
    STAGING_PREFIX,
    copy_store,
    kg,
    nquads,
    raw_graph_names,
    report_graphs,
    union_mismatch,
)

ORGS = ["Federal Investigation Agency", "National Border Agency", "Ministry of Labour",
        "Pakistan Coast Guards", "Anti-Narcotics Force", "International Labour Organization",
        "Ministry of Interior", "Punjab Police"]
PEOPLE = ["Amina Khan", "Bilal Okafor", "Carlos Silva", "Dana Haddad", "Farid Mensah",
          "Grace Rahman", "Hassan Costa", "Nadia Ibrahim"]
CITIES = ["Karachi", "Lahore", "Quetta", "Peshawar", "Multan"]
REPORTS = 45


def _write_reports(folder: Path, n: int) -> None:
    rnd = random.Random(11)
    folder.mkdir()
    for i in range(n):
        a, b = rnd.sample(ORGS, 2)
        city = rnd.choice(CITIES)
        (folder / f"r{i:03}.txt").write_text(
            f"Meeting {i} in {city}\nPublished: {1 + i % 28} March 2024\n\n"
            f"{city.upper()} - The {a} and the {b} organized a workshop on human trafficking "
            f"in {city}. Director {rnd.choice(PEOPLE)} of the {a} praised the {b} and pledged "
            f"support for victims.\n", encoding="utf-8")


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, set[str]]:
    """(folder of new reports, store holding two earlier ones, N-Quads of a clean ingest)."""
    root = tmp_path_factory.mktemp("crash")
    folder = root / "reports"
    _write_reports(folder, REPORTS)
    earlier = root / "earlier"
    _write_reports(earlier, 2)
    store = root / "store"
    assert kg("ingest", earlier, "--store", store).code == 0
    reference = copy_store(store, root / "reference")
    run = kg("ingest", folder, "--store", reference)
    assert run.code == 0, run.err
    return folder, store, nquads(reference)


@pytest.fixture(scope="module")
def boundaries(setup: tuple[Path, Path, set[str]],
               tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, set[str]]]:
    """The report graphs of the store after each batch of a clean ingest (the first holds
    the earlier reports only): a killed ingest leaves each report graph as one of them. A
    later batch may merge or rename an event of an earlier report, and rewrites its graph."""
    folder, initial, clean = setup
    size = inspect.signature(kg_api.KnowledgeGraph.ingest).parameters["batch_size"].default
    files = sorted(folder.iterdir())  # the order an ingest of the folder reads them in
    states = [report_graphs(nquads(initial))]
    root = tmp_path_factory.mktemp("boundaries")
    for n in range(size, len(files), size):
        store = copy_store(initial, root / f"after-{n}")
        assert kg("ingest", *files[:n], "--store", store).code == 0
        states.append(report_graphs(nquads(store)))
    return [*states, report_graphs(clean)]


def _wal_sizes(store: Path) -> dict[str, int]:
    """RocksDB's write-ahead logs: numbered ``*.log`` files (``LOG`` is its diagnostics)."""
    return {f.name: f.stat().st_size for f in store.glob("[0-9]*.log") if f.exists()}


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # the process ended while we looked
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _kill_while_writing(folder: Path, store: Path, delay: float) -> None:
    """Start ``kg ingest`` and SIGKILL it ``delay`` seconds after its first write to the store;
    its worker processes must end too rather than wait for work forever."""
    before = set(_wal_sizes(store))
    kg_bin = Path(sys.executable).with_name("kg")
    proc = subprocess.Popen([str(kg_bin), "ingest", str(folder), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if any(size > 0 for name, size in _wal_sizes(store).items() if name not in before):
                break
            time.sleep(0.002)
        time.sleep(delay)
        assert proc.poll() is None, "the ingest ended before it could be killed"
        workers = _children(proc.pid)
        assert workers, "the ingest started no worker process"
        proc.kill()  # SIGKILL: no cleanup handler runs
        assert proc.wait(timeout=30) == -9
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.05)
        assert not [w for w in workers if Path(f"/proc/{w}").exists()], "orphaned workers"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.0, 0.15])
def test_killed_ingest_leaves_only_complete_reports(
        setup: tuple[Path, Path, set[str]], boundaries: list[dict[str, set[str]]],
        tmp_path: Path, delay: float) -> None:
    """Events merge across batches (a later report may link two earlier events), so the
    store a killed ingest leaves need not be a prefix of the clean one; but each report graph
    in it is complete (as some batch left it), and running the ingest again gives exactly
    what one clean ingest gives (issue 15: event identity does not depend on batches)."""
    folder, initial, clean = setup
    store = copy_store(initial, tmp_path / "store")
    before = nquads(store)
    _kill_while_writing(folder, store, delay)

    with kg_api.open(store) as g:  # it opens (and discards any staging graph)
        assert g.stats()["reports"] >= 2
    assert not {n for n in raw_graph_names(store) if n.startswith(STAGING_PREFIX)}
    after = nquads(store)
    # the earlier reports are there (their events may have merged with new ones since)
    assert report_graphs(before).keys() <= report_graphs(after).keys()
    for graph, quads in report_graphs(after).items():
        assert any(quads == state.get(graph) for state in boundaries), (
            f"report graph {graph} is incomplete or altered")
    assert union_mismatch(store) == (set(), set())

    run = kg("ingest", folder, "--store", store)  # a new ingest completes the batch
    assert run.code == 0, run.err
    assert nquads(store) == clean
    assert union_mismatch(store) == (set(), set())


def test_a_leftover_staging_graph_is_dropped_on_open(
        setup: tuple[Path, Path, set[str]], tmp_path: Path) -> None:
    """The state a crash between the staging write and the swap leaves, made by hand."""
    import pyoxigraph

    _, initial, _ = setup
    store = copy_store(initial, tmp_path / "store")
    before = nquads(store)
    inner = pyoxigraph.Store(str(store))
    staging = pyoxigraph.NamedNode(STAGING_PREFIX + "0123456789abcdef")
    node = pyoxigraph.NamedNode("https://w3id.org/akg/id/actor/half-written")
    label = pyoxigraph.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    inner.add(pyoxigraph.Quad(node, label, pyoxigraph.Literal("Half written"), staging))
    inner.flush()
    del inner
    assert STAGING_PREFIX + "0123456789abcdef" in raw_graph_names(store)
    assert nquads(store) == before  # the export never shows it (and, read-only, keeps it)
    assert kg("remove", "nowhere.txt", "--store", store).code == 2  # a writer's open drops it
    assert not {n for n in raw_graph_names(store) if n.startswith(STAGING_PREFIX)}
    assert union_mismatch(store) == (set(), set())
