"""Facts of one report -> RDF quads in the report's named graph (see docs/rdf-mapping.md).

Every quad goes into ``id:report/<Report.id>``, so replacing or removing a report is replacing or
removing one graph. Fact IRIs hash the report id with the fact's content, so converting the same
facts twice gives the same quads.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad

from kg.graph.entail import entailed
from kg.graph.terms import (
    PROV_DERIVED,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_CONCEPT,
    SKOS_IN_SCHEME,
    SKOS_PREF,
    WIKIDATA_NS,
    akg,
    date_literal,
    fact_hash,
    name_lookup_key,
    resource,
    slug,
)
from kg.kinds import KINDS, Field, Kind, Kinds, Shortcut, identity
from kg.model import Evidence, Facts, Report

# An alias written in capitals (FIA, UNODC, U.S.) is also recorded as an acronym.
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Z0-9&.\-]{1,11}$")


def report_iri(report: Report) -> NamedNode:
    """The report's IRI, also the name of the graph that holds its facts."""
    return resource("report", report.id)


def actor_iri(actor_id: str) -> NamedNode:
    """``id:actor/<actor_id>``, percent-encoding what is not IRI-safe."""
    return resource("actor", actor_id)


def event_iri(event_id: str) -> NamedNode:
    return resource("event", event_id)


