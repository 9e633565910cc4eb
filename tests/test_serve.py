"""``kg serve``: the SPARQL endpoint answers as the embedded store does, over HTTP.

The store holds the two hand-written sample reports of ``tests/graph/sample.py``; the server runs
in a thread on a free port (and once as a real ``kg serve`` process).
"""

from __future__ import annotations

import json
import signal
import socket
import socketserver
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.graph import Store
from kg.graph.rdf import report_iri
from kg.query import list_queries
from kg.query.library import NamedQuery
from kg.serve import Endpoint, home_page, make_server, negotiate, parse_accept

try:  # tests/graph is a package; tests/ itself may or may not be one
    from graph.sample import conference_facts, signing_facts, signing_report
except ImportError:  # pragma: no cover - when tests/ becomes a package
    from tests.graph.sample import conference_facts, signing_facts, signing_report

AKG = "PREFIX akg: <https://w3id.org/akg/ontology#> "
LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
          "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label")
EVENTS = AKG + "SELECT ?e ?name ?date WHERE { ?e akg:name ?name ; akg:date ?date } ORDER BY ?e"


def _sample_store(path: Path | None = None) -> Store:
    store = Store.open(path)
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    return store


TOKEN = "test-token-not-secret"


def _start(store: Store, allow_update: bool = False, **options) -> tuple[Endpoint,
                                                                          threading.Thread]:
    server = make_server(store, port=0, allow_update=allow_update,
                         token=TOKEN if allow_update else None, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


def _stop(server: Endpoint, thread: threading.Thread) -> None:
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    opened = _sample_store()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def endpoint(store: Store) -> Iterator[str]:
    """The URL of a read-only endpoint over ``store``, shut down after the module."""
    server, thread = _start(store)
    yield server.url
    _stop(server, thread)


@pytest.fixture
def writable() -> Iterator[tuple[Store, str]]:
    """A fresh store behind an endpoint that accepts updates."""
    opened = _sample_store()
    server, thread = _start(opened, allow_update=True)
    yield opened, server.url
    _stop(server, thread)
    opened.close()


def request(url: str, query: str | None = None, *, accept: str | None = None,
            data: bytes | None = None, content_type: str | None = None,
            method: str | None = None, headers: dict[str, str] | None = None,
            **params: str) -> tuple[int, dict[str, str], bytes]:
    """An HTTP request; returns status, headers and body (also for 4xx/5xx answers)."""
    fields = {**params, **({"query": query} if query is not None else {})}
    target = url + ("?" + urllib.parse.urlencode(fields) if fields else "")
    headers = {**{k: v for k, v in (("Accept", accept), ("Content-Type", content_type)) if v},
               **(headers or {})}
    req = urllib.request.Request(target, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _json_rows(body: bytes) -> list[str]:
    bindings = json.loads(body)["results"]["bindings"]
    return sorted(json.dumps(b, sort_keys=True) for b in bindings)


def _embedded_rows(store: Store, sparql: str) -> list[tuple[str | None, ...]]:
    result = store.query(sparql)
    return [tuple(None if t.get(c) is None else t[c].value for c in result.columns)
            for t in result.terms]


# -- queries answer as the embedded store does -------------------------------------------------


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_every_named_query_gives_the_embedded_rows_as_json(store: Store, endpoint: str,
                                                           query: NamedQuery) -> None:
    from kg.query import to_json

    status, headers, body = request(endpoint, query.sparql)
    assert status == 200, body
    assert headers["Content-Type"] == "application/sparql-results+json"
    expected = to_json(store.query(query.sparql))
    assert _json_rows(body) == _json_rows(expected.encode())
    assert json.loads(body)["head"]["vars"] == json.loads(expected)["head"]["vars"]


def test_rdflib_sparqlstore_reads_the_same_rows(store: Store, endpoint: str) -> None:
    graph = rdflib.Graph(store=SPARQLStore(endpoint))
    for sparql in (LABELS, EVENTS):
        remote = [tuple(None if v is None else str(v) for v in row) for row in graph.query(sparql)]
        assert remote == _embedded_rows(store, sparql)
        assert remote
    assert graph.query(AKG + "ASK { ?e akg:name \"MoU signing ceremony\" }").askAnswer is True


def test_rdflib_sparqlstore_construct_is_a_graph(store: Store, endpoint: str) -> None:
    sparql = AKG + "CONSTRUCT { ?e akg:name ?n } WHERE { ?e akg:name ?n }"
    remote = rdflib.Graph(store=SPARQLStore(endpoint)).query(sparql).graph
    assert remote is not None and len(remote) == len(store.query(sparql))


def test_ask_true_and_false(endpoint: str) -> None:
    for sparql, answer in ((AKG + "ASK { ?e akg:name ?n }", True),
                           ("ASK { <http://example.org/none> ?p ?o }", False)):
        status, _, body = request(endpoint, sparql, accept="application/sparql-results+json")
        assert status == 200 and json.loads(body)["boolean"] is answer


def test_construct_returns_parseable_turtle(store: Store, endpoint: str) -> None:
    sparql = AKG + ("CONSTRUCT { ?e akg:name ?n ; akg:date ?d } "
                    "WHERE { ?e akg:name ?n ; akg:date ?d }")
    status, headers, body = request(endpoint, sparql)
    assert status == 200
    assert headers["Content-Type"].startswith("text/turtle")
    parsed = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")
    assert len(parsed) == len(store.query(sparql)) == 4
    names = {str(o) for o in parsed.objects(predicate=rdflib.URIRef(
        "https://w3id.org/akg/ontology#name"))}
    assert names == {"International Conference on Human Trafficking", "MoU signing ceremony"}


def test_post_form_and_direct_post_answer_as_get(endpoint: str) -> None:
    _, _, by_get = request(endpoint, LABELS)
    _, _, by_form = request(endpoint, data=urllib.parse.urlencode({"query": LABELS}).encode(),
                            content_type="application/x-www-form-urlencoded")
    _, _, direct = request(endpoint, data=LABELS.encode(),
                           content_type="application/sparql-query; charset=utf-8")
    assert _json_rows(by_get) == _json_rows(by_form) == _json_rows(direct) != []


def test_query_text_survives_url_encoding(endpoint: str) -> None:
    value = 'a&b=c#d+e%20 "q" \\ é\nnext'
    sparql = f'SELECT ?x WHERE {{ BIND({json.dumps(value)} AS ?x) }}'
    for data, ctype in ((None, None), (sparql.encode(), "application/sparql-query")):
        status, _, body = request(endpoint, None if data else sparql, data=data,
                                  content_type=ctype)
        assert status == 200, body
        assert json.loads(body)["results"]["bindings"] == [{"x": {"type": "literal",
                                                                  "value": value}}]


def test_dataset_parameters_replace_the_union(store: Store, endpoint: str) -> None:
    signing = report_iri(signing_report()).value
    _, _, body = request(endpoint, EVENTS, **{"default-graph-uri": signing})
    assert [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == [
        "MoU signing ceremony"]
    graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    _, _, body = request(endpoint, graphs, **{"named-graph-uri": signing})
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [signing]
    status, _, body = request(endpoint, graphs, **{"named-graph-uri": "not an iri"})
    assert status == 400


# -- content negotiation ---------------------------------------------------------------------


@pytest.mark.parametrize(("accept", "media", "start"), [
    ("application/sparql-results+xml", "application/sparql-results+xml", b"<?xml"),
    ("text/csv", "text/csv; charset=utf-8", b"s,label\r\n"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8", b"?s\t?label\n"),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml", b"<?"),
    ("text/html, */*;q=0.8", "application/sparql-results+json", b'{"head"'),
])
def test_select_formats_follow_accept(endpoint: str, accept: str, media: str,
                                      start: bytes) -> None:
    status, headers, body = request(endpoint, LABELS, accept=accept)
    assert status == 200
    assert headers["Content-Type"] == media
    assert body.startswith(start)


@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("application/n-triples", "nt"), ("application/n-quads", "nquads"),
    ("application/rdf+xml", "xml"), ("text/turtle", "turtle")])
def test_construct_formats_follow_accept(store: Store, endpoint: str, accept: str,
                                         rdflib_format: str) -> None:
    sparql = AKG + "CONSTRUCT WHERE { ?e akg:name ?n }"
    expected = len(store.query(sparql))
    status, headers, body = request(endpoint, sparql, accept=accept)
    assert status == 200 and headers["Content-Type"].split(";")[0] == accept
    if rdflib_format == "nquads":
        quads = list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.N_QUADS))
        assert len(quads) == expected >= 3
    else:
        parsed = rdflib.Graph().parse(data=body.decode(), format=rdflib_format)
        assert len(parsed) == expected >= 3


