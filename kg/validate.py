"""Check a graph against the project's SHACL shapes and the ontology's logic.

Two checks, for two kinds of mistakes:

- :func:`validate` runs pySHACL with ``kg/data/ontology/shapes.ttl`` over the data, to find facts
  that break the shape docs/rdf-mapping.md promises (an actor with no name, a membership
  with no person, a role that is not a role, a date that is not a date). The ontology is
  mixed in as ``ont_graph`` so that targets and ``sh:class`` follow ``rdfs:subClassOf``
  (an ``akg:Conference`` is checked as an ``akg:Event``); no RDFS/OWL inference is run on
  top, because the subclass links are all the shapes need and inference would add time and
  triples the shapes never look at.
- :func:`check_consistency` loads ``kg/data/ontology/akg.ttl`` (and, if given, the data's class
  assertions) into a fresh owlready2 world and runs HermiT, to find individuals that the
  ontology says cannot exist, such as one typed both ``akg:Person`` and ``akg:Organization``.
  HermiT only says yes or no; the offending individuals are found by checking each one's
  classes against the ontology's disjointness axioms here, in Python.

A dataset (one named graph per report) is checked as the union of its graphs, which is what
queries read.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyshacl
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.term import Node

from kg import resources
from kg.errors import KgError

__all__ = [
    "Clash",
    "ConsistencyReport",
    "Problem",
    "ValidationReport",
    "check_consistency",
    "find_clashes",
    "ontology_path",
    "shapes_path",
    "validate",
]


@dataclass(frozen=True)
class Problem:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    focus_node: str
    path: str | None
    message: str
    #: ``Violation``, ``Warning`` or ``Info`` (the local name of the sh:resultSeverity)
    severity: str
    #: the offending value, when the constraint is about one value (a bad role, a bad date)
    value: str | None = None


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`; ``conforms`` is False when any violation was found.

    Warnings (such as two reports giving an event different dates) are listed in
    ``problems`` without making the graph non-conforming.
    """

    conforms: bool
    problems: list[Problem] = field(default_factory=list)

    def text(self) -> str:
        """One line per problem, for the command line and for error messages."""
        if not self.problems:
            return "The graph conforms to the shapes."
        lines = [f"{len(self.problems)} problem(s):"]
        for p in self.problems:
            where = f"{p.focus_node} {p.path}" if p.path else p.focus_node
            value = f" (value: {p.value})" if p.value is not None else ""
            lines.append(f"- {p.severity}: {where}: {p.message}{value}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Clash:
    """An individual that belongs to two classes the ontology declares disjoint."""

    individual: str
    first: str
    second: str


@dataclass
class ConsistencyReport:
    """The outcome of :func:`check_consistency`."""

    #: HermiT's verdict on the ontology plus the data's class assertions
    consistent: bool
    #: individuals in two disjoint classes (the usual reason for ``consistent`` being False)
    clashes: list[Clash] = field(default_factory=list)
    #: classes that can have no member at all (a broken ontology), by IRI
    unsatisfiable: list[str] = field(default_factory=list)
    #: how many individuals of the data were given to the reasoner
    individuals: int = 0

    def text(self) -> str:
        """A short human-readable summary."""
        if self.consistent and not self.unsatisfiable:
            return f"Consistent ({self.individuals} individual(s) checked)."
        lines = ["Inconsistent." if not self.consistent else "Consistent, but:"]
        lines += [
            f"- {c.individual} is both {c.first} and {c.second}, which are disjoint."
            for c in self.clashes
        ]
        lines += [f"- class {iri} can have no members." for iri in self.unsatisfiable]
        if not self.consistent and not self.clashes:
            lines.append("- the reasoner did not say which individual is at fault.")
        return "\n".join(lines)


def ontology_path() -> Path:
    """Where the ontology lives: ``kg/data/ontology/akg.ttl`` in the package."""
    return resources.path("ontology", "akg.ttl")


def shapes_path() -> Path:
    """Where the SHACL shapes live: ``kg/data/ontology/shapes.ttl`` in the package."""
    return resources.path("ontology", "shapes.ttl")


@cache
def _parsed(path: Path, mtime: float) -> Graph:
    # Keyed on mtime so an edited file is read again; pySHACL does not modify these graphs.
    return Graph().parse(path, format="turtle")


def _load(path: Path) -> Graph:
    if not path.is_file():
        raise KgError(f"{path}: file not found")
    return _parsed(path, path.stat().st_mtime)


def _union(data: Graph) -> Graph:
    """The triples of every named graph of a dataset in one graph; a plain graph unchanged."""
    if not getattr(data, "context_aware", False):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):  # type: ignore[attr-defined]
        union.add((s, p, o))
    return union


def _show(node: Node | None) -> str | None:
    if node is None:
        return None
    # an IRI as is; a literal or blank node in N3 form, so "2024"^^xsd:date shows its type
    return str(node) if isinstance(node, URIRef) else node.n3()


def _problems(results: Graph) -> list[Problem]:
    found = set()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        severity = results.value(r, SH.resultSeverity)
        message = results.value(r, SH.resultMessage)
        found.add(
            Problem(
                focus_node=_show(results.value(r, SH.focusNode)) or "",
                path=_show(results.value(r, SH.resultPath)),
                message=str(message) if message is not None else "constraint not met",
                severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                value=_show(results.value(r, SH.value)),
            )
        )
    return sorted(found, key=lambda p: (p.focus_node, p.path or "", p.message, p.value or ""))


