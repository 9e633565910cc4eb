"""Canonical names and stable ids of resolved clusters.

Canonical name: the registry entry's name when the cluster matched one (with the host place
kept: "US Embassy in Islamabad"); otherwise the fullest name among the cluster's surface forms:
most words, then without a possessive "'s", then used by the most actors, then longest,
then alphabetical, so that the choice does not depend on the order of the reports. Persons'
titles ("FIA DG") and, for organizations, acronyms are chosen only when the cluster has
nothing else.

Ids (:func:`assign_ids`): a cluster holding a known actor keeps its id. Any other cluster gets
the slug of its canonical name, unless the slug is taken:

1. taken by an actor of the other type: a Person gets ``-person``, an Organization ``-org``;
2. taken by an actor of the same type (namesakes kept apart): ``-<country>`` when the cluster
   has a country, then ``-2``, ``-3``... until free.

New clusters claim slugs in a content-defined order: organizations first, then clusters with a
registry entry, then bigger clusters, then by their smallest member. So among new actors an
organization keeps the bare slug and a person namesake gets ``-person``.
"""

from __future__ import annotations

from collections import ChainMap, Counter
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass

from kg.names import display_name, is_acronym, name_key, slugify
from kg.resolve.names import split_place
from kg.resolve.persons import is_person_name
from kg.resolve.registry import RegistryEntry

__all__ = ["Cluster", "canonical_name", "assign_ids"]


@dataclass
class Cluster:
    """What naming needs to know about one cluster."""

    type: str
    names: list[str]
    entry: RegistryEntry | None
    known_ids: list[str]
    country: str | None
    size: int
    first: tuple[str, ...]
    name: str = ""


def canonical_name(type: str, names: Sequence[str], entry: RegistryEntry | None) -> str:
    """The canonical name of a cluster with these surface forms (see the module docstring)."""
    if entry is not None:
        if split_place(entry.name) is None:
            keys = {name_key(n) for n in entry.names}
            placed = [
                (n, s) for n in names if (s := split_place(n)) and name_key(s[0]) in keys
            ]
            if placed:
                uses = Counter(display_name(n) for n in names)
                _, (_, prep, place) = min(placed, key=lambda p: _rank(display_name(p[0]), uses))
                return f"{entry.name} {prep} {place}"
        return entry.name
    if type == "Person":
        pool = [n for n in names if is_person_name(n)]
    else:
        pool = [n for n in names if not is_acronym(n)]
    uses = Counter(display_name(n) for n in names)
    return min((display_name(n) for n in pool or names), key=lambda n: _rank(n, uses))


def _rank(shown: str, uses: Counter[str]) -> tuple[int, bool, int, int, str]:
    """Fullest first: most words, no possessive ("INTERPOL's Executive Committee" yields to
    "INTERPOL Executive Committee"), most uses, longest, then alphabetical."""
    possessive = "'s " in shown or "\u2019s " in shown
    return (-len(shown.split()), possessive, -uses[shown], -len(shown), shown)


def assign_ids(clusters: Sequence[Cluster], taken: Mapping[str, str]) -> list[str]:
    """One id per cluster (see the module docstring). ``taken`` maps every id already in use
    (all known actors) to its actor's type; it is read, never copied or changed, so a long
    ingest's table of known ids costs nothing per batch."""
    ids: list[str] = [""] * len(clusters)
    owner: MutableMapping[str, str] = ChainMap({}, taken)  # type: ignore[arg-type]
    for i, cluster in enumerate(clusters):
        if cluster.known_ids:
            preferred = slugify(cluster.name)
            ids[i] = min(cluster.known_ids, key=lambda k: (k != preferred, k))
            owner[ids[i]] = cluster.type
    order = sorted(
        (i for i in range(len(clusters)) if not ids[i]),
        key=lambda i: (
            clusters[i].type != "Organization",
            clusters[i].entry is None,
            -clusters[i].size,
            clusters[i].first,
        ),
    )
    for i in order:
        ids[i] = _claim(clusters[i], owner)
        owner[ids[i]] = clusters[i].type
    return ids


def _claim(cluster: Cluster, owner: Mapping[str, str]) -> str:
    base = (cluster.entry.id if cluster.entry is not None and cluster.entry.id else None) \
        or slugify(cluster.name)
    if base not in owner:
        return base
    if owner[base] != cluster.type:
        candidate = f"{base}-{'person' if cluster.type == 'Person' else 'org'}"
    elif cluster.country and not base.endswith(slugify(cluster.country)):
        candidate = f"{base}-{slugify(cluster.country)}"
    else:
        candidate = base
    n = 2
    unique = candidate
    while unique in owner:
        unique = f"{candidate}-{n}"
        n += 1
    return unique
