"""Shared helpers of the trust tests: the real CLI run in-process, stores as N-Quads, tiny reports.

Every report here is written for these tests. Stores are compared through what a user sees:
``kg export --format nquads`` (the report graphs), as a set of lines.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import KgError
from kg.graph.dump import STAGING
from kg.graph.summary import SUMMARY_GRAPH

PREVIOUS = """Customs and police meet in Colombo on smuggling
Published: 12 January 2024

COLOMBO, 12 January 2024 - The Sri Lanka Customs and the Sri Lanka Police organized a workshop on
migrant smuggling in Colombo. Inspector General Deshabandu Perera of the Sri Lanka Police praised
the Sri Lanka Customs for its work at the ports.
"""

GOOD = """Border agencies sign an agreement in Karachi
Published: 28 February 2024

KARACHI, 28 February 2024 - The Federal Investigation Agency (FIA) and the National Border Agency
signed a memorandum of understanding on human trafficking. Director General Ahmad Ishaq Jahangir
of the Federal Investigation Agency pledged continuous support for joint investigations.
"""

STAGING_PREFIX = STAGING


@dataclass(frozen=True)
class Run:
    """The outcome of one ``kg`` command: exit code, stdout, stderr (whitespace-normalized)."""

    code: int
    out: str
    err: str


def kg(*args: str | Path) -> Run:
    """Run the real ``kg`` command in-process, as a user would from a shell."""
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True)
    stderr = result.stderr
    if isinstance(result.exception, KgError):  # what kg.cli.main does with it
        return Run(2, result.stdout, " ".join((stderr + f"kg: {result.exception}").split()))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    # rich wraps long lines at 80 columns when stderr is not a terminal: compare words
    return Run(result.exit_code, result.stdout, " ".join(stderr.split()))


def nquads(store: Path) -> set[str]:
    """The store's report graphs as a set of N-Quads lines (``kg export --format nquads``)."""
    run = kg("export", "--format", "nquads", "--store", store)
    assert run.code == 0, run.err
    return {line for line in run.out.splitlines() if line.strip()}


def graph_of(quads: set[str], report_iri: str) -> set[str]:
    """The lines of one report's named graph."""
    return {q for q in quads if q.endswith(f"<{report_iri}> .")}


def report_graphs(quads: set[str]) -> dict[str, set[str]]:
    """Each report graph IRI with its N-Quads lines."""
    out: dict[str, set[str]] = {}
    for q in quads:
        graph = q.rsplit(" ", 2)[-2].strip("<>")
        out.setdefault(graph, set()).add(q)
    return out


def raw_graph_names(store: Path) -> set[str]:
    """Every named graph on disk, read with pyoxigraph directly (staging graphs included)."""
    inner = pyoxigraph.Store(str(store))
    try:
        return {g.value for g in inner.named_graphs() if isinstance(g, pyoxigraph.NamedNode)}
    finally:
        del inner


def union_mismatch(store: Path) -> tuple[set[str], set[str]]:
    """What the default graph (the union view queries read) has too much, and lacks, compared
    with the union of the report graphs; both empty when the store is consistent."""
    inner = pyoxigraph.Store(str(store))
    try:
        union: set[str] = set()
        reports: set[str] = set()
        for q in inner:
            triple = f"{q.subject} {q.predicate} {q.object}"
            if isinstance(q.graph_name, pyoxigraph.DefaultGraph):
                union.add(triple)
            elif not q.graph_name.value.startswith(STAGING_PREFIX) \
                    and q.graph_name != SUMMARY_GRAPH:  # stored query rows, derived like the union
                reports.add(triple)
        return union - reports, reports - union
    finally:
        del inner


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


@dataclass(frozen=True)
class Base:
    """A store holding one earlier report, and the same store after the good report loaded."""

    store: Path
    quads: set[str]
    good: Path
    with_good: set[str]


@pytest.fixture(scope="session")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    root = tmp_path_factory.mktemp("base")
    (root / "previous.txt").write_text(PREVIOUS, encoding="utf-8")
    good = root / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    store = root / "store"
    assert kg("ingest", root / "previous.txt", "--store", store).code == 0
    reference = copy_store(store, root / "reference")
    assert kg("ingest", good, "--store", reference).code == 0
    return Base(store, nquads(store), good, nquads(reference))
