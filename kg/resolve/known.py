"""The running table of known actors, indexed so that a batch touches only those it can join.

Resolving a batch against every known actor made an ingest quadratic: each batch built and
analysed one node per known actor. :class:`KnownActors` keeps the table of an ingest (the
actors slimmed as :func:`slim` says) and an inverted index from *signals* to actor ids. Each
actor is analysed once, when it is added or its names change.

A signal is a short string naming one of the groups that :mod:`kg.resolve.candidates` and
:mod:`kg.resolve.resolver` join nodes through; :func:`signals` derives them from the fields
:meth:`Node.analyse` fills, the same fields the edges are found from:

- ``=TYPE:key``: a key of ``Node.keys`` or ``Node.persons`` (so bare surnames too), except a
  one-word surname of a person who also has a full name, which gives ``V:key`` and meets the
  ``M:key`` of forms of several words only (see :func:`signals`);
- ``B:base``: an organization's name without its place (``Node.bases``); meets the
  ``=Organization:base`` of the bare name;
- ``G:key``: the name a group is named after (``Node.groups``, "World Bank" of "World Bank
  Group"); meets the ``=Organization:key`` of that name;
- ``A:XYZ`` / ``I:XYZ``: an acronym an organization states / one its names give
  (``Node.acronyms``, ``Node.initials``); each meets the other;
- ``P:block``: a person's full name's block, surname skeleton and first initial; ``Q:``
  its finer block (:func:`kg.resolve.blocking.fine_block`), which a crowded block is split
  into;
- ``S:skel``: the surname skeleton of a full name; meets ``N:skel`` (a bare surname of a
  person with no full name) and ``n:skel`` (one of a person who has a full name too);
- ``R:entry``: the registry entry the node matches (as ``registry_nodes`` matches it);
- ``D:n``: the ``same`` decision ``n`` refers to the node (as ``_apply_decisions`` reads it).

Any other signal meets itself. Two nodes are joined by an edge (or merged through a registry
entry or a decision), or sit in one group whose members decide together (the nodes of a key,
of whom the first of each country represents it; the lone bare surnames of a key), only if
one has a signal the other meets (:func:`partners`).

:meth:`KnownActors.candidates` takes the known actors meeting a batch node, then from each of
them the actors meeting its *spreading* signals, and so on until nothing new comes. A known
actor spreads only some signals because two known actors never end in one cluster (their ids
conflict; only a curation ``same`` overrides that, and ``D:`` spreads): an edge between two
known actors never merges anything, so a known actor needs beside it only what decides how it
meets the batch:

- the other nodes of its keys (``=``, ``M:``, ``V:``): which of them represents a key, and
  which spelling of a key the person edges read (the last node's), depend on all of them;
- the other actors of its registry entry (``R:``): the first one linked takes the entry;
- the other actors of its decisions (``D:``);
- for a person with nothing but bare surnames (``N:``), the full names they point to: a bare
  surname with no candidate at all merges with the other lone ones of its key, and a known
  actor's candidates count there even though it could merge with none of them. That can
  matter only if the actor could end in a cluster with a lone bare surname of the batch,
  that is if it shares a key, an entry or a decision with a batch node (``=``, ``M:``,
  ``V:``, ``R:``, ``D:``), or a decision with a known actor that may. So bare surnames spread
  from such an actor, and from the other actors of its keys (the last of them gives the
  spelling its bare surnames are read in), not from an actor the batch meets through a
  surname, a block, an acronym or a base only (else one "Khan" would bring every Khan).

Batch nodes spread every signal. Resolving the batch against these candidates gives the same
clusters and ids as against every known actor, as long as ids are handed out knowing every
known id (``resolve(..., taken=...)``, see :meth:`KnownActors.taken`); the tests in
``tests/resolve/test_known.py`` check that on crafted and random ingests, a case for each rule.
``spread_all`` (every signal spreads: the whole connected component) and ``hops`` are there
to measure. What still grows with the corpus is inherent in the resolver's blocking: a full
name meets every known person of its block, and every one of its surname with a bare
surname among their names.

:func:`resolve_with` ties it together: candidates, ``resolve``, then the table takes in the
result the way an ingest always has (a known actor gains the names it was seen under, a new
actor is added).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from kg.model import Actor, Facts
from kg.names import name_key, slugify
from kg.resolve.blocking import block, crowded_keys, fine_block, person_signals, surname_key
from kg.resolve.candidates import Node
from kg.resolve.decisions import Decisions
from kg.resolve.known_events import KnownEvents, resolve_events_with
from kg.resolve.registry import Registry
from kg.resolve.resolver import Resolution, resolve

__all__ = ["KnownActors", "slim", "signals", "partners", "resolve_with"]


def slim(actor: Actor) -> Actor:
    """The actor as the running table keeps it: resolution matches known actors by their
    names, type, country and ids, never by the reports that name them or by their evidence,
    which grow with the corpus and made a long ingest's memory grow with them."""
    return replace(actor, reports=set(), evidence=[])


