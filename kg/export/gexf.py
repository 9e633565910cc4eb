"""GEXF 1.3 for Gephi: the view's look (colour, size, shape, position, edge thickness) and its
time (spells), so Gephi opens the same picture and its timeline plays the network.

Written here rather than by ``networkx.write_gexf``, whose 1.3 output declares a wrong XML
Schema instance namespace and a ``timeformat`` the 1.3 schema does not allow, and gives every
position a ``z="None"``.

Time: every dated support of an edge (a report or an event, with its date) becomes a spell of
that day, ``start == end``; a node lives on the days of its edges (and an event on its own
date). The graph carries ``start`` and ``end`` of the whole range, ``timeformat="date"``, so
Gephi's timeline spans the corpus and shows a tie in any window that holds a day it was
stated. Undated elements have no spell: Gephi shows them at every time.

Positions are the drawing's, with y turned upwards as Gephi has it; sizes are radii and
thicknesses line widths, in the HTML page's pixels.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Iterable
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import networkx as nx

from kg.export.colour import to_rgb
from kg.export.drawing import Drawing, draw

__all__ = ["write_gexf", "NS", "VIZ", "node_days", "edge_days"]

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
#: Node and edge attributes written as GEXF attributes, with their GEXF types; lists and sets
#: are written as JSON text (GEXF's own list types have no agreed escaping).
NODE_ATTRIBUTES = {"kind": "string", "type": "string", "subtype": "string",
                   "category": "string", "country": "string", "reports": "integer",
                   "date": "string", "place": "string", "aliases": "string", "topics": "string"}
EDGE_ATTRIBUTES = {"report_count": "integer", "role": "string", "titles": "string",
                   "reports": "string", "evidence": "string", "dates": "string"}


def _days(values: Iterable[Any]) -> list[str]:
    """The valid ISO days among ``values`` (a date-time keeps its day), sorted, once each."""
    out = set()
    for value in values:
        text = str(value or "")[:10]
        try:
            out.add(date.fromisoformat(text).isoformat())
        except ValueError:
            continue
    return sorted(out)


def edge_days(data: dict[str, Any]) -> list[str]:
    """The days an edge was stated: its supports' dates, else its ``dates``.

    >>> edge_days({"supports": [{"date": "2024-03-11"}, {"date": ""}], "dates": ["2020-01-01"]})
    ['2024-03-11']
    """
    supports = data.get("supports") or []
    return _days([s.get("date") for s in supports] if supports else data.get("dates", []))


def node_days(G: nx.Graph, node: Hashable) -> list[str]:
    """The days a node is in the network: its edges' days and, for an event, its date."""
    edges = list(G.in_edges(node, data=True)) + list(G.out_edges(node, data=True)) \
        if G.is_directed() else list(G.edges(node, data=True))
    own = [G.nodes[node].get("date")] if G.nodes[node].get("kind") == "event" else []
    return _days(own + [d for *_, data in edges for d in edge_days(data)])


def _text(value: Any) -> str:
    if isinstance(value, set | frozenset | list | tuple):
        return json.dumps(sorted(value) if isinstance(value, set | frozenset) else list(value),
                          ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def _declare(graph: ET.Element, cls: str, attributes: dict[str, str]) -> None:
    block = ET.SubElement(graph, f"{{{NS}}}attributes", {"class": cls, "mode": "static"})
    for name, kind in attributes.items():
        ET.SubElement(block, f"{{{NS}}}attribute", {"id": name, "title": name, "type": kind})


def _values(element: ET.Element, data: dict[str, Any], attributes: dict[str, str]) -> None:
    values = ET.SubElement(element, f"{{{NS}}}attvalues")
    for name, kind in attributes.items():
        if data.get(name) in (None, "", [], set()):
            continue
        value = str(int(data[name])) if kind == "integer" else _text(data[name])
        ET.SubElement(values, f"{{{NS}}}attvalue", {"for": name, "value": value})


def _spells(element: ET.Element, days: list[str]) -> None:
    if days:
        spells = ET.SubElement(element, f"{{{NS}}}spells")
        for day in days:
            ET.SubElement(spells, f"{{{NS}}}spell", {"start": day, "end": day})


def _color(element: ET.Element, hex_colour: str, alpha: float = 1.0) -> None:
    r, g, b = (round(c * 255) for c in to_rgb(hex_colour))
    ET.SubElement(element, f"{{{VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b),
                                                "a": f"{alpha:g}"})


