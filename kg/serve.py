"""``kg serve``: the store as a SPARQL 1.1 Protocol endpoint, for YASGUI, rdflib or curl.

Queries go to ``/sparql`` (or ``/query``) as GET ``?query=``, POST form ``query=`` or POST
``application/sparql-query``. The answer's format follows the Accept header: SPARQL results JSON
(the default), XML, CSV or TSV for SELECT and ASK; Turtle (the default), N-Triples, N-Quads,
RDF/XML or JSON-LD for CONSTRUCT and DESCRIBE.

The default graph is the store's union of the report graphs (each triple once, see
``kg/graph/store.py``), the same graph ``Store.query`` reads, so a query answers here what it
answers in Python. ``default-graph-uri`` / ``named-graph-uri`` replace that dataset, as the
protocol says. The endpoint is read-only unless started with ``allow_update``: an update then
runs in one transaction and the union view is recomputed from the report graphs after it (so
write into named graphs; triples written only to the default graph do not survive).

Only the standard library's HTTP server: a local tool for one researcher or a small team, not a
public service (no authentication, no query timeout).
"""

from __future__ import annotations

import html
import signal
import socket
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph
from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

from kg.errors import KgError, StoreError
from kg.graph.store import Store
from kg.graph.terms import PREFIXES

PATHS = ("/sparql", "/query")
MAX_BODY = 1 << 20  # a query longer than 1 MiB is a mistake or an attack
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
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Content-Type, Accept",
}


class ProtocolError(KgError):
    """A request the endpoint refuses; ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


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


def run_query(store: Store, sparql: str, accept: str | None,
              default_graphs: list[str] | None = None,
              named_graphs: list[str] | None = None) -> Reply:
    """Evaluate a query and serialize its result in the format the client accepts."""
    dataset: dict[str, Any] = {}
    if default_graphs or named_graphs:  # the protocol's dataset replaces the store's
        dataset = {"default_graph": _graphs(default_graphs or []),
                   "named_graphs": _graphs(named_graphs or [])}
    try:
        results = store.inner.query(sparql, prefixes=PREFIXES, **dataset)
    except SyntaxError as exc:
        raise ProtocolError(400, f"invalid SPARQL query: {exc}") from exc
    except RuntimeError as exc:
        raise ProtocolError(400, f"the query failed: {exc}") from exc
    if isinstance(results, QuerySolutions | QueryBoolean):
        media = negotiate(accept, RESULT_FORMATS)
        body = results.serialize(format=RESULT_FORMATS[media])
    else:
        media = negotiate(accept, GRAPH_FORMATS)
        body = results.serialize(format=GRAPH_FORMATS[media])
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Reply(200, media + charset, body or b"", {"Vary": "Accept"})


def run_update(store: Store, sparql: str, lock: threading.Lock) -> Reply:
    """Apply a SPARQL Update, then recompute the union view the store's queries read."""
    with lock:
        try:
            store.inner.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise ProtocolError(400, f"invalid SPARQL update: {exc}") from exc
        except RuntimeError as exc:
            raise ProtocolError(400, f"the update failed: {exc}") from exc
        store.rebuild_union()
    return Reply(204, "text/plain", b"")


def home_page(url: str) -> bytes:
    """A tiny HTML page naming the endpoint and the named queries (every text escaped)."""
    from kg.query import list_queries

    try:
        queries = list_queries()
    except KgError:
        queries = []
    items = "\n".join(f"<li><code>{html.escape(q.name)}</code>: {html.escape(q.title)}"
                      + (f" &mdash; {html.escape(q.question)}" if q.question else "") + "</li>"
                      for q in queries)
    link = html.escape(url)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL endpoint</title></head>
