"""The store in a SPARQL 1.1 server (Oxigraph server, Apache Jena Fuseki, GraphDB...).

:class:`RemoteStore` has the public surface of :class:`kg.graph.store.Store` and speaks only the
standard protocols: SPARQL 1.1 Protocol for queries and updates, the Graph Store HTTP Protocol
for writing a report's graph in one request. See ``docs/remote-store.md``.

Union of the report graphs, two ways (``union``):

* ``"store"`` (default): like the embedded store, the default graph holds the union, each
  triple once, kept by this class. A report's quads are PUT into a staging graph (one request),
  then one SPARQL update (one transaction on the server) moves them over the report's graph and
  brings the default graph up to date. Needs no server setting (and no union-default-graph
  option on the server, or triples would be counted twice).
* ``"server"``: the server's default graph already is the union (Fuseki ``tdb2:unionDefaultGraph``,
  GraphDB, ``oxigraph serve --union-default-graph``); a report is one PUT, removal one DELETE.
  Oxigraph's union repeats a triple once per graph holding it: non-DISTINCT queries repeat rows.

Parameters are bound by ``VALUES`` blocks of N-Triples-serialized terms opening the query's
groups (the scoping of Oxigraph's substitutions, see :func:`with_values`); the rest of the text
is left as written, and the result is parsed locally (pyoxigraph) before it is sent.
"""

from __future__ import annotations

import base64
import os
import re
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.graph import contents
from kg.graph.bind import check_query, query_form, with_values
from kg.graph.dump import STAGING, export_store
from kg.graph.guard import check_services, check_sparql, run_guarded
from kg.graph.rdf import facts_to_quads, report_iri
from kg.graph.result import QueryResult
from kg.graph.store import read_results
from kg.graph.terms import ID_NS, PREFIXES, local_id, to_term
from kg.kinds import counted
from kg.model import Actor, Facts, Report

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_STAGE = STAGING + "remote/"
_STALE_SECONDS = 3600  # a staging graph older than this was left by a crashed writer
_NOT_STAGING = f'FILTER(!STRSTARTS(STR(?g), "{STAGING}"))'
# Replaces <{graph}> by <{staging}> and updates the union in one update request. Only IRIs built
# here (from hex report ids and random tokens) are formatted in.
_SWAP = """
DROP SILENT GRAPH <{trash}> ;
MOVE SILENT GRAPH <{graph}> TO <{trash}> ;
MOVE SILENT GRAPH <{staging}> TO <{graph}> ;
DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{trash}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(!STRSTARTS(STR(?h), "{prefix}")) }}
}} ;
INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} ;
DROP SILENT GRAPH <{trash}>
"""
# Drops <{graph}> and the triples of the union no other report states, in one update.
_REMOVE = """
DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH <{graph}> {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }}
                      FILTER(?h != <{graph}> && !STRSTARTS(STR(?h), "{prefix}")) }}
}} ;
DROP SILENT GRAPH <{graph}>
"""


@dataclass(frozen=True)
class Endpoints:
    """Where queries, updates and Graph Store requests go."""

    query: str
    update: str
    store: str

    @classmethod
    def from_url(
        cls, url: str, query: str | None = None, update: str | None = None, store: str | None = None
    ) -> Endpoints:
        """Oxigraph's layout under ``url`` (``/query``, ``/update``, ``/store``), each one
        overridden by a parameter or by ``KG_SPARQL_QUERY_URL``, ``..._UPDATE_URL``,
        ``..._STORE_URL`` (for Fuseki, GraphDB). A URL that names the endpoint itself, the
        ``.../sparql`` that ``kg serve`` prints (queries and updates) or Oxigraph's
        ``.../query``, is used as it is.

        >>> Endpoints.from_url("http://127.0.0.1:7878/sparql").query
        'http://127.0.0.1:7878/sparql'
        >>> Endpoints.from_url("http://127.0.0.1:7878/query").update
        'http://127.0.0.1:7878/update'
        >>> Endpoints.from_url("http://127.0.0.1:3030/ds").query
        'http://127.0.0.1:3030/ds/query'
        """
        base, env = url.rstrip("/"), os.environ
        named = base.rsplit("/", 1)[-1] if urllib.parse.urlsplit(base).path else ""
        if named in ("sparql", "query"):
            base = base.rsplit("/", 1)[0]
        else:
            named = ""
        found = cls(
            query or env.get("KG_SPARQL_QUERY_URL") or f"{base}/{named or 'query'}",
            update or env.get("KG_SPARQL_UPDATE_URL")
            or (f"{base}/sparql" if named == "sparql" else base + "/update"),
            store or env.get("KG_SPARQL_STORE_URL") or base + "/store",
        )
        for value in (found.query, found.update, found.store):
            parts = urllib.parse.urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise StoreError(f"{value}: not an http(s) URL of a SPARQL endpoint")
            if parts.username or parts.password:
                raise StoreError(
                    f"{parts.hostname}: credentials do not go in the URL; set "
                    "KG_SPARQL_USER and KG_SPARQL_PASSWORD"
                )
        return found


