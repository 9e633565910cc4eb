"""A network as one self-contained HTML page (pyvis / vis-network), usable offline.

Nothing is fetched when the page opens: vis-network's script and stylesheet (shipped with pyvis)
are inlined in our own template, ``templates/network.html``, instead of pyvis's, whose page
always loads Bootstrap from a CDN. Every piece of report text (names, titles, sentences) is
HTML-escaped before it reaches pyvis, and the node and edge data are embedded as JSON with
``<``, ``>`` and ``&`` written as ``\\u003c``... so that no text can close the script element.

Positions come from :mod:`kg.export.drawing` (computed and checked in Python) and are shown with
physics off; above :data:`kg.network.layout.LAYOUT_MAX` nodes the browser lays the graph out
with Barnes-Hut physics, a capped number of stabilization iterations, switched off once stable.
Above ``max_nodes`` only the nodes of highest weighted degree are kept, with a warning and a
note on the page.
"""

from __future__ import annotations

import html
import json
import re
import warnings
from collections.abc import Hashable, Iterable
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import pyvis
from markupsafe import Markup
from pyvis.edge import Edge
from pyvis.network import Network

from kg.export.drawing import Drawing, draw
from kg.export.style import BORDER_COLOR, EDGE_COLOR, FONT_FAMILY, FONT_SIZE

__all__ = ["write_html", "MAX_NODES", "STABILIZATION_ITERATIONS"]

#: Above this many nodes, keep only the top ones by weighted degree.
MAX_NODES = 2000
#: Physics stops after at most this many stabilization steps.
STABILIZATION_ITERATIONS = 300
#: How many report titles and sentences a tooltip lists at most.
TOOLTIP_ITEMS = 5
_VIS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
#: The label font the layout measured, then look-alikes (all as wide or narrower).
FONT_STACK = f"{FONT_FAMILY}, Verdana, Arial, sans-serif"


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _items(heading: str, values: Iterable[str]) -> str:
    values = list(dict.fromkeys(v for v in values if v))
    if not values:
        return ""
    shown = "".join(f"<li>{_e(v)}</li>" for v in values[:TOOLTIP_ITEMS])
    more = f"<li>… {len(values) - TOOLTIP_ITEMS} more</li>" if len(values) > TOOLTIP_ITEMS else ""
    return f"<br><i>{_e(heading)}</i><ul>{shown}{more}</ul>"


def _incident(G: nx.Graph, node: Hashable) -> list[dict[str, Any]]:
    edges = list(G.edges(node, data=True))
    if G.is_directed():
        edges += G.in_edges(node, data=True)
    return [d for _, _, d in edges]


def _node_title(G: nx.Graph, node: Hashable, data: dict[str, Any]) -> str:
    kinds = " / ".join(_e(v) for v in (data.get("type"), data.get("subtype")) if v)
    lines = [f"<b>{_e(data.get('label', node))}</b>", kinds]
    for key in ("country", "date", "place", "reports"):
        if data.get(key) not in (None, "", []):
            lines.append(f"{_e(key)}: {_e(data[key])}")
    edges = _incident(G, node)
    reports = [r for d in edges for r in d.get("reports", [])]
    sentences = [s for d in edges for s in d.get("evidence", [])]
    return "<br>".join(x for x in lines if x) + _items("report titles", reports) + _items(
        "evidence", sentences)


def _edge_title(data: dict[str, Any], reports: int) -> str:
    head = [f"{_e(k)}: {_e(data[k])}" for k in ("label",) if data.get(k) not in (None, "")]
    head.append(f"stated in {reports} report{'' if reports == 1 else 's'}")
    return "<br>".join(head) + _items("report titles", data.get("reports", [])) + _items(
        "evidence", data.get("evidence", []))


def _truncate(G: nx.Graph, max_nodes: int) -> tuple[nx.Graph, str]:
    if G.number_of_nodes() <= max_nodes:
        return G, ""
    strength = dict(G.degree(weight="weight"))
    keep = sorted(G, key=lambda n: (-strength[n], str(n)))[:max_nodes]
    note = (f"Showing the {max_nodes} nodes of highest weighted degree out of "
            f"{G.number_of_nodes()}; filter the view (dates, type, ego, minimum weight) "
            "to see the rest.")
    warnings.warn(note, stacklevel=3)
    return G.subgraph(keep).copy(), note


