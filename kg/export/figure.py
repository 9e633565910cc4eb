"""A view as a figure for a paper: PNG at print resolution or SVG with its text kept as text.

The figure is the HTML page's drawing (:mod:`kg.export.drawing`) scaled to a page: the same
positions, colours, shapes, radii, widths and wrapped labels, so the labels that did not collide
on screen do not collide on paper. Above the network: the title, the counts, corpus and filters,
and what an edge is; below it: one legend with a column each for colour (type), size and edge
width. Every label is a text element whose SVG ``id`` starts with ``kg-label``.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph(view="endorsement")
>>> G.add_edge("a", "b", report_count=1)
>>> fig = build_figure(G)
>>> [t.get_text() for t in fig.texts][:1]
['Endorsement network']
"""

from __future__ import annotations

import math
import warnings
from pathlib import Path

import matplotlib
import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, Patch, Polygon, RegularPolygon

from kg.export.drawing import Drawing, draw
from kg.export.style import BORDER_COLOR, EDGE_COLOR, FONT_FAMILY, FONT_SIZE
from kg.network.layout import LABEL_GAP

__all__ = ["build_figure", "write_image", "IMAGE_NODES_MAX", "DPI"]

#: Figures keep at most this many nodes, those of highest weighted degree.
IMAGE_NODES_MAX = 400
#: Print resolution of the PNG, lowered only to keep a huge figure under 16,000 pixels a side.
DPI = 300
_MAX_PIXELS = 16000
#: Label sizes in points: the page is as wide as needed for at least the smallest.
_MIN_FONT, _MAX_FONT = 6.5, 9.0
#: Preferred width of the network: a two-column page's text width.
_PAGE_WIDTH = 7.0 * 72
_PAD = 10.0  # points around the figure's parts


def _bounds(d: Drawing) -> tuple[float, float, float, float]:
    boxes = []
    for look in d.nodes.values():
        r = look.radius
        boxes.append((look.x - r, look.y - r, look.x + r, look.y + r))
        boxes.append(look.label_box())
    if not boxes:
        return 0.0, 0.0, 1.0, 1.0
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes))


def _legend_groups(d: Drawing, s: float) -> list[tuple[str, list[Line2D], list[str]]]:
    """The legends (title, handles, labels): colour (type), size and edge width."""
    colours = [Line2D([], [], linestyle="", marker="D" if shape == "diamond" else "o",
                      markersize=9, markerfacecolor=colour, markeredgecolor=BORDER_COLOR,
                      markeredgewidth=0.6) for _, colour, shape in d.legend_names()]
    groups = [("Colour: type", colours, [name for name, _, _ in d.legend_names()])]
    if d.size_legend:
        sizes = [Line2D([], [], linestyle="", marker="o", markersize=2 * radius * s,
                        markerfacecolor="white", markeredgecolor=BORDER_COLOR,
                        markeredgewidth=0.6) for _, radius in d.size_legend]
        groups.append((f"Size: {d.size_meaning}", sizes,
                       [str(int(v)) if float(v).is_integer() else f"{v:.3g}"
                        for v, _ in d.size_legend]))
    if d.width_legend:
        widths = [Line2D([], [], color=EDGE_COLOR, linewidth=w * s) for _, w in d.width_legend]
        groups.append((f"Width: {d.width_meaning}", widths,
                       [str(r) for r, _ in d.width_legend]))
    return groups


def _legends(fig: Figure, d: Drawing, s: float) -> list[matplotlib.legend.Legend]:
    legends = []
    for k, (heading, handles, labels) in enumerate(_legend_groups(d, s)):
        tallest = max((h.get_markersize() for h in handles), default=0.0)
        legend = fig.legend(handles, labels, title=heading, loc="upper left", fontsize=7.5,
                            title_fontsize=7.5, frameon=False, alignment="left",
                            handleheight=max(0.7, tallest / 7.5), borderaxespad=0,
                            ncol=2 if len(labels) > 5 else 1)
        legend.set_gid(f"kg-legend-{k}")
        legends.append(legend)
    return legends


