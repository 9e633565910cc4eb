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
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, QuerySolutions
from pyoxigraph import Store as OxStore

from kg.graph.terms import ID_NS, PREFIXES

#: the graph of the stored rows; not a report graph (left out of exports, counts, the union)
SUMMARY_GRAPH = NamedNode(ID_NS + "summary")
SUM_NS = "https://w3id.org/akg/summary#"
#: how the rows are written (bump it when that changes: rows of another layout are dropped)
LAYOUT = 1
_COMPLETE = NamedNode(SUM_NS + "complete")
_VERSION = NamedNode(SUM_NS + "version")

#: the named queries kept as rows, with the variables each row keeps besides the query's
#: columns, for the summary query's parameters (``kind`` tests an actor's classes, ``topic``
#: an event's topics, ``name`` finds a pair by either actor)
SUMMARIZED: dict[str, tuple[str, ...]] = {
    "actors": ("a",),
    "co-participants": (),
    "collaborations": ("a", "b"),
    "events": ("e",),
}

_SELECT = re.compile(r"^SELECT\b", re.M)


@cache
def _digest() -> Literal:
    """A digest of the summarized queries' texts and of :data:`LAYOUT`."""
    from kg.query.library import queries_dir

    digest = hashlib.sha256(b"layout %d" % LAYOUT)
    for name in SUMMARIZED:
        for path in (queries_dir() / f"{name}.rq", *sorted(queries_dir().glob(f"{name}@*.rq")),
                     *sorted((queries_dir() / "summary").glob(f"{name}[.@]*rq"))):
            digest.update(path.read_bytes())
    return Literal(digest.hexdigest()[:16])


def marker() -> Quad:
    """The quad saying the rows are complete, its value a digest of the summarized queries'
    texts: rows written by a kg whose queries differ are not read (and are written again at
    the next close after a write)."""
    return Quad(SUMMARY_GRAPH, _COMPLETE, _digest(), SUMMARY_GRAPH)


def _version() -> Quad:
    """The quad naming the kg that wrote the rows (the same digest), kept through writes: rows
    of another version are dropped, not patched."""
    return Quad(SUMMARY_GRAPH, _VERSION, _digest(), SUMMARY_GRAPH)


def is_current(store: OxStore) -> bool:
    """True when the stored rows answer for the graph as it is."""
    return marker() in store


def invalidate(store: OxStore) -> None:
    """Take the marker out before a write: the rows no longer answer for the graph."""
    for quad in list(store.quads_for_pattern(SUMMARY_GRAPH, _COMPLETE, None, SUMMARY_GRAPH)):
        store.remove(quad)


def rebuild(store: OxStore) -> int:
    """Run each summarized query over the graph and store its rows, then the marker; returns
    the number of rows stored.

    Only what changed is written: a row is the same blank node for the same values (see
    :func:`_row_node`), so a row already stored keeps its quads and at most gets a new
    position. (At 1M quads on disk, dropping the graph's 246k quads took 13.5 s of CPU,
    removing them one by one 5 s, writing them in one transaction 7-9 s, by the bulk loader
    3.5 s.) Not one transaction: a crash midway leaves some rows and no marker, so none is read.
    """
    from kg.query.library import get_query

    invalidate(store)
    if _version() not in store:  # rows of another kg (or none): start from nothing
        store.remove_graph(SUMMARY_GRAPH)
        store.add(_version())
    rows, gone, added = 0, [], []  # type: tuple[int, list[Quad], list[Quad]]
    for name, keys in SUMMARIZED.items():
        query = get_query(name)
        params = {p.name for p in query.params}
        position = NamedNode(SUM_NS + name)
        old = {q.subject: q for q in store.quads_for_pattern(None, position, None, SUMMARY_GRAPH)}
        for node, index, cells in _rows(store, name, with_keys(query.sparql, keys), params):
            rows += 1
            at = Quad(node, position, Literal(index), SUMMARY_GRAPH)
            kept = old.pop(node, None)
            if kept is None:  # a new row
                added.extend(Quad(node, p, v, SUMMARY_GRAPH) for p, v in cells if v is not None)
            elif kept == at:
                continue
            else:  # the same row, moved
                gone.append(kept)
            added.append(at)
        for stale in old:  # rows no longer in the answer, with their values
            gone.extend(store.quads_for_pattern(stale, None, None, SUMMARY_GRAPH))
    for quad in gone:
        store.remove(quad)
    if added:
        store.bulk_extend(added)
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


def _rows(store: OxStore, name: str, sparql: str, params: set[str]
          ) -> Iterator[tuple[BlankNode, int, list[tuple[NamedNode, Any]]]]:
    """Each row of the query: its node, its position, and (column predicate, value) pairs."""
    results = store.query(sparql, prefixes=PREFIXES)
    assert isinstance(results, QuerySolutions)
    # a predicate per query and column: reading a column scans its own triples only
    columns = [(v, NamedNode(f"{SUM_NS}{name}.{v.value}")) for v in results.variables
               if v.value not in params]  # parameters are unbound here
    seen: dict[bytes, int] = {}
    for index, solution in enumerate(results):
        cells = [(predicate, solution[variable]) for variable, predicate in columns]
        yield _row_node(name, cells, seen), index, cells


def _row_node(name: str, cells: list[tuple[NamedNode, Any]], seen: dict[bytes, int]
              ) -> BlankNode:
    """The row's blank node, named by a digest of the query and the row's values (the n-th
    row with the same values gets the n-th name): the same row of the next rebuild is the
    same node. 32 hex digits not starting with 0, which Oxigraph keeps inline as a number."""
    text = "\x1f".join([name] + ["" if v is None else str(v) for _, v in cells]).encode()
    count = seen[text] = seen.get(text, -1) + 1
    digest = hashlib.blake2b(text + b"\x1e%d" % count, digest_size=16).hexdigest()
    return BlankNode("1" + digest[1:])
