"""What a store holds: counts, the known actors, the loaded reports.

Functions over a ``pyoxigraph.Store``; :class:`kg.graph.store.Store` exposes them as methods.
Reads go through the union of the report graphs, so a fact stated by two reports counts once.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pyoxigraph import NamedNode, QuerySolutions
from pyoxigraph import Store as OxStore

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
from kg.model import EVENT_TYPES, Actor

_PREAMBLE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
# stat name -> the classes whose distinct instances it counts
_COUNTED = {
    "reports": ("Report",),
    "actors": ("Person", "Organization"),
    "persons": ("Person",),
    "organizations": ("Organization",),
    "events": EVENT_TYPES,
    "posts": ("Membership",),
    "participations": ("Participation",),
    "collaborations": ("Collaboration",),
    "endorsements": ("Endorsement",),
    "commitments": ("Pledge", "Call"),
    "declarations": ("Declaration",),
}


def _value(term: Any) -> str:
    """The lexical value of an IRI, blank node or literal (a quoted triple as N-Triples)."""
    return term.value if hasattr(term, "value") else str(term)


def _select(store: OxStore, sparql: str) -> list[dict[str, Any]]:
    results = store.query(_PREAMBLE + sparql, use_default_graph_as_union=True)
    assert isinstance(results, QuerySolutions)  # every caller passes a SELECT
    names = [v.value for v in results.variables]
    return [{n: to_python(solution[n]) for n in names} for solution in results]


def stats(store: OxStore) -> dict[str, int]:
    """Distinct instances of each kind of fact, distinct triples (union view) and stored quads."""
    counts: dict[str, int] = {}
    for name, classes in _COUNTED.items():
        values = " ".join(f"akg:{c}" for c in classes)
        rows = _select(store, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE "
                              f"{{ VALUES ?class {{ {values} }} ?x a ?class }}")
        counts[name] = rows[0]["n"]
    rows = _select(store, "SELECT (COUNT(*) AS ?n) WHERE "
                          "{ SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    counts["triples"] = rows[0]["n"]
    counts["quads"] = len(store)
    return counts


def known_actors(store: OxStore) -> list[Actor]:
    """Every actor in the store, rebuilt from its triples across all report graphs.

    When reports disagree on an actor's label (resolution renamed it between loads), the label
    most reports use wins and the others become aliases.
    """
    person, organization = akg("Person"), akg("Organization")
    kinds: dict[NamedNode, str] = {}
    for cls, name in ((organization, "Organization"), (person, "Person")):
        for quad in store.quads_for_pattern(None, RDF_TYPE, cls, None):
            if isinstance(quad.subject, NamedNode):
                kinds[quad.subject] = name
    actors = [_actor(store, node, kind) for node, kind in kinds.items()]
    return sorted((a for a in actors if a is not None), key=lambda a: a.id)


def _actor(store: OxStore, node: NamedNode, kind: str) -> Actor | None:
    actor_id = local_id(node, "actor")
    if actor_id is None:
        return None
    labels = Counter(_value(q.object)
                     for q in store.quads_for_pattern(node, RDFS_LABEL, None, None))
    ranked = sorted(labels, key=lambda label: (-labels[label], -len(label), label))
    name = ranked[0] if ranked else actor_id
    aliases = {_value(q.object) for q in store.quads_for_pattern(node, SKOS_ALT, None, None)}
    subtypes = sorted(
        _value(q.object).rsplit("#", 1)[-1]
        for q in store.quads_for_pattern(node, RDF_TYPE, None, None)
        if _value(q.object).rsplit("#", 1)[-1] not in ("Person", "Organization", "Agent")
    )
    countries = sorted({_value(q.object) for q in store.quads_for_pattern(
        node, akg("country"), None, None)})
    same = sorted(_value(q.object) for q in store.quads_for_pattern(node, OWL_SAME_AS, None, None))
    reports = {local_id(_value(q.subject), "report") or _value(q.subject)
               for q in store.quads_for_pattern(None, akg("mentions"), node, None)}
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
