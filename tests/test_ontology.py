"""kg/data/ontology/akg.ttl: metadata, axioms, alignments, and consistency under HermiT."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from rdflib import DCTERMS, OWL, RDF, RDFS, XSD, BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection

from kg.validate import check_consistency, ontology_path
from kg.vocab import AKG

ONTOLOGY_IRI = URIRef("https://w3id.org/akg/ontology")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SDO = Namespace("https://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
BUILTIN = (str(RDF), str(RDFS), str(OWL), str(XSD))


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def test_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    for prop in (
        OWL.versionInfo,
        DCTERMS.title,
        DCTERMS.description,
        DCTERMS.license,
        RDFS.label,
        RDFS.comment,
    ):
        assert ontology.value(ONTOLOGY_IRI, prop) is not None, prop


def test_imports_nothing(ontology: Graph) -> None:
    # the store and the tests run without network
    assert not list(ontology.objects(None, OWL.imports))


def test_external_terms_are_declared(ontology: Graph) -> None:
    # OWL 2 DL needs every class and property used in an axiom declared with its kind
    used: set[URIRef] = set()
    for prop in (
        RDFS.subClassOf,
        RDFS.subPropertyOf,
        RDFS.domain,
        RDFS.range,
        OWL.inverseOf,
        OWL.equivalentClass,
        OWL.disjointWith,
    ):
        for s, o in ontology.subject_objects(prop):
            used |= {n for n in (s, o) if isinstance(n, URIRef)}
    undeclared = {
        u for u in used if not str(u).startswith(BUILTIN) and (u, RDF.type, None) not in ontology
    }
    assert not undeclared


@pytest.mark.parametrize(
    ("s", "p", "o"),
    [
        (AKG.Agent, RDFS.subClassOf, FOAF.Agent),
        (AKG.Agent, RDFS.subClassOf, PROV.Agent),
        (AKG.Person, RDFS.subClassOf, FOAF.Person),
        (AKG.Organization, RDFS.subClassOf, FOAF.Organization),
        (AKG.Organization, RDFS.subClassOf, ORG.Organization),
        (AKG.GovernmentAgency, RDFS.subClassOf, SDO.GovernmentOrganization),
        (AKG.NonGovernmentalOrganization, RDFS.subClassOf, SDO.NGO),
        (AKG.Membership, RDFS.subClassOf, ORG.Membership),
        (AKG.Post, RDFS.subClassOf, ORG.Post),
        (AKG.Event, RDFS.subClassOf, SDO.Event),
        (AKG.Conference, RDFS.subClassOf, AKG.Event),
        (AKG.Dialogue, RDFS.subClassOf, AKG.Event),
        (AKG.Pledge, RDFS.subClassOf, AKG.Commitment),
        (AKG.Call, RDFS.subClassOf, AKG.Commitment),
        (AKG.Report, RDFS.subClassOf, SDO.NewsArticle),
        (AKG.Report, RDFS.subClassOf, PROV.Entity),
        (AKG.Evidence, RDFS.subClassOf, PROV.Entity),
        (AKG.Place, RDFS.subClassOf, SDO.Place),
        (AKG.Topic, RDFS.subClassOf, SKOS.Concept),
        (AKG.topics, RDF.type, SKOS.ConceptScheme),
        (AKG.person, RDFS.subPropertyOf, ORG.member),
        (AKG.organization, RDFS.subPropertyOf, ORG.organization),
        (AKG.memberOf, RDFS.subPropertyOf, ORG.memberOf),
        (AKG.place, RDFS.subPropertyOf, SDO.location),
        (AKG.date, RDFS.subPropertyOf, SDO.startDate),
        (AKG.headline, RDFS.subPropertyOf, SDO.headline),
        (AKG.published, RDFS.subPropertyOf, SDO.datePublished),
        (AKG.inReport, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (AKG.collaboratesWith, RDF.type, OWL.SymmetricProperty),
        (AKG.Person, OWL.disjointWith, AKG.Organization),
        (AKG.Pledge, OWL.disjointWith, AKG.Call),
    ],
)
def test_axiom(ontology: Graph, s: URIRef, p: URIRef, o: URIRef) -> None:
    assert (s, p, o) in ontology


@pytest.mark.parametrize(
    ("prop", "external"), [(AKG.organizerOf, SDO.organizer), (AKG.participantIn, SDO.attendee)]
)
def test_shortcuts_are_subproperties_of_schema_inverses(
    ontology: Graph, prop: URIRef, external: URIRef
) -> None:
    # a plain owl:inverseOf would push our domain and range onto all schema.org data
    assert (prop, OWL.inverseOf, None) not in ontology
    supers = [s for s in ontology.objects(prop, RDFS.subPropertyOf) if isinstance(s, BNode)]
    assert [ontology.value(s, OWL.inverseOf) for s in supers] == [external]


def test_top_level_classes_are_pairwise_disjoint(ontology: Graph) -> None:
    groups = [
        set(Collection(ontology, ontology.value(a, OWL.members)))
        for a in ontology.subjects(RDF.type, OWL.AllDisjointClasses)
    ]
    wanted = {AKG.Agent, AKG.Event, AKG.Place, AKG.Report, AKG.Evidence, AKG.Topic}
    assert any(wanted <= g for g in groups)


def test_roles_are_exactly_three(ontology: Graph) -> None:
    enumeration = ontology.value(AKG.Role, OWL.equivalentClass)
    members = set(Collection(ontology, ontology.value(enumeration, OWL.oneOf)))
    assert members == {AKG.organizer, AKG.participant, AKG.speaker}
    assert all((m, RDF.type, AKG.Role) in ontology for m in members)


def test_every_property_has_a_domain(ontology: Graph) -> None:
    props = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    ours = {p for p in props if str(p).startswith(str(AKG._NS))}
    assert len(ours) == 41
    assert {p for p in ours if ontology.value(p, RDFS.domain) is None} == set()
    no_range = {p for p in ours if ontology.value(p, RDFS.range) is None}
    assert no_range == {AKG.date, AKG.endDate, AKG.published}  # xsd:date: see the next test


def test_regression_no_xsd_date_range_hermit_rejects_it(ontology: Graph) -> None:
    # xsd:date is not in the OWL 2 datatype map; HermiT refuses an ontology that uses it
    # as a range. The shapes check that akg:date and akg:published are xsd:date instead.
    assert not list(ontology.subjects(RDFS.range, XSD.date))


@pytest.mark.slow
def test_loads_in_owlready2_and_hermit_finds_it_consistent(ontology: Graph) -> None:
    import owlready2

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "akg.owl"
        ontology.serialize(path, format="xml")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load()
        try:
            assert onto.base_iri == str(AKG._NS)
            assert onto.Person in onto.Agent.descendants()
            assert any(onto.Organization in d.entities for d in onto.Person.disjoints())
        finally:
            world.close()
    report = check_consistency()
    assert report.consistent
    assert report.unsatisfiable == []
