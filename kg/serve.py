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

Limits, for an endpoint shared by a team (the standard library's threading HTTP server, kept
in bounds): a listen backlog of :data:`BACKLOG`; at most ``max_connections`` connections served
at once (one more is told 503 at once, not left waiting); at most ``max_queries`` queries
running, each checked before it is parsed and stopped at ``timeout`` seconds as
:mod:`kg.graph.guard` says (the client gets 503 then, whatever Oxigraph is still doing); every
request, refused or failed, gets an HTTP status. Who may ask what is :mod:`kg.serve_policy`:
Host and Origin checks, CORS only for named origins, updates only with a bearer token.
"""

from __future__ import annotations

import html
import signal
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KgError, StoreError
from kg.graph.store import Store
from kg.serve_policy import Policy, Refusal
from kg.serve_run import (  # noqa: F401 - the endpoint's API, re-exported
    BACKLOG,
    GRAPH_FORMATS,
    MAX_BODY,
    MAX_CONNECTIONS,
    MAX_QUERIES,
    MAX_RESULT,
    PATHS,
    RESULT_FORMATS,
    TIMEOUT,
    Limits,
    ProtocolError,
    Reply,
    negotiate,
    parse_accept,
    run_query,
    run_update,
    text_reply,
)


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
<p>Their SPARQL is in <code>kg/data/queries/*.rq</code>;
run them with <code>kg query NAME</code>.</p>
<ul>
{items}
</ul>
</body></html>
""".encode()