def test_an_unacceptable_type_is_406(endpoint: str) -> None:
    status, headers, body = request(endpoint, LABELS, accept="image/png")
    assert status == 406 and b"application/sparql-results+json" in body
    assert "Access-Control-Allow-Origin" not in headers


def test_parse_accept_orders_by_q_then_position() -> None:
    assert parse_accept("a/b;q=0.2, c/d, e/f;q=0, g/h;q=0.9") == [
        ("c/d", 1.0), ("g/h", 0.9), ("a/b", 0.2)]
    assert negotiate(None, {"x/y": 1, "x/z": 2}) == "x/y"
    assert negotiate("x/*", {"a/b": 1, "x/z": 2}) == "x/z"


# -- refusals --------------------------------------------------------------------------------


def test_updates_are_refused_by_a_read_only_endpoint(store: Store, endpoint: str) -> None:
    before = (len(store), store.stats())
    update = "DROP ALL"
    status, headers, body = request(endpoint, data=update.encode(),
                                    content_type="application/sparql-update")
    assert status == 403 and b"read-only" in body
    assert "Access-Control-Allow-Origin" not in headers  # no CORS unless asked for
    status, _, _ = request(endpoint, data=urllib.parse.urlencode({"update": update}).encode(),
                           content_type="application/x-www-form-urlencoded")
    assert status == 403
    status, _, _ = request(endpoint, update=update)
    assert status == 405
    assert (len(store), store.stats()) == before