class RemoteStore:
    """Reports' facts in a SPARQL server, one named graph per report (see the module doc)."""

    path = None  # not on disk: no curation decisions file beside it

    def __init__(self, endpoints: Endpoints, union: str = "store", timeout: float = 60.0) -> None:
        if union not in ("store", "server"):
            raise StoreError(f"union must be 'store' or 'server', not {union!r}")
        self.endpoints, self.union, self.timeout = endpoints, union, timeout
        user, password = os.environ.get("KG_SPARQL_USER"), os.environ.get("KG_SPARQL_PASSWORD")
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode() if user else None
        self._auth = f"Basic {token}" if token else None
        self._closed = False
        self._swept = False
        #: SERVICE endpoints a query may call (none by default: see :mod:`kg.graph.guard`)
        self.allowed_services: frozenset[str] = frozenset()

    @classmethod
    def open(
        cls,
        url: str,
        *,
        query: str | None = None,
        update: str | None = None,
        store: str | None = None,
        union: str | None = None,
    ) -> RemoteStore:
        """The store at ``url`` (``KG_SPARQL_UNION`` picks the union mode when not given).

        Raises :class:`~kg.errors.StoreError` when the server does not answer a query.
        """
        mode = union or os.environ.get("KG_SPARQL_UNION", "store")
        opened = cls(
            Endpoints.from_url(url, query, update, store),
            mode,
            float(os.environ.get("KG_SPARQL_TIMEOUT", "60")),
        )
        opened._select("ASK { }")
        return opened

    # -- HTTP ----------------------------------------------------------------------------

    def _send(
        self,
        method: str,
        url: str,
        body: bytes | None,
        content_type: str | None,
        accept: str | None = None,
        error: type[Exception] = StoreError,
    ) -> bytes:
        if self._closed:
            raise StoreError("the store is closed")
        headers = {
            k: v
            for k, v in (
                ("Content-Type", content_type),
                ("Accept", accept),
                ("Authorization", self._auth),
            )
            if v
        }
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()[:500]
            if exc.code == 400:
                raise error(f"{url}: the server refused the request: {detail}") from exc
            raise StoreError(f"{url}: HTTP {exc.code} {exc.reason}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: cannot reach the SPARQL server: {reason}") from exc

    def _form(
        self,
        url: str,
        field: str,
        text: str,
        accept: str | None = None,
        error: type[Exception] = StoreError,
    ) -> bytes:
        body = urllib.parse.urlencode({field: text}).encode()
        return self._send("POST", url, body, "application/x-www-form-urlencoded", accept, error)

    def _graph_url(self, graph: ox.NamedNode) -> str:
        sep = "&" if "?" in self.endpoints.store else "?"
        return f"{self.endpoints.store}{sep}{urllib.parse.urlencode({'graph': graph.value})}"

    def _update(self, text: str) -> None:
        self._form(self.endpoints.update, "update", text)

    def _select(self, sparql: str) -> Any:
        data = self._form(self.endpoints.query, "query", _with_prefixes(sparql), _RESULTS_JSON)
        return self._results(data, _RESULTS_JSON)

    def _results(self, data: bytes, media: str) -> Any:
        """The server's answer parsed; one line naming the URL when it is not what was asked
        for (a web page, a login form, a proxy's error page)."""
        try:
            if media == _NTRIPLES:
                return list(ox.parse(data, ox.RdfFormat.N_TRIPLES))
            results = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
            if isinstance(results, ox.QuerySolutions):
                return _Solutions(list(results), results.variables)
            return results
        except (SyntaxError, ValueError) as exc:
            start = data[:60].decode("utf-8", "replace").split("\n")[0]
            raise StoreError(f"{self.endpoints.query}: the answer is not {media} "
                             f"(it begins {start!r}): is this a SPARQL endpoint? "
                             f"({str(exc).splitlines()[0] if str(exc) else exc})") from None

    # -- writing -------------------------------------------------------------------------

    def has_report(self, report: Report) -> bool:
        """True when a report with this source and the same checksum is already loaded."""
        graph = report_iri(report)
        return bool(
            self._select(
                f"ASK {{ GRAPH {graph} {{ {graph} akg:checksum ?c }} "
                f"FILTER(STR(?c) = {ox.Literal(report.checksum)}) }}"
            )
        )

    def checksums(self) -> dict[str, str]:
        """Report id -> checksum of every loaded report, in one query (an ingest keeps this
        table rather than asking the endpoint about each report)."""
        out: dict[str, str] = {}
        for row in self._select("SELECT ?g ?c WHERE { GRAPH ?g { ?g akg:checksum ?c } }"):
            ident = local_id(row["g"], "report")
            if ident is not None and isinstance(row["c"], ox.Literal):
                out[ident] = row["c"].value
        return out

    def put_report(self, facts: Facts, topics: Mapping[str, str] | None = None,
                   new: bool = False) -> int:
        """Replace the report's graph with its facts; returns the number of quads written.

        ``new`` is accepted for the embedded store's sake: writing here never looks first."""
        graph = report_iri(facts.report)
        quads = facts_to_quads(facts, topics)
        body = ox.serialize(
            [ox.Triple(q.subject, q.predicate, q.object) for q in quads],
            format=ox.RdfFormat.N_TRIPLES,
        )
        if self.union == "server":
            self._send("PUT", self._graph_url(graph), body, _NTRIPLES)
            return len(quads)
        self._sweep()
        token = f"{facts.report.id}/{int(time.time())}-{secrets.token_hex(4)}"
        staging = ox.NamedNode(_STAGE + token)
        self._send("PUT", self._graph_url(staging), body, _NTRIPLES)
        self._update(
            _SWAP.format(
                graph=graph.value,
                staging=staging.value,
                trash=_STAGE + "trash/" + token,
                prefix=STAGING,
            )
        )
        return len(quads)

    def remove_report(self, source: str) -> bool:
        """Drop the graph of the report loaded from ``source``; False if there was none."""
        graph = report_iri(Report(text="", source=source))
        if not self._select(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
            return False
        if self.union == "server":
            self._send("DELETE", self._graph_url(graph), None, None)
        else:
            self._update(_REMOVE.format(graph=graph.value, prefix=STAGING))
        return True

    def _sweep(self) -> None:
        """Drop staging graphs a crashed writer left (old ones only: others may be in use)."""
        if self._swept:
            return
        self._swept = True
        for row in self._select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), "{_STAGE}")) }}'
        ):
            name = row["g"].value
            stamp = re.search(r"/(\d+)-[0-9a-f]+$", name)
            if stamp and time.time() - int(stamp.group(1)) > _STALE_SECONDS:
                self._update(f"DROP SILENT GRAPH {ox.NamedNode(name)}")

    # -- reading -------------------------------------------------------------------------

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run SPARQL over the union of the report graphs, binding variables to values.

        As with the embedded store, a bound variable must be projected by a SELECT.
        """
        try:
            terms = {name: to_term(value) for name, value in (bindings or {}).items()}
        except (TypeError, ValueError) as exc:
            raise QueryError(f"bad binding: {exc}") from exc
        check_sparql(sparql)  # before any parser sees it (kg/graph/guard.py)
        check_services(sparql, self.allowed_services, PREFIXES)
        text = _with_prefixes(sparql)
        # parsed locally on a thread with a large stack, as the embedded store does
        projected = run_guarded(lambda _: check_query(text), self.timeout)
        if terms:
            missing = sorted(set(terms) - projected) if projected is not None else []
            if missing:
                raise QueryError(
                    f"cannot bind ?{', ?'.join(missing)}: the query does not project it"
                )
            text = with_values(text, terms)
            run_guarded(lambda _: check_query(text), self.timeout)
        accept = _NTRIPLES if query_form(text) in ("CONSTRUCT", "DESCRIBE") else _RESULTS_JSON
        data = self._form(self.endpoints.query, "query", text, accept, QueryError)
        return read_results(self._results(data, accept))

    def _snapshot(self, where: str) -> ox.Store:
        """An in-memory copy of the report-graph quads ``where`` selects (``?s ?p ?o ?g``),
        their union in its default graph, for the readers of :mod:`kg.graph.contents`."""
        local = ox.Store()
        for row in self._select(f"SELECT ?s ?p ?o ?g WHERE {{ {where} {_NOT_STAGING} }}"):
            s, p, o, g = row["s"], row["p"], row["o"], row["g"]
            local.add(ox.Quad(s, p, o, g))
            local.add(ox.Quad(s, p, o, ox.DefaultGraph()))
        return local

    def export(self, fmt: str, out: BinaryIO) -> None:
        """Write the store as ``nquads``, ``trig``, ``turtle`` (merged graphs) or ``jsonld``."""
        export_store(self._snapshot("GRAPH ?g { ?s ?p ?o }"), fmt, out)

    def stats(self) -> dict[str, int]:
        """Counts of reports, actors, facts of each kind, distinct triples and quads."""
        counts = {
            name: self._count(
                f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?class "
                f"{{ {_classes(classes)} }} ?x a ?class }}"
            )
            for name, classes in counted().items()
        }
        counts["triples"] = self._count(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
            f"WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_STAGING} }} }}"
        )
        counts["quads"] = len(self)
        return counts

    def _count(self, sparql: str) -> int:
        return int(next(iter(self._select(sparql)))["n"].value)

    def known_actors(self) -> list[Actor]:
        """The actors already in the store, for resolution to merge new reports into."""
        return contents.known_actors(
            self._snapshot(f"""
            {{ VALUES ?p {{ rdf:type rdfs:label skos:altLabel akg:country owl:sameAs }}
               GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{ID_NS}actor/")) }}
            UNION {{ GRAPH ?g {{ ?s akg:mentions ?o }} BIND(akg:mentions AS ?p) }}""")
        )

    def reports(self) -> list[dict[str, Any]]:
        """The loaded reports: id, source, title, published, checksum; ordered by source."""
        return contents.reports(
            self._snapshot(
                "VALUES ?p { rdf:type akg:sourceLocation akg:headline akg:published akg:checksum } "
                "GRAPH ?g { ?s ?p ?o } FILTER(?s = ?g)"
            )
        )

    def __len__(self) -> int:
        """The number of quads in the report graphs."""
        return self._count(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {_NOT_STAGING} }}"
        )

    def update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update on the server, then, unless the server keeps the union
        itself (``KG_SPARQL_UNION=server``), recompute the union in its default graph. A
        refused update raises :class:`QueryError`."""
        check_sparql(sparql)
        check_services(sparql, self.allowed_services, PREFIXES)
        self._form(self.endpoints.update, "update", _with_prefixes(sparql), error=QueryError)
        if self.union != "server":
            self._update("DROP SILENT DEFAULT ; INSERT { ?s ?p ?o } WHERE { "
                         f"GRAPH ?g {{ ?s ?p ?o }} {_NOT_STAGING} }}")

    def load_nquads(self, files: Iterable[str | Path]) -> int:
        """Not over SPARQL: a server's own bulk loader is much faster (docs/remote-store.md)."""
        raise StoreError("bulk loading N-Quads needs the embedded store; load the shards with "
                         "the server's own loader (see docs/remote-store.md)")

    # -- lifetime ------------------------------------------------------------------------

    def flush(self) -> None:
        """Nothing to do: every write went to the server in its own request."""

    def close(self) -> None:
        """Forget the server; later calls fail. (Nothing to flush: the server owns the data.)"""
        self._closed = True

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class _Solutions(list):
    """Parsed solutions kept with their variables (a parsed result can be read only once)."""

    def __init__(self, rows: list[Any], variables: list[ox.Variable]) -> None:
        super().__init__(rows)
        self.variables = variables


def _classes(names: Iterable[str]) -> str:
    return " ".join(f"akg:{name}" for name in names)


def _with_prefixes(sparql: str) -> str:
    """``sparql`` with the project's prefixes it does not declare itself put in front."""
    declared = {m.lower() for m in re.findall(r"(?i)\bPREFIX\s+([\w.-]*):", sparql)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items() if p not in declared)
    return head + sparql
