"""Nodes to resolve, and the candidate edges between them, found by blocking.

A node is one actor of one report, a known actor, or a registry entry. Nodes are indexed by
keys (exact normalized name, stated acronym, acronym a name gives, name without its place,
surname skeleton + first initial) and only nodes sharing a key are compared, so the cost grows
with the number of nodes, not its square.

Edges come in two strengths:

- *strong* (registry match, same normalized name, same person under spelling variants, an
  acronym a report defines for a name in parentheses): merged unless the clusters conflict;
- *weak* (from a less specific name to a more specific one: a bare surname, a dropped middle
  name, an acronym alone, a name without its "in <Place>", a name without a country; and from
  a group to the body it is named after, "World Bank Group" to "World Bank"): merged
  only when the less specific cluster has exactly one candidate, since "Jahangir" with two
  Jahangirs in the corpus could be either.

:mod:`kg.resolve.known` picks the known actors a batch can join by the same keys (its
``signals``): a new way for two nodes to meet belongs there too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from kg.model import Actor
from kg.names import acronym_key, is_acronym, name_key
from kg.resolve.blocking import block, fine_block, surname_key
from kg.resolve.names import group_member, initials, place_key, split_place
from kg.resolve.persons import PersonName, is_person_name, parse, relation, untitled
from kg.resolve.registry import Registry, RegistryEntry

__all__ = ["Node", "Edges", "registry_nodes", "find_edges"]


@dataclass
class Node:
    """One actor (or registry entry) to cluster. ``sort_key`` orders nodes by content."""

    sort_key: tuple[str, ...]
    type: str
    names: list[str]
    country: str | None = None
    subtype: str | None = None
    wikidata: str | None = None
    report: str | None = None
    actor: Actor | None = None
    known_id: str | None = None
    entry: RegistryEntry | None = None
    # filled by analyse()
    keys: set[str] = field(default_factory=set)
    persons: dict[str, PersonName] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    bases: dict[str, str] = field(default_factory=dict)
    #: keys of the names this node's group names are named after ("World Bank Group")
    groups: set[str] = field(default_factory=set)

    @property
    def country_key(self) -> str:
        return name_key(self.country) if self.country else ""

    def analyse(self) -> None:
        """Fill the matching keys from the names."""
        if self.type == "Person":
            for name in self.names:
                found = _person_form(name)
                if found is not None:
                    self.persons[found[0]] = found[1]
            self.keys = {k for k, p in self.persons.items() if p.given}
            return
        forms = [_org_form(name) for name in self.names]
        for form in forms:
            if form.acronym is None:
                self.initials |= form.initials
                self.keys.add(form.key)
                if form.group is not None:
                    self.groups.add(form.group)
                if form.base is not None:
                    self.bases[form.base[0]] = form.base[1]
        for form in forms:
            if form.acronym is not None:
                self.acronyms.add(form.acronym)
                # an acronym backed by this node's own expansion is matched through the
                # expansion: "NPB" of two different bureaus must not join them
                if form.acronym not in self.initials:
                    self.keys.add(form.key)


#: how many distinct names the analyses below remember: a name is analysed once however
#: many reports and batches name it (the known actors a batch meets are analysed again in
#: each batch that meets them), and the memory stays bounded on any corpus
NAME_CACHE = 1 << 17


@lru_cache(maxsize=NAME_CACHE)
def _person_form(name: str) -> tuple[str, PersonName] | None:
    """(name key, parsed name) of a person's name, or None when it reads as no name."""
    # "General Sharipzoda": a title before the name is not part of it
    name = untitled(name)
    if is_person_name(name):
        person = parse(name)
        if person.surname:
            return name_key(name), person
    return None


@dataclass(frozen=True)
class _OrgForm:
    """What an organization's name gives: its key; for an acronym, its acronym key; else
    the acronyms it can give, the key of the body a group name is named after, and the key
    of the name without its place with the place's key."""

    key: str
    acronym: str | None = None
    initials: frozenset[str] = frozenset()
    group: str | None = None
    base: tuple[str, str] | None = None


@lru_cache(maxsize=NAME_CACHE)
def _org_form(name: str) -> _OrgForm:
    if is_acronym(name):
        return _OrgForm(name_key(name), acronym=acronym_key(name))
    found = set(initials(name))
    member = group_member(name)
    split = split_place(name)
    base = None
    if split:
        found |= initials(split[0])
        base = (name_key(split[0]), place_key(split[2]))
    return _OrgForm(name_key(name), initials=frozenset(found),
                    group=name_key(member) if member else None, base=base)


