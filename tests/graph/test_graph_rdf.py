"""facts_to_quads follows docs/rdf-mapping.md."""

from __future__ import annotations

from datetime import date

from pyoxigraph import Literal, NamedNode, Quad

from kg.graph.rdf import actor_iri, event_iri, facts_to_quads, report_iri
from kg.graph.terms import ID_NS, PROV_NS, RDF_NS, RDFS_NS, SKOS_NS, XSD_NS, akg
from kg.model import Actor, Collaboration, Facts, Report

from .sample import CONFERENCE_TEXT, conference_facts, signing_facts

TYPE = NamedNode(RDF_NS + "type")
LABEL = NamedNode(RDFS_NS + "label")


def triples(facts: Facts, topics: dict[str, str] | None = None) -> set[tuple]:
    """The project's own triples (the standard vocabularies' are tested apart)."""
    quads = facts_to_quads(facts, topics, aligned=False)
    return {(q.subject, q.predicate, q.object) for q in quads}


def objects(ts: set[tuple], s: NamedNode, p: NamedNode) -> set:
    return {o for (s2, p2, o) in ts if s2 == s and p2 == p}


def subject_of(ts: set[tuple], p: NamedNode, o) -> NamedNode:
    found = [s for (s, p2, o2) in ts if p2 == p and o2 == o]
    assert len(found) == 1, found
    return found[0]


def test_all_quads_are_in_the_report_graph() -> None:
    facts = conference_facts()
    graph = report_iri(facts.report)
    assert graph.value == f"{ID_NS}report/{facts.report.id}"
    quads = facts_to_quads(facts)
    assert quads and {q.graph_name for q in quads} == {graph}
    assert len(quads) == len(set(quads))


def test_same_facts_give_the_same_quads() -> None:
    assert facts_to_quads(conference_facts()) == facts_to_quads(conference_facts())


def test_report_triples() -> None:
    facts = conference_facts()
    ts, rep = triples(facts), report_iri(facts.report)
    assert objects(ts, rep, TYPE) == {akg("Report")}
    assert objects(ts, rep, akg("headline")) == {Literal(facts.report.title)}
    assert objects(ts, rep, akg("published")) == {
        Literal("2024-02-28", datatype=NamedNode(XSD_NS + "date"))}
    assert objects(ts, rep, akg("byline")) == {Literal("Staff Reporter")}
    assert objects(ts, rep, akg("sourceLocation")) == {Literal("reports/conference.txt")}
    assert objects(ts, rep, akg("checksum")) == {Literal(facts.report.checksum)}
    assert objects(ts, rep, akg("mentions")) == {actor_iri(a.id) for a in facts.actors}


def test_actor_triples() -> None:
    ts = triples(conference_facts())
    fia = actor_iri("org/fia")
    assert fia.value == f"{ID_NS}actor/org/fia"
    assert objects(ts, fia, TYPE) == {akg("Organization"), akg("GovernmentAgency")}
    assert objects(ts, fia, LABEL) == {Literal("Federal Investigation Agency")}
    assert objects(ts, fia, NamedNode(SKOS_NS + "altLabel")) == {Literal("FIA")}
    assert objects(ts, fia, akg("acronym")) == {Literal("FIA")}
    assert objects(ts, fia, akg("country")) == {Literal("Pakistan")}
    jahangir = actor_iri("person/jahangir")
    assert objects(ts, jahangir, TYPE) == {akg("Person")}
    assert objects(ts, jahangir, akg("acronym")) == set()  # "FIA DG" has a space: no acronym
    iom_same = objects(triples(signing_facts()), actor_iri("org/iom"),
                       NamedNode("http://www.w3.org/2002/07/owl#sameAs"))
    assert iom_same == {NamedNode("http://www.wikidata.org/entity/Q206520")}


def test_odd_actor_ids_are_percent_encoded() -> None:
    report = Report(text="x", source="odd.txt")
    facts = Facts(report, actors=[Actor('org/Ministry of "Interior" {MoI}#1', "Ministry",
                                        "Organization", subtype="NotAClass")])
    node = actor_iri('org/Ministry of "Interior" {MoI}#1')
    assert node.value == f"{ID_NS}actor/org/Ministry%20of%20%22Interior%22%20%7BMoI%7D%231"
    # an unknown subtype is not invented as an ontology class
    assert objects(triples(facts), node, TYPE) == {akg("Organization")}


