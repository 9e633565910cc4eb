"""The graph a store holds does not depend on how its reports were cut into ingests, batches
or orders (issue 15): events that a later report links merge in the store, stored reports'
graphs are written again, ids depend on the mentions only. Facts are built by hand (no
spaCy) and go in through the ingest's own write step; stores are compared as N-Quads."""

from __future__ import annotations

import io
import random
from datetime import date
from pathlib import Path

import kg as kg_api
from kg.api import IngestSummary, KnowledgeGraph
from kg.model import Actor, Event, Evidence, Facts, Participation, Report


def _actor(n: int, name: str, kind: str = "Organization") -> Actor:
    return Actor(f"a{n}", name, kind, evidence=[Evidence(f"{name} spoke.", 0, len(name))])  # type: ignore[arg-type]


def _report(source: str, published: date, event: Event, names: list[tuple[str, str, str]]
            ) -> Facts:
    """One report with one event (e1); ``names``: (name, actor type, role) of its actors."""
    event.id = "e1"
    event.evidence = Evidence(f"The {event.name} met.", 0, 10)
    actors = [_actor(i, name, kind) for i, (name, kind, _) in enumerate(names, 1)]
    roles = [Participation(f"a{i}", "e1", role)  # type: ignore[arg-type]
             for i, (_, _, role) in enumerate(names, 1)]
    text = f"{source}: {event.name}"
    return Facts(Report(text=text, source=source, title=event.name, published=published),
                 actors=actors, events=[event], participations=roles)


ORG, PERSON = "Organization", "Person"
SPEAKERS = [("Halima Osei", PERSON, "speaker"), ("Tomas Varga", PERSON, "speaker"),
            ("Iris Quade", PERSON, "participant")]


def family() -> list[Facts]:
    """Three accounts of one summit (3-4 March 2025, Accra) whose third links the others,
    and a next year's edition that stays apart."""
    return [
        _report("/r/title.txt", date(2025, 3, 5), Event(
            "", "Gulf of Guinea Maritime Security Summit", "Summit", place="Accra",
            date=date(2025, 3, 3), start=date(2025, 3, 3), end=date(2025, 3, 4)),
            [("Coastal Guard Network", ORG, "organizer"), SPEAKERS[0]]),
        _report("/r/acronym.txt", date(2025, 3, 4), Event(
            "", "WAPA summit", "Summit", venue="Labadi Beach Hotel", date=date(2025, 3, 4)),
            [("West African Ports Alliance", ORG, "organizer"), *SPEAKERS]),
        _report("/r/link.txt", date(2025, 3, 4), Event(
            "", "Maritime Security Summit", "Summit", place="Accra", date=date(2025, 3, 3)),
            [("Coastal Guard Network", ORG, "organizer"),
             ("West African Ports Alliance", ORG, "organizer"), *SPEAKERS]),
        _report("/r/next.txt", date(2026, 3, 4), Event(
            "", "Gulf of Guinea Maritime Security Summit", "Summit", place="Accra",
            date=date(2026, 3, 2)), [("Coastal Guard Network", ORG, "organizer")]),
    ]


def _nquads(g: KnowledgeGraph) -> list[str]:
    out = io.BytesIO()
    g.export("nquads", out)
    return sorted(line for line in out.getvalue().decode("utf-8").splitlines() if line)


def _ingest(ingests: list[list[list[Facts]]], store: Path | None = None) -> list[str]:
    """Each ingest a list of batches, each ingest in a newly opened graph (on disk when
    ``store`` is given, else one graph in memory for all)."""
    g = kg_api.open(store)
    try:
        for n, batches in enumerate(ingests):
            if store is not None and n:
                g.close()
                g = kg_api.open(store)
            loaded = g.store.checksums()
            known, events = g._known(), g._known_events(loaded)
            for batch in batches:
                g._write(batch, IngestSummary(), None, known, loaded, events)
        return _nquads(g)
    finally:
        g.close()


def test_one_two_and_many_batches_in_any_order_give_the_same_quads():
    reports = family()
    one = _ingest([[reports]])
    events = {line.split()[0] for line in one if "/event/" in line.split()[0]}
    assert len(events) == 2  # the summit and next year's edition
    assert _ingest([[[f] for f in reports]]) == one
    rng = random.Random(7)
    for _ in range(6):
        order = rng.sample(reports, len(reports))
        cut = rng.randrange(1, len(order))
        assert _ingest([[order[:cut], order[cut:]]]) == one
        assert _ingest([[[f]] for f in order]) == one  # one ingest per report


def test_the_link_arriving_last_in_another_ingest_merges_stored_events(tmp_path: Path):
    first, second, link, later = family()
    one = _ingest([[[first, second, link, later]]])
    split = _ingest([[[first, second, later]]], tmp_path / "split")
    assert len({q.split()[0] for q in split if "/event/" in q.split()[0]}) == 3
    assert _ingest([[[first], [second]], [[later]], [[link]]], tmp_path / "store") == one


def test_removing_the_link_splits_the_event_again(tmp_path: Path):
    first, second, link, later = family()
    without = _ingest([[[first, second, later]]])
    store = tmp_path / "store"
    _ingest([[[first, second, link, later]]], store)
    with kg_api.open(store) as g:
        assert g.remove("/r/link.txt")
        assert _nquads(g) == without


def test_a_store_whose_ledger_is_gone_keeps_its_events(tmp_path: Path):
    """A store written before the ledger existed (or bulk-loaded): its events keep their ids
    and a new report still joins them."""
    from kg.graph.event_ledger import LEDGER_NAME

    first, second, link, later = family()
    store = tmp_path / "store"
    before = _ingest([[[first, later]]], store)
    (store / LEDGER_NAME).unlink()
    after = _ingest([[[link]]], store)
    assert set(before) <= set(after)
    ids = {q.split()[0] for q in after if "/event/" in q.split()[0]}
    assert len(ids) == 2  # the link joined the summit
