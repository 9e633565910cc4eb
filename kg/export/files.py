"""A network as a file: GEXF, GraphML, node-link JSON, PNG/SVG picture or HTML page.

GEXF and GraphML hold only scalar attributes, so lists, sets and dicts (``reports``,
``evidence``, ``supports``...) are written as JSON text and missing values (``None``) as empty
text. :func:`write_network` picks the writer from the file extension, from one explicit table.

Examples
--------
>>> import tempfile, networkx as nx
>>> G = nx.Graph()
>>> G.add_edge("a", "b", weight=2, reports=["Report one"])
>>> with tempfile.TemporaryDirectory() as tmp:
...     path = write_network(G, f"{tmp}/g.graphml")
...     H = nx.read_graphml(path)
>>> H.edges["a", "b"]["reports"], H.edges["a", "b"]["weight"]
('["Report one"]', 2)
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.export.html import write_html
from kg.export.style import category, color_of, node_sizes

__all__ = ["write_gexf", "write_graphml", "write_json", "write_image", "write_network",
           "scalar_attributes", "WRITERS"]

#: Pictures with more nodes than this get no node labels (they would only be ink).
IMAGE_LABELS_MAX = 60
#: Pictures keep at most this many nodes, those of highest weighted degree: more is only ink,
#: and networkx lays out 500 nodes or more with SciPy, which the project does not depend on.
IMAGE_NODES_MAX = 400


def _scalar(value: Any) -> str | int | float | bool:
    if value is None:
        return ""
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, set | frozenset):
        value = sorted(value, key=str)
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def scalar_attributes(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose graph, node and edge attributes are all scalars.

    Within one attribute name, values mixing text and numbers all become text (GraphML declares
    one type per key).

    >>> G = nx.Graph(); G.add_node(1, aliases={"b", "a"}, country=None)
    >>> scalar_attributes(G).nodes[1]
    {'aliases': '["a", "b"]', 'country': ''}
    """
    H = G.copy()
    H.graph = {k: _scalar(v) for k, v in G.graph.items()}
    for items in (H.nodes.values(), (d for *_, d in H.edges(data=True))):
        dicts = list(items)
        for d in dicts:
            d.update({k: _scalar(v) for k, v in d.items()})
        _unify(dicts)
    return H


def _unify(dicts: list[dict[str, Any]]) -> None:
    kinds: dict[str, set[type]] = {}
    for d in dicts:
        for k, v in d.items():
            kinds.setdefault(k, set()).add(float if isinstance(v, int | float)
                                           and not isinstance(v, bool) else type(v))
    mixed = {k for k, t in kinds.items() if len(t) > 1}
    for d in dicts:
        for k in mixed & d.keys():
            d[k] = str(d[k])


def write_gexf(G: nx.Graph, path: str | Path) -> Path:
    """GEXF 1.2 (Gephi), attributes made scalar."""
    nx.write_gexf(scalar_attributes(G), path)
    return Path(path)


def write_graphml(G: nx.Graph, path: str | Path) -> Path:
    """GraphML, attributes made scalar."""
    nx.write_graphml(scalar_attributes(G), path)
    return Path(path)


def write_json(G: nx.Graph, path: str | Path) -> Path:
    """Node-link JSON (``networkx.node_link_data`` with ``edges="edges"``); lists stay lists."""
    data = nx.node_link_data(G, edges="edges")
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1, default=_json_default)
    return Path(path)


def _json_default(value: Any) -> Any:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_image(G: nx.Graph, path: str | Path, size_by: str = "degree",
                title: str = "") -> Path:
    """A PNG or SVG drawing (format from the extension): spring layout with a fixed seed,
    nodes coloured by type and sized by ``size_by``, labels when the graph is small.

    Above :data:`IMAGE_NODES_MAX` nodes only the strongest are drawn, with a warning and a
    note in the title.
    """
    path = Path(path)
    if len(G) > IMAGE_NODES_MAX:
        strength = dict(G.degree(weight="weight"))
        keep = sorted(G, key=lambda n: (-strength[n], str(n)))[:IMAGE_NODES_MAX]
        note = f"the {IMAGE_NODES_MAX} nodes of highest weighted degree out of {len(G)}"
        warnings.warn(f"Drawing {note}; filter the view to draw others.", stacklevel=2)
        G = G.subgraph(keep)
        title = f"{title} ({note})" if title else note.capitalize()
    fig = Figure(figsize=(12, 9))
    FigureCanvasAgg(fig)  # the Agg canvas, without touching pyplot's global backend
    ax = fig.add_subplot()
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    if len(G):
        pos = nx.spring_layout(G, seed=42, weight="weight")
        cats = {n: category(d) for n, d in G.nodes(data=True)}
        sizes = node_sizes(G, size_by, smallest=20, largest=400)
        nodes = list(G)
        nx.draw_networkx_edges(G, pos, ax=ax, alpha=0.3, width=0.8)
        nx.draw_networkx_nodes(G, pos, ax=ax, nodelist=nodes,
                               node_color=[color_of(cats[n]) for n in nodes],
                               node_size=[sizes[n] for n in nodes])
        if len(G) <= IMAGE_LABELS_MAX:
            labels = {n: str(G.nodes[n].get("label", n)) for n in nodes}
            nx.draw_networkx_labels(G, pos, labels=labels, ax=ax, font_size=7)
        ax.legend(handles=[Line2D([], [], marker="o", linestyle="", color=color_of(c), label=c)
                           for c in sorted(set(cats.values()))], loc="lower left", fontsize=8)
    fig.savefig(path, format=path.suffix.lstrip(".").lower(), bbox_inches="tight")
    return path


#: Writers by file extension: one explicit table.
WRITERS: dict[str, Callable[..., Path]] = {
    ".html": write_html,
    ".gexf": write_gexf,
    ".graphml": write_graphml,
    ".json": write_json,
    ".png": write_image,
    ".svg": write_image,
}


def write_network(G: nx.Graph, path: str | Path, **options: Any) -> Path:
    """Write ``G`` in the format its extension names; ``options`` go to the writer
    (``size_by``, ``title`` for .html/.png/.svg).

    Raises ``ValueError`` naming the supported extensions for any other extension.
    """
    suffix = Path(path).suffix.lower()
    try:
        writer = WRITERS[suffix]
    except KeyError:
        raise ValueError(f"cannot write a network as {suffix or 'a file without extension'!r}: "
                         f"use one of {', '.join(WRITERS)}") from None
    return writer(G, path, **options)