def test_post_triples_and_member_of_shortcut() -> None:
    ts = triples(conference_facts())
    post = subject_of(ts, akg("title"), Literal("Director General"))
    assert post.value.startswith(f"{ID_NS}post/")
    assert objects(ts, post, TYPE) == {akg("Membership")}
    assert objects(ts, post, akg("person")) == {actor_iri("person/jahangir")}
    assert objects(ts, post, akg("organization")) == {actor_iri("org/fia")}
    assert (actor_iri("person/jahangir"), akg("memberOf"), actor_iri("org/fia")) in ts
    facts = conference_facts()
    rep = report_iri(facts.report)
    assert objects(ts, post, NamedNode(PROV_NS + "wasDerivedFrom")) == {rep}
    (evidence,) = objects(ts, post, akg("evidence"))
    sentence = "Director General FIA Ahmad Ishaq Jahangir attended."
    start = facts.report.text.index(sentence)
    assert objects(ts, evidence, TYPE) == {akg("Evidence")}
    assert objects(ts, evidence, akg("sentence")) == {Literal(sentence)}
    assert objects(ts, evidence, akg("startOffset")) == {Literal(start)}
    assert objects(ts, evidence, akg("endOffset")) == {Literal(start + len(sentence))}
    assert Literal(start).datatype.value == XSD_NS + "integer"
    assert objects(ts, evidence, akg("inReport")) == {rep}


def test_event_place_topic_triples() -> None:
    ts = triples(conference_facts(), topics={"human-trafficking": "Human trafficking"})
    event = event_iri("ict-2024")
    assert objects(ts, event, TYPE) == {akg("Conference")}
    assert objects(ts, event, akg("name")) == {
        Literal("International Conference on Human Trafficking")}
    assert objects(ts, event, akg("date")) == {
        Literal(date(2024, 2, 28).isoformat(), datatype=NamedNode(XSD_NS + "date"))}
    place = NamedNode(f"{ID_NS}place/islamabad")
    assert objects(ts, event, akg("place")) == {place}
    assert objects(ts, place, TYPE) == {akg("Place")}
    assert objects(ts, place, LABEL) == {Literal("Islamabad")}
    topic = NamedNode(f"{ID_NS}topic/human-trafficking")
    assert objects(ts, event, akg("topic")) == {topic}
    assert objects(ts, topic, TYPE) == {akg("Topic"), NamedNode(SKOS_NS + "Concept")}
    assert objects(ts, topic, NamedNode(SKOS_NS + "prefLabel")) == {Literal("Human trafficking")}
    assert objects(ts, topic, NamedNode(SKOS_NS + "inScheme")) == {akg("topics")}
    # without a label mapping, the slug is spelt out
    plain = triples(conference_facts())
    assert objects(plain, topic, NamedNode(SKOS_NS + "prefLabel")) == {
        Literal("human trafficking")}


def test_merged_event_names_span_and_venue() -> None:
    facts = conference_facts()
    event = facts.events[0]
    event.aliases = {"ICT conference", event.name}
    event.start, event.end = date(2024, 2, 27), date(2024, 2, 28)
    event.date, event.venue = event.start, "Marriott Hotel"
    ts = triples(facts)
    node = event_iri(event.id)
    assert objects(ts, node, akg("alternateName")) == {Literal("ICT conference")}
    assert objects(ts, node, akg("nameKey")) == {
        Literal("ict conference"), Literal("international conference on human trafficking")}
    day = NamedNode(XSD_NS + "date")
    assert objects(ts, node, akg("date")) == {Literal("2024-02-27", datatype=day)}
    assert objects(ts, node, akg("endDate")) == {Literal("2024-02-28", datatype=day)}
    venue = NamedNode(f"{ID_NS}place/marriott-hotel")
    assert objects(ts, node, akg("venue")) == {venue}
    assert objects(ts, venue, LABEL) == {Literal("Marriott Hotel")}
    assert objects(ts, node, akg("place")) == {NamedNode(f"{ID_NS}place/islamabad")}


def test_participation_triples_and_shortcuts() -> None:
    ts = triples(conference_facts())
    event = event_iri("ict-2024")
    parts = {s for (s, p, o) in ts if p == TYPE and o == akg("Participation")}
    assert len(parts) == 4
    roles = {(next(iter(objects(ts, p, akg("agent")))), next(iter(objects(ts, p, akg("role")))))
             for p in parts}
    assert (actor_iri("org/fia"), akg("organizer")) in roles
    assert (actor_iri("person/schoofer"), akg("speaker")) in roles
    assert all(objects(ts, p, akg("event")) == {event} for p in parts)
    assert (actor_iri("org/fia"), akg("organizerOf"), event) in ts
    assert (actor_iri("person/jahangir"), akg("participantIn"), event) in ts
    assert (actor_iri("person/schoofer"), akg("participantIn"), event) in ts