def _node(actor: Actor) -> Node:
    """An analysed node for ``actor``, built from the fields ``resolve`` builds it from."""
    node = Node((), actor.type, actor.names, actor.country, actor.subtype, actor.wikidata)
    node.analyse()
    return node


def signals(
    node: Node, registry: Registry, same: Sequence[tuple[str, str]] = (), ident: str | None = None
) -> set[str]:
    """The signals of an analysed node (see the module docstring); ``ident`` is its known id,
    which ``same`` decisions may refer to, as they may to a name or its slug."""
    out = {f"={node.type}:{key}" for key in node.keys}
    full = any(person.given for person in node.persons.values())
    for key, person in node.persons.items():
        if person.given:
            out.add(f"P:{block(person)}")
            out.add(f"Q:{fine_block(person)}")
            out.add(f"S:{surname_key(person)}")
        else:
            out.add(f"{'n' if full else 'N'}:{surname_key(person)}")
        if " " in person.text:
            # a form of several words ("Ahmad Khan", "Al Hassan"): another form of its key
            # may be split otherwise ("Alhassan"), and the form the edges read for a key is
            # whichever node comes last, so it meets every node with that key
            out.update((f"={node.type}:{key}", f"M:{key}"))
        elif person.given or not full:
            out.add(f"={node.type}:{key}")
        else:
            # a one-word surname of a node that also has a full name ("Karim" of "Karim
            # Osei"): bare-surname nodes merge with each other only when they have no full
            # name, so it meets the other nodes of its key only where one splits it otherwise
            out.add(f"V:{key}")
    if node.type == "Organization":
        out.update(f"A:{a}" for a in node.acronyms - node.initials)
        out.update(f"I:{a}" for a in node.initials)
        out.update(f"B:{base}" for base in node.bases)
        out.update(f"G:{member}" for member in node.groups)
    entry = registry.match(node.names, node.type, node.country)
    if entry is not None:
        out.add(f"R:{entry.key}")
    out.update(_decision_signals(node.names, ident, same))
    return out


def _decision_signals(
    names: Iterable[str], ident: str | None, same: Sequence[tuple[str, str]]
) -> Iterator[str]:
    """``D:n`` for each ``same`` pair that refers to a node with these names and id (as
    ``resolver._apply_decisions`` reads a reference: an id, a name or a slug)."""
    if not same:
        return
    refs = {ident} if ident else set()
    for name in names:
        refs.add(name_key(name))
        refs.add(slugify(name))
    for n, pair in enumerate(same):
        if any(ref in refs or name_key(ref) in refs for ref in pair):
            yield f"D:{n}"


#: the kinds of signal a known actor spreads (see the module docstring); ``=`` starts a key
SPREADING = frozenset("=MVRD")
#: what an actor whose bare surnames spread passes on: its bare surnames, and the same to the
#: other actors of its keys (one of them may give the spelling its bare surname is read in)
_PASSING = frozenset("=MVN")
#: what a batch node shares with a known actor that may end in one cluster with it
_SHARED = frozenset("=MVRD")


def partners(signal: str) -> tuple[str, ...]:
    """The signals a node with ``signal`` meets (see the module docstring)."""
    kind, _, value = signal.partition(":")
    if kind == "=Organization":
        return (signal, f"B:{value}", f"G:{value}")
    if kind in ("B", "G"):
        return (f"=Organization:{value}",)
    if kind == "A":
        return (f"I:{value}",)
    if kind == "I":
        return (f"A:{value}",)
    if kind == "S":
        return (f"N:{value}", f"n:{value}")
    if kind in ("N", "n"):
        return (f"S:{value}",)
    if kind == "M":
        return (f"V:{value}",)
    if kind == "V":
        return (f"M:{value}",)
    return (signal,)