def registry_nodes(nodes: list[Node], registry: Registry) -> list[tuple[int, RegistryEntry]]:
    """(node index, entry) for every node that matches a registry entry."""
    out = []
    for i, node in enumerate(nodes):
        if node.entry is None:
            entry = registry.match(node.names, node.type, node.country)
            if entry is not None:
                out.append((i, entry))
    return out


@dataclass
class Edges:
    """Candidate pairs of node indices: strong (i, j) and weak (less specific, more specific)."""

    strong: list[tuple[int, int]] = field(default_factory=list)
    weak: list[tuple[int, int]] = field(default_factory=list)
    #: bare-surname nodes by surname skeleton, merged together when no full name fits
    bare: dict[tuple[str, str], list[int]] = field(default_factory=dict)


def _compatible(a: str, b: str) -> bool:
    return not a or not b or a == b


def _subgroups(nodes: list[Node], members: Iterable[int]) -> dict[str, int]:
    """Country key -> smallest node index among ``members`` with that country."""
    reps: dict[str, int] = {}
    for i in members:
        c = nodes[i].country_key
        reps[c] = min(reps.get(c, i), i)
    return reps


def find_edges(
    nodes: list[Node], crowded: AbstractSet[str] = frozenset(), forced: bool = True
) -> Edges:
    """All candidate edges among ``nodes`` (already analysed), in a content-defined order;
    ``crowded``: the person keys too common to block on (:mod:`kg.resolve.blocking`);
    ``forced``: whether curation may force two known actors into one cluster (``same``
    decisions), else a bare surname's edges between known actors are cut short (see
    :func:`_person_edges`)."""
    edges = Edges()
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        for key in node.keys:
            by_key[(node.type, key)].append(i)
    reps: dict[tuple[str, str], dict[str, int]] = {}
    for group_key, members in by_key.items():
        sub = reps[group_key] = _subgroups(nodes, members)
        for i in members:
            edges.strong.append((sub[nodes[i].country_key], i))
        if "" in sub:
            edges.weak.extend((sub[""], rep) for c, rep in sub.items() if c)
    _org_edges(nodes, by_key, reps, edges)
    _defined_acronyms(nodes, edges)
    _person_edges(nodes, reps, edges, crowded, forced)
    edges.strong = sorted({(min(e), max(e)) for e in edges.strong if e[0] != e[1]})
    edges.weak = sorted({e for e in edges.weak if e[0] != e[1]})
    return edges


