"""What a store holds: counts, the known actors, the loaded reports.

Functions over a ``pyoxigraph.Store``; :class:`kg.graph.store.Store` exposes them as methods.
Reads go through the default graph, the union of the report graphs that the store maintains,
so a triple stated by two reports counts once.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pyoxigraph import DefaultGraph, NamedNode, QuerySolutions
from pyoxigraph import Store as OxStore

from kg.graph.summary import SUMMARY_GRAPH
from kg.graph.terms import (
    OWL_SAME_AS,
    PREFIXES,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    WIKIDATA_NS,
    akg,
    local_id,
    to_python,
)
from kg.kinds import counted
from kg.model import Actor
from kg.vocab import AKG

_UNION = DefaultGraph()  # the union of the report graphs, kept by the store
_PREAMBLE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def _value(term: Any) -> str:
    """The lexical value of an IRI, blank node or literal (a quoted triple as N-Triples)."""
    return term.value if hasattr(term, "value") else str(term)


def _select(store: OxStore, sparql: str) -> list[dict[str, Any]]:
    results = store.query(_PREAMBLE + sparql)
    assert isinstance(results, QuerySolutions)  # every caller passes a SELECT
    names = [v.value for v in results.variables]
    return [{n: to_python(solution[n]) for n in names} for solution in results]


def stats(store: OxStore) -> dict[str, int]:
    """Distinct instances of each kind of fact (as :func:`kg.kinds.counted` names them),
    distinct triples (union view) and stored quads."""
    counts: dict[str, int] = {}
    for name, classes in counted().items():
        values = " ".join(f"akg:{c}" for c in classes)
        rows = _select(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE "
                              f"{{ VALUES ?class {{ {values} }} ?x a ?class }}")
        counts[name] = rows[0]["n"]
    counts["triples"] = _default_graph_size(store)
    counts["quads"] = len(store) - counts["triples"] - _summary_size(store)
    return counts


def _default_graph_size(store: OxStore) -> int:
    return int(_select(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])


def _summary_size(store: OxStore) -> int:
    """Quads of the stored query rows (:mod:`kg.graph.summary`), not a report's."""
    return int(_select(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH "
                              f"<{SUMMARY_GRAPH.value}> {{ ?s ?p ?o }} }}")[0]["n"])


def report_quad_count(store: OxStore) -> int:
    """Quads in the report graphs (the store also holds their union in the default graph,
    and the rows of some queries in a graph of their own)."""
    return len(store) - _default_graph_size(store) - _summary_size(store)


def known_actors(store: OxStore) -> list[Actor]:
    """Every actor in the store, rebuilt from its triples across all report graphs.

    When reports disagree on an actor's label (resolution renamed it between loads), the label
    most reports use wins and the others become aliases.
    """
    person, organization = akg("Person"), akg("Organization")
    kinds: dict[NamedNode, str] = {}
    for cls, name in ((organization, "Organization"), (person, "Person")):
        for quad in store.quads_for_pattern(None, RDF_TYPE, cls, _UNION):
            if isinstance(quad.subject, NamedNode):
                kinds[quad.subject] = name
    actors = [_actor(store, node, kind) for node, kind in kinds.items()]
    return sorted((a for a in actors if a is not None), key=lambda a: a.id)


def _actor(store: OxStore, node: NamedNode, kind: str) -> Actor | None:
    actor_id = local_id(node, "actor")
    if actor_id is None:
        return None
    # counted over the report graphs: how many reports use each label
    labels = Counter(_value(q.object)
                     for q in store.quads_for_pattern(node, RDFS_LABEL, None, None)
                     if isinstance(q.graph_name, NamedNode))
    ranked = sorted(labels, key=lambda label: (-labels[label], -len(label), label))
    name = ranked[0] if ranked else actor_id
    aliases = {_value(q.object) for q in store.quads_for_pattern(node, SKOS_ALT, None, _UNION)}
    # the ontology's own classes only: foaf:Person or schema:NGO stand beside them as aligned
    own = str(AKG)
    subtypes = sorted(
        value[len(own):]
        for q in store.quads_for_pattern(node, RDF_TYPE, None, _UNION)
        if (value := _value(q.object)).startswith(own)
        and value[len(own):] not in ("Person", "Organization", "Agent")
    )
    countries = sorted({_value(q.object) for q in store.quads_for_pattern(
        node, akg("country"), None, _UNION)})
    same = sorted(_value(q.object)
                  for q in store.quads_for_pattern(node, OWL_SAME_AS, None, _UNION))
    reports = {local_id(_value(q.subject), "report") or _value(q.subject)
               for q in store.quads_for_pattern(None, akg("mentions"), node, _UNION)}
    return Actor(
        id=actor_id,
        name=name,
        type="Person" if kind == "Person" else "Organization",
        subtype=subtypes[0] if subtypes else None,
        aliases=(aliases | set(ranked[1:])) - {name},
        country=countries[0] if countries else None,
        wikidata=(same[0].removeprefix(WIKIDATA_NS)) if same else None,
        reports=reports,
    )


def reports(store: OxStore) -> list[dict[str, Any]]:
    """One dict per loaded report: id, source, title, published, checksum (by source)."""
    rows = _select(store, """
        SELECT ?report ?source ?title ?published ?checksum WHERE {
          ?report a akg:Report .
          OPTIONAL { ?report akg:sourceLocation ?source }
          OPTIONAL { ?report akg:headline ?title }
          OPTIONAL { ?report akg:published ?published }
          OPTIONAL { ?report akg:checksum ?checksum }
        } ORDER BY ?source ?report""")
    return [
        {
            "id": local_id(row["report"], "report") or row["report"],
            "source": row["source"],
            "title": row["title"] or "",
            "published": row["published"],
            "checksum": row["checksum"],
        }
        for row in rows
    ]
