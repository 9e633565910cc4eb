"""How nodes look in the HTML and image exports: a colour per actor type, a size per metric.

One place for both, so the two pictures of a graph agree.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import networkx as nx

__all__ = ["COLORS", "category", "color_of", "metric_values", "node_sizes", "SIZE_METRICS"]

#: Colours by finer type first, then type; unknown categories get one of ``_SPARE``.
COLORS: dict[str, str] = {
    "Person": "#e45756",
    "Organization": "#4c78a8",
    "GovernmentAgency": "#1f5f99",
    "Government": "#0b3c6e",
    "NonGovernmentalOrganization": "#54a24b",
    "DiplomaticMission": "#b279a2",
    "InternationalOrganization": "#f58518",
    "Legislature": "#9d755d",
    "Network": "#72b7b2",
    "Event": "#bab0ac",
}
_SPARE = ("#eeca3b", "#ff9da6", "#79706e", "#d67195", "#88d27a", "#8cd17d")
_EVENT_TYPES = {"Conference", "Meeting", "Workshop", "Summit", "Signing", "Training", "Launch",
                "Dialogue", "Event"}
#: Metrics that are cheap enough to compute here when the graph does not carry them.
SIZE_METRICS = ("degree", "weighted_degree", "betweenness", "pagerank")


def category(data: dict[str, Any]) -> str:
    """The legend entry of a node: its finer type, else its type; all events are ``Event``.

    >>> category({"type": "Organization", "subtype": "GovernmentAgency"})
    'GovernmentAgency'
    >>> category({"kind": "event", "type": "Workshop"}), category({})
    ('Event', 'Other')
    """
    if data.get("kind") == "event" or data.get("type") in _EVENT_TYPES:
        return "Event"
    return str(data.get("subtype") or data.get("type") or "Other")


def color_of(name: str) -> str:
    """The colour of a category; the same name always gets the same colour.

    >>> color_of("Person"), color_of("Other") == color_of("Other")
    ('#e45756', True)
    """
    if name in COLORS:
        return COLORS[name]
    return _SPARE[sum(name.encode("utf-8")) % len(_SPARE)]


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
    raise ValueError(f"cannot size nodes by {size_by!r}: use one of {', '.join(SIZE_METRICS)} "
                     "or a numeric node attribute")


def node_sizes(G: nx.Graph, size_by: str, smallest: float = 10.0, largest: float = 45.0
               ) -> dict[Hashable, float]:
    """Sizes from ``smallest`` to ``largest``, in proportion to ``size_by``.

    >>> node_sizes(nx.star_graph(2), "degree")
    {0: 45.0, 1: 27.5, 2: 27.5}
    """
    values = metric_values(G, size_by)
    top = max(values.values(), default=0.0)
    if top <= 0:
        return dict.fromkeys(G, smallest)
    return {n: smallest + (largest - smallest) * v / top for n, v in values.items()}
