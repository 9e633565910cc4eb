"""Where the network views read from: anything that answers SPARQL with rows.

The views need only ``query(sparql, bindings) -> result with .rows`` (a list of dicts), the
surface of ``kg.graph.store.Store``; :class:`Queryable` names it so that a remote endpoint, the
embedded store or the small :class:`MemorySource` used by doctests all fit. The SPARQL itself is
data: one ``.rq`` file per table under ``kg/network/sparql/``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from typing import Any, Protocol

import pyoxigraph as ox

__all__ = ["Queryable", "Rows", "MemorySource", "load_sparql", "select", "cell"]


class _HasRows(Protocol):
    rows: list[dict[str, Any]]


class Queryable(Protocol):
    """Anything with ``query(sparql, bindings) -> result`` whose ``.rows`` are dicts."""

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> _HasRows: ...


@dataclass
class Rows:
    """The result of a SELECT: its column names and one dict per solution."""

    columns: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


class MemorySource:
    """An in-memory pyoxigraph store read as the union of its named graphs, kept (as the
    project's store keeps it) as a set in the default graph: Oxigraph's own union view would
    repeat a triple once per graph that holds it.

    For doctests, tests and quick looks at a TriG file; the project's store is
    ``kg.graph.store.Store``, which has the same ``query`` method.

    Examples
    --------
    >>> src = MemorySource.from_trig(
    ...     '<https://w3id.org/akg/id/report/r1> {'
    ...     ' <https://w3id.org/akg/id/actor/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" }')
    >>> src.query("SELECT ?s ?o WHERE { ?s ?p ?o }").rows
    [{'s': 'https://w3id.org/akg/id/actor/a', 'o': 'A'}]
    """

    def __init__(self, store: ox.Store | None = None) -> None:
        self.store = store if store is not None else ox.Store()

    @classmethod
    def from_trig(cls, text: str) -> MemorySource:
        """A source holding the quads of a TriG document."""
        source = cls()
        source.store.load(input=text, format=ox.RdfFormat.TRIG)
        source.store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        return source

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> Rows:
        """Run a SELECT over the union graph; bound values are passed as terms, never as text."""
        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): _term(v) for k, v in (bindings or {}).items()}
        solutions = self.store.query(sparql, substitutions=subs)
        if not isinstance(solutions, ox.QuerySolutions):
            raise TypeError("MemorySource answers SELECT queries only")
        columns = [v.value for v in solutions.variables]
        rows = [{c: cell(s[c]) for c in columns if s[c] is not None} for s in solutions]
        return Rows(columns, rows)


def _term(value: Any) -> ox.NamedNode | ox.Literal:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return value
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(text)
    return ox.Literal(text)


def cell(value: Any) -> str | None:
    """The text of a result value, whatever the store returns (str, rdflib or pyoxigraph term).

    >>> cell(ox.NamedNode("https://x.org/a")), cell(ox.Literal("7")), cell(date(2024, 2, 28))
    ('https://x.org/a', '7', '2024-02-28')
    """
    if value is None:
        return None
    if isinstance(value, date | datetime):
        return value.isoformat()
    inner = getattr(value, "value", None)
    if isinstance(inner, str):
        return inner
    return str(value)


def load_sparql(name: str) -> str:
    """The text of ``kg/network/sparql/<name>.rq``."""
    return (resources.files("kg.network") / "sparql" / f"{name}.rq").read_text(encoding="utf-8")


def select(source: Queryable, name: str) -> list[dict[str, str]]:
    """Run the named query and return its rows with every value as text (absent ones left out)."""
    result = source.query(load_sparql(name), None)
    out = []
    for row in result.rows:
        out.append({k: text for k, v in row.items() if (text := cell(v)) is not None})
    return out