def _org_edges(
    nodes: list[Node],
    by_key: dict[tuple[str, str], list[int]],
    reps: dict[tuple[str, str], dict[str, int]],
    edges: Edges,
) -> None:
    """Weak edges: a stated acronym to names giving it; a bare name to its placed forms; a
    group to the one it is named after."""
    by_initials: dict[str, list[int]] = defaultdict(list)
    by_base: dict[str, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if node.type != "Organization":
            continue
        for acronym in node.initials:
            by_initials[acronym].append(i)
        for base in node.bases:
            by_base[base].append(i)
        for member in node.groups:
            edges.weak.extend((i, j) for j in reps.get(("Organization", member), {}).values())
    for (kind, key), sub in reps.items():
        if kind != "Organization":
            continue
        for rep in sub.values():
            node = nodes[rep]
            for acronym in node.acronyms - node.initials:
                if name_key(acronym) == key:
                    edges.weak.extend((rep, j) for j in by_initials.get(acronym, ()))
            if key not in node.bases:
                edges.weak.extend((rep, j) for j in by_base.get(key, ()))


#: an acronym in parentheses, as a report defines one: "Development Bank of Latin America (CAF)"
_DEFINITION = re.compile(r"\(\s*([A-Z][A-Za-z0-9.&\-]{1,11})\s*\)")


def _defined_acronyms(nodes: list[Node], edges: Edges) -> None:
    """Strong edges from an organization to the acronym actor of the same report that the
    report defines for it, written in parentheses right after its name. Extraction takes
    such a definition only when the acronym spells the name's initials; one that does not
    (the acronym of the name in another language: "Development Bank of Latin America
    (CAF)", "Doctors Without Borders (MSF)") left the acronym an actor of its own, which
    the report itself says is the same."""
    stated: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if node.type == "Organization" and node.report:
            for acronym in node.acronyms - node.initials:
                stated[(node.report, acronym)].append(i)
    if not stated:
        return
    for i, node in enumerate(nodes):
        if node.type != "Organization" or not node.report or node.actor is None:
            continue
        full = [n.casefold() for n in node.names if not is_acronym(n)]
        for sentence in sorted({e.sentence for e in node.actor.evidence}):
            for found in _DEFINITION.finditer(sentence):
                targets = stated.get((node.report, acronym_key(found.group(1))), ())
                before = sentence[: found.start()].rstrip()
                if targets and any(_names_whole(before, name) for name in full):
                    edges.strong.extend((i, j) for j in targets)


def _names_whole(before: str, name: str) -> bool:
    """Does ``before`` end with the whole name ``name`` (folded), not with its tail? A one-word
    name counts only where no capitalized word runs on before it: "Agency",
    an alias of the Border Agency, ends "Investigation Agency (FIA)" but does not name it."""
    if not before.casefold().endswith(name):
        return False
    rest = before[: len(before) - len(name)]
    if rest and (rest[-1].isalnum() or rest[-1] in "-'’"):
        return False  # inside a word
    if " " in name:
        return True  # a name of several words ends no other name by chance
    words = rest.split()
    return not words or not words[-1][:1].isupper() or words[-1].casefold() == "the"


def _person_edges(
    nodes: list[Node], reps: dict[tuple[str, str], dict[str, int]], edges: Edges,
    crowded: AbstractSet[str] = frozenset(), forced: bool = True,
) -> None:
    """Persons of one surname: strong for the same name spelled differently, weak for a
    shortened name (dropped middle name, initials, bare surname).

    A known actor's bare surname gets one edge to the full names of other known actors, not
    one to each, unless curation may force known actors together (``forced``): two known
    actors are never in one cluster otherwise (their ids conflict), so such an edge never
    merges and tells only that the bare surname has a candidate, which one edge tells as well
    (:func:`kg.resolve.resolver._merge_weak`). Each was a conflict check in every batch
    meeting the surname, up to a crowded surname's count of known actors squared.

    Only pairs with a form of the batch are compared: two known actors never end in one
    cluster (their ids conflict), and an edge between two full names of known actors leaves
    the bare surnames' rule alone (a node with a full name is never a lone bare surname).
    A crowded block is split finer, a crowded surname's bare forms join nothing
    (:mod:`kg.resolve.blocking`)."""
    forms: dict[str, PersonName] = {}
    bare: dict[str, list[int]] = defaultdict(list)
    ours: set[str] = set()
    for i, node in enumerate(nodes):
        for key, person in node.persons.items():
            forms[key] = person
            if not person.given:
                bare[key].append(i)
        if node.known_id is None and node.entry is None:
            ours.update(node.persons)
    blocks: dict[str, list[str]] = defaultdict(list)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in sorted(forms):
        person = forms[key]
        if person.given:
            where = block(person)
            if f"P:{where}" in crowded:
                where = "~" + fine_block(person)
            blocks[where].append(key)
            by_surname[surname_key(person)].append(key)
    for in_block in blocks.values():
        if not ours.intersection(in_block):
            continue
        for x, a in enumerate(in_block):
            for b in in_block[x + 1:]:
                if a not in ours and b not in ours:
                    continue
                kind = relation(forms[a], forms[b])
                if kind == "same":
                    _link(nodes, reps, a, b, edges.strong)
                elif kind == "partial":
                    less, more = sorted((a, b), key=lambda k: (forms[k].specificity, k))
                    _link(nodes, reps, less, more, edges.weak)
    for key, members in bare.items():
        person = forms[key]
        if f"S:{surname_key(person)}" in crowded:
            continue  # too common a surname: ambiguous, as with two fitting full names
        edges.bare[(surname_key(person), key)] = sorted(members)
        known = set() if forced else {i for i in members if nodes[i].known_id}
        met: set[int] = set()  # known members with an edge to another known actor
        for full in by_surname.get(surname_key(person), ()):
            if relation(person, forms[full]) != "partial":
                continue
            for j in reps[("Person", full)].values():
                for i in members:
                    if i in known and nodes[j].known_id and i != j:
                        if i in met:
                            continue
                        met.add(i)
                    edges.weak.append((i, j))


def _link(
    nodes: list[Node],
    reps: dict[tuple[str, str], dict[str, int]],
    a: str,
    b: str,
    out: list[tuple[int, int]],
) -> None:
    """Edges between the country subgroups of two person forms whose countries agree."""
    for ca, i in reps[("Person", a)].items():
        for cb, j in reps[("Person", b)].items():
            if _compatible(ca, cb):
                out.append((i, j))
