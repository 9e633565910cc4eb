"""Filters on views of the two-report fixture: dates, topic, type, country, weight, ego."""

from __future__ import annotations

from datetime import date

import pytest

from kg.network.filters import Filters, apply_filters
from kg.network.views import build_view

ID = "https://w3id.org/akg/id/"


def actor(slug: str) -> str:
    return f"{ID}actor/{slug}"


def pairs(G) -> set[frozenset[str]]:
    return {frozenset(e) for e in G.edges}


def test_date_from_drops_old_supports_and_recomputes_weight(source):
    G = build_view(source, "collaboration", Filters(date_from=date(2024, 1, 1)))
    assert G.edges[actor("fia"), actor("iom")]["weight"] == 1
    assert G.edges[actor("fia"), actor("iom")]["reports"] == ["SSDO conference on forced labour"]
    assert G.edges[actor("ssdo"), actor("unodc")]["weight"] == 2


def test_date_to_removes_edges_and_isolated_actors(source):
    G = build_view(source, "collaboration", Filters(date_to="2023-12-31"))
    assert set(G) == {actor("fia"), actor("iom")}
    assert G.edges[actor("fia"), actor("iom")]["weight"] == 2  # r1 and e1


def test_date_range_uses_event_dates(source):
    # e2 is on 2024-02-28, its report published 2024-03-01: only the event support is inside
    G = build_view(source, "collaboration", Filters(date_from="2024-02-01", date_to="2024-02-29"))
    assert pairs(G) == {frozenset((actor("ssdo"), actor("unodc")))}
    assert G.edges[actor("ssdo"), actor("unodc")]["weight"] == 1


def test_topic_by_label_or_slug(source):
    for topic in ("Forced labour", "forced-labour", f"{ID}topic/forced-labour"):
        G = build_view(source, "coparticipation", Filters(topic=topic))
        assert actor("ssdo") in G and actor("fia") not in G, topic


def test_actor_type_and_subtype(source):
    G = build_view(source, "coparticipation", Filters(actor_type="Person"))
    assert pairs(G) == {frozenset((actor("jahangir"), actor("schofer")))}
    G = build_view(source, "coparticipation", Filters(actor_type="InternationalOrganization"))
    assert set(G) == {actor("iom"), actor("unodc")}


def test_country(source):
    G = build_view(source, "coparticipation", Filters(country="pakistan"))
    assert set(G) == {actor("fia"), actor("jahangir")}


def test_min_weight(source):
    G = build_view(source, "coparticipation", Filters(min_weight=2))
    assert pairs(G) == {frozenset((actor("jahangir"), actor("iom")))}


@pytest.mark.parametrize("ego", ["FIA", "federal investigation agency", actor("fia")])
def test_ego_by_alias_name_or_iri(source, ego):
    G = build_view(source, "coparticipation", Filters(ego=ego))
    assert set(G) == {actor("fia"), actor("iom"), actor("jahangir")}


def test_ego_depth_two(source):
    G = build_view(source, "coparticipation", Filters(ego="FIA", depth=2))
    assert len(G) == 6


def test_ego_on_directed_view_follows_both_directions(source):
    G = build_view(source, "endorsement", Filters(ego="IOM"))
    assert set(G) == {actor("iom"), actor("jahangir")}


def test_unknown_ego_is_an_error(source):
    with pytest.raises(ValueError, match="Nobody"):
        build_view(source, "coparticipation", Filters(ego="Nobody"))


def test_ego_filtered_out_gives_empty_graph(source):
    G = build_view(source, "coparticipation", Filters(ego="FIA", actor_type="Person"))
    assert len(G) == 0


def test_filters_leave_the_input_graph_alone(source):
    G = build_view(source, "collaboration")
    H = apply_filters(G, Filters(date_from="2024-01-01"))
    assert G.edges[actor("fia"), actor("iom")]["weight"] == 3
    assert H.edges[actor("fia"), actor("iom")]["weight"] == 1
    assert H.graph["filters"] == "date_from=2024-01-01"


def test_no_filters_is_identity(source):
    G = build_view(source, "collaboration")
    H = apply_filters(G, Filters())
    assert pairs(H) == pairs(G)


def test_bad_date_is_an_error(source):
    with pytest.raises(ValueError):
        build_view(source, "collaboration", Filters(date_from="last year"))