def _draw_network(ax: matplotlib.axes.Axes, d: Drawing, s: float) -> None:
    segments, widths = [], []
    for (u, v), line in d.edges.items():
        a, b = d.nodes[u], d.nodes[v]
        segments.append([(a.x, -a.y), (b.x, -b.y)])
        widths.append(line.width * s)
    ax.add_collection(LineCollection(segments, linewidths=widths, colors=EDGE_COLOR, zorder=1,
                                     capstyle="round"))
    if d.graph.is_directed():
        for u, v in d.edges:
            a, b = d.nodes[u], d.nodes[v]
            length = math.hypot(b.x - a.x, b.y - a.y) or 1.0
            ux, uy = (b.x - a.x) / length, (b.y - a.y) / length
            tip = (b.x - ux * b.radius, b.y - uy * b.radius)
            back = (tip[0] - ux * 10, tip[1] - uy * 10)
            wing = (-uy * 4.5, ux * 4.5)
            ax.add_patch(Polygon([(tip[0], -tip[1]), (back[0] + wing[0], -back[1] - wing[1]),
                                  (back[0] - wing[0], -back[1] + wing[1])],
                                 closed=True, color=EDGE_COLOR, zorder=1.5))
    for k, look in enumerate(d.nodes.values()):
        patch: Patch = (RegularPolygon((look.x, -look.y), 4, radius=look.radius)
                        if look.shape == "diamond" else Circle((look.x, -look.y), look.radius))
        patch.set(facecolor=look.color, edgecolor=BORDER_COLOR, linewidth=0.6, zorder=2)
        ax.add_patch(patch)
        text = ax.text(look.x, -(look.y + look.radius + LABEL_GAP + 1), "\n".join(look.lines),
                       ha="center", va="top", fontsize=look.font_size * s, linespacing=1.15,
                       family=FONT_FAMILY, color="#1a1a1a", zorder=3)
        text.set_gid(f"kg-label-{k}")


def build_figure(G: nx.Graph, size_by: str = "degree", title: str | None = None) -> Figure:
    """The figure of ``G`` (not yet saved): title block, network, legend."""
    note = ""
    if len(G) > IMAGE_NODES_MAX:
        strength = dict(G.degree(weight="weight"))
        keep = sorted(G, key=lambda n: (-strength[n], str(n)))[:IMAGE_NODES_MAX]
        note = f"the {IMAGE_NODES_MAX} nodes of highest weighted degree out of {len(G)}"
        warnings.warn(f"Drawing {note}; filter the view to draw others.", stacklevel=3)
        G = G.subgraph(keep).copy()
    d = draw(G, size_by, title)
    left, top, right, bottom = _bounds(d)
    span_w, span_h = right - left, bottom - top
    s = max(_MIN_FONT / FONT_SIZE, min(_PAGE_WIDTH / span_w, _MAX_FONT / FONT_SIZE))
    net_w, net_h = span_w * s, span_h * s
    subtitle = d.caption.subtitle + (f" ({note})" if note else "")
    with matplotlib.rc_context({"font.family": FONT_FAMILY}):
        fig = Figure()
        canvas = FigureCanvasAgg(fig)  # the Agg canvas, without touching pyplot's backend
        legends = _legends(fig, d, s)
        fig.set_size_inches(10, 10)
        renderer = canvas.get_renderer()
        boxes = [lg.get_window_extent(renderer) for lg in legends]
        sizes = [(b.width * 72 / fig.dpi, b.height * 72 / fig.dpi) for b in boxes]
        legend_w = sum(w for w, _ in sizes) + 2 * _PAD * max(len(sizes) - 1, 0)
        legend_h = max((h for _, h in sizes), default=0.0)
        head_h = 46.0
        width = max(net_w, legend_w, 360.0) + 2 * _PAD
        height = head_h + net_h + legend_h + 3 * _PAD
        fig.set_size_inches(width / 72, height / 72)
        fig.text(_PAD / width, 1 - _PAD / height, d.caption.title, fontsize=11,
                 fontweight="bold", va="top", gid="kg-title")
        fig.text(_PAD / width, 1 - (_PAD + 17) / height, subtitle, fontsize=7.5, va="top",
                 color="#333333", gid="kg-subtitle", wrap=False)
        fig.text(_PAD / width, 1 - (_PAD + 29) / height, d.caption.edges, fontsize=7.5,
                 va="top", color="#333333", gid="kg-edges")
        ax = fig.add_axes(((width - net_w) / 2 / width, (legend_h + 2 * _PAD) / height,
                           net_w / width, net_h / height))
        ax.set_axis_off()
        ax.set_xlim(left, right)
        ax.set_ylim(-bottom, -top)
        _draw_network(ax, d, s)
        x = _PAD
        for legend, (w, _) in zip(legends, sizes, strict=True):
            legend.set_bbox_to_anchor((x / width, (legend_h + _PAD) / height), fig.transFigure)
            x += w + 2 * _PAD
    return fig


def write_image(G: nx.Graph, path: str | Path, size_by: str = "degree",
                title: str | None = None) -> Path:
    """Write the figure of ``G`` as PNG (300 dpi) or SVG (text as ``<text>``), by extension.

    Above :data:`IMAGE_NODES_MAX` nodes only the strongest are drawn, with a warning and a
    note under the title.
    """
    path = Path(path)
    fig = build_figure(G, size_by, title)
    fmt = path.suffix.lstrip(".").lower()
    width_in = fig.get_size_inches().max()
    dpi = min(DPI, _MAX_PIXELS / width_in)
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": FONT_FAMILY}):
        fig.savefig(path, format=fmt, dpi=dpi, metadata=None if fmt != "png" else {
            "Title": fig.texts[0].get_text() if fig.texts else ""})
    return path