class Endpoint(ThreadingHTTPServer):
    """The HTTP server: holds the store, the policy, the limits and the request log."""

    daemon_threads = True  # a stuck connection never keeps the process from stopping
    request_queue_size = BACKLOG

    def __init__(self, address: tuple[str, int], store: Store, policy: Policy, limits: Limits,
                 log: IO[str] | None, max_connections: int = MAX_CONNECTIONS) -> None:
        super().__init__(address, Handler)
        self.store = store
        self.policy = policy
        self.limits = limits
        self.log = log
        self.update_lock = threading.Lock()
        self.connections = threading.BoundedSemaphore(max_connections)
        self._slots: dict[int, _Slot] = {}  # by id(request): the accepting thread to the worker

    @property
    def allow_update(self) -> bool:
        return self.policy.token is not None

    @property
    def url(self) -> str:
        """The endpoint's URL, with the port actually bound."""
        address, port = self.server_address[:2]
        host = address.decode() if isinstance(address, bytes) else str(address)
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}/sparql"

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection on a thread, or answer 503 at once when too many are open."""
        if not self.connections.acquire(blocking=False):
            _busy(request)
            self.shutdown_request(request)
            return
        slot = _Slot(self.connections)
        self._slots[id(request)] = slot
        try:
            super().process_request(request, client_address)
        except BaseException:
            # SIGTERM lands here as KeyboardInterrupt, possibly after the thread started: the slot
            # is given back once whoever comes first, never twice
            self._slots.pop(id(request), None)
            slot.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        slot = self._slots.pop(id(request), None)
        try:
            super().process_request_thread(request, client_address)
        finally:
            if slot is not None:
                slot.release()


class _Slot:
    """One connection's hold on the server's semaphore, released at most once."""

    def __init__(self, semaphore: threading.BoundedSemaphore) -> None:
        self._semaphore = semaphore
        self._held = True
        self._lock = threading.Lock()

    def release(self) -> None:
        with self._lock:
            if self._held:
                self._held = False
                self._semaphore.release()


def _busy(request: socket.socket) -> None:
    body = b"busy: too many connections; try again\n"
    try:
        request.settimeout(2)
        request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; "
                        b"charset=utf-8\r\nRetry-After: 5\r\nConnection: close\r\n"
                        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    except OSError:
        pass


class EndpointV6(Endpoint):
    address_family = socket.AF_INET6


class Handler(BaseHTTPRequestHandler):
    """One request: check who asks, route it, run it, answer it (errors become 4xx/5xx plain
    text; every path ends in a reply)."""

    server: Endpoint
    timeout = 30  # a client that stops sending mid-request does not hold a thread forever
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._answer(self._get)

    def do_POST(self) -> None:
        self._answer(self._post)

    def do_OPTIONS(self) -> None:  # the browser's CORS preflight before a POST
        self._answer(self._options)

    def _options(self) -> Reply:
        if not self.server.policy.cors_headers(self.headers):
            raise ProtocolError(403, "no cross-origin access from here (see --cors-origin)")
        return Reply(204, "text/plain", b"")

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
                         params.get("default-graph-uri"), params.get("named-graph-uri"),
                         self.server.limits)

    def _update(self, params: dict[str, list[str]], sparql: str) -> Reply:
        self.server.policy.check_update(self.headers)
        if "using-graph-uri" in params or "using-named-graph-uri" in params:
            raise ProtocolError(400, "using-graph-uri / using-named-graph-uri are not supported; "
                                     "write USING / WITH in the update")
        return run_update(self.server.store, sparql, self.server.update_lock, self.server.limits)

    def _check_path(self, path: str) -> None:
        if path not in PATHS:
            raise ProtocolError(404, f"no such resource {path!r}; the endpoint is /sparql")

    def _body(self) -> str:
        if self.headers.get("Transfer-Encoding"):
            raise ProtocolError(411, "send the body with a Content-Length, not chunked")
        raw = (self.headers.get("Content-Length") or "0").strip()
        if not raw.isdigit():
            raise ProtocolError(400, f"bad Content-Length {raw!r}: a number of bytes, 0 or more")
        length = int(raw)
        if length > MAX_BODY:
            raise ProtocolError(413, f"request body over {MAX_BODY} bytes")
        data = self.rfile.read(length)
        if len(data) < length:
            raise ProtocolError(400, f"the body ended after {len(data)} of {length} bytes")
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProtocolError(400, f"the request body is not UTF-8: {exc}") from exc

    def _answer(self, route: Any) -> None:
        try:
            self.server.policy.check_request(self.headers)
            reply = route()
        except (ProtocolError, Refusal) as exc:
            reply = text_reply(exc.status, str(exc))
            reply.headers.update(exc.headers)
        except StoreError as exc:
            reply = text_reply(503, str(exc))
        except (OSError, KgError) as exc:
            reply = text_reply(500, f"the request failed: {exc}")
        except Exception as exc:  # noqa: BLE001 - whatever failed, the client gets a reply
            reply = text_reply(500, f"internal error: {type(exc).__name__}: {exc}")
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        if reply.status >= 400:  # a refused request's body may be unread; do not reuse it
            self.close_connection = True
        try:
            self.send_response(reply.status)
            cors = self.server.policy.cors_headers(self.headers)
            for name, value in {**cors, **reply.headers}.items():
                self.send_header(name, value)
            self.send_header("Content-Type", reply.media_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(reply.body)
        except OSError:  # the client has gone: nobody is left to answer
            self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base's name
        if self.server.log is not None:
            self.server.log.write(f"{self.address_string()} {format % args}\n")


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name, [])
    if len(values) != 1:
        raise ProtocolError(400, f"expected exactly one '{name}' parameter, got {len(values)}")
    return values[0]


def make_server(store: Store, host: str = "127.0.0.1", port: int = 0, allow_update: bool = False,
                log: IO[str] | None = None, *, token: str | None = None,
                cors_origins: tuple[str, ...] = (), allowed_services: tuple[str, ...] = (),
                timeout: float | None = TIMEOUT, max_queries: int = MAX_QUERIES,
                max_connections: int = MAX_CONNECTIONS) -> Endpoint:
    """A bound, not yet serving endpoint (``port=0`` picks a free port; see ``.url``).

    ``allow_update`` needs ``token``, the bearer token updates must carry. Call
    ``serve_forever()`` (in a thread, for tests), then ``shutdown()`` and ``server_close()``.
    Raises :class:`~kg.errors.KgError` when the address cannot be bound (in use, unknown).
    """
    if allow_update and not token:
        raise KgError("updates need a token: pass token=, or set $KG_UPDATE_TOKEN")
    policy = Policy.of(host, cors_origins, token if allow_update else None)
    limits = Limits(timeout, max_queries, frozenset(allowed_services))
    # updates run through the store, which calls only the endpoints it is told of
    store.allowed_services = store.allowed_services | limits.allowed_services
    cls = EndpointV6 if ":" in host else Endpoint
    try:
        return cls((host, port), store, policy, limits, log, max_connections)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc}") from exc


def serve(store: Store, host: str = "127.0.0.1", port: int = 7878, allow_update: bool = False,
          log: IO[str] | None = None, **options: Any) -> None:
    """Serve until interrupted (Ctrl-C or SIGTERM), announcing the URL on ``log`` (stderr).

    ``options`` are those of :func:`make_server`; with ``allow_update`` and no ``token`` one
    is made and printed (``$KG_UPDATE_TOKEN`` gives it instead)."""
    from kg.serve_policy import update_token

    log = log if log is not None else sys.stderr
    made = False
    if allow_update and not options.get("token"):
        options["token"], made = update_token()
    server = make_server(store, host, port, allow_update, log, **options)
    mode = "read-write" if allow_update else "read-only"
    log.write(f"SPARQL endpoint ({mode}): {server.url}\n")
    if made:
        log.write(f"update token (send 'Authorization: Bearer <token>'): {options['token']}\n")
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
