"""Hostile requests against a real ``kg serve`` process on 127.0.0.1 (issue 16).

Each server runs as its own process, as a user starts it, so that a request that once killed
it (a deep query: SIGSEGV) fails a test rather than the test session. At the end of each test
the server must still answer, and stop cleanly on SIGTERM.
"""

from __future__ import annotations

import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg.query import list_queries

from .conftest import Base, copy_store, kg

pytestmark = pytest.mark.slow

DEEP = "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
SLOW = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label")
TOKEN = "a-token-for-these-tests"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    """A running ``kg serve``: its process, URL, and what it wrote on stderr."""

    process: subprocess.Popen[str]
    url: str
    port: int
    log: list[str] = field(default_factory=list)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return -9


def _serve(store: Path, *options: str, env: dict[str, str] | None = None) -> Server:
    port = _free_port()
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
               *options]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               text=True, env={**os.environ, **(env or {}),
                                               "PYTHONPATH": os.pathsep.join(sys.path)})
    assert process.stderr is not None
    first = process.stderr.readline()
    assert "SPARQL endpoint" in first, first
    server = Server(process, first.split(": ", 1)[1].strip(), port, [first])

    def drain() -> None:  # the request log must not fill the pipe and block the server
        assert process.stderr is not None
        for line in process.stderr:
            server.log.append(line)

    threading.Thread(target=drain, daemon=True).start()
    return server


@pytest.fixture
def store(base: Base, tmp_path: Path) -> Path:
    return copy_store(base.store, tmp_path / "store")


@pytest.fixture
def server(store: Path) -> Iterator[Server]:
    running = _serve(store, "--timeout", "2")
    try:
        yield running
    finally:
        assert running.stop() == 0, "".join(running.log[-20:])


def send(url: str, method: str = "GET", body: bytes | None = None,
         headers: dict[str, str] | None = None, timeout: float = 60) -> tuple[int, bytes,
                                                                             dict[str, str]]:
    """One request on a fresh connection: status, body, headers."""
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.read(), dict(response.headers)
    finally:
        connection.close()


def get(url: str, query: str, **headers: str) -> tuple[int, bytes, dict[str, str]]:
    return send(f"{url}?{urllib.parse.urlencode({'query': query})}", headers=headers)


def form(url: str, field_name: str, text: str, **headers: str) -> tuple[int, bytes,
                                                                         dict[str, str]]:
    return send(url, "POST", urllib.parse.urlencode({field_name: text}).encode(),
                {"Content-Type": "application/x-www-form-urlencoded", **headers})