def test_collaboration_is_unordered() -> None:
    ts = triples(conference_facts())
    (node,) = {s for (s, p, o) in ts if p == TYPE and o == akg("Collaboration")}
    fia, iom = actor_iri("org/fia"), actor_iri("org/iom")
    assert objects(ts, node, akg("collaborator")) == {fia, iom}
    assert (fia, akg("collaboratesWith"), iom) in ts
    assert (iom, akg("collaboratesWith"), fia) in ts
    flipped = conference_facts()
    flipped.collaborations = [Collaboration(("org/iom", "org/fia"),
                                            flipped.collaborations[0].evidence)]
    assert facts_to_quads(flipped) == facts_to_quads(conference_facts())


def test_endorsement_commitment_declaration_triples() -> None:
    ts = triples(conference_facts())
    schoofer, fia = actor_iri("person/schoofer"), actor_iri("org/fia")
    (endorsement,) = {s for (s, p, o) in ts if p == TYPE and o == akg("Endorsement")}
    assert objects(ts, endorsement, akg("source")) == {schoofer}
    assert objects(ts, endorsement, akg("target")) == {fia}
    assert (schoofer, akg("endorses"), fia) in ts
    assert (fia, akg("endorses"), schoofer) not in ts

    pledge = subject_of(ts, TYPE, akg("Pledge"))
    assert objects(ts, pledge, akg("committedBy")) == {actor_iri("org/us-embassy")}
    assert objects(ts, pledge, akg("text")) == {
        Literal("continuous support for eradicating trafficking in persons")}
    assert objects(ts, pledge, akg("madeAt")) == {event_iri("ict-2024")}
    assert objects(ts, pledge, akg("topic")) == {NamedNode(f"{ID_NS}topic/human-trafficking")}
    call = subject_of(ts, TYPE, akg("Call"))
    assert objects(ts, call, akg("committedBy")) == {actor_iri("person/jahangir")}

    declaration = subject_of(ts, TYPE, akg("Declaration"))
    assert objects(ts, declaration, akg("name")) == {Literal("Islamabad Declaration")}
    assert objects(ts, declaration, akg("adoptedAt")) == {event_iri("ict-2024")}
    assert objects(ts, declaration, akg("call")) == {
        Literal("renewed commitment to combating human trafficking")}
    assert objects(ts, declaration, NamedNode(PROV_NS + "wasDerivedFrom")) == {
        report_iri(conference_facts().report)}


def test_fact_iris_depend_on_the_report() -> None:
    one = facts_to_quads(conference_facts())
    other = conference_facts(Report(text=CONFERENCE_TEXT, source="elsewhere.txt"))
    fact_nodes = {q.subject for q in one if "/post/" in q.subject.value}
    assert fact_nodes
    assert fact_nodes.isdisjoint({q.subject for q in facts_to_quads(other)})
    assert all(isinstance(q, Quad) for q in one)


FOAF = "http://xmlns.com/foaf/0.1/"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"


def test_standard_vocabularies_are_written_beside_the_own_terms() -> None:
    facts = conference_facts()
    ts = {(q.subject, q.predicate, q.object) for q in facts_to_quads(facts)}
    own = triples(facts)
    assert own < ts
    jahangir, fia = actor_iri("person/jahangir"), actor_iri("org/fia")
    assert NamedNode(FOAF + "Person") in objects(ts, jahangir, TYPE)
    assert {NamedNode(FOAF + "Organization"), NamedNode(ORG + "Organization"),
            NamedNode(SCHEMA + "GovernmentOrganization")} <= objects(ts, fia, TYPE)
    assert fia in objects(ts, jahangir, NamedNode(ORG + "memberOf"))
    events = {s for (s, p, o) in own if p == TYPE and o == akg("Conference")}
    assert events and all(NamedNode(SCHEMA + "Event") in objects(ts, e, TYPE) for e in events)
    # an inverse alignment: akg:participantIn is the inverse of schema:attendee
    for s, p, o in own:
        if p == akg("participantIn"):
            assert (o, NamedNode(SCHEMA + "attendee"), s) in ts
    # nothing of the project's own vocabulary is entailed: its queries see what they saw
    assert {t for t in ts - own if t[1] != TYPE and str(t[1]).startswith("<https://w3id.org/akg")} \
        == set()
