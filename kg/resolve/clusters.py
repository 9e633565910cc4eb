"""Union-find over actor nodes, where each cluster carries the traits that can forbid a merge.

Two clusters may not merge when (:meth:`Clusters.conflict`): their types differ; both have
countries and none is shared; both have host places ("US Embassy in Islamabad" / "in Banjul")
and none is shared; they match different registry entries or different known actors; a
curation decision says they are different; or they hold two names of one surname whose given
names disagree ("Ahmad Jahangir" / "Tariq Jahangir").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.resolve.persons import PersonName, relation

__all__ = ["Traits", "Clusters"]


@dataclass
class Traits:
    """What a node (then a cluster) says about itself, for the conflict checks."""

    types: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    registry: set[str] = field(default_factory=set)
    known: set[str] = field(default_factory=set)
    #: curation tags: "3:a" and "3:b" may not meet in one cluster
    tags: set[str] = field(default_factory=set)
    persons: set[PersonName] = field(default_factory=set)

    def absorb(self, other: Traits) -> None:
        self.types |= other.types
        self.countries |= other.countries
        self.places |= other.places
        self.registry |= other.registry
        self.known |= other.known
        self.tags |= other.tags
        self.persons |= other.persons


def _disjoint(a: set[str], b: set[str]) -> bool:
    return bool(a) and bool(b) and not (a & b)


def _opposed(a: set[str], b: set[str]) -> bool:
    return any(f"{t[:-1]}{'b' if t.endswith('a') else 'a'}" in b for t in a)


class Clusters:
    """Disjoint sets of node indices; the smaller index is always the root."""

    def __init__(self, traits: list[Traits]) -> None:
        self._parent = list(range(len(traits)))
        self._traits = traits

    def find(self, i: int) -> int:
        root = i
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[i] != root:
            self._parent[i], i = root, self._parent[i]
        return root

    def traits(self, i: int) -> Traits:
        return self._traits[self.find(i)]

    def conflict(self, i: int, j: int) -> bool:
        """True when the clusters of ``i`` and ``j`` may not merge (see the module docstring)."""
        a, b = self.traits(i), self.traits(j)
        if _opposed(a.tags, b.tags):
            return True
        if a.types != b.types or _disjoint(a.countries, b.countries):
            return True
        if _disjoint(a.places, b.places) or _disjoint(a.registry, b.registry):
            return True
        if _disjoint(a.known, b.known):
            return True
        return any(relation(p, q) == "conflict" for p in a.persons for q in b.persons)

    def union(self, i: int, j: int, *, force: bool = False) -> bool:
        """Merge the clusters of ``i`` and ``j`` unless they conflict; ``force`` overrides
        every conflict but a curation "different". Returns whether they are now one."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if force:
            if _opposed(self._traits[ri].tags, self._traits[rj].tags):
                return False
        elif self.conflict(ri, rj):
            return False
        root, child = min(ri, rj), max(ri, rj)
        self._parent[child] = root
        self._traits[root].absorb(self._traits[child])
        return True

    def groups(self) -> dict[int, list[int]]:
        """Root -> sorted member indices."""
        out: dict[int, list[int]] = {}
        for i in range(len(self._parent)):
            out.setdefault(self.find(i), []).append(i)
        return out
