"""The store: replace-by-graph semantics, queries with bindings, stats, actors, export."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyoxigraph
import pytest

from kg.errors import QueryError, StoreError
from kg.graph import Store, facts_to_quads, iri, report_iri
from kg.graph.terms import ID_NS
from kg.model import Commitment

from .sample import (
    CONFERENCE_TEXT,
    conference_facts,
    conference_report,
    signing_facts,
    signing_report,
)


def quad_set(store: Store) -> set[pyoxigraph.Quad]:
    return set(store.quads())


def assert_union_is_kept(store: Store) -> None:
    """The default graph holds exactly the triples of the report graphs, once each."""
    union = {(q.subject, q.predicate, q.object) for q in store.quads()}
    default = {(q.subject, q.predicate, q.object)
               for q in store.inner.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())}
    assert default == union


def test_put_report_returns_the_quads_written(store: Store) -> None:
    facts = conference_facts()
    assert store.put_report(facts) == len(facts_to_quads(facts)) == len(store)


def test_same_report_twice_leaves_identical_quads(store: Store) -> None:
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    before = quad_set(store)
    store.put_report(conference_facts())
    store.put_report(conference_facts())
    assert quad_set(store) == before
    assert_union_is_kept(store)


def test_put_reports_in_batches_matches_one_by_one(store: Store) -> None:
    one_by_one = Store.open()
    changed = conference_facts(conference_report(CONFERENCE_TEXT + " Edited."))
    for facts in (conference_facts(), signing_facts(), changed):
        one_by_one.put_report(facts)
    store.put_report(signing_facts())  # already there: replaced, not added twice
    written = store.put_reports([conference_facts(), signing_facts(), changed], batch=1)
    assert written == sum(len(facts_to_quads(f)) for f in (conference_facts(), signing_facts(),
                                                            changed))
    assert quad_set(store) == set(one_by_one.quads())
    assert_union_is_kept(store)


def test_has_report_compares_the_checksum(store: Store) -> None:
    assert not store.has_report(conference_report())
    store.put_report(conference_facts())
    assert store.has_report(conference_report())
    edited = conference_report(CONFERENCE_TEXT + " Edited.")
    assert edited.source == conference_report().source
    assert not store.has_report(edited)



def test_checksums_lists_every_loaded_report(store: Store) -> None:
    assert store.checksums() == {}
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    assert store.checksums() == {conference_report().id: conference_report().checksum,
                                 signing_report().id: signing_report().checksum}


def test_put_report_told_new_writes_without_looking(store: Store) -> None:
    store.put_report(conference_facts(), new=True)
    fresh = Store.open(None)
    fresh.put_report(conference_facts())
    assert quad_set(store) == quad_set(fresh)
    assert_union_is_kept(store)

def test_changed_report_replaces_its_facts(store: Store) -> None:
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    changed = conference_facts(conference_report(CONFERENCE_TEXT + " Edited."))
    changed.commitments = [Commitment("org/fia", "pledge", "arrest the traffickers")]
    changed.declarations = []
    store.put_report(changed)
    texts = store.query("SELECT ?t WHERE { ?c akg:text ?t } ORDER BY ?t").column("t")
    assert texts == ["arrest the traffickers", "continue to train officers"]
    assert store.stats()["declarations"] == 0
    assert store.has_report(changed.report)
    assert len(store.reports()) == 2
    # exactly the quads of the two current versions, nothing left over
    expected = set(facts_to_quads(changed)) | set(facts_to_quads(signing_facts()))
    assert quad_set(store) == expected
    assert not [g for g in store.inner.named_graphs() if "/staging/" in g.value]
    assert_union_is_kept(store)


def test_remove_report_keeps_what_the_other_report_supports(store: Store) -> None:
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    assert store.remove_report("reports/conference.txt") is True
    assert store.remove_report("reports/conference.txt") is False
    assert quad_set(store) == set(facts_to_quads(signing_facts()))
    assert_union_is_kept(store)
    names = {a.name for a in store.known_actors()}
    assert names == {"Federal Investigation Agency", "International Organization for Migration",
                     "Sara Mehta"}
    pairs = store.query("SELECT DISTINCT ?a ?b WHERE { ?a akg:collaboratesWith ?b }")
    assert len(pairs) == 2  # FIA-IOM, stated by the report that stays
    assert store.stats()["events"] == 1
    store.remove_report("https://news.example/mou?id=2")
    assert len(store) == 0 and store.stats()["triples"] == 0
    assert list(store.inner.named_graphs()) == []


def test_rebuild_union_after_writing_quads_directly(store: Store) -> None:
    store.inner.extend(facts_to_quads(conference_facts()))
    assert store.stats()["triples"] == 0
    store.rebuild_union()
    assert_union_is_kept(store)
    assert store.stats()["reports"] == 1


def test_stats(loaded: Store) -> None:
    stats = loaded.stats()
    assert {k: v for k, v in stats.items() if k not in ("triples", "quads")} == {
        "reports": 2, "actors": 6, "persons": 3, "organizations": 3, "events": 2, "posts": 4,
        "participations": 7, "collaborations": 2, "endorsements": 2, "commitments": 3,
        "declarations": 1,
    }
    assert stats["quads"] == len(facts_to_quads(conference_facts())) + len(
        facts_to_quads(signing_facts()))
    distinct = {(q.subject, q.predicate, q.object) for q in loaded.quads()}
    assert stats["triples"] == len(distinct) < stats["quads"]  # shared actor triples count once


def test_known_actors(loaded: Store) -> None:
    actors = {a.id: a for a in loaded.known_actors()}
    assert sorted(actors) == ["org/fia", "org/iom", "org/us-embassy", "person/jahangir",
                              "person/mehta", "person/schoofer"]
    fia = actors["org/fia"]
    assert (fia.name, fia.type, fia.subtype) == ("Federal Investigation Agency", "Organization",
                                                 "GovernmentAgency")
    assert fia.aliases == {"FIA"} and fia.country == "Pakistan"
    assert fia.reports == {conference_report().id, signing_report().id}
    assert actors["org/iom"].wikidata == "Q206520"
    assert actors["person/jahangir"].aliases == {"FIA DG"}
    assert actors["person/jahangir"].reports == {conference_report().id}
    assert actors["person/mehta"].type == "Person" and actors["person/mehta"].subtype is None


def test_known_actors_when_reports_disagree_on_a_name(store: Store) -> None:
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    renamed = signing_facts()
    renamed.actors[0] = replace(renamed.actors[0], name="Federal Investigation Agency (Pakistan)")
    store.put_report(replace(renamed, report=replace(renamed.report, source="third.txt")))
    (fia,) = [a for a in store.known_actors() if a.id == "org/fia"]
    assert fia.name == "Federal Investigation Agency"  # two reports against one
    assert fia.aliases == {"FIA", "Federal Investigation Agency (Pakistan)"}
    assert len(fia.reports) == 3


def test_odd_actor_id_round_trips(store: Store) -> None:
    facts = signing_facts()
    odd = 'org/Ministry of "Interior" {MoI}#1 é'
    facts.actors[2] = replace(facts.actors[2], id=odd)
    store.put_report(facts)
    assert odd in {a.id for a in store.known_actors()}


def test_reports(loaded: Store) -> None:
    assert loaded.reports() == [
        {"id": signing_report().id, "source": "https://news.example/mou?id=2",
         "title": "FIA and IOM sign memorandum", "published": date(2024, 3, 5),
         "checksum": signing_report().checksum},
        {"id": conference_report().id, "source": "reports/conference.txt",
         "title": "FIA and IOM hold conference on trafficking", "published": date(2024, 2, 28),
         "checksum": conference_report().checksum},
    ]


def test_query_binds_values_without_pasting_them(loaded: Store) -> None:
    sparql = ("SELECT ?label ?n WHERE { ?a rdfs:label ?n FILTER(LCASE(?n) = LCASE(?label)) }")
    assert loaded.query(sparql, {"label": "sara mehta"}).column("n") == ["Sara Mehta"]
    hostile = '" . } DROP ALL #\n{ ?x ?y ?z }'
    assert loaded.query(sparql, {"label": hostile}).rows == []
    assert loaded.stats()["reports"] == 2
    dated = loaded.query("SELECT ?d ?e WHERE { ?e akg:date ?d }",
                         {"d": date(2024, 3, 5)}).column("e")
    assert dated == [f"{ID_NS}event/mou-2024"]
    by_iri = loaded.query("SELECT ?a ?n WHERE { ?a rdfs:label ?n }",
                          {"a": iri(f"{ID_NS}actor/person/mehta")})
    assert by_iri.rows == [{"a": f"{ID_NS}actor/person/mehta", "n": "Sara Mehta"}]
    offsets = loaded.query("SELECT ?s ?e WHERE { ?e akg:startOffset ?s }", {"s": 0})
    assert len(offsets) == 2  # the opening sentence of each report


def test_query_returns_python_values(loaded: Store) -> None:
    result = loaded.query("SELECT ?d ?o ?r ?missing WHERE { ?r akg:published ?d . "
                          "OPTIONAL { ?r akg:nothing ?missing } "
                          "?ev akg:inReport ?r ; akg:endOffset ?o } ORDER BY ?d ?o LIMIT 1")
    assert result.columns == ["d", "o", "r", "missing"]
    first_sentence_end = len(CONFERENCE_TEXT.split(". ")[0]) + 1
    assert result.rows == [{"d": date(2024, 2, 28), "o": first_sentence_end,
                            "r": report_iri(conference_report()).value, "missing": None}]
    assert loaded.query("ASK { ?s a akg:Report }").rows == [{"result": True}]


def test_invalid_sparql_and_bindings_raise_query_error(loaded: Store) -> None:
    with pytest.raises(QueryError, match="invalid SPARQL"):
        loaded.query("SELECT ?x WHERE { ?x")
    with pytest.raises(QueryError):
        loaded.query("SELECT ?x WHERE { ?x ?p ?o }", {"y": "not projected"})
    with pytest.raises(QueryError, match="cannot bind"):
        loaded.query("SELECT ?x WHERE { ?x ?p ?o }", {"x": object()})  # type: ignore[dict-item]
    with pytest.raises(QueryError):
        loaded.query("SELECT ?x WHERE { ?x ?p ?o }", {"x": iri("not an iri")})


def test_on_disk_store_persists_and_releases_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "store"
    with Store.open(path) as store:
        store.put_report(conference_facts())
        with pytest.raises(StoreError, match="cannot open"):
            Store.open(path)  # locked while open
    with Store.open(path) as again:
        assert again.has_report(conference_report())
        assert len(again) == len(facts_to_quads(conference_facts()))
    with pytest.raises(StoreError, match="closed"):
        again.stats()


def test_open_rejects_what_is_not_a_store(tmp_path: Path) -> None:
    a_file = tmp_path / "facts.json"
    a_file.write_text("{}")
    with pytest.raises(StoreError, match="not a store"):
        Store.open(a_file)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("hello")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        Store.open(tmp_path / "docs")


def test_open_discards_a_staging_graph_left_by_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.put_report(conference_facts())
        staging = pyoxigraph.NamedNode(f"{ID_NS}staging/{conference_report().id}")
        store.inner.extend(pyoxigraph.Quad(q.subject, q.predicate, q.object, staging)
                           for q in facts_to_quads(signing_facts()))
    with Store.open(path) as store:
        assert set(store.quads()) == set(facts_to_quads(conference_facts()))
        assert_union_is_kept(store)


def test_export_formats(loaded: Store) -> None:
    outputs = {}
    for fmt in ("nquads", "trig", "turtle", "jsonld"):
        buffer = io.BytesIO()
        loaded.export(fmt, buffer)
        outputs[fmt] = buffer.getvalue()
    stats = loaded.stats()
    nquads = list(pyoxigraph.parse(outputs["nquads"], pyoxigraph.RdfFormat.N_QUADS))
    assert set(nquads) == set(loaded.quads())
    trig = list(pyoxigraph.parse(outputs["trig"], pyoxigraph.RdfFormat.TRIG))
    assert set(trig) == set(loaded.quads())
    turtle = list(pyoxigraph.parse(outputs["turtle"], pyoxigraph.RdfFormat.TURTLE))
    assert len(turtle) == len(set(turtle)) == stats["triples"]  # one merged graph
    document = json.loads(outputs["jsonld"])
    assert "@context" in document and document["@context"]["akg"].endswith("ontology#")
    jsonld = list(pyoxigraph.parse(outputs["jsonld"], pyoxigraph.RdfFormat.JSON_LD))
    assert set(jsonld) == set(loaded.quads())
    with pytest.raises(StoreError, match="unknown export format"):
        loaded.export("xml", io.BytesIO())
