"""One drawing of a view, shared by every export: what each node and edge looks like, where it
is, and the caption and legend that say what the picture shows.

:func:`draw` decides it all once (colours, shapes, radii, wrapped labels and their measured
boxes, edge widths, positions from :mod:`kg.network.layout`), so the HTML page, the PNG/SVG
figure and the GEXF/GraphML files of a view show the same picture.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph(view="collaboration", corpus_reports=3)
>>> G.add_node("a", label="Agency A", kind="actor", type="Organization",
...            subtype="GovernmentAgency")
>>> G.add_node("b", label="Agency B", kind="actor", type="Organization")
>>> G.add_edge("a", "b", report_count=2)
>>> d = draw(G)
>>> d.caption.title, d.nodes["a"].color, d.edges[("a", "b")].width
('Collaboration network', '#332288', 3.5)
>>> d.problems()
[]
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field

import networkx as nx

from kg.export.style import (
    FONT_SIZE,
    LEGEND_NAMES,
    category,
    color_of,
    edge_width,
    metric_values,
    node_sizes,
    shape_of,
    text_size,
    wrap_label,
)
from kg.network.caption import EDGE_WIDTH_MEANING, Caption, caption
from kg.network.layout import LAYOUT_MAX, Footprint, check, label_box, layout

__all__ = ["Drawing", "NodeLook", "EdgeLook", "draw", "SIZE_MEANING"]

#: What node size means, by ``size_by``.
SIZE_MEANING = {"degree": "ties (degree)", "weighted_degree": "evidence (weighted degree)",
                "betweenness": "betweenness", "pagerank": "PageRank"}
#: Event labels are drawn a little larger: they are long and name the occasion.
EVENT_FONT_SIZE = FONT_SIZE + 1


@dataclass
class NodeLook:
    """A node as drawn: label lines, legend entry, colour, shape, radius, font size, the
    label's measured (width, height) and the centre (x, y) in pixels, y downwards."""

    lines: list[str]
    category: str
    color: str
    shape: str
    radius: float
    font_size: float
    label_size: tuple[float, float]
    x: float = 0.0
    y: float = 0.0

    @property
    def footprint(self) -> Footprint:
        return Footprint(self.radius, self.label_size)

    def label_box(self) -> tuple[float, float, float, float]:
        return label_box(self.x, self.y, self.footprint)


@dataclass
class EdgeLook:
    """An edge as drawn: how many reports state it and its width."""

    reports: int
    width: float


@dataclass
class Drawing:
    """A view ready to draw: its graph, looks by node and edge, caption and legend."""

    graph: nx.Graph
    nodes: dict[Hashable, NodeLook]
    edges: dict[tuple[Hashable, Hashable], EdgeLook]
    caption: Caption
    size_meaning: str
    size_legend: list[tuple[float, float]]  # (value, radius), smallest and largest
    width_legend: list[tuple[int, float]]  # (reports, width)
    categories: list[str] = field(default_factory=list)  # legend entries, in palette order
    laid_out: bool = False  # positions computed and checked by kg.network.layout

    @property
    def width_meaning(self) -> str:
        return EDGE_WIDTH_MEANING

    def legend_names(self) -> list[tuple[str, str, str]]:
        """(name shown, colour, shape) of each legend entry."""
        return [(LEGEND_NAMES.get(c, c), color_of(c), shape_of(c)) for c in self.categories]

    def problems(self) -> list[str]:
        """What breaks the layout rules (see :func:`kg.network.layout.check`)."""
        if not self.laid_out:
            return ["not laid out"]
        pos = {n: (look.x, look.y) for n, look in self.nodes.items()}
        shapes = {n: look.footprint for n, look in self.nodes.items()}
        widths = {e: look.width for e, look in self.edges.items()}
        return check(self.graph, pos, shapes, widths)


def _reports(data: dict) -> int:
    if "report_count" in data:
        return int(data["report_count"])
    return len(data.get("reports", [])) or 1


def draw(G: nx.Graph, size_by: str = "degree", title: str | None = None,
         seed: int = 7) -> Drawing:
    """Decide how ``G`` is drawn; positions are computed for up to
    :data:`kg.network.layout.LAYOUT_MAX` nodes (``laid_out`` says whether they were)."""
    radii = node_sizes(G, size_by)
    values = metric_values(G, size_by) if len(G) else {}
    nodes: dict[Hashable, NodeLook] = {}
    for n, data in G.nodes(data=True):
        cat = category(data)
        lines = wrap_label(str(data.get("label", n)))
        size = EVENT_FONT_SIZE if cat == "Event" else FONT_SIZE
        nodes[n] = NodeLook(lines, cat, color_of(cat), shape_of(cat), round(radii[n], 1), size,
                            text_size(lines, size))
    edges = {}
    for u, v, data in G.edges(data=True):
        count = _reports(data)
        edges[(u, v)] = EdgeLook(count, edge_width(count))
    order = list(LEGEND_NAMES)
    cats = sorted({look.category for look in nodes.values()}, key=order.index)
    size_legend = []
    if values:
        low, high = min(values, key=lambda n: (values[n], str(n))), max(
            values, key=lambda n: (values[n], str(n)))
        size_legend = sorted({(round(values[low], 3), nodes[low].radius),
                              (round(values[high], 3), nodes[high].radius)})
    counts = sorted({e.reports for e in edges.values()})
    shown = sorted({counts[0], counts[-1]} | ({counts[len(counts) // 2]} if counts else set())
                   ) if counts else []
    drawing = Drawing(G, nodes, edges, caption(G, title),
                      SIZE_MEANING.get(size_by, size_by.replace("_", " ")), size_legend,
                      [(c, edge_width(c)) for c in shown], cats)
    if 0 < len(G) <= LAYOUT_MAX:
        pos = layout(G, {n: look.footprint for n, look in nodes.items()},
                     {e: look.width for e, look in edges.items()}, seed=seed)
        for n, (x, y) in pos.items():
            nodes[n].x, nodes[n].y = x, y
        drawing.laid_out = True
    return drawing