def test_an_update_sent_as_a_query_is_a_bad_query(store: Store, endpoint: str) -> None:
    before = len(store)
    status, _, body = request(endpoint, "DROP ALL")
    assert status == 400 and len(store) == before


def test_a_malformed_query_is_400_with_the_parser_message(endpoint: str) -> None:
    status, headers, body = request(endpoint, "SELECT ?x WHERE { ?x ")
    assert status == 400
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert body.startswith(b"invalid SPARQL query: error at 1:")
    status, _, body = request(endpoint)  # no query at all
    assert status == 400 and b"'query'" in body


def test_other_paths_and_bodies_are_refused(endpoint: str) -> None:
    assert request(endpoint.replace("/sparql", "/nope"), LABELS)[0] == 404
    assert request(endpoint, data=LABELS.encode(), content_type="text/plain")[0] == 415
    assert request(endpoint.replace("/sparql", "/query"), LABELS)[0] == 200


def test_cors_is_off_unless_asked_for_and_then_per_origin(store: Store, endpoint: str) -> None:
    status, headers, _ = request(endpoint, method="OPTIONS",
                                 headers={"Origin": "https://yasgui.example"})
    assert status == 403 and "Access-Control-Allow-Origin" not in headers
    server, thread = _start(store, cors_origins=("https://yasgui.example",))
    try:
        status, headers, _ = request(server.url, method="OPTIONS",
                                     headers={"Origin": "https://yasgui.example"})
        assert status == 204
        assert headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert "Content-Type" in headers["Access-Control-Allow-Headers"]
        status, headers, _ = request(server.url, LABELS,
                                     headers={"Origin": "https://yasgui.example"})
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "https://yasgui.example"
        status, headers, body = request(server.url, LABELS,
                                        headers={"Origin": "https://other.example"})
        assert status == 403 and b"origin" in body
        assert "Access-Control-Allow-Origin" not in headers
    finally:
        _stop(server, thread)


