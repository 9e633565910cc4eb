"""The layout's two rules: no edge over a node it does not touch, no overlapping footprints."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

import kg.network.layout as layout_module
from kg.network.layout import LAYOUT_MAX, Footprint, check, label_box, layout


def _shapes(G: nx.Graph, width: float = 120.0) -> dict:
    return {n: Footprint(radius=8 + 2 * G.degree(n), label=(width, 20.5)) for n in G}


def test_a_node_on_an_edge_it_does_not_touch_is_moved_off(monkeypatch):
    # the reported case: one tie drawn straight through a third actor's node
    G = nx.Graph([("police", "unicef"), ("fia", "iom")])
    start = {"police": (-200.0, 0.0), "fia": (0.0, 0.0), "unicef": (200.0, 0.0),
             "iom": (0.0, 200.0)}
    monkeypatch.setattr(layout_module, "_start", lambda G, nodes, *a: np.array(
        [start[n] for n in nodes]))
    shapes = _shapes(G, width=60.0)
    assert check(G, start, shapes)  # the start breaks the rule ...
    pos = layout(G, shapes)
    assert check(G, pos, shapes) == []  # ... the repair mends it


def test_all_nodes_stacked_on_one_point_are_spread(monkeypatch):
    G = nx.star_graph(12)
    monkeypatch.setattr(layout_module, "_start", lambda G, nodes, *a: np.zeros((len(nodes), 2)))
    shapes = _shapes(G)
    assert check(G, layout(G, shapes), shapes) == []


@pytest.mark.parametrize("graph", [nx.karate_club_graph(), nx.les_miserables_graph(),
                                   nx.barabasi_albert_graph(120, 2, seed=5)])
def test_rules_hold_on_graphs_of_researchers_sizes(graph):
    shapes = _shapes(graph)
    widths = {e: 1.5 + (i % 3) * 2.0 for i, e in enumerate(graph.edges())}
    pos = layout(graph, shapes, widths)
    assert check(graph, pos, shapes, widths) == []
    assert layout(graph, shapes, widths) == pos  # the same graph, the same picture


def test_label_box_sits_under_its_node():
    left, top, right, bottom = label_box(10.0, 20.0, Footprint(5.0, (40.0, 16.0)))
    assert (left, right) == (-10.0, 30.0) and top > 25.0 and bottom - top == 16.0


def test_too_many_nodes_is_refused():
    G = nx.empty_graph(LAYOUT_MAX + 1)
    with pytest.raises(ValueError, match=str(LAYOUT_MAX)):
        layout(G, {n: Footprint(5.0) for n in G})