def raw(port: int, request: bytes) -> bytes:
    """Bytes sent as they are (for headers no client library would send); the reply's first
    line."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(request)
        reply = b""
        while b"\r\n" not in reply:
            chunk = connection.recv(4096)
            if not chunk:
                break
            reply += chunk
    return reply.split(b"\r\n", 1)[0]


def labels(url: str) -> list[tuple[str, str]]:
    status, body, _ = get(url, LABELS, Accept="application/sparql-results+json")
    assert status == 200, body
    return [(b["s"]["value"], b["label"]["value"]) for b in json.loads(body)["results"]["bindings"]]


# -- 1. a deep query, a query that runs on -----------------------------------------------------


def test_a_deep_query_is_a_400_and_the_server_lives(server: Server) -> None:
    before = labels(server.url)
    status, body, _ = send(server.url, "POST", DEEP.encode(),
                           {"Content-Type": "application/sparql-query"})
    assert status == 400 and b"query refused: it nests 5000 levels deep" in body
    assert labels(server.url) == before


def test_a_query_that_runs_on_is_stopped_and_answered_503(server: Server) -> None:
    started = time.monotonic()
    status, body, headers = get(server.url, SLOW)
    assert status == 503 and b"ran over its time limit of 2 s" in body
    assert headers.get("Retry-After")
    assert time.monotonic() - started < 15
    assert labels(server.url)  # the server still answers, its slot given back
    assert get(server.url, "ASK { ?s ?p ?o }")[0] == 200


# -- 2. SERVICE, and 8. an error inside it -------------------------------------------------------


def test_service_is_refused_unless_allowed(server: Server) -> None:
    status, body, _ = get(server.url, f"SELECT * WHERE {{ SERVICE <{server.url}> {{ ?s ?p ?o }} }}")
    assert status == 400 and b"no endpoint is allowed" in body
    status, body, _ = get(server.url, "SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }")
    assert status == 400 and b"not written as an IRI" in body


def test_an_allowed_service_is_called_and_its_failure_is_an_http_error(store: Path) -> None:
    port = _free_port()
    own, home = f"http://127.0.0.1:{port}/sparql", f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
               "--allow-service", own, "--allow-service", home]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        query = "SELECT ?s WHERE {{ SERVICE <{}> {{ ?s ?p ?o }} }} LIMIT 1"
        status, body, _ = get(own, query.format(own), Accept="application/sparql-results+json")
        assert status == 200 and json.loads(body)["results"]["bindings"]
        status, body, _ = get(own, query.format(home))  # an HTML page, not SPARQL results
        assert 500 <= status < 600 and body.startswith(b"the query failed")
        assert get(own, "ASK {}")[0] == 200
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0


# -- 3. updates: a flag and a token; other origins refused -----------------------------------


def test_updates_need_the_token_and_other_origins_are_refused(store: Path) -> None:
    server = _serve(store, "--allow-update", env={"KG_UPDATE_TOKEN": TOKEN})
    try:
        before = labels(server.url)
        assert before
        evil = {"Origin": "https://evil.example"}
        bearer = {"Authorization": f"Bearer {TOKEN}"}
        status, body, headers = form(server.url, "update", "DROP ALL", **evil, **bearer)
        assert status == 403 and b"origin 'https://evil.example'" in body
        assert "Access-Control-Allow-Origin" not in headers
        assert form(server.url, "query", LABELS, **evil)[0] == 403  # nor can it read
        status, _, headers = form(server.url, "update", "DROP ALL")
        assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
        assert form(server.url, "update", "DROP ALL", Authorization="Bearer wrong")[0] == 401
        rebound = {"Host": f"evil.example:{server.port}", **bearer}
        assert form(server.url, "update", "DROP ALL", **rebound)[0] == 403
        assert labels(server.url) == before  # nothing was dropped
        own = {"Origin": f"http://127.0.0.1:{server.port}", **bearer}
        graph = "https://w3id.org/akg/id/report/added"
        label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        update = f'INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/x> {label} "Added" }} }}'
        status, body, _ = form(server.url, "update", update, **own)
        assert status == 204, body
        assert ("http://example.org/x", "Added") in labels(server.url)
    finally:
        assert server.stop() == 0


def test_an_update_token_is_made_and_printed_when_none_is_set(store: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "KG_UPDATE_TOKEN"}
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
         "--allow-update"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        env={**env, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        assert process.stderr is not None
        assert "SPARQL endpoint (read-write)" in process.stderr.readline()
        line = process.stderr.readline()
        assert line.startswith("update token")
        token = line.rsplit(": ", 1)[1].strip()
        assert len(token) >= 32
        url = f"http://127.0.0.1:{port}/sparql"
        assert form(url, "update", "CLEAR GRAPH <http://example.org/none>")[0] == 401
        assert form(url, "update", "CLEAR SILENT GRAPH <http://example.org/none>",
                    Authorization=f"Bearer {token}")[0] == 204
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0


# -- 8. malformed requests get a reply ---------------------------------------------------------


@pytest.mark.parametrize("length", [b"-5", b"abc", b"1e3", b" "])
def test_a_bad_content_length_is_a_400(server: Server, length: bytes) -> None:
    request = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
               b"application/sparql-query\r\nContent-Length: " + length + b"\r\n\r\nASK {}")
    assert raw(server.port, request).startswith(b"HTTP/1.1 400"), length
    assert labels(server.url)


# -- 9. the store is read while it is served ---------------------------------------------------


def test_the_store_is_read_while_it_is_served(server: Server, store: Path) -> None:
    run = kg("stats", "--store", store)
    assert run.code == 0, run.err
    assert kg("query", "officials", "--store", store).code == 0
    assert kg("export", "--store", store).code == 0
    run = kg("ingest", "--store", store, "x.txt")
    assert run.code == 2 and "being read by another process" in run.err


# -- the load test -------------------------------------------------------------------------------


def _mix(server: Server) -> list[tuple[str, object, int]]:
    """1,000 requests: named queries, and the hostile ones of issue 16 with their answers."""
    named = [q.sparql for q in list_queries()]
    hostile: list[tuple[str, object, int]] = [
        ("deep", DEEP, 400),
        ("service", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } }", 400),
        ("update", "DROP ALL", 403),
        ("origin", LABELS, 403),
        ("length", b"-5", 400),
        ("malformed", "SELECT ?x WHERE { ?x ", 400),
        ("huge", "SELECT * WHERE { ?s ?p ?o FILTER(" + "true && " * 15_000 + "true) }", 400),
    ]
    rng = random.Random(16)
    mix: list[tuple[str, object, int]] = [("slow", SLOW, 503)] * 6
    while len(mix) < 1000:
        if rng.random() < 0.6:
            mix.append(("named", rng.choice(named), 200))
        else:
            mix.append(rng.choice(hostile))
    rng.shuffle(mix)
    return mix


def _one(server: Server, kind: str, payload: object) -> int:
    if kind == "length":
        line = raw(server.port, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: "
                   + bytes(payload) + b"\r\n\r\n")  # type: ignore[arg-type]
        return int(line.split()[1])
    if kind == "update":
        return form(server.url, "update", str(payload))[0]
    if kind == "origin":
        return get(server.url, str(payload), Origin="https://evil.example")[0]
    if kind in ("deep", "huge"):
        return send(server.url, "POST", str(payload).encode(),
                    {"Content-Type": "application/sparql-query"})[0]
    return get(server.url, str(payload), Accept="application/sparql-results+json")[0]


def test_a_thousand_mixed_requests_32_at_a_time_are_all_answered(server: Server) -> None:
    before = labels(server.url)
    mix = _mix(server)
    answers: Counter[tuple[str, int]] = Counter()
    failures: list[str] = []

    def run(item: tuple[str, object, int]) -> None:
        kind, payload, expected = item
        try:
            status = _one(server, kind, payload)
        except OSError as exc:  # a reset or dropped connection
            failures.append(f"{kind}: {type(exc).__name__}: {exc}")
            return
        answers[(kind, status)] += 1
        if status != expected:
            failures.append(f"{kind}: {status}, expected {expected}")

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(run, mix))
    elapsed = time.monotonic() - started
    assert not failures, (failures[:10], len(failures), answers)
    assert sum(answers.values()) == 1000
    assert server.process.poll() is None
    assert labels(server.url) == before
    assert elapsed < 120, elapsed
