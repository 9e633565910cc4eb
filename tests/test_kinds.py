"""kg/kinds.py: each kind of fact declared once, and the writers derived from it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from datetime import date

import pytest
from pyoxigraph import Literal, NamedNode

from kg.export.facts_json import facts_document
from kg.graph.contents import stats
from kg.graph.rdf import actor_iri, event_iri, facts_to_quads
from kg.graph.terms import XSD_NS, akg, name_lookup_key
from kg.kinds import KINDS, Field, Kind, counted, fact_kinds, identity
from kg.model import (
    EVENT_TYPES,
    Actor,
    Collaboration,
    Commitment,
    Declaration,
    Endorsement,
    Event,
    Evidence,
    Facts,
    Participation,
    Report,
)
from kg.resolve.rewrite import map_references, rewrite_facts
from kg.vocab import AKG

TEXT = "The Agency pledged to train 500 officers by June 2025. The Ministry praised the Agency."


def _facts(commitment: Commitment | None = None) -> Facts:
    return Facts(
        report=Report(TEXT, "reports/pledge.txt", "A pledge", date(2024, 3, 1)),
        actors=[Actor("a1", "National Police Agency", "Organization", aliases={"NPA"}),
                Actor("a2", "Ministry of Interior", "Organization")],
        events=[Event("e1", "Police reform dialogue", "Dialogue")],
        participations=[Participation("a1", "e1", "organizer")],
        collaborations=[Collaboration(("a2", "a1"))],
        endorsements=[Endorsement("a2", "a1", Evidence(TEXT[55:], 55, len(TEXT)))],
        commitments=[commitment or Commitment("a1", "pledge", "to train 500 officers", "e1")],
    )


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_every_field_of_the_model_is_declared_or_said_unwritten(kind: Kind) -> None:
    declared = [f.name for f in kind.fields]
    assert len(declared) == len(set(declared)), "a field declared twice"
    model = {f.name for f in dataclasses.fields(kind.model)}
    missing = model - set(declared) - set(kind.unwritten)
    assert not missing, f"{kind.name}: no writer knows {sorted(missing)}: declare it (kinds.py)"
    for name in declared:  # a property (the report's id and checksum) is a field too
        assert name in model or isinstance(getattr(kind.model, name, None), property), name


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_classes_and_predicates_are_terms_of_the_ontology(kind: Kind) -> None:
    for name in (kind.rdf_class, *kind.classes):
        assert getattr(AKG, name)
    standard = ("http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/2004/02/skos/core#",
                "http://www.w3.org/2002/07/owl#")
    for f in kind.fields:
        for iri in (str(f.predicate or ""), str(f.acronym or "")):
            if iri and not iri.startswith(standard):  # (str: URIRef.startswith takes no tuple)
                assert iri.startswith(str(AKG._NS)) and getattr(AKG, iri.split("#")[1])
        assert f.json or f.predicate or f.value in ("class", "evidence"), \
            f"{kind.name}.{f.name} is declared but neither in RDF nor in the facts JSON"
    for shortcut in kind.shortcuts:
        assert {shortcut.subject, shortcut.object} <= {f.name for f in kind.fields}


def test_counts_follow_the_declarations() -> None:
    names = counted()
    assert names["events"] == EVENT_TYPES  # the one list of event classes (kg.model)
    assert names["commitments"] == ("Pledge", "Call")
    assert names["actors"] == ("Person", "Organization")
    assert names["persons"] == ("Person",)
    assert list(names)[:4] == ["reports", "actors", "persons", "organizations"]
    assert set(names) >= {k.plural for k in fact_kinds()}


def test_identity_of_an_unordered_pair_is_one_order() -> None:
    kind = KINDS["collaboration"]
    assert identity(kind, Collaboration(("b", "a"))) == identity(kind, Collaboration(("a", "b")))
    commitment = KINDS["commitment"]
    one = identity(commitment, Commitment("a1", "pledge", "To Train", None), fold=True)
    assert one == ("a1", "pledge", "to train", None)


def test_the_declared_kinds_write_what_they_declare() -> None:
    facts = _facts()
    quads = {(q.subject, q.predicate, q.object) for q in facts_to_quads(facts, aligned=False)}
    a1, a2, e1 = actor_iri("a1"), actor_iri("a2"), event_iri("e1")
    assert (e1, akg("name"), Literal("Police reform dialogue")) in quads
    assert (a1, akg("nameKey"), Literal(name_lookup_key("NPA"))) in quads
    assert (e1, akg("nameKey"), Literal(name_lookup_key("Police reform dialogue"))) in quads
    assert (a1, akg("acronym"), Literal("NPA")) in quads
    assert (a1, akg("organizerOf"), e1) in quads
    assert {(a1, akg("collaboratesWith"), a2), (a2, akg("collaboratesWith"), a1)} <= quads
    assert (a2, akg("endorses"), a1) in quads
    [pledge] = [s for s, p, o in quads if o == akg("Pledge")]
    assert (pledge, akg("committedBy"), a1) in quads and (pledge, akg("madeAt"), e1) in quads


# A kind with one more field: its dataclass, and a copy of its declaration with one more Field.
@dataclass
class DatedCommitment(Commitment):
    expires: date | None = None
    beneficiary: str | None = None


def _dated_kinds() -> dict[str, Kind]:
    kind = KINDS["commitment"]
    *fields, evidence = kind.fields
    extra = (Field("expires", "date", AKG.date),
             Field("beneficiary", "actor", AKG.target))
    return {**KINDS, "commitment": replace(kind, model=DatedCommitment,
                                           fields=(*fields, *extra, evidence))}


def test_a_field_declared_on_a_kind_reaches_quads_json_and_the_rewrite() -> None:
    kinds = _dated_kinds()
    pledge = DatedCommitment("a1", "pledge", "to train 500 officers", "e1",
                             expires=date(2025, 6, 30), beneficiary="a2")
    facts = _facts(pledge)

    quads = facts_to_quads(facts, aligned=False, kinds=kinds)
    [node] = {q.subject for q in quads if q.object == akg("Pledge")}
    day = Literal("2025-06-30", datatype=NamedNode(XSD_NS + "date"))
    assert {(q.predicate, q.object) for q in quads if q.subject == node} >= {
        (akg("date"), day), (akg("target"), actor_iri("a2"))}
    # the field is written by its declaration alone: without it, the same facts say nothing of it
    plain = {(q.predicate, q.object) for q in facts_to_quads(facts, aligned=False)
             if q.subject == node}
    assert (akg("date"), day) not in plain and plain

    [entry] = facts_document([facts], kinds=kinds)["commitments"]
    [plain_entry] = facts_document([facts])["commitments"]
    *fields, report, evidence = plain_entry
    assert [report, evidence] == ["report", "evidence"]
    assert list(entry) == [*fields, "expires", "beneficiary", "report", "evidence"]
    assert entry["expires"] == "2025-06-30" and entry["beneficiary"] == "a2"

    # a field that names an actor is rewritten to the resolved id, like any other
    resolved = rewrite_facts(facts, {"a1": "org/npa", "a2": "org/moi"}, facts.actors,
                             kinds=kinds)
    [rewritten] = resolved.commitments
    assert isinstance(rewritten, DatedCommitment)
    assert (rewritten.actor, rewritten.beneficiary) == ("org/npa", "org/moi")
    assert rewritten.expires == date(2025, 6, 30)


def test_rewrite_drops_self_joins_and_merged_duplicates() -> None:
    facts = _facts()
    facts.commitments.append(Commitment("a2", "pledge", "To Train 500 Officers", "e1"))
    resolved = rewrite_facts(facts, {"a1": "org/x", "a2": "org/x"}, facts.actors[:1])
    assert resolved.collaborations == [] and resolved.endorsements == []
    assert [c.text for c in resolved.commitments] == ["to train 500 officers"]
    assert resolved.participations == [Participation("org/x", "e1", "organizer")]
    assert resolved.events == facts.events and resolved.actors == facts.actors[:1]


def test_stats_count_each_declared_class() -> None:
    from pyoxigraph import DefaultGraph, Quad, Store

    store = Store()
    for q in facts_to_quads(_facts()):
        store.add(q)
        store.add(Quad(q.subject, q.predicate, q.object, DefaultGraph()))
    counts = stats(store)
    assert {k: counts[k] for k in ("reports", "actors", "events", "commitments",
                                   "participations", "collaborations")} == {
        "reports": 1, "actors": 2, "events": 1, "commitments": 1, "participations": 1,
        "collaborations": 1}


def test_event_references_are_mapped_in_every_kind_that_names_one() -> None:
    facts = _facts()
    facts.declarations.append(Declaration("e1", ["end trafficking"], "Police Declaration"))
    facts.participations.append(Participation("a1", "e2", "organizer"))  # the same event
    ids = {"e1": "dialogue-2024", "e2": "dialogue-2024"}
    mapped = map_references(facts, "event", lambda e: ids.get(e, e))
    assert mapped.participations == [Participation("a1", "dialogue-2024", "organizer")]
    assert [c.event for c in mapped.commitments] == ["dialogue-2024"]
    assert [d.event for d in mapped.declarations] == ["dialogue-2024"]
    assert mapped.collaborations == facts.collaborations  # names no event: as it was
    assert mapped.events == facts.events  # the events themselves are the caller's
    assert map_references(facts, "event", lambda e: e).commitments == facts.commitments
