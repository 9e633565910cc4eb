"""A network as a file: GEXF, GraphML, node-link JSON, PNG/SVG figure or HTML page.

Every format but JSON carries the view's drawing (:mod:`kg.export.drawing`): colours, sizes,
positions, edge widths, title. GraphML holds only scalar attributes, so lists, sets and dicts
(``reports``, ``evidence``, ``supports``...) are written as JSON text and missing values
(``None``) as empty text. :func:`write_network` picks the writer from the file extension, from
one explicit table. GEXF is :mod:`kg.export.gexf`, figures :mod:`kg.export.figure`.

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
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import BadValue
from kg.export.drawing import draw
from kg.export.figure import write_image
from kg.export.gexf import edge_days, node_days, write_gexf
from kg.export.html import write_html
from kg.export.style import EDGE_COLOR

__all__ = ["write_gexf", "write_graphml", "write_json", "write_image", "write_network",
           "scalar_attributes", "WRITERS"]



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


def write_graphml(G: nx.Graph, path: str | Path, size_by: str = "degree",
                  title: str | None = None) -> Path:
    """GraphML (Cytoscape, yEd, networkx) with the drawing's look and time as plain attributes.

    Nodes get ``color`` (#rrggbb), ``size`` (radius), ``shape``, ``x`` and ``y`` (pixels, y
    down as on screen), ``category`` and ``start``/``end`` (first and last day, ISO); edges get
    ``color``, ``width``, ``report_count`` and ``start``/``end``; the graph gets ``title``,
    ``subtitle``, ``edge_meaning``, ``size_meaning`` and ``width_meaning``. Other attributes
    are made scalar (lists as JSON text).
    """
    d = draw(G, size_by, title)
    H = scalar_attributes(G)
    H.graph.update(title=d.caption.title, subtitle=d.caption.subtitle,
                   edge_meaning=d.caption.edges, size_meaning=d.size_meaning,
                   width_meaning=d.width_meaning)
    for n, data in H.nodes(data=True):
        look = d.nodes[n]
        days = node_days(G, n)
        data.update(color=look.color, size=float(look.radius), shape=look.shape,
                    category=look.category, start=days[0] if days else "",
                    end=days[-1] if days else "")
        if d.laid_out:
            data.update(x=float(look.x), y=float(look.y))
    for u, v, data in H.edges(data=True):
        line = d.edges[(u, v)]
        days = edge_days(G.edges[u, v])
        data.update(color=EDGE_COLOR, width=float(line.width), report_count=line.reports,
                    start=days[0] if days else "", end=days[-1] if days else "")
    nx.write_graphml(H, path)
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


#: Writers by file extension: one explicit table.
WRITERS: dict[str, Callable[..., Path]] = {
    ".html": write_html,
    ".gexf": write_gexf,
    ".graphml": write_graphml,
    ".json": write_json,
    ".png": write_image,
    ".svg": write_image,
}


def writer_for(path: str | Path) -> Callable[..., Path]:
    """The writer of the format ``path``'s extension names.

    Raises ``BadValue`` (a ``ValueError``) naming the supported extensions for any other
    extension, or when the folder ``path`` would go in does not exist.
    """
    suffix = Path(path).suffix.lower()
    try:
        writer = WRITERS[suffix]
    except KeyError:
        raise BadValue(f"cannot write a network as {suffix or 'a file without extension'!r} "
                       f"({path}): use one of {', '.join(WRITERS)}") from None
    if not Path(path).parent.is_dir():
        raise BadValue(f"cannot write {path}: the folder {Path(path).parent} does not exist")
    return writer


def write_network(G: nx.Graph, path: str | Path, **options: Any) -> Path:
    """Write ``G`` in the format its extension names (see :func:`writer_for`); ``options`` go
    to the writer (``size_by`` and ``title`` for every format but .json)."""
    writer = writer_for(path)
    if writer is write_json:
        options = {}  # node-link JSON is the graph's data, not a picture of it
    return writer(G, path, **options)
