"""The ontology and a graph's individuals in owlready2, with its reasoners at hand.

owlready2 reads RDF/XML, OWL/XML and N-Triples, not Turtle, so the package ships the ontology
twice: ``ontology/akg.ttl`` (the source, read by people and by the rest of the code) and
``ontology/akg.owl`` (RDF/XML written from it by :func:`write_rdfxml`; a test keeps the two
the same graph). Each call gives a fresh :class:`owlready2.World`, so views of two graphs never
mix and nothing is built at import time.

Examples:
    >>> onto = load_ontology()
    >>> onto.Person.iri
    'https://w3id.org/akg/ontology#Person'
    >>> sorted(c.name for c in onto.Organization.subclasses())[:3]
    ['DiplomaticMission', 'Government', 'GovernmentAgency']
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg import resources
from kg.errors import KgError

if TYPE_CHECKING:
    import owlready2
    from pyoxigraph import Quad

_XSD = "http://www.w3.org/2001/XMLSchema#"
#: datatypes of the data that the OWL 2 datatype map lacks (and so HermiT)
_NOT_OWL2 = {_XSD + t for t in ("date", "time", "gYear", "gYearMonth", "gMonthDay", "gDay",
                                "gMonth", "duration")}

__all__ = ["ontology_file", "load_ontology", "owl_view", "reason", "write_rdfxml"]


def ontology_file() -> Path:
    """The shipped ontology in RDF/XML, as owlready2 reads it."""
    return resources.path("ontology", "akg.owl")


def load_ontology(world: owlready2.World | None = None) -> owlready2.Ontology:
    """The ontology, loaded into ``world`` (a fresh one by default)."""
    import owlready2  # here, not at import time: importing it builds a default world

    world = world or owlready2.World()
    return world.get_ontology(ontology_file().as_uri()).load()


def owl_view(quads: Iterable[Quad], *, for_reasoner: bool = False) -> owlready2.World:
    """A fresh world holding the ontology and the individuals that ``quads`` describe.

    Named graphs are merged (owlready2 has one graph per ontology); the individuals are in an
    ontology of their own, ``https://w3id.org/akg/data#``, that imports the vocabulary.
    ``for_reasoner`` leaves out the literals whose datatype is outside the OWL 2 datatype map
    (``xsd:date``, ``xsd:gYear``...): HermiT refuses to read a world that has one.
    """
    import owlready2
    from pyoxigraph import Literal, RdfFormat, Triple, serialize

    world = owlready2.World()
    onto = load_ontology(world)
    triples = {Triple(q.subject, q.predicate, q.object) for q in quads
               if not (for_reasoner and isinstance(q.object, Literal)
                       and q.object.datatype.value in _NOT_OWL2)}
    with tempfile.TemporaryDirectory(prefix="akg-view-") as tmp:
        path = Path(tmp) / "data.nt"
        serialize(sorted(triples, key=str), path, format=RdfFormat.N_TRIPLES)
        data = world.get_ontology("https://w3id.org/akg/data#")
        data.imported_ontologies.append(onto)
        data.load(fileobj=path.open("rb"), format="ntriples")
    return world


def reason(world: owlready2.World) -> owlready2.World:
    """Run HermiT over ``world`` (Java needed); inferred classes are added to its individuals.

    Raises :class:`~kg.errors.KgError` when the data contradicts the ontology or Java is
    missing, with the reasoner's own words.
    """
    import owlready2

    try:
        owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    except owlready2.OwlReadyInconsistentOntologyError as e:
        raise KgError(f"the graph contradicts the ontology: {e}") from e
    except (owlready2.OwlReadyJavaError, OSError) as e:
        raise KgError(f"HermiT could not run (is Java installed?): {e}") from e
    return world


def write_rdfxml(target: Path | None = None) -> Path:
    """Write ``akg.owl`` from ``akg.ttl`` (run after editing the Turtle: ``make ontology``)."""
    from rdflib import Graph

    target = target or ontology_file()
    graph = Graph().parse(resources.path("ontology", "akg.ttl"), format="turtle")
    graph.serialize(target, format="xml")
    return target