def _script_json(value: Any) -> Markup:
    """JSON that is safe inside a <script> element: no '<', '>' or '&' left raw."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _inline(name: str, closing: str) -> Markup:
    text = (_VIS / name).read_text(encoding="utf-8")
    return Markup(re.sub(f"</{closing}", f"<\\\\/{closing}", text, flags=re.IGNORECASE))


def _pyvis_network(G: nx.Graph, drawing: Drawing) -> Network:
    net = Network(directed=G.is_directed(), cdn_resources="in_line")
    for node, data in G.nodes(data=True):
        look = drawing.nodes[node]
        place = ({"x": look.x, "y": look.y, "physics": False} if drawing.laid_out else {})
        net.add_node(str(node), label=_e("\n".join(look.lines)), name=_e(data.get("label", node)),
                     title=_node_title(G, node, data),
                     color={"background": look.color, "border": BORDER_COLOR,
                            "highlight": {"background": look.color, "border": "#000000"}},
                     borderWidth=1, size=look.radius, shape=look.shape,
                     font={"size": look.font_size, "face": FONT_STACK},
                     category=_e(look.category), **place)
    for u, v, data in G.edges(data=True):
        line = drawing.edges[(u, v)]
        # Role and title labels go to the tooltip: drawn on every edge they hid the picture.
        # Network.add_edge scans every edge for a duplicate (quadratic: 10 s for 15,000 edges);
        # a networkx graph has none, so its Edge records are appended directly.
        edge = Edge(str(u), str(v), G.is_directed(), title=_edge_title(data, line.reports),
                    width=line.width, reports=line.reports)
        net.edges.append(edge.options)
    net.barnes_hut(gravity=-8000, central_gravity=0.3, spring_length=150)
    return net


def _options(net: Network, drawing: Drawing) -> dict[str, Any]:
    big = len(drawing.nodes) > 300
    options = json.loads(net.options.to_json())
    options["physics"]["stabilization"].update(iterations=STABILIZATION_ITERATIONS,
                                               updateInterval=25)
    if drawing.laid_out:
        # the positions were computed and checked in Python: the browser shows them as they are
        options["physics"]["enabled"] = False
    # straight edges: the layout keeps nodes off the straight line between two others
    options["edges"]["smooth"] = False
    options["edges"]["color"] = {"color": EDGE_COLOR, "highlight": "#000000", "opacity": 0.9}
    options["edges"]["selectionWidth"] = 1
    # a white halo keeps labels readable where edges cross them
    options["nodes"] = {"font": {"size": FONT_SIZE, "face": FONT_STACK, "strokeWidth": 4,
                                 "strokeColor": "#ffffff", "color": "#1a1a1a"}}
    # the same graph gives the same picture every time the page is opened
    options["layout"] = {"randomSeed": 1}
    options["interaction"].update(hover=True, tooltipDelay=150, hideEdgesOnDrag=big)
    return options


def write_html(G: nx.Graph, path: str | Path, size_by: str = "degree",
               title: str | None = None, max_nodes: int = MAX_NODES) -> Path:
    """Write ``G`` as a self-contained interactive page and return its path.

    The page is titled with the view's name (or ``title``), its counts, corpus and filters,
    and has a legend for node colours and shapes (actor type, events), node size (``size_by``:
    a metric name or a numeric node attribute) and edge width (reports that state the tie).
    Up to :data:`kg.network.layout.LAYOUT_MAX` nodes, positions are computed and checked
    in Python (no edge over a node it does not touch, no overlapping labels) and shown as they
    are; above that the browser lays the graph out. Tooltips give the label, type and the
    evidence (report titles and sentences).
    """
    path = Path(path)
    shown, note = _truncate(G, max_nodes)
    drawing = draw(shown, size_by, title)
    net = _pyvis_network(shown, drawing)
    nodes, edges, *_ = net.get_network_data()
    template = (resources.files("kg.export") / "templates" / "network.html").read_text("utf-8")
    page = jinja2.Environment(autoescape=True).from_string(template).render(
        title=drawing.caption.title,
        subtitle=drawing.caption.subtitle,
        edge_meaning=drawing.caption.edges,
        vis_js=_inline("vis-network.min.js", "script"),
        vis_css=_inline("vis-network.css", "style"),
        nodes_json=_script_json(nodes),
        edges_json=_script_json(edges),
        options_json=_script_json(_options(net, drawing)),
        legend=drawing.legend_names(),
        size_meaning=drawing.size_meaning,
        size_legend=[(_number(v), r) for v, r in drawing.size_legend],
        width_meaning=drawing.width_meaning,
        width_legend=drawing.width_legend,
        border=BORDER_COLOR,
        edge_color=EDGE_COLOR,
        note=note,
    )
    path.write_text(page, encoding="utf-8")
    return path


def _number(value: float) -> str:
    """A legend number: whole numbers without a decimal point, others to 3 significant digits.

    >>> _number(4.0), _number(0.012345)
    ('4', '0.0123')
    """
    return str(int(value)) if float(value).is_integer() else f"{value:.3g}"
