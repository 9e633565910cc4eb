"""The work of ``kg serve`` behind HTTP: a query or update run in a slot, under the time limit,
its answer serialized in the format the client accepts; the refusals as HTTP statuses.

:mod:`kg.serve` holds the server; :mod:`kg.graph.guard` the checks and the time limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Any, cast

import pyoxigraph
from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import KgError, QueryError
from kg.graph.guard import (
    Deadline,
    QueryRefused,
    QueryTimeout,
    check_services,
    check_sparql,
    run_guarded,
)
from kg.graph.protocol import GraphStore
from kg.graph.store import Store
from kg.graph.terms import PREFIXES

PATHS = ("/sparql", "/query")
MAX_BODY = 1 << 20  # a query longer than 1 MiB is a mistake or an attack
MAX_RESULT = 256 << 20  # an answer larger than this is cut off with an error
BACKLOG = 128  # connections the kernel holds before the server accepts them
TIMEOUT = 30.0  # seconds a query may run
MAX_QUERIES = 4  # queries running at once (more do not run faster on a few cores)
MAX_CONNECTIONS = 64  # connections served at once (each holds a thread)
RESULT_FORMATS: dict[str, QueryResultsFormat] = {  # the first is the default
    "application/sparql-results+json": QueryResultsFormat.JSON,
    "application/json": QueryResultsFormat.JSON,
    "application/sparql-results+xml": QueryResultsFormat.XML,
    "application/xml": QueryResultsFormat.XML,
    "text/csv": QueryResultsFormat.CSV,
    "text/tab-separated-values": QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, RdfFormat] = {
    "text/turtle": RdfFormat.TURTLE,
    "application/n-triples": RdfFormat.N_TRIPLES,
    "application/n-quads": RdfFormat.N_QUADS,
    "application/rdf+xml": RdfFormat.RDF_XML,
    "application/ld+json": RdfFormat.JSON_LD,
}


class ProtocolError(KgError):
    """A request the endpoint refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str,
                 headers: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = dict(headers or {})


@dataclass
class Reply:
    """An HTTP answer: status, media type and body."""

    status: int
    media_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def text_reply(status: int, message: str) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode())


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their q values, most wanted first."""
    ranges: list[tuple[str, float, int]] = []
    for position, part in enumerate((header or "*/*").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q, position))
    ranges.sort(key=lambda r: (-r[1], r[2]))
    return [(media, q) for media, q, _ in ranges if q > 0]


def negotiate(accept: str | None, offers: Mapping[str, Any]) -> str:
    """The offered media type the client wants most; the first offer for ``*/*``.

    Raises :class:`ProtocolError` 406 when the client accepts none of them.
    """
    for media, _ in parse_accept(accept):
        if media in offers:
            return media
        kind = media.split("/")[0]
        if media == "*/*" or media == f"{kind}/*":
            return next(m for m in offers if media == "*/*" or m.startswith(kind + "/"))
    raise ProtocolError(406, f"cannot answer in {accept!r}; this result can be given as "
                             + ", ".join(offers))


def _graphs(values: list[str]) -> list[pyoxigraph.NamedNode]:
    try:
        return [pyoxigraph.NamedNode(v) for v in values]
    except ValueError as exc:
        raise ProtocolError(400, f"not an IRI in default-graph-uri/named-graph-uri: {exc}") from exc


@dataclass
class Limits:
    """How much the endpoint runs at once and for how long (see the module doc)."""

    timeout: float | None = TIMEOUT
    max_queries: int = MAX_QUERIES
    allowed_services: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.slots = threading.BoundedSemaphore(self.max_queries)


