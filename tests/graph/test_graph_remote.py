"""The remote store against a real ``oxigraph serve``: same answers as the embedded store."""

from __future__ import annotations

import http.server
import io
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

import kg
from kg.errors import QueryError, StoreError
from kg.graph import RemoteStore, Store, iri
from kg.graph.bind import with_values
from kg.graph.dump import STAGING
from kg.graph.remote import Endpoints, _with_prefixes
from kg.graph.result import from_pyoxigraph
from kg.graph.terms import to_term
from kg.model import Actor, Commitment, Endorsement
from kg.query import run_query
from kg.query.library import list_queries
from kg.query.run import bind_params

from .sample import conference_facts, signing_facts

_BINARY = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which(
    "oxigraph")
needs_server = pytest.mark.skipif(_BINARY is None, reason="the oxigraph server binary "
                                  "(pip package 'oxigraph') is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(location: Path, *extra: str) -> Iterator[str]:
    """Start ``oxigraph serve`` on a free port, wait until it answers, stop it afterwards."""
    assert _BINARY is not None
    port = _free_port()
    proc = subprocess.Popen([_BINARY, "serve", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}", *extra],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()}")  # type: ignore[union-attr]
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph serve did not answer within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if _BINARY is None:
        pytest.skip("the oxigraph server binary (pip package 'oxigraph') is not installed")
    yield from _serve(tmp_path_factory.mktemp("oxigraph"))


@pytest.fixture
def remote(server: str) -> Iterator[RemoteStore]:
    """An emptied store on the shared server."""
    store = RemoteStore.open(server)
    store._update("DROP ALL")
    yield store
    store.close()


@pytest.fixture
def local() -> Iterator[Store]:
    store = Store.open()
    yield store
    store.close()


def both(remote: RemoteStore, local: Store, action: str, *args: Any) -> Any:
    """Do the same thing to both stores; return the remote's answer (checked equal)."""
    got, want = getattr(remote, action)(*args), getattr(local, action)(*args)
    assert got == want, action
    return got


def rows(result: Any) -> list[str]:
    return sorted(repr(sorted(row.items())) for row in result.rows)


def default_graph(remote: RemoteStore) -> set[tuple[Any, ...]]:
    return {(r["s"], r["p"], r["o"]) for r in remote._select("SELECT ?s ?p ?o { ?s ?p ?o }")}


def report_triples(remote: RemoteStore) -> set[tuple[Any, ...]]:
    return {(r["s"], r["p"], r["o"]) for r in remote._select(
        "SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }")}


UNION_QUERY = "SELECT ?a ?label WHERE { ?a rdfs:label ?label } "
PROVENANCE_QUERY = ("SELECT ?g ?who WHERE { GRAPH ?g { ?e a akg:Endorsement ; akg:source ?s . "
                    "?s rdfs:label ?who } }")


@needs_server
def test_queries_answer_as_the_embedded_store(remote: RemoteStore, local: Store) -> None:
    for facts in (conference_facts(), signing_facts()):
        assert both(remote, local, "put_report", facts) > 0
    for sparql in (UNION_QUERY, PROVENANCE_QUERY,
                   "CONSTRUCT { ?a akg:collaboratesWith ?b } WHERE { ?a akg:collaboratesWith ?b }",
                   "ASK { ?a rdfs:label \"Sara Mehta\" }"):
        assert rows(remote.query(sparql)) == rows(local.query(sparql)), sparql
    for name, params in (("officials", {"org": "FIA"}),
                         ("actor-profile", {"name": "federal investigation agency"}),
                         ("endorsements", {})):
        got, want = run_query(remote, name, params), run_query(local, name, params)  # type: ignore[arg-type]
        assert got.rows and rows(got) == rows(want), name
    assert default_graph(remote) == report_triples(remote)


@needs_server
def test_contents_match_the_embedded_store(remote: RemoteStore, local: Store) -> None:
    for facts in (conference_facts(), signing_facts()):
        both(remote, local, "put_report", facts)
    stats = both(remote, local, "stats")
    assert stats["reports"] == 2 and stats["quads"] > stats["triples"] > 0
    assert len(remote) == len(local) == stats["quads"]
    actors = both(remote, local, "known_actors")
    assert {a.id for a in actors} >= {"org/fia", "org/iom", "person/mehta"}
    assert [r["source"] for r in both(remote, local, "reports")] == [
        "https://news.example/mou?id=2", "reports/conference.txt"]
    for fmt in ("nquads", "turtle"):
        got, want = io.BytesIO(), io.BytesIO()
        remote.export(fmt, got)
        local.export(fmt, want)
        fmt_enum = ox.RdfFormat.N_QUADS if fmt == "nquads" else ox.RdfFormat.TURTLE
        assert set(ox.parse(got.getvalue(), fmt_enum)) == set(ox.parse(want.getvalue(), fmt_enum))


@needs_server
def test_same_report_twice_changes_nothing(remote: RemoteStore, local: Store) -> None:
    both(remote, local, "put_report", conference_facts())
    before = remote.stats()
    assert remote.has_report(conference_facts().report)
    assert not remote.has_report(replace(conference_facts().report, text="changed"))
    assert remote.checksums() == local.checksums() == {
        conference_facts().report.id: conference_facts().report.checksum}
    remote.put_report(conference_facts())
    assert remote.stats() == before
    # no staging or trash graph is left behind
    assert not list(remote._select(f'SELECT ?g {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), '
                                   f'"{STAGING}")) }}'))


@needs_server
def test_changed_report_replaces_its_facts(remote: RemoteStore, local: Store) -> None:
    both(remote, local, "put_report", conference_facts())
    both(remote, local, "put_report", signing_facts())
    changed = conference_facts()
    changed.commitments = [Commitment("org/us-embassy", "pledge", "new funding for shelters")]
    both(remote, local, "put_report", changed)
    texts = remote.query("SELECT ?t WHERE { ?c akg:text ?t }").column("t")
    assert "new funding for shelters" in texts
    assert "stronger border controls" not in texts
    assert "continue to train officers" in texts  # the other report's
    assert default_graph(remote) == report_triples(remote)
    both(remote, local, "stats")


@needs_server
def test_remove_keeps_what_other_reports_state(remote: RemoteStore, local: Store) -> None:
    for facts in (conference_facts(), signing_facts()):
        both(remote, local, "put_report", facts)
    assert both(remote, local, "remove_report", "reports/conference.txt") is True
    assert both(remote, local, "remove_report", "reports/conference.txt") is False
    labels = remote.query(UNION_QUERY).column("label")
    assert "Federal Investigation Agency" in labels  # also in the signing report
    assert "Ahmad Ishaq Jahangir" not in labels  # only the conference report named him
    assert default_graph(remote) == report_triples(remote)
    assert both(remote, local, "stats")["reports"] == 1


@needs_server
def test_hostile_binding_is_matched_literally(remote: RemoteStore) -> None:
    hostile = 'Evil "Org" } ; DROP ALL ; # <x> \\ \n'
    facts = signing_facts()
    facts.actors.append(Actor("org/evil", hostile, "Organization"))
    facts.endorsements.append(Endorsement("org/evil", "org/fia"))
    remote.put_report(facts)
    sparql = "SELECT ?name ?a WHERE { ?a rdfs:label ?name }"
    found = remote.query(sparql, {"name": hostile})
    assert found.column("a") == ["https://w3id.org/akg/id/actor/org/evil"]
    assert found.column("name") == [hostile]
    assert len(remote.query(sparql, {"name": 'x" } } ; DROP ALL ; #'})) == 0
    assert remote.stats()["reports"] == 1  # nothing was dropped
    with pytest.raises(QueryError, match="bad binding"):
        remote.query("SELECT ?a WHERE { ?a ?p ?o }", {"a": iri("http://x/> } ; DROP ALL ; #")})
    with pytest.raises(QueryError, match="does not project"):
        remote.query("SELECT ?a WHERE { ?a rdfs:label ?name }", {"name": "x"})
    with pytest.raises(QueryError, match="invalid SPARQL"):
        remote.query("SELECT WHERE {")


@needs_server
def test_old_staging_graphs_are_swept(remote: RemoteStore) -> None:
    old = ox.NamedNode(f"{STAGING}remote/abc/{int(time.time()) - 7200}-00ff")
    fresh = ox.NamedNode(f"{STAGING}remote/abd/{int(time.time())}-00ff")
    for graph in (old, fresh):
        remote._update(f"INSERT DATA {{ GRAPH {graph} {{ <http://x/s> <http://x/p> 1 }} }}")
    assert len(remote) == 0  # staging graphs are not report graphs
    remote.put_report(signing_facts())
    left = {r["g"] for r in remote._select("SELECT ?g { GRAPH ?g { } }")}
    assert fresh in left and old not in left


@needs_server
def test_kg_open_takes_a_url(server: str) -> None:
    with kg.open(server) as graph:
        assert isinstance(graph.store, RemoteStore)
        assert graph.store.path is None
        graph.store._update("DROP ALL")
        graph.store.put_report(signing_facts())
        assert graph.stats()["reports"] == 1
        assert graph.query("endorsements").rows
    with pytest.raises(StoreError, match="closed"):
        graph.stats()


@needs_server
def test_server_union_mode(tmp_path: Path) -> None:
    for url in _serve(tmp_path / "union", "--union-default-graph"):
        with RemoteStore.open(url, union="server") as store:
            store.put_report(conference_facts())
            store.put_report(signing_facts())
            store.put_report(signing_facts())
            assert store.stats()["reports"] == 2
            distinct = "SELECT DISTINCT ?label WHERE { ?a rdfs:label ?label }"
            assert "Sara Mehta" in store.query(distinct).column("label")
            assert store.remove_report("https://news.example/mou?id=2")
            assert "Sara Mehta" not in store.query(distinct).column("label")
            assert [r["source"] for r in store.reports()] == ["reports/conference.txt"]


def test_unreachable_server_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        RemoteStore.open(f"http://127.0.0.1:{_free_port()}")


def test_endpoints_derive_and_override(monkeypatch: pytest.MonkeyPatch) -> None:
    found = Endpoints.from_url("http://h:7878/")
    assert found == Endpoints("http://h:7878/query", "http://h:7878/update", "http://h:7878/store")
    monkeypatch.setenv("KG_SPARQL_STORE_URL", "http://h:3030/ds/data")
    assert Endpoints.from_url("http://h:3030/ds").store == "http://h:3030/ds/data"
    with pytest.raises(StoreError, match="KG_SPARQL_USER"):
        Endpoints.from_url("http://me:secret@h:7878")
    with pytest.raises(StoreError, match="not an http"):
        Endpoints.from_url("http://h:1", query="ftp://h/query")


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str | None] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server hook's name
            seen.append(self.headers.get("Authorization"))
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b'{"head":{},"boolean":true}'
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        monkeypatch.setenv("KG_SPARQL_USER", "analyst")
        monkeypatch.setenv("KG_SPARQL_PASSWORD", "s3cret")
        RemoteStore.open(f"http://127.0.0.1:{httpd.server_port}")
        assert seen == ["Basic YW5hbHlzdDpzM2NyZXQ="]  # base64 of analyst:s3cret
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize(("sparql", "expected"), [
    ("SELECT ?a WHERE { ?a ?p ?o }", "SELECT ?a WHERE { VALUES"),
    ("SELECT ?a { ?a ?p ?o }", "SELECT ?a { VALUES"),
    ("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", "CONSTRUCT { ?a ?p ?o } WHERE { VALUES"),
    ('# where {\nSELECT ?a (EXISTS { ?a ?p 1 } AS ?e) FROM <http://x/a#b> WHERE { ?a ?p "{" }',
     "WHERE { VALUES"),
    ("PREFIX where: <http://x/> SELECT ?a WHERE { ?a where:p ?o }", "WHERE { VALUES"),
    ("SELECT ?a WHERE { { SELECT ?b WHERE { ?b ?p ?a } } }", "SELECT ?a WHERE { VALUES"),
])
def test_values_open_the_where_group(sparql: str, expected: str) -> None:
    out = with_values(sparql, {"a": ox.Literal('x" }')})
    assert expected in out
    assert 'VALUES (?a) { ("x\\" }") }' in out
    ox.Store().query(out)  # still parses