<body>
<h1>Actors-and-commitments knowledge graph</h1>
<p>SPARQL 1.1 Protocol endpoint: <a href="{link}"><code>{link}</code></a>
(GET <code>?query=</code>, or POST). Point YASGUI, rdflib or curl at it.</p>
<h2>Named queries</h2>
<p>Their SPARQL is in <code>queries/*.rq</code>; run them with <code>kg query NAME</code>.</p>
<ul>
{items}
</ul>
</body></html>
""".encode()


class Endpoint(ThreadingHTTPServer):
    """The HTTP server: holds the store, whether updates are allowed, and the request log."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], store: Store, allow_update: bool,
                 log: IO[str] | None) -> None:
        super().__init__(address, Handler)
        self.store = store
        self.allow_update = allow_update
        self.log = log
        self.update_lock = threading.Lock()

    @property
    def url(self) -> str:
        """The endpoint's URL, with the port actually bound."""
        address, port = self.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/sparql"


class EndpointV6(Endpoint):
    address_family = socket.AF_INET6


class Handler(BaseHTTPRequestHandler):
    """One request: route it, run it, answer it (errors become 4xx/5xx plain text)."""

    server: Endpoint
    timeout = 60  # a client that stops sending mid-request does not hold a thread forever
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(self._get)

    def do_POST(self) -> None:
        self._answer(self._post)

    def do_OPTIONS(self) -> None:  # the browser's CORS preflight before a POST
        self._send(Reply(204, "text/plain", b""))

    def _get(self) -> Reply:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return Reply(200, "text/html; charset=utf-8", home_page(self.server.url))
        self._check_path(url.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            raise ProtocolError(405, "a SPARQL Update must be sent with POST")
        return self._query(params, _one(params, "query"))

    def _post(self) -> Reply:
        url = urlsplit(self.path)
        self._check_path(url.path)
        params = parse_qs(url.query, keep_blank_values=True)
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if media == "application/x-www-form-urlencoded":
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
            if "update" in params:
                return self._update(params, _one(params, "update"))
            return self._query(params, _one(params, "query"))
        if media == "application/sparql-query":
            return self._query(params, body)
        if media == "application/sparql-update":
            return self._update(params, body)
        raise ProtocolError(415, f"unsupported Content-Type {media!r}; send "
                                 "application/sparql-query, application/sparql-update or "
                                 "application/x-www-form-urlencoded")

    def _query(self, params: dict[str, list[str]], sparql: str) -> Reply:
        return run_query(self.server.store, sparql, self.headers.get("Accept"),
                         params.get("default-graph-uri"), params.get("named-graph-uri"))

    def _update(self, params: dict[str, list[str]], sparql: str) -> Reply:
        if not self.server.allow_update:
            raise ProtocolError(403, "this endpoint is read-only (start it with --allow-update "
                                     "to accept SPARQL Update)")
        if "using-graph-uri" in params or "using-named-graph-uri" in params:
            raise ProtocolError(400, "using-graph-uri / using-named-graph-uri are not supported; "
                                     "write USING / WITH in the update")
        return run_update(self.server.store, sparql, self.server.update_lock)

    def _check_path(self, path: str) -> None:
        if path not in PATHS:
            raise ProtocolError(404, f"no such resource {path!r}; the endpoint is /sparql")

    def _body(self) -> str:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as exc:
            raise ProtocolError(400, "bad Content-Length") from exc
        if length > MAX_BODY:
            raise ProtocolError(413, f"request body over {MAX_BODY} bytes")
        try:
            return self.rfile.read(length).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProtocolError(400, f"the request body is not UTF-8: {exc}") from exc

    def _answer(self, route: Any) -> None:
        try:
            reply = route()
        except ProtocolError as exc:
            reply = text_reply(exc.status, str(exc))
        except StoreError as exc:
            reply = text_reply(503, str(exc))
        except OSError as exc:
            reply = text_reply(500, f"the store failed: {exc}")
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        if reply.status >= 400:  # a refused request's body may be unread; do not reuse it
            self.close_connection = True
        self.send_response(reply.status)
        for name, value in {**CORS, **reply.headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", reply.media_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        if self.server.log is not None:
            self.server.log.write(f"{self.address_string()} {format % args}\n")


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name, [])
    if len(values) != 1:
        raise ProtocolError(400, f"expected exactly one '{name}' parameter, got {len(values)}")
    return values[0]


def make_server(store: Store, host: str = "127.0.0.1", port: int = 0, allow_update: bool = False,
                log: IO[str] | None = None) -> Endpoint:
    """A bound, not yet serving endpoint (``port=0`` picks a free port; see ``.url``).

    Call ``serve_forever()`` (in a thread, for tests), then ``shutdown()`` and ``server_close()``.
    Raises :class:`~kg.errors.KgError` when the address cannot be bound (in use, unknown).
    """
    cls = EndpointV6 if ":" in host else Endpoint
    try:
        return cls((host, port), store, allow_update, log)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc}") from exc


def serve(store: Store, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          log: IO[str] | None = None) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), announcing the URL on ``log`` (stderr)."""
    log = log if log is not None else sys.stderr
    server = make_server(store, host, port, allow_update, log)
    mode = "read-write" if allow_update else "read-only"
    log.write(f"SPARQL endpoint ({mode}): {server.url}\n")
    log.flush()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.write("stopping\n")
    finally:
        server.server_close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # SIGTERM stops the server as Ctrl-C does, so the store is closed