class _Output:
    """Where a result is serialized: checks the deadline and the size at each write, so a
    long answer stops there (pyoxigraph makes rows as it writes them)."""

    def __init__(self, deadline: Deadline) -> None:
        self.parts: list[bytes] = []
        self.size = 0
        self.deadline = deadline

    def write(self, data: bytes) -> int:
        self.deadline.check()
        self.size += len(data)
        if self.size > MAX_RESULT:
            raise ProtocolError(413, f"the answer is over {MAX_RESULT:,} bytes; ask for less "
                                     "(LIMIT, or a narrower pattern)")
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


def run_query(store: Store, sparql: str, accept: str | None,
              default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None, limits: Limits | None = None) -> Reply:
    """Evaluate a query and serialize its result in the format the client accepts."""
    limits = limits or Limits()
    _check(sparql, limits)
    dataset: dict[str, Any] = {}
    if default_graphs or named_graphs:  # the protocol's dataset replaces the store's
        dataset = {"default_graph": _graphs(default_graphs or []),
                   "named_graphs": _graphs(named_graphs or [])}
    inner = store.inner

    def work(deadline: Deadline) -> Reply:
        try:
            results = inner.query(sparql, prefixes=PREFIXES, **dataset)
        except SyntaxError as exc:
            raise ProtocolError(400, f"invalid SPARQL query: {exc}") from exc
        except RuntimeError as exc:
            raise ProtocolError(400, f"the query failed: {exc}") from exc
        try:
            offers: Mapping[str, Any] = (RESULT_FORMATS if isinstance(
                results, QuerySolutions | QueryBoolean) else GRAPH_FORMATS)
            media = negotiate(accept, offers)
            out = _Output(deadline)
            # _Output has the one method serialize calls (write); typeshed asks for IO[bytes]
            results.serialize(cast(IO[bytes], out), format=offers[media])
        finally:
            del results  # on this thread, which made it (pyoxigraph's results are unsendable)
        charset = "; charset=utf-8" if media.startswith("text/") else ""
        return Reply(200, media + charset, b"".join(out.parts), {"Vary": "Accept"})

    return _guarded(work, limits)


def _check(sparql: str, limits: Limits) -> None:
    try:
        check_sparql(sparql)
        check_services(sparql, limits.allowed_services, PREFIXES)
    except QueryRefused as exc:
        raise ProtocolError(400, str(exc)) from exc


def _guarded(work: Any, limits: Limits) -> Reply:
    """Run ``work`` in a query slot, under the time limit; a slot not free within the time
    limit is a 503, as is the time limit itself."""
    started = time.monotonic()
    if not limits.slots.acquire(timeout=limits.timeout if limits.timeout else None):
        raise ProtocolError(503, f"busy: {limits.max_queries} queries are running; try again",
                            {"Retry-After": "5"})

    def in_slot(deadline: Deadline) -> Reply:
        # an abandoned query keeps running until Oxigraph returns: its slot is given back
        # only then, so abandoned queries cannot pile up beyond max_queries
        try:
            return work(deadline)
        finally:
            limits.slots.release()

    left = None if limits.timeout is None else max(
        0.1, limits.timeout - (time.monotonic() - started))
    try:
        return run_guarded(in_slot, left, limits.timeout)
    except QueryTimeout as exc:
        raise ProtocolError(503, str(exc), {"Retry-After": "30"}) from exc
    except OSError as exc:  # a SERVICE call or the store failed
        raise ProtocolError(502 if "http" in str(exc).lower() else 500,
                            f"the query failed: {exc}") from exc
    except QueryError as exc:
        raise ProtocolError(400, str(exc)) from exc


def run_update(store: GraphStore, sparql: str, lock: threading.Lock,
               limits: Limits | None = None) -> Reply:
    """Apply a SPARQL Update through the store, which keeps the union its queries read."""
    limits = limits or Limits()
    _check(sparql, limits)

    def work(deadline: Deadline) -> Reply:
        with lock:
            try:
                store.update(sparql)
            except QueryError as exc:  # malformed, or failed: the client's to fix
                raise ProtocolError(400, str(exc)) from exc
        return Reply(204, "text/plain", b"")

    return _guarded(work, limits)
