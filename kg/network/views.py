"""Network views of the knowledge graph: RDF in, networkx graphs out.

Each view reads a few SPARQL tables (``kg/network/sparql/*.rq``) and builds one graph whose node
ids are IRIs and whose node attribute ``label`` is the name; only nodes on at least one edge are
included. Actor nodes carry ``kind="actor"``, ``type`` (Person/Organization), ``subtype``,
``country``, ``aliases`` and ``reports`` (how many reports mention them); event nodes
``kind="event"``, ``type``, ``date``, ``place``, ``topics``. Every edge carries ``weight``,
``report_count`` (distinct reports that state the tie), ``reports`` (titles), ``evidence``
(sentences), ``dates`` and ``supports`` (one dict per report or
event behind it, which :func:`kg.network.filters.apply_filters` uses to filter by date or topic).
The graph attribute ``corpus_reports`` says how many reports the source holds.

=================  ===========  ======================================================
view               graph        edges
=================  ===========  ======================================================
collaboration      Graph        actors said to work together, or co-organizing an event;
                                weight = distinct reports + co-organized events
affiliation        Graph        person - organization posts; ``label`` = the title(s)
endorsement        DiGraph      source praises target; weight = distinct reports
coparticipation    Graph        actors in the same event; weight = shared events
event-actor        Graph        actor - event, ``role``; weight = distinct reports
=================  ===========  ======================================================

Examples
--------
>>> from kg.network.source import MemorySource
>>> src = MemorySource.from_trig('''
... @prefix akg: <https://w3id.org/akg/ontology#> . @prefix id: <https://w3id.org/akg/id/> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
... <https://w3id.org/akg/id/report/r1> {
...   id:a a akg:Organization ; rdfs:label "Agency A" .
...   id:b a akg:Organization ; rdfs:label "Agency B" .
...   id:c1 a akg:Collaboration ; akg:collaborator id:a, id:b . }
... ''')
>>> G = build_view(src, "collaboration")
>>> sorted(G.nodes[n]["label"] for n in G), G.number_of_edges()
(['Agency A', 'Agency B'], 1)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import combinations
from typing import Any

import networkx as nx

from kg.errors import BadValue, did_you_mean
from kg.network.filters import Filters, apply_filters
from kg.network.records import Actor, Support, Tables, fetch_tables, local_name, summarize, support
from kg.network.source import Queryable, select

__all__ = ["build_view", "check_view", "VIEWS", "collaboration", "affiliation", "endorsement",
           "coparticipation", "event_actor"]

Pair = tuple[str, str]


def _actor_node(G: nx.Graph, tables: Tables, iri: str, **extra: Any) -> None:
    if iri not in G:
        actor = tables.actors.get(iri, Actor(iri, "Agent"))
        G.add_node(iri, **actor.attrs(), **extra)


def _event_node(G: nx.Graph, tables: Tables, iri: str) -> None:
    if iri not in G:
        event = tables.events.get(iri)
        attrs = event.attrs() if event else {"label": local_name(iri), "kind": "event",
                                              "type": "Event"}
        G.add_node(iri, **attrs, bipartite=1)


def _add_edges(G: nx.Graph, tables: Tables, edges: dict[Pair, list[Support]],
               extra: dict[Pair, dict[str, Any]] | None = None) -> None:
    """Add the accumulated edges; endpoints not yet in G are actors."""
    for (u, v), supports in edges.items():
        for node in (u, v):
            _actor_node(G, tables, node)
        G.add_edge(u, v, **summarize(supports), **(extra or {}).get((u, v), {}))


def _fill_report_counts(G: nx.Graph) -> None:
    """An actor no report ``akg:mentions`` counts the reports of the edges it is on instead."""
    for node, data in G.nodes(data=True):
        if data.get("kind") == "actor" and not data.get("reports"):
            edges = list(G.edges(node, data=True))
            if G.is_directed():
                edges += G.in_edges(node, data=True)
            reports = {s.get("report") or s["key"] for _, _, d in edges for s in d["supports"]}
            data["reports"] = len(reports)


def _by_event(rows: Iterable[dict[str, str]]) -> dict[str, dict[str, list[dict[str, str]]]]:
    """Participation rows grouped as event -> agent -> rows."""
    grouped: dict[str, dict[str, list[dict[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        grouped[row["event"]][row["agent"]].append(row)
    return grouped


def _pairs_in_events(tables: Tables, grouped: dict[str, dict[str, list[dict[str, str]]]],
                     edges: dict[Pair, list[Support]]) -> None:
    """For each event, one support (keyed by the event) per pair of its agents."""
    for event, agents in grouped.items():
        for a, b in combinations(sorted(agents), 2):
            for row in agents[a] + agents[b]:
                edges[(a, b)].append(support(tables, row, event=event))


def collaboration(source: Queryable) -> nx.Graph:
    """Actors said to work together, plus every pair of co-organizers of one event."""
    tables = fetch_tables(source)
    edges: dict[Pair, list[Support]] = defaultdict(list)
    for row in select(source, "collaborations"):
        edges[(row["a"], row["b"])].append(support(tables, row))
    organizers = [r for r in select(source, "participations")
                  if local_name(r.get("role", "")) == "organizer"]
    _pairs_in_events(tables, _by_event(organizers), edges)
    G = nx.Graph()
    _add_edges(G, tables, edges)
    G.graph["corpus_reports"] = len(tables.reports)
    return G


def affiliation(source: Queryable) -> nx.Graph:
    """Bipartite persons (``bipartite=0``) and organizations (``bipartite=1``) by posts held."""
    tables = fetch_tables(source)
    edges: dict[Pair, list[Support]] = defaultdict(list)
    titles: dict[Pair, list[str]] = defaultdict(list)
    for row in select(source, "memberships"):
        pair = (row["person"], row["organization"])
        edges[pair].append(support(tables, row))
        if row.get("title") and row["title"] not in titles[pair]:
            titles[pair].append(row["title"])
    G = nx.Graph()
    for person, org in edges:
        _actor_node(G, tables, person, bipartite=0)
        _actor_node(G, tables, org, bipartite=1)
    extra = {p: {"label": "; ".join(t), "titles": t} for p, t in titles.items()}
    _add_edges(G, tables, edges, extra)
    G.graph["corpus_reports"] = len(tables.reports)
    return G


def endorsement(source: Queryable) -> nx.DiGraph:
    """Directed: an edge from the actor who praises to the actor praised."""
    tables = fetch_tables(source)
    edges: dict[Pair, list[Support]] = defaultdict(list)
    for row in select(source, "endorsements"):
        if row["source"] != row["target"]:
            edges[(row["source"], row["target"])].append(support(tables, row))
    G = nx.DiGraph()
    _add_edges(G, tables, edges)
    G.graph["corpus_reports"] = len(tables.reports)
    return G


def coparticipation(source: Queryable) -> nx.Graph:
    """Actors who took part (in any role) in the same events; weight = shared events."""
    tables = fetch_tables(source)
    edges: dict[Pair, list[Support]] = defaultdict(list)
    _pairs_in_events(tables, _by_event(select(source, "participations")), edges)
    G = nx.Graph()
    _add_edges(G, tables, edges)
    G.graph["corpus_reports"] = len(tables.reports)
    return G


def event_actor(source: Queryable) -> nx.Graph:
    """Bipartite actors (``bipartite=0``) and events (``bipartite=1``); edge ``role``."""
    tables = fetch_tables(source)
    edges: dict[Pair, list[Support]] = defaultdict(list)
    roles: dict[Pair, list[str]] = defaultdict(list)
    for row in select(source, "participations"):
        pair = (row["agent"], row["event"])
        edges[pair].append(support(tables, row, event=row["event"], key=row.get("report")))
        role = local_name(row.get("role", "participant"))
        if role not in roles[pair]:
            roles[pair].append(role)
    G = nx.Graph()
    for agent, event in edges:
        _actor_node(G, tables, agent, bipartite=0)
        _event_node(G, tables, event)
    extra = {p: {"role": ", ".join(sorted(r)), "label": ", ".join(sorted(r))}
             for p, r in roles.items()}
    _add_edges(G, tables, edges, extra)
    G.graph["corpus_reports"] = len(tables.reports)
    return G


#: The views by name: one explicit table.
VIEWS: dict[str, Callable[[Queryable], nx.Graph]] = {
    "collaboration": collaboration,
    "affiliation": affiliation,
    "endorsement": endorsement,
    "coparticipation": coparticipation,
    "event-actor": event_actor,
}


def check_view(view: str) -> Callable[[Queryable], nx.Graph]:
    """The builder of ``view``; raises ``BadValue`` (a ``ValueError``) naming the known views
    and the nearest one when there is no such view."""
    try:
        return VIEWS[view]
    except KeyError:
        raise BadValue(f"unknown view {view!r}{did_you_mean(view, list(VIEWS))} "
                       f"(views: {', '.join(VIEWS)})") from None


def build_view(source: Queryable, view: str, filters: Filters | None = None) -> nx.Graph:
    """Build the named view from the source, then apply the filters if any.

    Raises ``ValueError`` naming the known views when ``view`` is not one of them.
    """
    G = check_view(view)(source)
    _fill_report_counts(G)
    G.graph["view"] = view
    return apply_filters(G, filters) if filters is not None else G
