"""Views over facts written by the graph step itself (kg.graph.store), not by hand.

Pins the agreement between the views' SPARQL and the RDF the project actually writes.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import (
    Actor,
    Collaboration,
    Endorsement,
    Event,
    Evidence,
    Facts,
    Participation,
    Post,
    Report,
)
from kg.network.filters import Filters
from kg.network.views import build_view

store_module = pytest.importorskip("kg.graph.store")


def _facts(source: str, published: date, event_date: date) -> Facts:
    report = Report(text="...", source=source, title=f"Report {source}", published=published)
    ev = Evidence("FIA and IOM organized the workshop.", 0, 35)
    return Facts(
        report=report,
        actors=[Actor("fia", "Federal Investigation Agency", "Organization", "GovernmentAgency",
                      aliases={"FIA"}, country="Pakistan"),
                Actor("iom", "International Organization for Migration", "Organization"),
                Actor("jahangir", "Ahmad Ishaq Jahangir", "Person")],
        posts=[Post("jahangir", "Director General", "fia", ev)],
        events=[Event(f"w-{source}", f"Workshop {source}", "Workshop", "Islamabad", event_date,
                      {"human trafficking"})],
        participations=[Participation("fia", f"w-{source}", "organizer", ev),
                        Participation("iom", f"w-{source}", "organizer", ev),
                        Participation("jahangir", f"w-{source}", "speaker", ev)],
        collaborations=[Collaboration(("fia", "iom"), ev)],
        endorsements=[Endorsement("jahangir", "iom", ev)],
    )


@pytest.fixture(scope="module")
def store():
    s = store_module.Store.open()
    s.put_report(_facts("a.txt", date(2023, 5, 2), date(2023, 5, 1)))
    s.put_report(_facts("b.txt", date(2024, 5, 2), date(2024, 5, 1)))
    yield s
    s.close()


def _iri(store, slug: str) -> str:
    from kg.graph.rdf import actor_iri

    return actor_iri(slug).value


def test_collaboration_from_real_rdf(store):
    G = build_view(store, "collaboration")
    fia, iom = _iri(store, "fia"), _iri(store, "iom")
    # two reports state it, and the two actors co-organized two workshops
    assert G.edges[fia, iom]["weight"] == 4
    assert G.nodes[fia]["label"] == "Federal Investigation Agency"
    assert G.nodes[fia]["subtype"] == "GovernmentAgency"
    assert G.nodes[fia]["reports"] == 2
    assert G.edges[fia, iom]["evidence"] == ["FIA and IOM organized the workshop."]


def test_other_views_from_real_rdf(store):
    jahangir, fia = _iri(store, "jahangir"), _iri(store, "fia")
    assert build_view(store, "affiliation").edges[jahangir, fia]["label"] == "Director General"
    assert build_view(store, "endorsement").edges[jahangir, _iri(store, "iom")]["weight"] == 2
    assert build_view(store, "coparticipation").edges[jahangir, fia]["weight"] == 2
    G = build_view(store, "event-actor")
    events = [n for n, d in G.nodes(data=True) if d["kind"] == "event"]
    assert len(events) == 2 and {G.nodes[e]["type"] for e in events} == {"Workshop"}
    assert {G.edges[jahangir, e]["role"] for e in events} == {"speaker"}


def test_filters_on_real_rdf(store):
    G = build_view(store, "collaboration", Filters(date_from="2024-01-01",
                                                   topic="human trafficking"))
    assert G.edges[_iri(store, "fia"), _iri(store, "iom")]["weight"] == 2
    assert len(build_view(store, "collaboration", Filters(topic="forced labour"))) == 0
