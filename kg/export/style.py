"""How nodes and edges look in every export: colour per actor type, shape, size, edge width,
labels and their measured size.

One place for all of it, so the HTML page, the PNG/SVG figure and the GEXF/GraphML files of a
view agree. The colours are Paul Tol's *muted* scheme (nine colours made for categorical data and
readers with colour-vision deficiencies), one per actor type, with pale grey for events (drawn
as diamonds as well) and black for an actor of no known type; ``kg.export.colour`` measures how
far apart they are (CIEDE2000, also as seen with protanopia, deuteranopia and tritanopia).
"""

from __future__ import annotations

import textwrap
from collections.abc import Hashable
from functools import lru_cache
from typing import Any

import networkx as nx

from kg.errors import BadValue, did_you_mean
from kg.model import EVENT_TYPES

__all__ = ["COLORS", "category", "color_of", "shape_of", "metric_values", "node_sizes",
           "SIZE_METRICS", "edge_width", "wrap_label", "text_size", "FONT_SIZE", "FONT_FAMILY",
           "EDGE_COLOR", "BORDER_COLOR", "LEGEND_NAMES"]

#: One colour per legend entry (Paul Tol's muted scheme, then pale grey and black).
COLORS: dict[str, str] = {
    "Person": "#CC6677",
    "GovernmentAgency": "#332288",
    "InternationalOrganization": "#DDCC77",
    "NonGovernmentalOrganization": "#117733",
    "DiplomaticMission": "#88CCEE",
    "Government": "#882255",
    "Organization": "#44AA99",
    "Legislature": "#999933",
    "Network": "#AA4499",
    "Event": "#DDDDDD",
    "Other": "#000000",
}
#: How the legend names each entry.
LEGEND_NAMES: dict[str, str] = {
    "Person": "Person", "GovernmentAgency": "Government agency",
    "InternationalOrganization": "International organization",
    "NonGovernmentalOrganization": "Non-governmental organization",
    "DiplomaticMission": "Diplomatic mission", "Government": "Government",
    "Organization": "Other organization", "Legislature": "Legislature", "Network": "Network",
    "Event": "Event", "Other": "Actor of unknown type",
}
#: Node outlines and edges: dark enough on white, light enough not to hide the fills.
BORDER_COLOR = "#444444"
EDGE_COLOR = "#7a7a7a"
#: Metrics that are cheap enough to compute here when the graph does not carry them.
SIZE_METRICS = ("degree", "weighted_degree", "betweenness", "pagerank")
#: Label font (pixels in the HTML page; the figure scales everything together).
FONT_SIZE = 14.0
FONT_FAMILY = "DejaVu Sans"
#: Labels are wrapped at this many characters a line.
WRAP = 24


def category(data: dict[str, Any]) -> str:
    """The legend entry of a node: its finer type, else its type; all events are ``Event``;
    a type outside the ontology's is ``Other``.

    >>> category({"type": "Organization", "subtype": "GovernmentAgency"})
    'GovernmentAgency'
    >>> category({"kind": "event", "type": "Workshop"}), category({}), category({"type": "Agent"})
    ('Event', 'Other', 'Other')
    """
    if data.get("kind") == "event" or data.get("type") in EVENT_TYPES:
        return "Event"
    name = str(data.get("subtype") or data.get("type") or "Other")
    return name if name in COLORS else "Other"


def color_of(name: str) -> str:
    """The colour of a legend entry (``Other`` for any name outside the table).

    >>> color_of("Person"), color_of("Spaceship") == color_of("Other")
    ('#CC6677', True)
    """
    return COLORS.get(name, COLORS["Other"])


def shape_of(name: str) -> str:
    """``diamond`` for events, ``dot`` for actors (vis-network's names).

    >>> shape_of("Event"), shape_of("Person")
    ('diamond', 'dot')
    """
    return "diamond" if name == "Event" else "dot"


def metric_values(G: nx.Graph, size_by: str) -> dict[Hashable, float]:
    """Each node's value of ``size_by``: a numeric node attribute if every node has one,
    else one of :data:`SIZE_METRICS` computed now.

    Raises ``ValueError`` naming the choices when ``size_by`` is neither.
    """
    values = nx.get_node_attributes(G, size_by)
    if len(values) == len(G) and all(isinstance(v, int | float) for v in values.values()):
        return {n: float(v) for n, v in values.items()}
    if size_by == "degree":
        return {n: float(d) for n, d in G.degree()}
    if size_by == "weighted_degree":
        return {n: float(d) for n, d in G.degree(weight="weight")}
    if size_by in SIZE_METRICS:
        from kg.network.metrics import compute_metrics  # betweenness and pagerank: only if asked

        return {n: float(m[size_by]) for n, m in compute_metrics(G).items()}
    raise BadValue(f"cannot size nodes by {size_by!r}{did_you_mean(size_by, list(SIZE_METRICS))}"
                   f" (use one of {', '.join(SIZE_METRICS)} or a numeric node attribute)")


def node_sizes(G: nx.Graph, size_by: str, smallest: float = 8.0, largest: float = 30.0
               ) -> dict[Hashable, float]:
    """Radii from ``smallest`` to ``largest``, in proportion to ``size_by``.

    >>> node_sizes(nx.star_graph(2), "degree")
    {0: 30.0, 1: 19.0, 2: 19.0}
    """
    values = metric_values(G, size_by)
    top = max(values.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(G, smallest)
    return {n: smallest + (largest - smallest) * v / top for n, v in values.items()}


def edge_width(reports: int) -> float:
    """Line width (pixels) of an edge stated in ``reports`` reports: 1.5 for one, 2 more per
    report, at most 11.5.

    >>> edge_width(1), edge_width(3), edge_width(40)
    (1.5, 5.5, 11.5)
    """
    return 1.5 + 2.0 * (min(max(reports, 1), 6) - 1)


def wrap_label(text: str, width: int = WRAP) -> list[str]:
    """A label cut into lines of at most ``width`` characters (longer words stay whole).

    >>> wrap_label("Ministry of Home Affairs of Nepal joint training")
    ['Ministry of Home Affairs', 'of Nepal joint training']
    """
    return textwrap.wrap(" ".join(text.split()), width, break_long_words=False) or [""]


@lru_cache(maxsize=4096)
def _line_width(line: str, size: float) -> float:
    from matplotlib.font_manager import FontProperties, findfont
    from matplotlib.ft2font import FT2Font

    font = FT2Font(findfont(FontProperties(family=FONT_FAMILY)))
    font.set_size(size, 72)  # at 72 dpi one point is one pixel
    font.set_text(line, 0.0)
    return font.get_width_height()[0] / 64


def text_size(lines: list[str], size: float = FONT_SIZE) -> tuple[float, float]:
    """(width, height) in pixels of lines of text in :data:`FONT_FAMILY`, measured with the
    font's own metrics (matplotlib's FreeType), with a little room for browsers whose fallback
    font is wider.

    >>> w, h = text_size(["Federal Investigation Agency"])
    >>> 180 < w < 260, h
    (True, 20.5)
    """
    width = max((_line_width(line, size) for line in lines), default=0.0)
    return round(width * 1.06 + 4, 1), round(len(lines) * size * 1.25 + 3, 1)
