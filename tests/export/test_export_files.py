"""Every network file format written and read back with nodes, edges and attributes."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.export.files import WRITERS, scalar_attributes, write_image, write_json, write_network

FIA = "https://w3id.org/akg/id/actor/fia"
IOM = "https://w3id.org/akg/id/actor/iom"


def _check_scalar_roundtrip(H: nx.Graph, G: nx.Graph) -> None:
    assert set(H.nodes) == set(G.nodes)
    assert {frozenset(e) for e in H.edges} == {frozenset(e) for e in G.edges}
    assert H.nodes[FIA]["label"] == "Federal Investigation Agency"
    assert H.nodes[FIA]["subtype"] == "GovernmentAgency"
    assert H.nodes[FIA]["reports"] == 2
    assert json.loads(H.nodes[FIA]["aliases"]) == ["FIA"]
    assert H.nodes[IOM]["country"] == ""
    edge = H.edges[FIA, IOM]
    assert float(edge["weight"]) == 2
    assert json.loads(edge["reports"]) == ["Workshop report", "Conference report"]
    assert json.loads(edge["supports"])[0]["key"] == "r1"


def test_gexf_roundtrip(network, tmp_path):
    path = write_network(network, tmp_path / "g.gexf")
    _check_scalar_roundtrip(nx.read_gexf(path), network)


def test_graphml_roundtrip(network, tmp_path):
    path = write_network(network, tmp_path / "g.graphml")
    H = nx.read_graphml(path)
    _check_scalar_roundtrip(H, network)
    assert H.graph["view"] == "collaboration"


def test_graphml_keeps_direction(tmp_path):
    D = nx.DiGraph()
    D.add_edge("s", "t", weight=1, reports=["R"])
    H = nx.read_graphml(write_network(D, tmp_path / "d.graphml"))
    assert H.is_directed() and list(H.edges) == [("s", "t")]


def test_json_roundtrip_keeps_lists(network, tmp_path):
    path = write_json(network, tmp_path / "g.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    H = nx.node_link_graph(data, edges="edges")
    assert set(H.nodes) == set(network.nodes)
    assert H.edges[FIA, IOM]["reports"] == ["Workshop report", "Conference report"]
    assert H.nodes["https://w3id.org/akg/id/actor/evil"]["aliases"] == ["x"]  # a set, sorted
    assert H.graph["view"] == "collaboration"


def test_mixed_types_in_one_attribute_become_text():
    G = nx.Graph()
    G.add_node("a", code=1)
    G.add_node("b", code="x")
    G.add_node("c", score=1, flag=True)
    G.add_node("d", score=2.5, flag=False)
    H = scalar_attributes(G)
    assert (H.nodes["a"]["code"], H.nodes["b"]["code"]) == ("1", "x")
    assert (H.nodes["c"]["score"], H.nodes["d"]["score"]) == (1, 2.5)  # numbers stay numbers
    assert H.nodes["c"]["flag"] is True
    assert G.nodes["a"]["code"] == 1  # the input is left alone


@pytest.mark.parametrize("suffix,magic", [(".png", b"\x89PNG"), (".svg", b"<svg")])
def test_images(network, tmp_path, suffix, magic):
    path = write_network(network, tmp_path / f"g{suffix}", title="Test")
    data = path.read_bytes()
    assert magic in data[:400]
    assert len(data) > 1000


def test_image_of_empty_graph(tmp_path):
    assert write_image(nx.Graph(), tmp_path / "e.png").stat().st_size > 0


def test_unknown_extension_names_supported_ones(network, tmp_path):
    with pytest.raises(ValueError) as info:
        write_network(network, tmp_path / "g.dot")
    for suffix in WRITERS:
        assert suffix in str(info.value)
    assert set(WRITERS) == {".html", ".gexf", ".graphml", ".json", ".png", ".svg"}


def test_html_through_write_network(network, tmp_path):
    path = write_network(network, tmp_path / "g.HTML", size_by="weighted_degree")
    assert "vis.Network" in path.read_text(encoding="utf-8")


def test_big_image_draws_the_strongest_nodes(tmp_path, monkeypatch):
    import kg.export.files as files

    monkeypatch.setattr(files, "IMAGE_NODES_MAX", 5)
    G = nx.star_graph(20)
    with pytest.warns(UserWarning, match="Drawing the 5 nodes"):
        path = write_image(G, tmp_path / "big.svg")
    assert "out of 21" in path.read_text(encoding="utf-8")