def _document(G: nx.Graph, d: Drawing) -> ET.Element:
    # no xsi:schemaLocation: the normative RELAX NG grammar of GEXF 1.3 allows no attribute
    # outside its own on <gexf>
    root = ET.Element(f"{{{NS}}}gexf", {"version": "1.3"})
    meta = ET.SubElement(root, f"{{{NS}}}meta", {"lastmodifieddate": date.today().isoformat()})
    ET.SubElement(meta, f"{{{NS}}}creator").text = "kg (actors-and-commitments knowledge graph)"
    ET.SubElement(meta, f"{{{NS}}}description").text = (
        f"{d.caption.title}: {d.caption.subtitle}; {d.caption.edges}; node size: "
        f"{d.size_meaning}; edge thickness: {d.width_meaning}")
    days = {n: node_days(G, n) for n in G}
    every = sorted({day for ds in days.values() for day in ds})
    graph_attrs = {"defaultedgetype": "directed" if G.is_directed() else "undirected",
                   "mode": "dynamic" if every else "static"}
    if every:
        graph_attrs.update(timeformat="date", timerepresentation="interval", start=every[0],
                           end=every[-1])
    graph = ET.SubElement(root, f"{{{NS}}}graph", graph_attrs)
    _declare(graph, "node", NODE_ATTRIBUTES)
    _declare(graph, "edge", EDGE_ATTRIBUTES)
    nodes = ET.SubElement(graph, f"{{{NS}}}nodes", {"count": str(len(G))})
    for n, data in G.nodes(data=True):
        look = d.nodes[n]
        node = ET.SubElement(nodes, f"{{{NS}}}node", {"id": str(n),
                                                      "label": str(data.get("label", n))})
        _values(node, {**data, "category": look.category}, NODE_ATTRIBUTES)
        _spells(node, days[n])
        _color(node, look.color)
        if d.laid_out:
            ET.SubElement(node, f"{{{VIZ}}}position", {"x": f"{look.x:g}", "y": f"{-look.y:g}",
                                                       "z": "0"})
        ET.SubElement(node, f"{{{VIZ}}}size", {"value": f"{look.radius:g}"})
        ET.SubElement(node, f"{{{VIZ}}}shape", {"value": "diamond" if look.shape == "diamond"
                                                else "disc"})
    edges = ET.SubElement(graph, f"{{{NS}}}edges", {"count": str(G.number_of_edges())})
    for k, (u, v, data) in enumerate(G.edges(data=True)):
        line = d.edges[(u, v)]
        attrs = {"id": str(k), "source": str(u), "target": str(v),
                 "weight": f"{float(data.get('weight', 1) or 1):g}"}
        if data.get("label"):
            attrs["label"] = str(data["label"])
        edge = ET.SubElement(edges, f"{{{NS}}}edge", attrs)
        _values(edge, {**data, "report_count": line.reports}, EDGE_ATTRIBUTES)
        _spells(edge, edge_days(data))
        _color(edge, "#7a7a7a", 0.9)
        ET.SubElement(edge, f"{{{VIZ}}}thickness", {"value": f"{line.width:g}"})
    return root


def write_gexf(G: nx.Graph, path: str | Path, size_by: str = "degree",
               title: str | None = None, drawing: Drawing | None = None) -> Path:
    """Write ``G`` as GEXF 1.3 with the drawing's look and the spells above."""
    ET.register_namespace("", NS)
    ET.register_namespace("viz", VIZ)
    root = _document(G, drawing or draw(G, size_by, title))
    tree = ET.ElementTree(root)
    ET.indent(tree, space=" ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return Path(path)
