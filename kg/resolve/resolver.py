"""Resolve the actors of many reports into one set of actors with stable, corpus-wide ids.

The steps, each in a content-defined order so that the reports' order does not matter:

1. nodes: every actor of every report, every known actor, the registry entries they match;
2. curation: ``same`` decisions merge first, ``different`` ones tag nodes that may not meet;
3. strong edges (registry, same name, same person spelled differently) merge unless the
   clusters conflict (:mod:`kg.resolve.clusters`);
4. weak edges merge a less specific cluster into its one candidate, if it has exactly one;
5. each cluster gets a canonical name and an id (:mod:`kg.resolve.identity`) and the facts are
   rewritten (:mod:`kg.resolve.rewrite`);
6. the events of the rewritten facts are merged the same way (:mod:`kg.resolve.events`), with
   the actors in common as evidence.
"""

from __future__ import annotations

from collections import ChainMap, Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from kg.model import Actor, Event, Facts
from kg.names import name_key, slugify
from kg.resolve.blocking import crowded_keys, form_index
from kg.resolve.candidates import Edges, Node, find_edges, registry_nodes
from kg.resolve.clusters import Clusters, Traits
from kg.resolve.decisions import Decisions
from kg.resolve.events import KnownEvent, resolve_events
from kg.resolve.identity import Cluster, assign_ids, canonical_name
from kg.resolve.registry import Registry
from kg.resolve.rewrite import rewrite_facts

__all__ = ["Resolution", "resolve"]


@dataclass
class Resolution:
    """Merged actors by global id, and the batch's facts rewritten to those ids (in order).

    ``actors`` holds every cluster with an actor of the batch; a cluster that joined a known
    actor keeps its id and carries the known actor's names and reports too. Each rewritten
    ``Facts.actors`` holds the report's own view of its actors: the canonical name, type and
    ids of the merged actor, the surface forms and evidence of that report, its report id.
    ``events`` holds the merged events of the batch by global id (each report's
    ``Facts.events`` is its own view of them, as for actors).
    """

    actors: dict[str, Actor]
    facts: list[Facts]
    events: dict[str, Event] = field(default_factory=dict)


def resolve(
    batch: Sequence[Facts],
    *,
    known: Sequence[Actor] = (),
    registry: Registry | None = None,
    decisions: Decisions | None = None,
    taken: Mapping[str, str] | None = None,
    known_events: Sequence[KnownEvent] = (),
    taken_events: Collection[str] = (),
    merge_events: bool = True,
    forms: Callable[[str], AbstractSet[str]] | None = None,
) -> Resolution:
    """Merge the actors of ``batch`` across reports (see the module docstring).

    ``registry`` defaults to :meth:`Registry.load` (the default registry); pass
    ``Registry([])`` for none. ``taken`` maps every id already in use to its actor's type,
    when ``known`` holds only some of the known actors (those the batch can join, see
    :mod:`kg.resolve.known`): a new actor never gets one of those ids. By default the ids of
    ``known`` are the ones taken. ``known_events`` are the events the batch's events may
    join (see :mod:`kg.resolve.events`), ``taken_events`` every event id in use;
    ``merge_events=False`` leaves the events as extracted (for a caller that resolves them).
    ``forms`` gives the full names of all known actors under a person key, when ``known``
    holds only some of them (:meth:`kg.resolve.known.KnownActors.forms`): whether a key is
    too common to block on counts them all (:mod:`kg.resolve.blocking`).
    """
    registry = Registry.load() if registry is None else registry
    nodes, where = _nodes(batch, known)
    for node in nodes:
        node.analyse()
    crowded = _crowded(nodes, forms)
    links = registry_nodes(nodes, registry)
    entry_index: dict[str, int] = {}
    for entry in sorted({e for _, e in links}, key=lambda e: e.key):
        entry_index[entry.key] = len(nodes)
        nodes.append(Node(("2", entry.key), entry.type, list(entry.names), entry.country,
                          entry.subtype, entry.wikidata, entry=entry))
    clusters = Clusters([_traits(n) for n in nodes])
    _apply_decisions(clusters, nodes, decisions or Decisions())
    for i, entry in links:
        clusters.union(i, entry_index[entry.key])
    edges = find_edges(nodes, crowded, forced=bool(decisions and decisions.same))
    for i, j in edges.strong:
        clusters.union(i, j)
    _merge_weak(clusters, edges)
    result = _build(batch, known, nodes, where, clusters, taken)
    if not merge_events:
        return result
    events = resolve_events(result.facts, actors=result.actors, known=known_events,
                            decisions=decisions, taken=taken_events)
    return Resolution(actors=result.actors, facts=events.facts, events=events.events)


def _nodes(
    batch: Sequence[Facts], known: Sequence[Actor]
) -> tuple[list[Node], dict[tuple[int, int], int]]:
    """Nodes sorted by content; ``where`` maps (facts index, actor index) to a node index."""
    items: list[tuple[tuple[str, ...], Node, tuple[int, int] | None]] = []
    for actor in known:
        key: tuple[str, ...] = ("0", actor.id)
        items.append((key, _node(key, actor, None, actor.id), None))
    for f, facts in enumerate(batch):
        for a, actor in enumerate(facts.actors):
            key = ("1", facts.report.id, actor.id, actor.name)
            items.append((key, _node(key, actor, facts.report.id, None), (f, a)))
    items.sort(key=lambda item: item[0])
    where = {pos: i for i, (_, _, pos) in enumerate(items) if pos is not None}
    return [node for _, node, _ in items], where


