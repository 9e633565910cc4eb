"""Views built from the two-report TriG fixture: nodes, edges, weights and attributes."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.network.views import VIEWS, build_view

ID = "https://w3id.org/akg/id/"


def actor(slug: str) -> str:
    return f"{ID}actor/{slug}"


def test_collaboration_weights_count_reports_and_coorganized_events(source):
    G = build_view(source, "collaboration")
    assert set(G) == {actor("fia"), actor("iom"), actor("ssdo"), actor("unodc")}
    # fia-iom: stated in r1 and r2, and co-organizers of e1
    assert G.edges[actor("fia"), actor("iom")]["weight"] == 3
    # ssdo-unodc: stated in r2, and co-organizers of e2
    assert G.edges[actor("ssdo"), actor("unodc")]["weight"] == 2
    assert G.number_of_edges() == 2
    assert G.graph["view"] == "collaboration"


def test_collaboration_edge_attributes(source):
    edge = build_view(source, "collaboration").edges[actor("fia"), actor("iom")]
    assert sorted(edge["reports"]) == ["FIA and IOM hold workshop",
                                       "SSDO conference on forced labour"]
    assert "FIA works closely with IOM." in edge["evidence"]
    assert "FIA, in collaboration with IOM, organized a workshop." in edge["evidence"]
    assert edge["dates"] == ["2023-05-09", "2023-05-10", "2024-03-01"]


def test_actor_node_attributes(source):
    G = build_view(source, "collaboration")
    fia = G.nodes[actor("fia")]
    assert fia["label"] == "Federal Investigation Agency"
    assert (fia["type"], fia["subtype"], fia["country"]) == ("Organization", "GovernmentAgency",
                                                            "Pakistan")
    assert fia["reports"] == 2
    assert "FIA" in fia["aliases"]
    assert G.nodes[actor("unodc")]["reports"] == 1


def test_affiliation_is_bipartite_with_titles(source):
    G = build_view(source, "affiliation")
    assert {frozenset(e) for e in G.edges} == {frozenset((actor("jahangir"), actor("fia"))),
                                               frozenset((actor("schofer"), actor("usembassy")))}
    assert G.edges[actor("jahangir"), actor("fia")]["label"] == "Director General"
    assert G.nodes[actor("jahangir")]["bipartite"] == 0
    assert G.nodes[actor("fia")]["bipartite"] == 1
    assert G.nodes[actor("jahangir")]["type"] == "Person"


def test_endorsement_is_directed(source):
    G = build_view(source, "endorsement")
    assert isinstance(G, nx.DiGraph)
    assert set(G.edges) == {(actor("jahangir"), actor("iom")), (actor("schofer"), actor("ssdo"))}
    assert G.edges[actor("jahangir"), actor("iom")]["weight"] == 2
    assert not G.has_edge(actor("iom"), actor("jahangir"))


def test_coparticipation_counts_shared_events(source):
    G = build_view(source, "coparticipation")
    # e1 has 3 actors (3 pairs), e2 has 5 (10 pairs); jahangir-iom is in both
    assert G.number_of_edges() == 12
    assert G.edges[actor("jahangir"), actor("iom")]["weight"] == 2
    assert G.edges[actor("fia"), actor("jahangir")]["weight"] == 1
    assert G.edges[actor("schofer"), actor("ssdo")]["weight"] == 1


def test_event_actor_roles(source):
    G = build_view(source, "event-actor")
    e1, e2 = f"{ID}event/e1", f"{ID}event/e2"
    assert G.number_of_edges() == 8
    assert G.nodes[e1]["kind"] == "event"
    assert G.nodes[e1]["type"] == "Workshop"
    assert G.nodes[e1]["label"] == "Workshop on migrant smuggling"
    assert G.nodes[e1]["date"] == "2023-05-09"
    assert G.edges[actor("fia"), e1]["role"] == "organizer"
    assert G.edges[actor("schofer"), e2]["role"] == "speaker"
    assert G.edges[actor("iom"), e2]["role"] == "participant"


def test_unknown_view_names_the_known_ones(source):
    with pytest.raises(ValueError, match="coparticipation"):
        build_view(source, "friendship")


def test_views_table_is_complete():
    assert set(VIEWS) == {"collaboration", "affiliation", "endorsement", "coparticipation",
                          "event-actor"}


def test_empty_source_gives_empty_graphs():
    from kg.network.source import MemorySource

    for name in VIEWS:
        assert build_view(MemorySource(), name).number_of_nodes() == 0


def test_memory_source_and_store_agree(source, memory_source):
    for name in VIEWS:
        a, b = build_view(source, name), build_view(memory_source, name)
        assert set(a.nodes) == set(b.nodes), name
        assert {(u, v, d["weight"]) for u, v, d in a.edges(data=True)} == {
            (u, v, d["weight"]) for u, v, d in b.edges(data=True)}, name
