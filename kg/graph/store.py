"""The store: one named graph per report, in an embedded Oxigraph store (memory or disk).

Loading a report replaces its graph in one visible step: the new quads are written to a staging
graph (one transaction), then ``MOVE`` swaps it over the report's graph (a second transaction).
A crash between the two leaves the old facts in place and a staging graph that the next
:meth:`Store.open` discards, so readers never see half a report.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import pyoxigraph

from kg.errors import QueryError, StoreError
from kg.graph import contents
from kg.graph.dump import export_store
from kg.graph.rdf import facts_to_quads, report_iri
from kg.graph.result import QueryResult, from_pyoxigraph
from kg.graph.terms import ID_NS, PREFIXES, akg, iri, to_term
from kg.model import Actor, Facts, Report

Binding = str | int | float | date | iri | pyoxigraph.NamedNode | pyoxigraph.Literal
_STAGING = ID_NS + "staging/"


class Store:
    """Reports' facts as RDF, queried with SPARQL over the union of the report graphs."""

    def __init__(self, inner: pyoxigraph.Store, path: Path | None = None) -> None:
        self._inner: pyoxigraph.Store | None = inner
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open an in-memory store (``None``) or the on-disk store at ``path`` (created if missing).

        Raises :class:`~kg.errors.StoreError` when the path is not a store or is locked.
        """
        if path is None:
            return cls(pyoxigraph.Store())
        where = Path(path)
        if where.exists() and not where.is_dir():
            raise StoreError(f"{where}: not a store (it is a file, a store is a directory)")
        if where.is_dir() and any(where.iterdir()) and not (where / "CURRENT").exists():
            raise StoreError(f"{where}: not an Oxigraph store (a non-empty directory "
                             "without the store's CURRENT file)")
        try:
            where.parent.mkdir(parents=True, exist_ok=True)
            inner = pyoxigraph.Store(str(where))
        except OSError as exc:
            hint = " (is another process using it?)" if "lock" in str(exc).lower() else ""
            raise StoreError(f"{where}: cannot open the store{hint}: {exc}") from exc
        store = cls(inner, where)
        store._drop_staging()
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

    def put_report(self, facts: Facts, topics: Mapping[str, str] | None = None) -> int:
        """Replace the report's graph with its facts; returns the number of quads written."""
        graph = report_iri(facts.report)
        quads = facts_to_quads(facts, topics)
        store = self.inner
        try:
            if not store.contains_named_graph(graph):
                store.extend(quads)  # a new report: one transaction is enough
                return len(quads)
            staging = pyoxigraph.NamedNode(_STAGING + facts.report.id)
            store.remove_graph(staging)
            store.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object, staging)
                         for q in quads)
            # Both IRIs are built from a hex report id, so the update text holds no report data.
            store.update(f"MOVE SILENT GRAPH <{staging.value}> TO <{graph.value}>")
        except OSError as exc:
            raise StoreError(f"cannot write report {facts.report.source}: {exc}") from exc
        return len(quads)

    def remove_report(self, source: str) -> bool:
        """Drop the graph of the report loaded from ``source``; False if there was none."""
        graph = report_iri(Report(text="", source=source))
        if not self.inner.contains_named_graph(graph):
            return False
        try:
            self.inner.remove_graph(graph)
        except OSError as exc:
            raise StoreError(f"cannot remove report {source}: {exc}") from exc
        return True

    def _drop_staging(self) -> None:
        for graph in list(self.inner.named_graphs()):
            if isinstance(graph, pyoxigraph.NamedNode) and graph.value.startswith(_STAGING):
                self.inner.remove_graph(graph)

    # -- reading -------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Binding] | None = None) -> QueryResult:
        """Run SPARQL over the union of the report graphs, binding variables to values.

        Values are passed as substitutions, never written into the text. Oxigraph substitutes
        only variables of the SELECT projection, and folds ``BOUND(?var)`` of a substituted
        variable to false: test an optional one with ``COALESCE(<test>, true)``.
        """
        try:
            substitutions = {pyoxigraph.Variable(name): to_term(value)
                             for name, value in (bindings or {}).items()}
        except (TypeError, ValueError) as exc:
            raise QueryError(f"bad binding: {exc}") from exc
        try:
            results = self.inner.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True,
                                       substitutions=substitutions or None)
            return from_pyoxigraph(results)
        except SyntaxError as exc:
            raise QueryError(f"invalid SPARQL: {exc}") from exc
        except RuntimeError as exc:  # e.g. a binding for a variable the query does not project
            raise QueryError(str(exc)) from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

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
        return len(self.inner)

    # -- lifetime ------------------------------------------------------------------------

    def close(self) -> None:
        """Release the store (and the lock of an on-disk one)."""
        if self._inner is not None:
            if self.path is not None:
                self._inner.flush()
            self._inner = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