class _Types(Mapping[str, str]):
    """Known id -> actor type, read through the table (no copy per batch)."""

    def __init__(self, actors: dict[str, Actor], gone: frozenset[str] = frozenset()) -> None:
        self._actors = actors
        self._gone = gone  # ids free again: their actors are rebuilt from the batch

    def __getitem__(self, ident: str) -> str:
        if ident in self._gone:
            raise KeyError(ident)
        return self._actors[ident].type

    def __iter__(self) -> Iterator[str]:
        return (i for i in self._actors if i not in self._gone)

    def __len__(self) -> int:
        return len(self._actors) - len(self._gone & self._actors.keys())

    def __contains__(self, ident: object) -> bool:
        return ident in self._actors and ident not in self._gone


@dataclass
class KnownActors:
    """Known actors by id (slimmed), with the index from signals to ids.

    The signals depend on the ``registry`` (which entry an actor matches) and on the ``same``
    pairs of ``decisions``; the table reads the decisions again when they change.
    """

    registry: Registry
    decisions: Decisions = field(default_factory=Decisions)
    actors: dict[str, Actor] = field(default_factory=dict)
    _signals: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _index: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _same: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    #: person key (``S:``/``P:``) -> full name -> how many known actors have it
    _forms: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)
    _forms_of: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._same = tuple(self.decisions.same)
        actors, self.actors = self.actors, {}
        for actor in actors.values():
            self.add(actor)

    @classmethod
    def of(
        cls, actors: Iterable[Actor], registry: Registry, decisions: Decisions | None = None
    ) -> KnownActors:
        """A table holding ``actors`` (slimmed)."""
        table = cls(registry, decisions or Decisions())
        for actor in actors:
            table.add(actor)
        return table

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, ident: object) -> bool:
        return ident in self.actors

    def add(self, actor: Actor) -> None:
        """Add an actor (slimmed), or replace the known actor of its id."""
        self.actors[actor.id] = slim(actor)
        self._index_actor(actor.id)

    def absorb(self, actors: Iterable[Actor]) -> None:
        """Take in the merged actors of a resolution: a known actor gains the names it was
        seen under (and is analysed again only if that gave it a new name), a new one is
        added."""
        for actor in actors:
            old = self.actors.get(actor.id)
            if old is None:
                self.add(actor)
                continue
            before = set(old.names)
            old.aliases |= actor.aliases | {actor.name}
            if set(old.names) != before:
                self._index_actor(actor.id)

    def taken(self, gone: frozenset[str] = frozenset()) -> Mapping[str, str]:
        """Every known id with its actor's type, for ``resolve(..., taken=...)``, but the ids
        ``gone`` (actors rebuilt from the batch, see :func:`resolve_with`)."""
        return _Types(self.actors, gone)

    def candidates(
        self, batch: Sequence[Facts], *, hops: int | None = None, spread_all: bool = False
    ) -> list[Actor]:
        """The known actors that can change how ``batch`` resolves, ordered by id (see the
        module docstring). For measuring: ``hops`` stops after that many steps from the batch
        (1: only the actors meeting a batch node), which may resolve differently;
        ``spread_all`` lets known actors spread every signal, which gives more actors and the
        same resolution."""
        self._refresh_decisions()
        crowded = self.crowded(batch)
        # signal -> whether the actors it finds pass on their bare surnames (see below)
        wanted: dict[str, bool] = {}
        for facts in batch:
            for actor in facts.actors:
                for signal in signals(_node(actor), self.registry, self._same):
                    for p in partners(signal):
                        wanted[p] = wanted.get(p, False) or p[0] in _SHARED
        seen: dict[str, bool] = {}
        found: set[str] = set()
        bare: set[str] = set()  # actors whose bare surnames spread
        depth = 0
        while wanted and (hops is None or depth < hops):
            depth += 1
            seen.update(wanted)
            new: set[str] = set()
            new_bare: set[str] = set()
            for signal, passes in wanted.items():
                if _skipped(signal, crowded):
                    continue
                for ident in self._index.get(signal, ()):
                    if ident not in found:
                        new.add(ident)
                    if (passes or spread_all) and ident not in bare:
                        new_bare.add(ident)
            found |= new
            bare |= new_bare
            wanted = {}
            for ident in new:
                for s in self._signals[ident]:
                    if spread_all or s[0] in SPREADING:
                        for p in partners(s):
                            wanted[p] = wanted.get(p, False) or s.startswith("D:")
            for ident in new_bare:
                for s in self._signals[ident]:
                    if s[0] in _PASSING:
                        for p in partners(s):
                            wanted[p] = wanted.get(p, False) or not s.startswith("N:")
            wanted = {p: q for p, q in wanted.items() if p not in seen or (q and not seen[p])}
        return [self.actors[ident] for ident in sorted(found)]

    def _index_actor(self, ident: str) -> None:
        node = _node(self.actors[ident])
        self._set_signals(ident, signals(node, self.registry, self._same, ident))
        self._set_forms(ident, tuple(sorted(set(person_signals(node.persons)))))

    def _set_forms(self, ident: str, pairs: tuple[tuple[str, str], ...]) -> None:
        for key, form in self._forms_of.get(ident, ()):
            counts = self._forms[key]
            counts[form] -= 1
            if not counts[form]:
                del counts[form]
                if not counts:
                    del self._forms[key]
        for key, form in pairs:
            counts = self._forms.setdefault(key, {})
            counts[form] = counts.get(form, 0) + 1
        self._forms_of[ident] = pairs

    def forms(self, key: str) -> AbstractSet[str]:
        """The distinct full names of the known actors under a person key (``S:``/``P:``),
        for ``resolve(..., forms=...)``."""
        return self._forms.get(key, {}).keys()

    def crowded(self, batch: Sequence[Facts]) -> set[str]:
        """The person keys of ``batch`` too common to block on (see
        :mod:`kg.resolve.blocking`), as ``resolve`` decides them."""
        persons = [_node(a).persons for facts in batch for a in facts.actors]
        return crowded_keys(persons, self.forms)

    def _set_signals(self, ident: str, found: Iterable[str]) -> None:
        """Make ``found`` the signals of ``ident``, in the index too (replacing its old ones)."""
        old = set(self._signals.get(ident, ()))
        keys = tuple(sorted({sys.intern(s) for s in found}))
        for signal in old - set(keys):
            ids = self._index[signal]
            ids.remove(ident)
            if not ids:
                del self._index[signal]
        for signal in keys:
            if signal not in old:
                self._index.setdefault(signal, []).append(ident)
        self._signals[ident] = keys

    def _refresh_decisions(self) -> None:
        """Re-derive the ``D:`` signals when the ``same`` decisions changed."""
        same = tuple(self.decisions.same)
        if same == self._same:
            return
        self._same = same
        for ident, actor in self.actors.items():
            keep = [s for s in self._signals[ident] if not s.startswith("D:")]
            self._set_signals(ident, keep + list(_decision_signals(actor.names, ident, same)))


