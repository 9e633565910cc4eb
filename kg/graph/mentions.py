"""Which stored actors only some reports name: what a re-ingest of those reports rebuilds."""

from __future__ import annotations

from collections.abc import Iterable

from kg.graph.protocol import GraphStore
from kg.graph.terms import local_id, resource

__all__ = ["actors_named_only_by"]

_QUERY = """SELECT DISTINCT ?a WHERE {{
  VALUES ?r {{ {reports} }}
  ?r akg:mentions ?a .
  FILTER NOT EXISTS {{ ?other akg:mentions ?a . FILTER(?other NOT IN ({listed})) }}
}}"""


def actors_named_only_by(store: GraphStore, report_ids: Iterable[str]) -> frozenset[str]:
    """The ids of the actors that no stored report but those of ``report_ids`` mentions."""
    iris = sorted({resource("report", r).value for r in report_ids})
    if not iris:
        return frozenset()
    # the IRIs are built by resource(), which percent-encodes any id: safe in the text
    terms = [f"<{iri}>" for iri in iris]
    rows = store.query(_QUERY.format(reports=" ".join(terms), listed=", ".join(terms))).rows
    return frozenset(i for row in rows if (i := local_id(str(row["a"]), "actor")) is not None)
