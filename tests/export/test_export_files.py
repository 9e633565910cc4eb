"""Every network file format written and read back with nodes, edges and attributes."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest

from kg.export.figure import build_figure
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
    import kg.export.figure as figure

    monkeypatch.setattr(figure, "IMAGE_NODES_MAX", 5)
    G = nx.star_graph(20)
    with pytest.warns(UserWarning, match="Drawing the 5 nodes"):
        path = write_image(G, tmp_path / "big.svg")
    assert "out of 21" in path.read_text(encoding="utf-8")


def test_graphml_carries_look_and_time(network, tmp_path):
    H = nx.read_graphml(write_network(network, tmp_path / "g.graphml"))
    fia = H.nodes[FIA]
    assert fia["color"] == "#332288" and fia["category"] == "GovernmentAgency"
    assert fia["size"] > 0 and isinstance(fia["x"], float) and isinstance(fia["y"], float)
    assert (fia["start"], fia["end"]) == ("2024-02-28", "2024-02-28")
    edge = H.edges[FIA, IOM]
    assert edge["width"] == 3.5 and edge["report_count"] == 2  # two report titles
    assert H.graph["title"] == "Collaboration network"
    assert H.graph["width_meaning"] == "reports that state the tie"


def _label_boxes(fig):
    renderer = fig.canvas.get_renderer()
    labels = [t for ax in fig.axes for t in ax.texts if (t.get_gid() or "").startswith("kg-label")]
    return [t.get_window_extent(renderer) for t in labels], fig.bbox


def test_png_is_print_resolution_with_title_and_legend(network, tmp_path):
    Image = pytest.importorskip("PIL.Image")
    path = write_image(network, tmp_path / "g.png")
    with Image.open(path) as image:
        assert round(image.info["dpi"][0]) == 300
        assert image.width >= 1500  # a page's width at 300 dpi
    fig = build_figure(network)
    texts = [t.get_text() for t in fig.texts]
    assert texts[0] == "Collaboration network" and "3 actors, 2 ties" in texts[1]
    legends = [lg.get_title().get_text() for lg in fig.legends]
    assert legends == ["Colour: type", "Size: ties (degree)", "Width: reports that state the tie"]


def test_figure_labels_inside_and_apart(tmp_path):
    from kg.network import build_view
    from kg.network.source import MemorySource

    demo = MemorySource.from_trig((Path(__file__).parent / "fixtures" / "demo.trig").read_text(
        encoding="utf-8"))
    for view in ("coparticipation", "event-actor"):
        G = build_view(demo, view)
        boxes, page = _label_boxes(build_figure(G))
        assert len(boxes) == len(G)
        for box in boxes:
            assert page.x0 <= box.x0 and box.x1 <= page.x1 and page.y0 <= box.y0 and \
                box.y1 <= page.y1
        assert [(i, j) for i, j in combinations(range(len(boxes)), 2)
                if boxes[i].overlaps(boxes[j])] == []


def test_svg_keeps_text_as_text(network, tmp_path):
    svg = write_image(network, tmp_path / "g.svg").read_text(encoding="utf-8")
    assert "<text" in svg and "Federal Investigation" in svg and "Collaboration network" in svg
    assert 'id="kg-label-0"' in svg
    assert "DejaVuSans-" not in svg  # no glyphs turned into paths