def test_values_need_a_where_group() -> None:
    with pytest.raises(QueryError, match="no WHERE"):
        with_values("DESCRIBE <http://x/a>", {"a": ox.Literal("x")})
    with pytest.raises(QueryError, match="variable name"):
        with_values("SELECT ?a WHERE { }", {"a) { } #": ox.Literal("x")})
    with pytest.raises(QueryError, match="IRI or a literal"):
        with_values("SELECT ?a WHERE { }", {"a": ox.BlankNode("b")})


X = "http://x/"
# Oxigraph fixes a substituted variable in every group, and in a sub-select only if projected
SCOPING = [
    "SELECT ?n ?s WHERE { { ?s <http://x/p> ?l FILTER(?l = ?n) } }",
    "SELECT ?n ?s WHERE { { SELECT ?s WHERE { ?s <http://x/p> ?n } } }",
    "SELECT ?n ?s WHERE { { SELECT ?s ?n WHERE { ?s <http://x/p> ?n } } }",
    "SELECT ?n ?s WHERE { { SELECT * WHERE { ?s <http://x/p> ?n } } }",
    "SELECT ?n ?s WHERE { ?s <http://x/p> ?l MINUS { ?t <http://x/p> ?n } }",
    "SELECT ?n ?s WHERE { ?s <http://x/p> ?l FILTER NOT EXISTS { ?s <http://x/p> ?n } }",
    "SELECT ?n ?s WHERE { ?s <http://x/p> ?l OPTIONAL { ?s <http://x/p> ?n } }",
    "SELECT ?n ?s WHERE { ?s <http://x/p> ?l VALUES ?l { \"A\" \"B\" } }",
    "SELECT ?n (COUNT(?s) AS ?c) WHERE { ?s <http://x/p> ?n } GROUP BY ?n",
]


