"""What a view shows, in words: its title, what its nodes and edges are, its filters and corpus.

Every picture and file of a view carries these words, so a figure lifted into a paper still says
what it is: which view, narrowed how, drawn from how many reports, and what an edge's width
counts.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph(view="collaboration", corpus_reports=8, filters="date_from=2024-01-01")
>>> G.add_node("a", kind="actor"); G.add_node("b", kind="actor")
>>> G.add_edge("a", "b", supports=[{"key": "r1", "report_id": "r1"}])
>>> c = caption(G)
>>> c.title
'Collaboration network'
>>> c.subtitle
'2 actors, 1 tie, stated in 1 of 8 reports · filters: from 2024-01-01'
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

__all__ = ["Caption", "caption", "VIEW_TEXT", "EDGE_WIDTH_MEANING"]

#: Per view: its title and what one edge is.
VIEW_TEXT: dict[str, tuple[str, str]] = {
    "collaboration": ("Collaboration network",
                      "an edge: actors said to work together or co-organizing an event"),
    "affiliation": ("Affiliation network",
                    "an edge: a person holds a post in an organization (title in the tooltip)"),
    "endorsement": ("Endorsement network",
                    "an arrow: one actor praises or thanks another"),
    "coparticipation": ("Co-participation network",
                        "an edge: two actors took part in the same event"),
    "event-actor": ("Events and participants",
                    "an edge: an actor took part in an event (role in the tooltip)"),
}
#: The one thing an edge's width means, in every view.
EDGE_WIDTH_MEANING = "reports that state the tie"

_FILTER_WORDS = {"date_from": "from {}", "date_to": "to {}", "actor_type": "type {}",
                 "topic": "topic {}", "country": "country {}", "min_weight": "weight ≥ {}",
                 "ego": "around {}", "depth": "depth {}"}


@dataclass(frozen=True)
class Caption:
    """The words of a view: ``title`` (the view), ``subtitle`` (counts, corpus, filters) and
    ``edges`` (what one edge is)."""

    title: str
    subtitle: str
    edges: str


def _filters(text: str) -> str:
    parts = []
    for item in (p.strip() for p in text.split(";")):
        key, _, value = item.partition("=")
        if key and value:
            parts.append(_FILTER_WORDS.get(key, key + " {}").format(value))
    return ", ".join(parts)


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def stating_reports(G: nx.Graph) -> int:
    """How many distinct reports state at least one edge of ``G``."""
    return len({s.get("report_id") or s.get("report") for *_, d in G.edges(data=True)
                for s in d.get("supports", [])} - {None, ""})


def caption(G: nx.Graph, title: str | None = None) -> Caption:
    """The caption of a view built by :func:`kg.network.build_view` (``title`` overrides the
    view's own)."""
    view = str(G.graph.get("view", ""))
    own_title, edges = VIEW_TEXT.get(view, ("Network", "an edge: a tie between two nodes"))
    kinds = [d.get("kind", "actor") for _, d in G.nodes(data=True)]
    counts = [_plural(kinds.count("actor"), "actor", "actors")]
    if "event" in kinds:
        counts.append(_plural(kinds.count("event"), "event", "events"))
    counts.append(_plural(G.number_of_edges(), "tie", "ties"))
    text = ", ".join(counts)
    if "corpus_reports" in G.graph:
        text += f", stated in {stating_reports(G)} of {G.graph['corpus_reports']} reports"
    if G.graph.get("filters"):
        text += " · filters: " + _filters(str(G.graph["filters"]))
    return Caption(title or own_title, text, edges)
