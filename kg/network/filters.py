"""Narrow a view: a date range, a topic, an actor type or country, a minimum weight, an ego.

Date and topic filters act on each edge's ``supports`` (one per report or event behind the edge,
see :mod:`kg.network.views`): supports outside the range or topic are dropped and the weight is
recomputed from those left; a support with no known date never passes a date filter. Type and
country filters drop actor nodes (event nodes stay). Nodes left with no edge are then removed,
and ``ego`` keeps only the actors within ``depth`` steps of the one named.

Examples
--------
>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_node("a", label="A", kind="actor", type="Person")
>>> G.add_node("b", label="B", kind="actor", type="Organization")
>>> G.add_node("c", label="C", kind="actor", type="Organization")
>>> G.add_edge("a", "b", weight=1, supports=[{"key": "r1", "date": "2023-05-01"}])
>>> G.add_edge("b", "c", weight=1, supports=[{"key": "r2", "date": "2024-05-01"}])
>>> sorted(apply_filters(G, Filters(date_from="2024-01-01")).nodes)
['b', 'c']
>>> sorted(apply_filters(G, Filters(actor_type="organization")).nodes)
['b', 'c']
>>> sorted(apply_filters(G, Filters(ego="A", depth=1)).nodes)
['a', 'b']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from typing import Any

import networkx as nx

from kg.errors import BadValue, did_you_mean
from kg.network.records import Support, local_name, summarize

__all__ = ["Filters", "apply_filters", "find_node"]


@dataclass
class Filters:
    """What to keep of a view; ``None`` (or ``depth=1`` without ego) keeps everything.

    ``date_from``/``date_to`` are inclusive dates or ISO strings; ``actor_type`` is ``Person``,
    ``Organization`` or a finer type such as ``GovernmentAgency``; ``topic`` a topic IRI, slug or
    label; ``ego`` an actor IRI or name (or alias).
    """

    date_from: date | str | None = None
    date_to: date | str | None = None
    actor_type: str | None = None
    topic: str | None = None
    country: str | None = None
    min_weight: float | None = None
    ego: str | None = None
    depth: int = 1

    def __post_init__(self) -> None:
        # a mistyped filter must say so, not draw an empty picture
        start, end = _iso(self.date_from, "--date-from"), _iso(self.date_to, "--date-to")
        if start and end and start > end:
            raise BadValue(f"--date-from {start} is after --date-to {end}")
        if self.depth < 1:
            raise BadValue(f"--depth {self.depth}: the depth is a number of steps, 1 or more")
        if self.min_weight is not None and self.min_weight < 0:
            raise BadValue(f"--min-weight {self.min_weight}: a weight is 0 or more")
        if self.actor_type is not None:
            known = agent_types()
            if self.actor_type.casefold() not in {t.casefold() for t in known}:
                raise BadValue(f"unknown actor type {self.actor_type!r}"
                               f"{did_you_mean(self.actor_type, known)} "
                               f"(types: {', '.join(known)})")
        if self.country is not None and _country_key(self.country) is None:
            raise BadValue(f"{self.country!r} is not a country name or ISO code"
                           f"{did_you_mean(self.country, _country_names())}")

    def active(self) -> dict[str, Any]:
        """The filters that change something, by name."""
        out = {f.name: getattr(self, f.name) for f in fields(self)
               if getattr(self, f.name) is not None and f.name != "depth"}
        if self.ego is not None:
            out["depth"] = self.depth
        return out


def _iso(value: date | str | None, option: str = "date") -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadValue(f"{option} {value!r} is not a date: write YYYY-MM-DD") from None


@cache
def agent_types() -> list[str]:
    """The actor types a filter may name: the ontology's classes of agents (local names)."""
    from kg.graph.entail import alignment

    foaf_agent = "http://xmlns.com/foaf/0.1/Agent"
    return sorted(local_name(c.value) for c, above in alignment().classes.items()
                  if any(a.value == foaf_agent for a in above))


@cache
def _country_names() -> list[str]:
    import pycountry

    return [c.name for c in pycountry.countries]


def _country_key(text: str) -> str | None:
    """The ISO 3166 alpha-3 code of a country named or coded as ``text``, else ``None``."""
    import pycountry

    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_3)
    except LookupError:
        return None