def same_as_substitution(store: ox.Store, sparql: str, bindings: dict[str, Any]) -> int:
    terms = {name: to_term(value) for name, value in bindings.items()}
    want = store.query(sparql, substitutions={ox.Variable(k): v for k, v in terms.items()})
    got = store.query(with_values(sparql, terms))
    assert rows(from_pyoxigraph(got)) == rows(want_rows := from_pyoxigraph(want)), sparql
    return len(want_rows)


@pytest.mark.parametrize("sparql", SCOPING)
def test_values_scope_like_oxigraph_substitutions(sparql: str) -> None:
    store = ox.Store()
    for s, o in (("a", "A"), ("b", "B")):
        store.add(ox.Quad(ox.NamedNode(X + s), ox.NamedNode(X + "p"), ox.Literal(o)))
    same_as_substitution(store, sparql, {"n": "A"})


NAMED_PARAMS = {"name": "FIA", "org": "Federal Investigation Agency", "kind": "pledge",
                "since": "2024-03-01", "text": "renewed", "until": "2024-03-31",
                "organizer": "IOM", "place": "islamabad", "topic": "human-trafficking"}
# per query, values that find something in the sample reports
OVERRIDES: dict[str, dict[str, str]] = {
    "actors": {"kind": "Organization"},
    "events": {"kind": "Conference", "since": "2024-02-01"},
    "organizations-by-type": {"kind": "governmentagency"},
    "commitments": {"name": "US Embassy"},
    "event-profile": {"name": "MoU signing ceremony"}}


@pytest.mark.parametrize("query", [q for q in list_queries() if q.params], ids=lambda q: q.name)
def test_named_queries_bind_like_oxigraph(query: Any) -> None:
    local = Store.open()
    for facts in (conference_facts(), signing_facts()):
        local.put_report(facts)
    params = {p.name: NAMED_PARAMS[p.name] for p in query.params}
    params.update(OVERRIDES.get(query.name, {}))
    bound = bind_params(query, params)
    sparql = _with_prefixes(query.sparql_for(set(bound)))
    assert same_as_substitution(local.inner, sparql, bound) > 0
    if query.variants and len(bound) > len(query.variants):  # the main text, without them
        main = {k: v for k, v in bound.items() if k not in query.variants}
        assert same_as_substitution(local.inner, _with_prefixes(query.sparql), main) > 0