def validate(data: Graph) -> ValidationReport:
    """Check ``data`` (a graph, or a dataset checked as its union) against the shapes.

    The data is not modified. Every problem names the focus node (the IRI of the offending
    node), the property path and a plain-words message from ``kg/data/ontology/shapes.ttl``.
    """
    conforms, results, _ = pyshacl.validate(
        _union(data),
        shacl_graph=_load(shapes_path()),
        ont_graph=_load(ontology_path()),
        inference="none",
        allow_warnings=True,  # conforms means "no violation"; warnings are still listed
        abort_on_first=False,
        meta_shacl=False,
        advanced=False,
    )
    assert isinstance(results, Graph)
    return ValidationReport(conforms=bool(conforms), problems=_problems(results))


# ---------------------------------------------------------------------------------------
# consistency


def _superclasses(ont: Graph) -> dict[URIRef, set[URIRef]]:
    """Each named class with all its named superclasses (itself included)."""
    direct: dict[URIRef, set[URIRef]] = {}
    for c in set(ont.subjects(RDF.type, OWL.Class)):
        if isinstance(c, URIRef):
            direct[c] = {o for o in ont.objects(c, RDFS.subClassOf) if isinstance(o, URIRef)}
            direct[c] |= {o for o in ont.objects(c, OWL.equivalentClass) if isinstance(o, URIRef)}
    closed: dict[URIRef, set[URIRef]] = {}
    for c in direct:
        seen, todo = {c}, [c]
        while todo:
            for sup in direct.get(todo.pop(), ()):
                if sup not in seen:
                    seen.add(sup)
                    todo.append(sup)
        closed[c] = seen
    return closed


def _disjoint_pairs(ont: Graph) -> set[tuple[Node, Node]]:
    pairs: set[tuple[Node, Node]] = set()
    for a, b in ont.subject_objects(OWL.disjointWith):
        pairs |= {(a, b), (b, a)}
    for axiom in ont.subjects(RDF.type, OWL.AllDisjointClasses):
        head = ont.value(axiom, OWL.members)
        members = list(Collection(ont, head)) if head is not None else []
        pairs |= {(a, b) for a in members for b in members if a != b}
    return pairs


def _clashes(ont: Graph, types: dict[URIRef, set[URIRef]]) -> list[Clash]:
    supers = _superclasses(ont)
    disjoint = _disjoint_pairs(ont)
    clashes: list[Clash] = []
    for ind, classes in sorted(types.items()):
        # (asserted class, implied class) pairs, so the report names what the data said
        implied = [(c, s) for c in sorted(classes) for s in sorted(supers.get(c, {c}))]
        for i, (ca, sa) in enumerate(implied):
            hit = next(((cb, sb) for cb, sb in implied[i + 1 :] if (sa, sb) in disjoint), None)
            if hit is not None:
                clashes.append(Clash(str(ind), str(ca), str(hit[0])))
                break
    return clashes


def _class_assertions(data: Graph, ont: Graph) -> dict[URIRef, set[URIRef]]:
    """The data's ``rdf:type`` triples whose class the ontology declares, by individual."""
    classes = {c for c in ont.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef)}
    types: dict[URIRef, set[URIRef]] = {}
    for s, c in _union(data).subject_objects(RDF.type):
        # blank-node individuals are skipped: the graph step gives every resource an IRI
        if isinstance(s, URIRef) and isinstance(c, URIRef) and c in classes:
            types.setdefault(s, set()).add(c)
    return types


def _type_triples(types: dict[URIRef, set[URIRef]]) -> Iterator[tuple[Node, Node, Node]]:
    for ind, classes in types.items():
        yield ind, RDF.type, OWL.NamedIndividual
        for c in classes:
            yield ind, RDF.type, c


def _hermit(graph: Graph) -> tuple[bool, list[str]]:
    """Run HermiT over ``graph`` in a fresh owlready2 world: (consistent, unsatisfiable)."""
    import owlready2  # imported here: it builds a default world when imported

    with tempfile.TemporaryDirectory(prefix="akg-owl-") as tmp:
        # owlready2 reads RDF/XML more reliably than Turtle
        path = Path(tmp) / "akg.owl"
        graph.serialize(path, format="xml")
        world = owlready2.World()
        try:
            world.get_ontology(path.as_uri()).load()
            owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
            unsatisfiable = sorted(
                c.iri for c in world.inconsistent_classes() if c is not owlready2.Nothing
            )
        except owlready2.OwlReadyInconsistentOntologyError:
            return False, []
        except (owlready2.OwlReadyJavaError, OSError) as e:
            raise KgError(f"HermiT could not run (is Java installed?): {e}") from e
        finally:
            world.close()
    return True, unsatisfiable


def find_clashes(data: Graph) -> list[Clash]:
    """Individuals of ``data`` typed with two classes the ontology declares disjoint.

    The quick, Java-free part of :func:`check_consistency`: it follows ``rdfs:subClassOf``
    and ``owl:disjointWith`` / ``owl:AllDisjointClasses`` itself, without a reasoner.
    """
    ont = _load(ontology_path())
    return _clashes(ont, _class_assertions(data, ont))


def check_consistency(data: Graph | None = None) -> ConsistencyReport:
    """Run HermiT over the ontology plus ``data``'s class assertions, in a fresh world.

    Only ``rdf:type`` triples naming a class of the ontology are taken from ``data`` (a graph,
    or a dataset taken as its union): enough to catch an individual in two disjoint classes,
    small enough to reason over a whole corpus. Raises :class:`~kg.errors.KgError` when Java
    or HermiT cannot run.
    """
    ont = _load(ontology_path())
    types = _class_assertions(data, ont) if data is not None else {}
    combined = Graph()
    for triple in ont:
        combined.add(triple)
    for triple in _type_triples(types):
        combined.add(triple)
    consistent, unsatisfiable = _hermit(combined)
    return ConsistencyReport(
        consistent=consistent,
        clashes=_clashes(ont, types),
        unsatisfiable=unsatisfiable,
        individuals=len(types),
    )
