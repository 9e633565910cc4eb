"""Stored rows of the whole-graph named queries that cost most at a million quads (issue 20).

Over the whole graph, ``actors``, ``co-participants`` and ``events`` spend their time in
Oxigraph's GROUP BYs, hash joins and sorts over every participation, mention and label of the
union graph: 0.7-1.6 s of CPU on disk at a million quads, whatever the query's shape (see
benchmarks/README.md). Their answer changes only when the graph does, so the embedded store
keeps it: one named graph, :data:`SUMMARY_GRAPH`, holds each such query's rows as nodes
(``_:row sum:<query> <position>`` and ``_:row sum:<query>.<column> <value>`` for each bound
column),
and ``kg/data/queries/summary/<query>.rq`` reads them back in order, applying the query's
parameters to the stored columns. The rows are the plain query's own, run once over the graph,
so the two cannot disagree, however the query is written.

Kept correct by writing it whole, never patching it: any write to the store first takes out
the marker :func:`marker` (one quad), and :func:`rebuild` writes the rows again and the marker
last (on :meth:`kg.graph.store.Store.close`, or :meth:`~kg.graph.store.Store.summarize`). A
query reads the rows only while the marker is there (:func:`is_current`), else runs the plain
query; so a report ingested, re-ingested or removed, an update, or a crash between the two,
never leaves a stale answer, only a slower one until the store is closed. Re-ingesting the same
report writes the same rows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from functools import cache

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions
from pyoxigraph import Store as OxStore

from kg.graph.terms import ID_NS, PREFIXES

#: the graph of the stored rows; not a report graph (left out of exports, counts, the union)
SUMMARY_GRAPH = NamedNode(ID_NS + "summary")
SUM_NS = "https://w3id.org/akg/summary#"
_COMPLETE = NamedNode(SUM_NS + "complete")

#: the named queries kept as rows, with the variables each row keeps besides the query's
#: columns, for the summary query's parameters (``kind`` tests an actor's classes, ``topic``
#: an event's topics)
SUMMARIZED: dict[str, tuple[str, ...]] = {
    "actors": ("a",),
    "co-participants": (),
    "events": ("e",),
}

_SELECT = re.compile(r"^SELECT\b", re.M)


@cache
def marker() -> Quad:
    """The quad saying the rows are complete, its value a digest of the summarized queries'
    texts: rows written by a kg whose queries differ are not read (and are written again at
    the next close after a write)."""
    from kg.query.library import queries_dir

    digest = hashlib.sha256()
    for name in SUMMARIZED:
        for path in (queries_dir() / f"{name}.rq", queries_dir() / "summary" / f"{name}.rq"):
            digest.update(path.read_bytes())
    return Quad(SUMMARY_GRAPH, _COMPLETE, Literal(digest.hexdigest()[:16]), SUMMARY_GRAPH)


def is_current(store: OxStore) -> bool:
    """True when the stored rows answer for the graph as it is."""
    return marker() in store


def invalidate(store: OxStore) -> None:
    """Take the marker out before a write: the rows no longer answer for the graph."""
    for quad in list(store.quads_for_pattern(SUMMARY_GRAPH, _COMPLETE, None, SUMMARY_GRAPH)):
        store.remove(quad)


def rebuild(store: OxStore) -> int:
    """Run each summarized query over the graph and store its rows, then the marker; returns
    the number of rows stored."""
    from kg.query.library import get_query

    invalidate(store)
    store.remove_graph(SUMMARY_GRAPH)
    quads: list[Quad] = []
    rows = 0
    for name, keys in SUMMARIZED.items():
        query = get_query(name)
        params = {p.name for p in query.params}
        for quad in _rows(store, name, with_keys(query.sparql, keys), params):
            rows += quad.predicate.value == SUM_NS + name
            quads.append(quad)
    store.extend(quads)
    store.add(marker())
    return rows


def with_keys(sparql: str, keys: tuple[str, ...]) -> str:
    """The query projecting ``keys`` too (after the outermost SELECT, the first one that opens
    a line: every named query is written so)."""
    if not keys:
        return sparql
    match = _SELECT.search(sparql)
    if match is None:
        raise ValueError("no SELECT opens a line of the query")
    extra = "".join(f" ?{k}" for k in keys)
    return sparql[: match.end()] + extra + sparql[match.end():]


def _rows(store: OxStore, name: str, sparql: str, params: set[str]) -> Iterator[Quad]:
    results = store.query(sparql, prefixes=PREFIXES)
    assert isinstance(results, QuerySolutions)
    # a predicate per query and column: reading a column scans its own triples only
    columns = [(v, NamedNode(f"{SUM_NS}{name}.{v.value}")) for v in results.variables
               if v.value not in params]  # parameters are unbound here
    position = NamedNode(SUM_NS + name)
    for index, solution in enumerate(results):
        row = BlankNode()
        yield Quad(row, position, Literal(index), SUMMARY_GRAPH)
        for variable, predicate in columns:
            value = solution[variable]
            if value is not None:
                yield Quad(row, predicate, value, SUMMARY_GRAPH)