# -- updates, when allowed -------------------------------------------------------------------


def test_an_allowed_update_reaches_the_union(writable: tuple[Store, str]) -> None:
    store, url = writable
    graph = report_iri(signing_report()).value
    update = (AKG + f"INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/e> akg:name "
              '"Added" } }')
    status, _, _ = request(url, data=update.encode(), content_type="application/sparql-update",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 204
    found = store.query(AKG + 'ASK { <http://example.org/e> akg:name "Added" }').rows
    assert found == [{"result": True}]  # in the default graph, the union queries read
    status, _, body = request(url, data=b"INSERT DATA {", content_type="application/sparql-update",
                              headers={"Authorization": f"Bearer {TOKEN}"})
    assert status == 400 and b"invalid SPARQL update" in body


# -- the home page ---------------------------------------------------------------------------


def test_home_page_lists_the_named_queries(endpoint: str) -> None:
    status, headers, body = request(endpoint.replace("/sparql", "/"))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    page = body.decode("utf-8")
    assert endpoint in page
    for query in list_queries():
        assert query.name in page


def test_home_page_escapes_what_it_shows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import kg.query

    hostile = NamedQuery("x<y", "<script>alert(1)</script>", 'a "b" & c', (), tmp_path / "x.rq",
                         "SELECT * {}")
    monkeypatch.setattr(kg.query, "list_queries", lambda: [hostile])
    page = home_page('http://h/"><script>').decode()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "x&lt;y" in page
    assert "a &quot;b&quot; &amp; c" in page


# -- the command ------------------------------------------------------------------------------


@pytest.mark.slow
def test_kg_serve_runs_as_a_process(tmp_path: Path) -> None:
    path = tmp_path / "store"
    _sample_store(path).close()
    kg = Path(sys.executable).with_name("kg")
    command = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg"]
    process = subprocess.Popen([*command, "serve", "--store", str(path), "--port", "0"],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    watchdog = threading.Timer(60, process.kill)  # a hung server must not hang the tests
    watchdog.start()
    try:
        assert process.stderr is not None
        line = process.stderr.readline()
        assert "SPARQL endpoint (read-only): http://127.0.0.1:" in line, line
        url = line.split(": ", 1)[1].strip()
        status, _, body = request(url, EVENTS, accept="application/sparql-results+json")
        assert status == 200
        assert [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == [
            "International Conference on Human Trafficking", "MoU signing ceremony"]
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
            process.wait()
    reopened = Store.open(path)  # the store was closed and its lock released
    assert reopened.stats()["reports"] == 2
    reopened.close()


def test_a_stop_while_a_thread_starts_gives_its_connection_slot_back_once(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM is raised as KeyboardInterrupt in the accepting thread, and can land after the
    connection's thread has started: the slot must be given back once, not by both sides."""
    server = make_server(store, port=0, max_connections=2)
    started = socketserver.ThreadingMixIn.process_request

    def start_then_interrupt(self, request, client_address):  # type: ignore[no-untyped-def]
        started(self, request, client_address)
        raise KeyboardInterrupt

    monkeypatch.setattr(socketserver.ThreadingMixIn, "process_request", start_then_interrupt)
    failures: list[BaseException | None] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: failures.append(args.exc_value))
    before = set(threading.enumerate())
    ours, theirs = socket.socketpair()
    try:
        host = f"127.0.0.1:{server.server_address[1]}"
        theirs.sendall(f"GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        with pytest.raises(KeyboardInterrupt):
            server.process_request(ours, ("127.0.0.1", 0))
        answer = theirs.recv(64)
        for worker in set(threading.enumerate()) - before:
            worker.join(timeout=10)
    finally:
        theirs.close()
        server.server_close()
    assert answer.startswith(b"HTTP/1.1 200")
    assert not failures, failures
    # both slots free again: two acquires succeed, a third does not
    assert server.connections.acquire(blocking=False) and server.connections.acquire(blocking=False)
    assert not server.connections.acquire(blocking=False)
