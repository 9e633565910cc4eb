"""kg.validate: SHACL validation against kg/data/ontology/shapes.ttl, and HermiT consistency."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import SH

import kg
from kg.validate import (
    Clash,
    check_consistency,
    find_clashes,
    ontology_path,
    shapes_path,
    validate,
)
from kg.vocab import AKG, ID

FIXTURES = Path(__file__).parent / "fixtures" / "validate"


def _dataset(name: str) -> Dataset:
    ds = Dataset()
    ds.parse(FIXTURES / name, format="trig")
    return ds


def _valid_union() -> Graph:
    g = Graph()
    for s, p, o, _ in _dataset("valid.trig").quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _found(report) -> set[tuple[str, str | None]]:
    return {(p.focus_node, p.path) for p in report.problems}


def test_paths_point_into_the_package() -> None:
    root = Path(kg.__file__).resolve().parent / "data" / "ontology"
    assert ontology_path().resolve() == root / "akg.ttl"
    assert shapes_path().resolve() == root / "shapes.ttl"
    assert ontology_path().is_file() and shapes_path().is_file()


def test_every_shape_constraint_has_a_message() -> None:
    shapes = Graph().parse(shapes_path(), format="turtle")
    structural = {
        RDF.type,
        RDFS.comment,
        SH.message,
        SH.property,
        SH.targetClass,
        SH.targetObjectsOf,
        SH.targetSubjectsOf,
    }
    constrained = {
        s
        for s in shapes.subjects(RDF.type, SH.NodeShape)
        if set(shapes.predicates(s, None)) - structural
    }
    nodes = constrained | set(shapes.objects(None, SH.property))
    assert len(nodes) > 40
    assert {n for n in nodes if shapes.value(n, SH.message) is None} == set()


def test_shapes_use_only_terms_of_the_vocabulary() -> None:
    # a misspelt akg: term in a shape would target nothing and never fail
    shapes = Graph().parse(shapes_path(), format="turtle")
    ns = str(AKG._NS)
    used = {
        str(n)[len(ns) :]
        for t in shapes
        for n in t
        if isinstance(n, URIRef) and str(n).startswith(ns)
    }
    assert used and used <= set(AKG.__annotations__)


def test_valid_dataset_conforms() -> None:
    report = validate(_dataset("valid.trig"))
    assert report.problems == []
    assert report.conforms
    assert "conforms" in report.text()


def test_valid_graph_conforms_and_is_not_modified() -> None:
    g = _valid_union()
    before = set(g)
    assert validate(g).conforms
    assert set(g) == before


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("actor-without-label.trig", {(str(ID["actor/person/nameless"]), str(RDFS.label))}),
        ("membership-without-person.trig", {(str(ID["post/h10"]), str(AKG.person))}),
        ("participation-bad-role.trig", {(str(ID["participation/h11"]), str(AKG.role))}),
        (
            "date-not-a-date.trig",
            {(str(ID["event/h13"]), str(AKG.date)), (str(ID["report/r6"]), str(AKG.published))},
        ),
    ],
)
def test_broken_fixture_names_the_offending_node(
    fixture: str, expected: set[tuple[str, str]]
) -> None:
    report = validate(_dataset(fixture))
    assert not report.conforms
    assert _found(report) == expected
    assert all(p.severity == "Violation" and p.message for p in report.problems)
    for focus, _ in expected:
        assert focus in report.text()


def test_bad_role_reports_the_value() -> None:
    [problem] = validate(_dataset("participation-bad-role.trig")).problems
    assert problem.value == str(AKG) + "chair"
    assert "organizer" in problem.message


def _mutated(add=(), remove=()) -> Graph:
    g = _valid_union()
    for t in remove:
        g.remove(t)
    for t in add:
        g.add(t)
    return g


FIA = ID["actor/org/fia"]
EVENT = ID["event/h2"]


@pytest.mark.parametrize(
    ("add", "remove", "expected"),
    [
        # typed both person and organization
        ([(FIA, RDF.type, AKG.Person)], [], {(str(FIA), None)}),
        # a second, different name for one actor (say, from another report): the union is checked
        ([(FIA, RDFS.label, Literal("FIA"))], [], {(str(FIA), str(RDFS.label))}),
        # a language-tagged name
        (
            [(FIA, RDFS.label, Literal("Federal Investigation Agency", lang="en"))],
            [(FIA, RDFS.label, None)],
            {(str(FIA), str(RDFS.label))},
        ),
        # an actor used in a participation but typed as nothing
        (
            [(ID["participation/h4"], AKG.agent, ID["actor/person/ghost"])],
            [(ID["participation/h4"], AKG.agent, None)],
            {
                (str(ID["actor/person/ghost"]), None),
                (str(ID["actor/person/ghost"]), str(RDFS.label)),
                (str(ID["participation/h4"]), str(AKG.agent)),
            },
        ),
        # a Conference (subclass of Event) without evidence: reached through rdfs:subClassOf
        ([], [(EVENT, AKG.evidence, None)], {(str(EVENT), str(AKG.evidence))}),
        # an event without a place is fine: the place is optional
        ([], [(EVENT, AKG.place, None)], set()),
        # a collaboration with one collaborator
        (
            [],
            [(ID["collaboration/h5"], AKG.collaborator, ID["actor/org/unodc"])],
            {(str(ID["collaboration/h5"]), str(AKG.collaborator))},
        ),
        # evidence that ends before it starts
        (
            [(ID["evidence/e1"], AKG.startOffset, Literal(500))],
            [(ID["evidence/e1"], AKG.startOffset, None)],
            {(str(ID["evidence/e1"]), str(AKG.startOffset))},
        ),
        # a commitment that is neither pledge nor call
        (
            [(ID["commitment/h7"], RDF.type, AKG.Commitment)],
            [(ID["commitment/h7"], RDF.type, AKG.Pledge)],
            {(str(ID["commitment/h7"]), None)},
        ),
        # a date typed as a dateTime
        (
            [(EVENT, AKG.date, Literal("2024-02-27T10:00:00", datatype=XSD.dateTime))],
            [(EVENT, AKG.date, None)],
            {(str(EVENT), str(AKG.date))},
        ),
        # a fact derived from something that is not a report
        (
            [(ID["endorsement/h6"], URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), FIA)],
            [],
            {(str(ID["endorsement/h6"]), "http://www.w3.org/ns/prov#wasDerivedFrom")},
        ),
    ],
)
def test_mutation_is_caught(add, remove, expected) -> None:
    report = validate(_mutated(add, remove))
    assert _found(report) == expected
    assert report.conforms == (not expected)
    assert all(p.severity == "Violation" for p in report.problems)


def test_disagreeing_event_dates_are_a_warning_not_a_violation() -> None:
    report = validate(_mutated(add=[(EVENT, AKG.date, Literal("2024-02-28", datatype=XSD.date))]))
    assert report.conforms
    assert [(p.focus_node, p.path, p.severity) for p in report.problems] == [
        (str(EVENT), str(AKG.date), "Warning")
    ]
    assert "Warning" in report.text()


def test_find_clashes_none_in_valid_data() -> None:
    assert find_clashes(_dataset("valid.trig")) == []


def test_find_clashes_through_subclasses() -> None:
    g = Graph()
    g.add((FIA, RDF.type, AKG.GovernmentAgency))
    g.add((FIA, RDF.type, AKG.NonGovernmentalOrganization))
    g.add((EVENT, RDF.type, AKG.Conference))
    g.add((EVENT, RDF.type, AKG.Place))  # Event and Place are disjoint
    g.add((ID["actor/person/p"], RDF.type, AKG.Person))
    g.add((ID["actor/person/p"], RDF.type, AKG.Evidence))  # Agent and Evidence too
    assert find_clashes(g) == [
        Clash(str(FIA), str(AKG.GovernmentAgency), str(AKG.NonGovernmentalOrganization)),
        Clash(str(ID["actor/person/p"]), str(AKG.Evidence), str(AKG.Person)),
        Clash(str(EVENT), str(AKG.Conference), str(AKG.Place)),
    ]


@pytest.mark.slow
def test_check_consistency_accepts_valid_data() -> None:
    report = check_consistency(_dataset("valid.trig"))
    assert report.consistent
    assert report.clashes == []
    assert report.individuals == 23


@pytest.mark.slow
def test_check_consistency_flags_person_and_organization() -> None:
    g = _valid_union()
    g.add((FIA, RDF.type, AKG.Person))
    report = check_consistency(g)
    assert not report.consistent
    assert [c.individual for c in report.clashes] == [str(FIA)]
    assert {report.clashes[0].first, report.clashes[0].second} & {str(AKG.Person)}
    assert str(FIA) in report.text()
