"""The standard vocabularies' terms beside the project's own, as the ontology aligns them.

The ontology says that ``akg:Person`` is a ``foaf:Person``, that ``akg:memberOf`` is an
``org:memberOf``, that ``akg:participantIn`` is the inverse of ``schema:attendee``. No SPARQL
store a researcher is likely to use draws those conclusions by itself, so ``?x a foaf:Person``
would find nothing. This module reads the alignment axioms of ``ontology/akg.ttl`` once and
writes their consequences for each quad: every external superclass of a class, every external
superproperty of a property, and the inverse triple of an inverse superproperty. Only the
external terms are added (the ``akg:`` hierarchy is the project's own queries' business), so
the named queries see the same ``akg:`` data as before.

Examples:
    >>> from pyoxigraph import Quad
    >>> from kg.graph.terms import RDF_TYPE, akg, resource
    >>> x, g = resource("actor", "x"), resource("report", "r")
    >>> sorted(str(q.object) for q in entailed([Quad(x, RDF_TYPE, akg("Person"), g)]))
    ['<http://www.w3.org/ns/prov#Agent>', '<http://xmlns.com/foaf/0.1/Agent>', \
'<http://xmlns.com/foaf/0.1/Person>']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from pyoxigraph import BlankNode, NamedNode, Quad, RdfFormat, parse

from kg import resources
from kg.graph.terms import RDF_TYPE
from kg.vocab import AKG

__all__ = ["Alignment", "alignment", "entailed"]

_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_SUBCLASS = NamedNode(_RDFS + "subClassOf")
_SUBPROPERTY = NamedNode(_RDFS + "subPropertyOf")
_INVERSE = NamedNode("http://www.w3.org/2002/07/owl#inverseOf")


@dataclass(frozen=True)
class Alignment:
    """For each ``akg:`` term, the external terms it entails (transitively)."""

    classes: dict[NamedNode, tuple[NamedNode, ...]]
    properties: dict[NamedNode, tuple[NamedNode, ...]]
    inverses: dict[NamedNode, tuple[NamedNode, ...]]


def _own(node: object) -> bool:
    return isinstance(node, NamedNode) and node.value.startswith(str(AKG))


def _closure(direct: dict[NamedNode, set[NamedNode]], start: NamedNode) -> set[NamedNode]:
    seen: set[NamedNode] = set()
    todo = [start]
    while todo:
        for parent in direct.get(todo.pop(), ()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return seen


@cache
def alignment() -> Alignment:
    """The alignment axioms of the shipped ontology, read once."""
    triples = list(parse(resources.read_text("ontology", "akg.ttl"), format=RdfFormat.TURTLE))
    sub_class: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    sub_prop: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    inverse_of: dict[BlankNode, NamedNode] = {}
    prop_blank: dict[NamedNode, set[BlankNode]] = defaultdict(set)
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if p == _SUBCLASS and isinstance(s, NamedNode) and isinstance(o, NamedNode):
            sub_class[s].add(o)
        elif p == _SUBPROPERTY and isinstance(s, NamedNode):
            if isinstance(o, NamedNode):
                sub_prop[s].add(o)
            elif isinstance(o, BlankNode):
                prop_blank[s].add(o)
        elif p == _INVERSE and isinstance(s, BlankNode) and isinstance(o, NamedNode):
            inverse_of[s] = o
    classes = {c: tuple(sorted((x for x in _closure(sub_class, c) if not _own(x)), key=str))
               for c in list(sub_class) if _own(c)}
    properties: dict[NamedNode, tuple[NamedNode, ...]] = {}
    inverses: dict[NamedNode, tuple[NamedNode, ...]] = {}
    for prop in set(sub_prop) | set(prop_blank):
        if not _own(prop):
            continue
        chain = {prop} | _closure(sub_prop, prop)
        properties[prop] = tuple(sorted((x for x in chain if not _own(x)), key=str))
        inverses[prop] = tuple(sorted({inverse_of[b] for q in chain for b in prop_blank.get(q, ())
                                       if b in inverse_of}, key=str))
    return Alignment(
        classes={k: v for k, v in classes.items() if v},
        properties={k: v for k, v in properties.items() if v},
        inverses={k: v for k, v in inverses.items() if v},
    )


def entailed(quads: Iterable[Quad]) -> list[Quad]:
    """The quads in the standard vocabularies that ``quads`` entail, in the same graphs."""
    align = alignment()
    out: dict[Quad, None] = {}
    for q in quads:
        s, p, o, g = q.subject, q.predicate, q.object, q.graph_name
        if p == RDF_TYPE:
            if isinstance(o, NamedNode):
                for cls in align.classes.get(o, ()):
                    out[Quad(s, RDF_TYPE, cls, g)] = None
            continue
        for sup in align.properties.get(p, ()):
            out[Quad(s, sup, o, g)] = None
        if isinstance(o, NamedNode) and isinstance(s, NamedNode):
            for inv in align.inverses.get(p, ()):
                out[Quad(o, inv, s, g)] = None
    return list(out)
