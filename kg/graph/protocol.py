"""What a store of the graph offers, and which store a location opens.

:class:`GraphStore` is the surface the rest of the package uses: the embedded store
(:class:`kg.graph.store.Store`, Oxigraph in memory or on disk) and a SPARQL 1.1 server
(:class:`kg.graph.remote.RemoteStore`) both implement it, so that nothing outside
``kg/graph`` names one of them or reaches into its insides. :func:`open_store` picks the
implementation by the location's URL scheme, from :data:`SCHEMES`.

Examples:
    >>> store = open_store(None)  # in memory
    >>> isinstance(store, GraphStore), len(store)
    (True, 0)
    >>> sorted(SCHEMES)
    ['http', 'https']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Protocol, Self, runtime_checkable

from kg.graph.result import QueryResult
from kg.model import Actor, Facts, Report


@runtime_checkable
class GraphStore(Protocol):
    """Report graphs (one per report) and their union, queried with SPARQL."""

    @property
    def path(self) -> Path | None:
        """Where an on-disk store lives (its curation decisions sit beside it), else None."""
        ...

    # -- the report graphs

    def has_report(self, report: Report) -> bool:
        """True when this report, with the same checksum, is loaded."""
        ...

    def checksums(self) -> dict[str, str]:
        """Every loaded report's id -> checksum, read at once."""
        ...

    def put_report(self, facts: Facts, topics: Mapping[str, str] | None = None,
                   new: bool = False) -> int:
        """Write (or replace) a report's graph; returns the quads written."""
        ...

    def remove_report(self, source: str) -> bool:
        """Take a report's graph out; False when it was not loaded."""
        ...

    def load_nquads(self, files: Iterable[str | Path]) -> int:
        """Bulk-load N-Quads files of report graphs; returns the quads read."""
        ...

    def update(self, sparql: str) -> None:
        """Apply a SPARQL 1.1 Update to the report graphs; the union follows. A malformed or
        failing update raises :class:`kg.errors.QueryError`."""
        ...

    # -- reading

    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run SPARQL over the union of the report graphs, with variables bound to values."""
        ...

    def export(self, fmt: str, out: BinaryIO) -> None:
        """Write the graph as nquads, trig, turtle or jsonld."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts of reports, actors, events, facts and triples."""
        ...

    def known_actors(self) -> list[Actor]:
        """Every actor, with its names and reports."""
        ...

    def reports(self) -> list[dict[str, Any]]:
        """Every loaded report's source, title and date."""
        ...

    def __len__(self) -> int: ...

    # -- life

    def flush(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...


def _embedded(location: str | Path | None) -> GraphStore:
    from kg.graph.store import Store

    return Store.open(location)


def _remote(location: str | Path | None) -> GraphStore:
    from kg.graph.remote import RemoteStore

    return RemoteStore.open(str(location))


#: URL scheme -> the store that opens such a location; anything else is an on-disk path
SCHEMES: dict[str, Callable[[str | Path | None], GraphStore]] = {
    "http": _remote,
    "https": _remote,
}


def open_store(location: str | Path | None, read_only: bool = False) -> GraphStore:
    """The store at ``location``: None in memory, a path on disk, a URL by :data:`SCHEMES`.

    ``read_only`` opens an on-disk store as a reader, beside other readers and `kg serve`
    (see :mod:`kg.graph.lock`); a SPARQL server is read the same way either way."""
    if isinstance(location, str) and "://" in location:
        scheme = location.split("://", 1)[0].lower()
        if scheme in SCHEMES:
            return SCHEMES[scheme](location)
    if read_only and location is not None:
        from kg.graph.store import Store

        return Store.open(location, read_only=True)
    return _embedded(location)