def _skipped(signal: str, crowded: AbstractSet[str]) -> bool:
    """Whether a signal is too common to look up: a crowded block (its finer ``Q:`` block is
    looked up instead), or the surname of a crowded surname, whose bare forms join nothing."""
    kind, _, value = signal.partition(":")
    if kind == "P":
        return signal in crowded
    return kind in ("S", "N", "n") and f"S:{value}" in crowded


def resolve_with(
    batch: Sequence[Facts], known: KnownActors, events: KnownEvents | None = None,
    gone: frozenset[str] = frozenset(),
) -> Resolution:
    """Resolve ``batch`` against the table (its registry and decisions) and take the result
    into it; the same resolution as against every known actor, at the cost of the batch's
    closure. Its events are merged with each other and, given ``events``, with the known
    events they can join (:mod:`kg.resolve.known_events`).

    ``gone`` are known actors that only reports of the batch name (reports loaded again, as
    by ``kg ingest --force``): they are rebuilt from the batch as in a clean ingest, so they
    neither join it nor keep their ids taken (which gave "-2" ids on a re-ingest)."""
    result = resolve(
        batch,
        known=[a for a in known.candidates(batch) if a.id not in gone],
        taken=known.taken(gone),
        registry=known.registry,
        decisions=known.decisions,
        merge_events=False,
        forms=known.forms,
    )
    known.absorb(result.actors.values())
    table = events if events is not None else KnownEvents()
    merged = resolve_events_with(result.facts, result.actors, table, known.decisions)
    return Resolution(actors=result.actors, facts=merged.facts, events=merged.events)