class _Quads:
    """Collects quads into one graph, once each, in insertion order."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.quads: dict[Quad, None] = {}

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads[Quad(s, p, o, self.graph)] = None

    def text(self, s: NamedNode, p: NamedNode, value: str | None) -> None:
        if value:
            self.add(s, p, Literal(value))


def facts_to_quads(
    facts: Facts,
    topics: Mapping[str, str] | None = None,
    *,
    aligned: bool = True,
    kinds: Kinds = KINDS,
) -> list[Quad]:
    """All quads for one report's facts, in the report's named graph, as ``kinds`` declares
    each kind (see :mod:`kg.kinds`).

    ``topics`` maps topic slugs to their labels (``skos:prefLabel``); a topic missing from it
    is labelled from its own text. ``aligned`` adds the standard vocabularies' terms that the
    ontology's alignment entails (``foaf:Person``, ``org:memberOf``...: see ``entail.py``).
    """
    rep = report_iri(facts.report)
    out = _Writer(rep, facts.report.id, topics or {})
    for kind in kinds.values():
        if kind.model is Report:
            out.node(kind, facts.report)
            for actor in facts.actors:  # the report names them: a fact of the report itself
                out.add(rep, akg("mentions"), actor_iri(actor.id))
        else:
            for item in getattr(facts, kind.plural):
                out.node(kind, item)
    own = list(out.quads)
    if not aligned:
        return own
    return own + [q for q in entailed(own) if q not in out.quads]


@cache
def _predicate(iri: str) -> NamedNode:
    """A declared predicate (an rdflib IRI) as a pyoxigraph term."""
    return NamedNode(str(iri))


def _values(value: object, unordered: bool = False) -> list[Any]:
    """The values of a field: none for None, each of a collection (sorted when it is a set or
    a field in no order, so that the quads come in one order)."""
    if value is None:
        return []
    if isinstance(value, (set, frozenset)) or (unordered and isinstance(value, (list, tuple))):
        return sorted(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


class _Writer(_Quads):
    """Writes facts as their kinds declare them, into one report's graph."""

    def __init__(self, graph: NamedNode, report_id: str, topics: Mapping[str, str]) -> None:
        super().__init__(graph)
        self.report_id = report_id
        self.topics = topics

    def node(self, kind: Kind, item: object) -> NamedNode:
        ident = kind.id_field
        node = (resource(kind.name, getattr(item, ident.name)) if ident is not None else
                resource(kind.name, fact_hash(self.report_id, kind.name,
                                              *identity(kind, item))))
        if kind.class_field is None:
            self.add(node, RDF_TYPE, akg(kind.rdf_class))
        for f in kind.fields:
            self.field(node, f, item)
        for shortcut in kind.shortcuts:
            self.shortcut(kind, shortcut, item)
        # a lookup by any of its names, in any case, is an index lookup (see kg/data/queries/)
        names = {n for name in kind.name_keys for n in _values(getattr(item, name)) if n}
        for key in sorted({name_lookup_key(n) for n in names}):
            self.text(node, akg("nameKey"), key)
        return node

    def field(self, node: NamedNode, f: Field, item: object) -> None:
        value = getattr(item, f.name)
        if f.value == "class":
            self.typed(node, f, value)
            return
        if f.value == "evidence":
            self.provenance(node, value)
            return
        if f.predicate is None or value is None:
            return
        if f.unless_same_as and value == getattr(item, f.unless_same_as):
            return
        p = _predicate(f.predicate)
        values = _values(value, f.unordered)
        if f.besides:
            values = [v for v in values if v not in _values(getattr(item, f.besides))]
        for v in values:
            self.value(node, p, f, v)

    def value(self, node: NamedNode, p: NamedNode, f: Field, v: Any) -> None:
        holds = f.value
        if holds in ("text", "texts"):
            self.text(node, p, v)
            if f.acronym and _ACRONYM.match(v):
                self.text(node, _predicate(f.acronym), v)
        elif holds == "date":
            self.add(node, p, date_literal(v))
        elif holds in ("actor", "actors", "event"):
            if v:
                self.add(node, p, _reference(f, v))
        elif holds == "place":
            if v:
                place = resource("place", slug(v))
                self.add(node, p, place)
                self.add(place, RDF_TYPE, akg("Place"))
                self.text(place, RDFS_LABEL, v)
        elif holds == "topics":
            self.add(node, p, _topic(self, v, self.topics))
        elif holds == "term":
            self.add(node, p, akg(v))
        elif holds == "wikidata":
            if v:
                self.add(node, p, NamedNode(v if "://" in v else WIKIDATA_NS + v))
        elif holds not in ("id", "reports"):
            raise ValueError(f"field {f.name!r}: no RDF for {holds!r} values")

    def typed(self, node: NamedNode, f: Field, value: str | None) -> None:
        if f.classes is not None:
            self.add(node, RDF_TYPE, akg(f.classes.get(value or "", f.other or "")))
        elif value:
            try:  # a finer class the ontology knows
                self.add(node, RDF_TYPE, akg(value))
            except AttributeError:
                pass  # not an ontology class: typing the node with it would invent a term

    def provenance(self, node: NamedNode, evidence: Evidence | None) -> None:
        self.add(node, PROV_DERIVED, self.graph)
        if evidence is not None:
            ev = resource("evidence", fact_hash(self.report_id, "evidence", evidence.start,
                                                evidence.end, evidence.sentence))
            self.add(node, akg("evidence"), ev)
            self.add(ev, RDF_TYPE, akg("Evidence"))
            self.text(ev, akg("sentence"), evidence.sentence)
            self.add(ev, akg("startOffset"), Literal(evidence.start))
            self.add(ev, akg("endOffset"), Literal(evidence.end))
            self.add(ev, akg("inReport"), self.graph)

    def shortcut(self, kind: Kind, s: Shortcut, item: object) -> None:
        """``<a> predicate <b>`` between the actors or events the fact names."""
        predicate = _predicate(s.predicate_for(getattr(item, s.by) if s.by else None))
        first = kind.field(s.subject)
        subjects = [_reference(first, v)
                    for v in _values(getattr(item, s.subject), first.unordered) if v]
        if s.subject == s.object:  # each to each other (the collaborators)
            pairs = [(a, b) for i, a in enumerate(subjects)
                     for j, b in enumerate(subjects) if i != j]
        else:
            pairs = [(a, _reference(kind.field(s.object), b)) for a in subjects
                     for b in _values(getattr(item, s.object)) if b]
        for a, b in pairs:
            self.add(a, predicate, b)


def _reference(f: Field, value: str) -> NamedNode:
    """The IRI of the actor or event a field names."""
    return event_iri(value) if f.value == "event" else actor_iri(value)


def _topic(out: _Quads, value: str, labels: Mapping[str, str]) -> NamedNode:
    key = slug(value)
    node = resource("topic", key)
    label = labels.get(key) or labels.get(value) or (value if value != key else
                                                     key.replace("-", " "))
    out.add(node, RDF_TYPE, akg("Topic"))
    out.add(node, RDF_TYPE, SKOS_CONCEPT)
    out.text(node, SKOS_PREF, label)
    out.add(node, SKOS_IN_SCHEME, akg("topics"))
    return node