def _crowded(nodes: list[Node], forms: Callable[[str], AbstractSet[str]] | None) -> set[str]:
    """The person keys too common to block on, counting the full names of every known actor
    (through ``forms``, or those of the known nodes)."""
    if forms is None:
        index = form_index(n.persons for n in nodes if n.known_id)
        empty: frozenset[str] = frozenset()

        def forms(key: str) -> AbstractSet[str]:
            return index.get(key, empty)

    return crowded_keys((n.persons for n in nodes if n.known_id is None), forms)


def _node(key: tuple[str, ...], actor: Actor, report: str | None, known_id: str | None) -> Node:
    return Node(key, actor.type, actor.names, actor.country, actor.subtype, actor.wikidata,
                report=report, actor=actor, known_id=known_id)


def _traits(node: Node) -> Traits:
    return Traits(
        types={node.type},
        countries={node.country_key} if node.country_key else set(),
        places=set(node.bases.values()),
        registry={node.entry.key} if node.entry else set(),
        known={node.known_id} if node.known_id else set(),
        persons={p for p in node.persons.values() if p.given},
    )


def _apply_decisions(clusters: Clusters, nodes: list[Node], decisions: Decisions) -> None:
    if not decisions.same and not decisions.different:
        return
    index: dict[str, set[int]] = defaultdict(set)
    for i, node in enumerate(nodes):
        if node.entry is not None:
            continue
        if node.known_id:
            index[node.known_id].add(i)
        for name in node.names:
            index[name_key(name)].add(i)
            index[slugify(name)].add(i)

    def refer(ref: str) -> set[int]:
        return index.get(ref, set()) | index.get(name_key(ref), set())

    for n, (a, b) in enumerate(decisions.different):
        left, right = refer(a), refer(b)
        for i in left - right:
            clusters.traits(i).tags.add(f"{n}:a")
        for i in right - left:
            clusters.traits(i).tags.add(f"{n}:b")
    for a, b in decisions.same:
        members = sorted(refer(a) | refer(b))
        for i in members[1:]:
            clusters.union(members[0], i, force=True)


def _merge_weak(clusters: Clusters, edges: Edges) -> None:
    """Merge each less specific cluster into its only candidate; bare surnames with no
    candidate at all merge with each other."""
    candidates: dict[int, set[int]] = defaultdict(set)
    for less, more in edges.weak:
        rl, rm = clusters.find(less), clusters.find(more)
        if rl != rm:
            candidates[rl].add(rm)
    plans = []
    for rl, found in sorted(candidates.items()):
        fits = [rm for rm in sorted(found) if not clusters.conflict(rl, rm)]
        if len(fits) == 1:
            plans.append((rl, fits[0]))
    for rl, rm in plans:
        clusters.union(rl, rm)
    for _, members in sorted(edges.bare.items()):
        alone = [
            i for i in members
            if not candidates.get(clusters.find(i)) and not clusters.traits(i).persons
        ]
        for i in alone[1:]:
            clusters.union(alone[0], i)


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    return min(counts, key=lambda v: (-counts[v], v)) if counts else None


def _reports(nodes: Iterable[Node]) -> set[str]:
    out: set[str] = set()
    for node in nodes:
        if node.report:
            out.add(node.report)
        elif node.actor is not None:
            out |= node.actor.reports
    return out


def _build(
    batch: Sequence[Facts],
    known: Sequence[Actor],
    nodes: list[Node],
    where: dict[tuple[int, int], int],
    clusters: Clusters,
    taken: Mapping[str, str] | None,
) -> Resolution:
    groups = [m for m in clusters.groups().values() if any(nodes[i].report for i in m)]
    infos = []
    for members in groups:
        entry = next((nodes[i].entry for i in members if nodes[i].entry), None)
        real = [nodes[i] for i in members if nodes[i].entry is None]
        names = [name for node in real for name in node.names]
        kind = entry.type if entry else _most_common(n.type for n in real) or real[0].type
        info = Cluster(
            type=kind,
            names=names,
            entry=entry,
            known_ids=sorted({n.known_id for n in real if n.known_id}),
            country=(entry.country if entry and entry.country else None)
            or _most_common(n.country for n in real),
            size=len(real),
            first=real[0].sort_key,
        )
        info.name = canonical_name(kind, names, entry)
        infos.append(info)
    types: dict[str, str] = {a.id: a.type for a in known}
    ids = assign_ids(infos, ChainMap(types, taken) if taken is not None else types)  # type: ignore[arg-type]
    actors: dict[str, Actor] = {}
    node_id: dict[int, str] = {}
    for members, info, ident in zip(groups, infos, ids, strict=True):
        real = [nodes[i] for i in members if nodes[i].entry is None]
        for i in members:
            node_id[i] = ident
        actors[ident] = Actor(
            id=ident,
            name=info.name,
            type=info.type,  # type: ignore[arg-type]
            subtype=(info.entry.subtype if info.entry and info.entry.subtype else None)
            or _most_common(n.subtype for n in real),
            aliases={n for n in info.names if n != info.name},
            country=info.country,
            wikidata=(info.entry.wikidata if info.entry and info.entry.wikidata else None)
            or _most_common(n.wikidata for n in real),
            evidence=[e for n in real if n.actor for e in n.actor.evidence],
            reports=_reports(real),
        )
    out = []
    for f, facts in enumerate(batch):
        ids_map: dict[str, str] = {}
        own: dict[str, Actor] = {}
        for a, actor in enumerate(facts.actors):
            ident = node_id[where[(f, a)]]
            ids_map[actor.id] = ident
            merged = actors[ident]
            view = own.get(ident) or replace(
                merged, aliases=set(), evidence=[], reports={facts.report.id}
            )
            view.aliases |= {n for n in actor.names if n != merged.name}
            view.evidence = view.evidence + list(actor.evidence)
            own[ident] = view
        out.append(rewrite_facts(facts, ids_map, list(own.values())))
    return Resolution(actors=actors, facts=out)
