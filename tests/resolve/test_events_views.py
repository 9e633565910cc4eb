"""A gathering merged across reports is one node of the network views, linked to the actors
of every report that names it, and one event of the named queries."""

from __future__ import annotations

from kg.graph import Store
from kg.network import build_view
from kg.query import run_query
from kg.resolve import resolve

from .sample import NO_REGISTRY
from .test_events import water_family


def _store() -> Store:
    store = Store.open(None)
    for facts in resolve(water_family(), registry=NO_REGISTRY).facts:
        store.put_report(facts)
    return store


def test_event_actor_view_has_one_node_for_the_merged_event():
    G = build_view(_store(), "event-actor")
    events = [n for n, d in G.nodes(data=True) if d["kind"] == "event"]
    assert len(events) == 1
    neighbours = {G.nodes[n].get("label") for n in G.neighbors(events[0])}
    assert {"Nile Basin Trust", "Amara Okello"} <= neighbours


def test_events_query_gives_one_row_with_every_report():
    result = run_query(_store(), "events", {})
    assert len(result.rows) == 1
    row = result.rows[0]
    assert row["event"] == "Lakeshore Water Security Conference"
    assert row["reports"] == 4
    assert str(row["end"]) == "2025-04-10"
    profile = run_query(_store(), "event-profile", {"name": "NBT water conference"})
    assert sum(1 for r in profile.rows if r["relation"] == "report") == 4
    assert {r["other"] for r in profile.rows if r["relation"] == "venue"} == {
        "Speke Resort Hotel"}
