"""Metrics on small graphs whose answers are known."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.network.metrics import (
    add_metrics,
    brokers,
    compute_metrics,
    metrics_table,
    pagerank,
)


@pytest.fixture
def two_triangles() -> nx.Graph:
    """Two triangles (a, b, c) and (x, y, z) joined by the bridge c - x."""
    G = nx.Graph()
    G.add_edges_from([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z")],
                     weight=1)
    G.add_edge("c", "x", weight=1)
    G.add_edge("a", "b", weight=5)
    return G


def test_degrees(two_triangles):
    m = compute_metrics(two_triangles)
    assert m["c"]["degree"] == 3
    assert m["a"]["weighted_degree"] == 6  # 5 to b, 1 to c
    assert m["y"]["weighted_degree"] == 2


def test_betweenness_of_bridge_nodes(two_triangles):
    m = compute_metrics(two_triangles)
    # c and x each lie on the 9 shortest paths between the triangles' other nodes and the bridge
    assert m["c"]["betweenness"] == pytest.approx(m["x"]["betweenness"])
    assert m["c"]["betweenness"] == pytest.approx(nx.betweenness_centrality(two_triangles)["c"])
    assert m["a"]["betweenness"] == 0


def test_communities_are_the_triangles_and_stable(two_triangles):
    m = compute_metrics(two_triangles)
    assert m["a"]["community"] == m["b"]["community"] == m["c"]["community"]
    assert m["x"]["community"] == m["y"]["community"] == m["z"]["community"]
    assert m["a"]["community"] != m["x"]["community"]
    assert compute_metrics(two_triangles) == m


def test_pagerank_matches_networkx_reference():
    G = nx.DiGraph([(1, 2), (2, 3), (3, 1), (3, 4)])  # 4 is dangling
    G.add_edge(1, 3, weight=3)
    ours = pagerank(G)
    ref = nx.algorithms.link_analysis.pagerank_alg._pagerank_python(G, weight="weight")
    assert ours == pytest.approx(ref, abs=1e-6)
    assert sum(ours.values()) == pytest.approx(1.0)


def test_brokers_are_the_bridge_ends(two_triangles):
    assert set(brokers(two_triangles, k=5)) == {"c", "x"}
    assert len(brokers(two_triangles, k=1)) == 1


def test_add_metrics_sets_attributes(two_triangles):
    add_metrics(two_triangles)
    assert two_triangles.nodes["c"]["degree"] == 3
    assert "pagerank" in two_triangles.nodes["z"]


def test_metrics_table_sorted_by_pagerank(two_triangles):
    nx.set_node_attributes(two_triangles, {"a": "Alpha"}, "label")
    rows = metrics_table(two_triangles)
    assert len(rows) == 6
    ranks = [r["pagerank"] for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert next(r for r in rows if r["id"] == "a")["label"] == "Alpha"


def test_directed_graph_and_empty_graph():
    D = nx.DiGraph([("s", "t"), ("u", "t")])
    m = compute_metrics(D)
    assert m["t"]["pagerank"] > m["s"]["pagerank"]
    assert compute_metrics(nx.Graph()) == {}
    assert brokers(nx.Graph()) == []