def _norm(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.casefold()).strip("-")


def _support_passes(s: Support, start: str | None, end: str | None, topic: str | None) -> bool:
    when = (s.get("date") or "")[:10]
    if (start or end) and not when:
        return False
    if start and when < start:
        return False
    if end and when > end:
        return False
    if topic is not None:
        return any(topic in (_norm(t), _norm(local_name(t))) for t in s.get("topics", []))
    return True


def _filter_supports(G: nx.Graph, f: Filters) -> None:
    start, end = _iso(f.date_from), _iso(f.date_to)
    topic = _norm(f.topic) if f.topic is not None else None
    if start is None and end is None and topic is None:
        return
    for u, v, data in list(G.edges(data=True)):
        kept = [s for s in data.get("supports", []) if _support_passes(s, start, end, topic)]
        if kept:
            data.update(summarize(kept))
        else:
            G.remove_edge(u, v)


def _node_passes(data: dict[str, Any], f: Filters) -> bool:
    if data.get("kind", "actor") != "actor":
        return True
    if f.actor_type is not None:
        wanted = f.actor_type.casefold()
        if wanted not in (str(data.get("type", "")).casefold(),
                          str(data.get("subtype", "")).casefold()):
            return False
    if f.country is not None:
        country = str(data.get("country", ""))
        if not country or (_country_key(country) or country.casefold()) != _country_key(f.country):
            return False
    return True


def find_node(G: nx.Graph, name: str) -> Any:
    """The node whose IRI, label, alias or IRI tail is ``name`` (case-insensitive).

    Among several, the one with most edges. Raises ``BadValue`` (a ``ValueError``) with the
    closest labels when there is none.
    """
    if name in G:
        return name
    wanted = name.casefold().strip()
    matches = [n for n, d in G.nodes(data=True)
               if wanted == str(d.get("label", "")).casefold()
               or wanted in (a.casefold() for a in d.get("aliases", []))
               or wanted == local_name(str(n)).casefold()]
    if not matches:
        labels = [str(d.get("label", "")) for _, d in G.nodes(data=True) if d.get("label")]
        raise BadValue(f"no actor named {name!r} in the view{did_you_mean(name, labels)}")
    return max(matches, key=lambda n: (G.degree(n), str(n)))


def _check_topic(G: nx.Graph, topic: str) -> None:
    """A topic no edge of the view carries and the topic scheme does not know is a typo."""
    from kg.extract.topics import topic_labels

    wanted = _norm(topic)
    labels = topic_labels()
    if wanted in {_norm(s) for s in labels} | {_norm(v) for v in labels.values()}:
        return
    for _, _, data in G.edges(data=True):
        for s in data.get("supports", []):
            if any(wanted in (_norm(t), _norm(local_name(t))) for t in s.get("topics", [])):
                return
    names = sorted(labels.values())
    raise BadValue(f"unknown topic {topic!r}{did_you_mean(topic, names)} (topics: "
                   f"{', '.join(names)})")


def apply_filters(G: nx.Graph, filters: Filters | None) -> nx.Graph:
    """A filtered copy of ``G`` (``G`` itself is left as it was)."""
    if filters is None:
        return G
    if filters.topic is not None:
        _check_topic(G, filters.topic)
    center = find_node(G, filters.ego) if filters.ego is not None else None
    H = G.copy()  # edge dicts are new; filtering replaces their values, never mutates them
    _filter_supports(H, filters)
    H.remove_nodes_from([n for n, d in list(H.nodes(data=True)) if not _node_passes(d, filters)])
    if filters.min_weight is not None:
        H.remove_edges_from([(u, v) for u, v, w in H.edges(data="weight", default=1)
                             if w < filters.min_weight])
    H.remove_nodes_from([n for n in list(nx.isolates(H)) if n != center])
    if center is not None:
        if center in H:
            H = nx.ego_graph(H, center, radius=filters.depth, undirected=True)
        else:
            H = H.subgraph([]).copy()
    H.graph.update(G.graph)
    H.graph["filters"] = "; ".join(f"{k}={v}" for k, v in filters.active().items())
    return H
