"""Query results as plain Python: column names and rows of Python values."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pyoxigraph import QueryBoolean

from kg.graph.terms import to_python


@dataclass
class QueryResult:
    """The rows of a query: ``rows[i][column]`` is a Python value (str, int, float, date, None).

    ``terms`` keeps the RDF terms behind the values (same shape as ``rows``), so that writers such
    as the SPARQL JSON results format can give datatypes exactly.
    """

    columns: list[str]
    rows: list[dict[str, Any]]
    terms: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[Any]:
        """The values of one column, in row order."""
        return [row.get(name) for row in self.rows]

    def without(self, names: set[str]) -> QueryResult:
        """The same result with some columns dropped (the bound parameters, for instance)."""
        keep = [c for c in self.columns if c not in names]
        if len(keep) == len(self.columns):
            return self  # nothing to drop: a whole-graph answer can be tens of thousands of rows
        return QueryResult(
            columns=keep,
            rows=[{c: row.get(c) for c in keep} for row in self.rows],
            terms=[{c: row.get(c) for c in keep} for row in self.terms],
        )


def from_pyoxigraph(results: Any, check: Callable[[], None] | None = None) -> QueryResult:
    """Read a pyoxigraph SELECT, ASK or CONSTRUCT result (or parsed solutions that keep their
    ``variables``) fully into a :class:`QueryResult`, calling ``check`` every 1,024 rows: the
    rows of a query are made as they are read, so that is where a long one can be stopped.

    pyoxigraph's results must be dropped on the thread that made them: none is left in this
    frame when ``check`` raises (a traceback keeps its frames, and may be read elsewhere).
    """
    if isinstance(results, QueryBoolean):
        return QueryResult(["result"], [{"result": bool(results)}], [{"result": None}])
    if hasattr(results, "variables"):
        columns = [v.value for v in results.variables]
        cells: Iterable[Iterable[Any]] = results  # a solution iterates in projection order
    else:  # CONSTRUCT / DESCRIBE: triples
        columns = ["subject", "predicate", "object"]
        cells = ((t.subject, t.predicate, t.object) for t in results)
    # The same names, counts and IRIs come back row after row: each distinct term is
    # converted once and its first object kept, rather than a new pair per cell. Holding
    # fewer Python objects is most of the gain (43k rows of three columns: 0.3 s -> 0.13 s).
    seen: dict[Any, tuple[Any, Any]] = {}
    rows: list[dict[str, Any]] = []
    terms: list[dict[str, Any]] = []
    # Answers over the whole graph run to tens of thousands of rows: building them with the
    # cyclic collector paused halves the time (it would rescan the growing lists many times
    # over, and rows of strings hold no cycles to collect).
    try:
        with _collector_paused():
            for count, solution in enumerate(cells):
                if check is not None and count % 1024 == 1023:
                    check()
                row, term_row = {}, {}
                for column, term in zip(columns, solution, strict=True):
                    known = seen.get(term)
                    if known is None:
                        known = seen[term] = (term, to_python(term))
                    term_row[column], row[column] = known
                rows.append(row)
                terms.append(term_row)
    finally:
        del cells, results
    return QueryResult(columns, rows, terms)


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
