"""The store: one named graph per report, in an embedded Oxigraph store (memory or disk).

Queries read the union of the report graphs. Oxigraph's own union view
(``use_default_graph_as_union``) repeats a triple once per graph that holds it, so an actor named
in N reports turns a query joining k of its triples into N**k rows. The store therefore keeps
the union itself, as a set, in the default graph, and queries read that.

A new report goes in with one transaction: its graph and its triples in the default graph.
Replacing a report writes its quads to a staging graph (one transaction), then one SPARQL update
(a second transaction) moves them over the report's graph and brings the default graph up to
date: triples no other report states leave it, the new ones enter it. A crash between the two
leaves the old state and a staging graph that the next :meth:`Store.open` discards.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import pyoxigraph

from kg.errors import QueryError, StoreError, one_line
from kg.graph import contents, lock, summary
from kg.graph.dump import STAGING, export_store
from kg.graph.guard import Deadline, check_services, check_sparql, run_guarded
from kg.graph.rdf import facts_to_quads, report_iri
from kg.graph.result import QueryResult, from_pyoxigraph
from kg.graph.terms import PREFIXES, akg, iri, local_id, to_term
from kg.model import Actor, Facts, Report

Binding = str | int | float | date | iri | pyoxigraph.NamedNode | pyoxigraph.Literal
_STAGING = STAGING
_TRASH = _STAGING + "trash"
#: Seconds a query may run (``$KG_QUERY_TIMEOUT``); see :mod:`kg.graph.guard`.
QUERY_TIMEOUT = 300.0
# Replaces graph <{graph}> by <{staging}> and updates the default graph (the union view) in one
# transaction. Only IRIs built by this module (from hex report ids) are formatted in.
_SWAP = """
MOVE SILENT GRAPH <{graph}> TO <{trash}> ;
MOVE SILENT GRAPH <{staging}> TO <{graph}> ;
DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{trash}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{trash}>) }}
}} ;
INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH <{trash}>
"""


def _with_union(quads: list[pyoxigraph.Quad]) -> list[pyoxigraph.Quad]:
    """The quads plus their triples in the default graph (the union view)."""
    union = pyoxigraph.DefaultGraph()
    return quads + [pyoxigraph.Quad(q.subject, q.predicate, q.object, union) for q in quads]


class Store:
    """Reports' facts as RDF, queried with SPARQL over the union of the report graphs."""

    def __init__(self, inner: pyoxigraph.Store, path: Path | None = None,
                 read_only: bool = False, held: lock.StoreLock | None = None) -> None:
        self._inner: pyoxigraph.Store | None = inner
        self.path = path
        self.read_only = read_only
        self._lock = held
        #: SERVICE endpoints a query may call (none by default: see :mod:`kg.graph.guard`)
        self.allowed_services: frozenset[str] = frozenset()
        self.query_timeout: float | None = float(os.environ.get("KG_QUERY_TIMEOUT")
                                                 or QUERY_TIMEOUT)
        # the stored rows of the costliest queries (kg.graph.summary) need writing at close
        self._summary_stale = False
        #: keep those rows (``$KG_STORED_ROWS=0`` turns them off: never written nor read)
        self.keep_rows = os.environ.get("KG_STORED_ROWS", "1").strip().lower() not in {
            "0", "off", "no", "false"}

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> Store:
        """Open an in-memory store (``None``) or the on-disk store at ``path``.

        For writing (the default) a missing store is created. ``read_only`` opens an existing
        store without writing to it: any number of processes can, while none writes it (see
        :mod:`kg.graph.lock`), and on read-only media.

        Raises :class:`~kg.errors.StoreError` when the path is not a store, does not exist
        (``read_only``), or another process holds it.
        """
        if path is None:
            return cls(pyoxigraph.Store())
        where = Path(path)
        if where.exists() and not where.is_dir():
            raise StoreError(f"{where}: not a store (it is a file, a store is a directory)")
        if read_only and not (where / "CURRENT").exists():
            raise StoreError(f"{where}: no such store (check --store or $KG_STORE; "
                             "`kg ingest` creates a store, reading commands do not)")
        if where.is_dir() and any(p.name != lock.LOCK_NAME for p in where.iterdir()) \
                and not (where / "CURRENT").exists():
            raise StoreError(f"{where}: not an Oxigraph store (a non-empty directory "
                             "without the store's CURRENT file)")
        try:
            if not read_only:
                where.mkdir(parents=True, exist_ok=True)
            held = lock.take(where, write=not read_only)
        except BlockingIOError as exc:
            doing = "reading" if read_only else "writing"
            raise StoreError(f"{where}: cannot open the store for {doing}: it is being {exc} (a kg "
                             "command or `kg serve`). Readers share a store; a writer (ingest, "
                             "load, remove, serve --allow-update) needs it alone. Wait for "
                             "it to finish, or query the running server with --store "
                             "http://HOST:PORT/sparql") from None
        except OSError as exc:
            raise StoreError(f"{where}: cannot open the store: {exc}") from exc
        try:
            inner = pyoxigraph.Store.read_only(str(where)) if read_only \
                else pyoxigraph.Store(str(where))
        except OSError as exc:
            held.release()
            hint = " (is another process using it?)" if "lock" in str(exc).lower() else ""
            raise StoreError(f"{where}: cannot open the store{hint}: {exc}") from exc
        store = cls(inner, where, read_only, held)
        if not read_only:
            store._drop_staging()
            # a store written before the rows were kept, or left by a crash: write them at close
            store._summary_stale = not summary.is_current(inner) and any(
                True for _ in inner.named_graphs())
        return store

    @property
    def inner(self) -> pyoxigraph.Store:
        """The underlying pyoxigraph store (for steps that read quads directly)."""
        if self._inner is None:
            raise StoreError("the store is closed")
        return self._inner

    # -- writing -------------------------------------------------------------------------

    def has_report(self, report: Report) -> bool:
        """True when a report with this source and the same checksum is already loaded."""
        graph = report_iri(report)
        for quad in self.inner.quads_for_pattern(graph, akg("checksum"), None, graph):
            if isinstance(quad.object, pyoxigraph.Literal) and quad.object.value == report.checksum:
                return True
        return False

    def checksums(self) -> dict[str, str]:
        """Report id -> checksum of every loaded report, read in one pass.

        For a bulk ingest, which keeps this table rather than asking the store about each
        report: RocksDB keeps in memory the index blocks that lookups of absent keys read, so
        a lookup per new report made the memory of a long ingest grow with the store."""
        out: dict[str, str] = {}
        for quad in self.inner.quads_for_pattern(None, akg("checksum"), None, None):
            subject, value = quad.subject, quad.object
            if (
                subject == quad.graph_name
                and isinstance(subject, pyoxigraph.NamedNode)
                and isinstance(value, pyoxigraph.Literal)
            ):
                ident = local_id(subject, "report")
                if ident is not None:
                    out[ident] = value.value
        return out

    def put_report(self, facts: Facts, topics: Mapping[str, str] | None = None,
                   new: bool = False) -> int:
        """Replace the report's graph with its facts; returns the number of quads written.

        ``new``: the caller knows the report is not in the store (see :meth:`checksums`),
        which spares looking it up."""
        graph = report_iri(facts.report)
        quads = facts_to_quads(facts, topics)
        store = self.inner
        self._summary_invalidate()
        staging = pyoxigraph.NamedNode(_STAGING + facts.report.id)
        try:
            if new or not store.contains_named_graph(graph):
                # a new report: its graph and its share of the union in one transaction
                store.extend(_with_union(quads))
                return len(quads)
            store.remove_graph(staging)
            store.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object, staging)
                         for q in quads)
            store.update(_SWAP.format(graph=graph.value, staging=staging.value, trash=_TRASH))
        except OSError as exc:
            raise StoreError(f"cannot write report {facts.report.source}: {exc}") from exc
        return len(quads)

    def put_reports(self, many: Iterable[Facts], topics: Mapping[str, str] | None = None,
                    batch: int = 500) -> int:
        """Load many reports; new ones go in by batches, one transaction per batch.

        For a bulk ingest: a transaction per report costs more than converting its facts.
        Reports already in the store are replaced one by one, as :meth:`put_report` does.
        """
        written, seen = 0, set()
        pending: list[pyoxigraph.Quad] = []
        self._summary_invalidate()
        for facts in many:
            graph = report_iri(facts.report)
            if facts.report.id in seen or self.inner.contains_named_graph(graph):
                written += self._flush(pending)
                pending = []
                written += self.put_report(facts, topics)
            else:
                pending.extend(facts_to_quads(facts, topics))
            seen.add(facts.report.id)
            if len(seen) % batch == 0:
                written += self._flush(pending)
                pending = []
        return written + self._flush(pending)

    def _flush(self, quads: list[pyoxigraph.Quad]) -> int:
        if quads:
            try:
                self.inner.extend(_with_union(quads))
            except OSError as exc:
                raise StoreError(f"cannot write reports: {exc}") from exc
        return len(quads)

    def remove_report(self, source: str) -> bool:
        """Drop the graph of the report loaded from ``source``; False if there was none."""
        graph = report_iri(Report(text="", source=source))
        if not self.inner.contains_named_graph(graph):
            return False
        empty = _STAGING + "empty"  # moving a graph that does not exist leaves <graph> empty
        self._summary_invalidate()
        try:
            self.inner.update(_SWAP.format(graph=graph.value, staging=empty, trash=_TRASH))
            self.inner.remove_graph(graph)
        except OSError as exc:
            raise StoreError(f"cannot remove report {source}: {exc}") from exc
        return True

    def _drop_staging(self) -> None:
        for graph in list(self.inner.named_graphs()):
            if isinstance(graph, pyoxigraph.NamedNode) and graph.value.startswith(_STAGING):
                self.inner.remove_graph(graph)

    def update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update to the report graphs, then recompute the union view that
        queries read. The text is checked first, as a query's is (:mod:`kg.graph.guard`);
        ``SERVICE`` only reaches :attr:`allowed_services`. A malformed or failing update
        raises :class:`QueryError` and leaves the union as it was."""
        check_sparql(sparql)
        check_services(sparql, self.allowed_services, PREFIXES)
        self._summary_invalidate()
        try:
            self.inner.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL update: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"the update failed: {exc}") from exc
        self.rebuild_union()

    def rebuild_union(self) -> None:
        """Recompute the default graph (the union view) from the report graphs.

        Only needed after writing quads to ``inner`` directly, bypassing :meth:`put_report`
        and :meth:`update`.
        """
        self._summary_invalidate()
        self._drop_staging()
        self.inner.update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
                          f"FILTER(?g != <{summary.SUMMARY_GRAPH.value}>) }}")

    def load_nquads(self, files: Iterable[str | Path]) -> int:
        """Bulk-load N-Quads files of report graphs (see :mod:`kg.graph.bulk`)."""
        from kg.graph.bulk import load_nquads

        self._summary_invalidate()
        return load_nquads(self, files)

    def quads(self) -> list[pyoxigraph.Quad]:
        """Every quad of the report graphs (not the derived union view nor stored rows)."""
        return [q for q in self.inner if isinstance(q.graph_name, pyoxigraph.NamedNode)
                and not q.graph_name.value.startswith(_STAGING)
                and q.graph_name != summary.SUMMARY_GRAPH]

    # -- stored rows of the costliest queries (kg.graph.summary) ---------------------------

    def _summary_invalidate(self) -> None:
        if not self._summary_stale:
            summary.invalidate(self.inner)
            self._summary_stale = True

    def summary_is_current(self) -> bool:
        """True when the stored rows of the costliest whole-graph queries answer for the graph
        as it is (:mod:`kg.graph.summary`); :func:`kg.query.run_query` then reads them."""
        return self.keep_rows and summary.is_current(self.inner)

    def summarize(self) -> int:
        """Write the stored rows of the costliest whole-graph queries again (done at
        :meth:`close` after any write); returns the number of rows."""
        rows = summary.rebuild(self.inner)
        self._summary_stale = False
        return rows

    # -- reading -------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None,
              timeout: float | None = None) -> QueryResult:
        """Run SPARQL over the union of the report graphs, binding variables to values.

        The default graph is that union, each triple once; ``GRAPH ?g`` reaches each report's
        own graph (its provenance).

        Values are passed as substitutions, never written into the text. Oxigraph substitutes
        only variables of the SELECT projection, and folds ``BOUND(?var)`` of a substituted
        variable to false: test an optional one with ``COALESCE(<test>, true)``.

        The text is checked first and runs under a time limit (``timeout`` seconds, else
        :attr:`query_timeout`); ``SERVICE`` only reaches :attr:`allowed_services`. See
        :mod:`kg.graph.guard`.
        """
        check_sparql(sparql)
        check_services(sparql, self.allowed_services, PREFIXES)
        try:
            substitutions = {pyoxigraph.Variable(name): to_term(value)
                             for name, value in (bindings or {}).items()}
        except (TypeError, ValueError) as exc:
            raise QueryError(f"bad binding: {exc}") from exc
        inner = self.inner

        def work(deadline: Deadline) -> QueryResult:
            try:
                return read_results(inner.query(sparql, prefixes=PREFIXES,
                                                substitutions=substitutions or None), deadline)
            except SyntaxError as exc:
                raise QueryError(f"invalid SPARQL: {one_line(exc)}") from exc
            except RuntimeError as exc:  # e.g. a binding for a variable it does not project
                raise QueryError(str(exc)) from exc
            except OSError as exc:
                raise StoreError(f"query failed: {exc}") from exc

        return run_guarded(work, timeout if timeout is not None else self.query_timeout)

    def export(self, fmt: str, out: BinaryIO) -> None:
        """Write the store as ``nquads``, ``trig``, ``turtle`` (merged graphs) or ``jsonld``."""
        export_store(self.inner, fmt, out)

    def stats(self) -> dict[str, int]:
        """Counts of reports, actors, facts of each kind, distinct triples and quads."""
        return contents.stats(self.inner)

    def known_actors(self) -> list[Actor]:
        """The actors already in the store, for resolution to merge new reports into."""
        return contents.known_actors(self.inner)

    def reports(self) -> list[dict[str, Any]]:
        """The loaded reports: id, source, title, published, checksum; ordered by source."""
        return contents.reports(self.inner)

    def __len__(self) -> int:
        """The number of quads in the report graphs."""
        return contents.report_quad_count(self.inner)

    # -- lifetime ------------------------------------------------------------------------

    def flush(self) -> None:
        """Write the store's buffers to disk. Called after each batch of an ingest: RocksDB
        otherwise keeps a write buffer per index in memory, and a long ingest grew by gigabytes."""
        if self.path is not None and not self.read_only:
            self.inner.flush()

    def close(self) -> None:
        """Release the store (and the lock of an on-disk one)."""
        if self._inner is not None:
            if self._summary_stale and self.keep_rows and not self.read_only:
                self._summarize_quietly()
            if self.path is not None and not self.read_only:
                self._inner.flush()
            self._inner = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _summarize_quietly(self) -> None:
        """:meth:`summarize` at close: a failure leaves the rows out (queries then read the
        graph itself, slower but right) and does not stop the store from closing."""
        try:
            self.summarize()
        except (QueryError, RuntimeError, OSError, ValueError) as exc:
            warnings.warn(f"kg: the stored rows of the named queries were not written: {exc}",
                          RuntimeWarning, stacklevel=3)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def read_results(results: Any, deadline: Deadline | None = None) -> QueryResult:
    """A pyoxigraph result read into a :class:`QueryResult` by
    :func:`kg.graph.result.from_pyoxigraph`, checking ``deadline`` every 1,024 rows."""
    try:
        return from_pyoxigraph(results, deadline.check if deadline is not None else None)
    finally:
        del results  # dropped on this thread, even when the deadline raises
