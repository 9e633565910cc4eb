"""The events of a store as its reports' own mentions, resolved again where a batch reaches.

An ingest used to resolve each batch's events against the merged events already stored, and
two stored events were never merged by a later report that linked them: the graph depended on
how the reports had been cut into batches (an ingest killed and run again differed from one
clean ingest). :class:`KnownEvents` keeps instead every report's own mentions (the events its
extraction found, with their organizers and participants), and the clusters and ids of one
resolution of them all. A batch:

1. drops the mentions of its reports that were loaded before (they are loaded again) and adds
   the new ones;
2. takes the part of the mentions the change can reach: those joined to a new mention, or to
   a mention that shared a cluster with a dropped one, by a pair that scores above the
   threshold (compared through the global blocks, :func:`kg.resolve.events.blocking_keys`)
   or by a curator's ``same``, and so on until nothing new comes;
3. clusters that part afresh (:func:`kg.resolve.events.cluster_mentions`). Pairs never cross
   its border and the merging of one connected part never looks at another, so the clusters
   are those of one resolution of every mention, whatever the batches and their order;
4. names each new cluster and gives it an id that depends on its mentions only: the slug of
   its name with its year; among the clusters of one slug the first by its smallest mention
   key takes it bare, each other adds a digest of its smallest mention key
   ("delta-forum-2025-3f9a2c"), so a new cluster of a slug renames at most one other
   (:meth:`KnownEvents._name`);
5. lists the reports loaded earlier whose view of an event changed (another id, name, days,
   places...): :attr:`EventResolution.rewrites`, which the ingest writes again from their own
   facts (:meth:`KnownEvents.apply`).

The cost of a batch is that of the part it reaches, not of the store. Events stored by an
older version, without their reports' own mentions, come in as *pinned* mentions
(:func:`kg.resolve.events.known_mention`): they keep their ids and never merge with each
other, as before.
"""

from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from kg.model import Event, Facts
from kg.resolve.blocking import block_limit
from kg.resolve.decisions import Decisions
from kg.resolve.event_clusters import (
    MAX_BLOCK,
    blocking_keys,
    cluster_mentions,
    edge,
    mention_refs,
    weak_edge,
    weak_keys,
)
from kg.resolve.event_identity import event_slug, merge_mentions, name_form
from kg.resolve.event_mentions import Mention, never_one
from kg.resolve.events import (
    EventResolution,
    KnownEvent,
    known_mention,
    mention_key,
    report_mentions,
    rewrite_events,
)
from kg.resolve.names import name_key

__all__ = ["KnownEvents", "resolve_events_with"]

Key = tuple[str, ...]


@dataclass
class _Cluster:
    members: list[Key]  # sorted
    event: Event
    base: str
    pinned: str | None = None


@dataclass
class KnownEvents:
    """Every report's event mentions, their blocks, and the clusters they resolve into."""

    #: ids no new event may take (in use elsewhere)
    reserved: set[str] = field(default_factory=set)
    mentions: dict[Key, Mention] = field(default_factory=dict)
    clusters: dict[str, _Cluster] = field(default_factory=dict)
    #: report id -> the signature of its events' views as its graph in the store holds them
    written: dict[str, str] = field(default_factory=dict)
    #: mention -> its blocking keys, as a tuple of the strings the blocks are keyed by (about
    #: 30 keys a mention: a set of fresh strings each took ~4 KiB, most of the table at scale)
    _keys: dict[Key, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _blocks: dict[str, set[Key]] = field(default_factory=lambda: defaultdict(set), repr=False)
    _refs: dict[str, set[Key]] = field(default_factory=lambda: defaultdict(set), repr=False)
    _by_report: dict[str, set[Key]] = field(default_factory=lambda: defaultdict(set), repr=False)
    _cluster_of: dict[Key, str] = field(default_factory=dict, repr=False)
    _bases: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set), repr=False)
    _pinned: dict[Key, KnownEvent] = field(default_factory=dict, repr=False)
    _pinned_ids: dict[str, int] = field(default_factory=dict, repr=False)
    #: clusters that lost a mention since they were made
    _dirty: set[str] = field(default_factory=set, repr=False)
    #: mention -> the mentions it scores an edge with (``_weak``: a weak edge), found when
    #: the later of the two came in, through a block usable then; see :meth:`_component`
    _near: dict[Key, set[Key]] = field(default_factory=dict, repr=False)
    _weak: dict[Key, set[Key]] = field(default_factory=dict, repr=False)
    #: False once a block fell back under its limit (a report loaded again): the pairs found
    #: then miss those of a block unusable when they came in, and the blocks are read instead
    _near_whole: bool = field(default=True, repr=False)
    #: the batch of the latest :meth:`update` (its own facts, before their events were
    #: merged) and the earlier reports it changed, for the ingest, which resolves a batch
    #: through :func:`kg.resolve.known.resolve_with` and writes both
    last: tuple[list[Facts], list[str]] = field(default_factory=lambda: ([], []), repr=False)

    @classmethod
    def of(cls, known: Iterable[KnownEvent] = (), reserved: Iterable[str] = ()) -> KnownEvents:
        """A table of events stored without their reports' own mentions (pinned)."""
        table = cls(reserved=set(reserved))
        table.load((), known)
        return table

    def __len__(self) -> int:
        return len(self.clusters)

    def taken(self) -> set[str]:
        return set(self.clusters) | self.reserved

    # -- the mentions and their indexes ---------------------------------------------------

    def _add(self, m: Mention, known: KnownEvent | None = None) -> None:
        key = m.sort_key
        self.mentions[key] = m
        self._keys[key] = tuple(sys.intern(b) for b in blocking_keys(m) | weak_keys(m))
        for b in self._keys[key]:
            self._blocks[b].add(key)
        self._pair(key, m)
        for ref in mention_refs(m):
            self._refs[ref].add(key)
        for report in m.reports:
            self._by_report[report].add(key)
        if known is not None:
            self._pinned[key] = known

    def _pair(self, key: Key, m: Mention) -> None:
        """Score a new mention against those of its usable blocks once, as it comes in: the
        part a batch reaches was read again through the blocks in every batch that reached
        it, and at scale it spans most of a month's gatherings of similar names (100,000
        synthetic reports: 36 mentions a batch at 3,200 reports, 409 at 32,000)."""
        near: set[Key] = set()
        weak: set[Key] = set()
        for b in self._keys[key]:
            members = self._blocks[b]
            if len(members) > 1 and self._usable(b):
                (weak if b.startswith("x:") else near).update(members)
        near.discard(key)
        weak.discard(key)
        for other in near:
            if edge(m, self.mentions[other]):
                self._near.setdefault(key, set()).add(other)
                self._near.setdefault(other, set()).add(key)
        for other in weak:
            if weak_edge(m, self.mentions[other]):
                self._weak.setdefault(key, set()).add(other)
                self._weak.setdefault(other, set()).add(key)

    def _drop(self, key: Key) -> None:
        m = self.mentions.pop(key)
        for b in self._keys.pop(key):
            self._blocks[b].discard(key)
            if len(self._blocks[b]) == block_limit(b, MAX_BLOCK):
                self._near_whole = False  # usable again: pairs through it were not scored
            if not self._blocks[b]:
                del self._blocks[b]
        for pairs in (self._near, self._weak):
            for other in pairs.pop(key, ()):
                pairs[other].discard(key)
                if not pairs[other]:
                    del pairs[other]
        for ref in mention_refs(m):
            self._refs[ref].discard(key)
            if not self._refs[ref]:
                del self._refs[ref]
        for report in m.reports:
            self._by_report[report].discard(key)
            if not self._by_report[report]:
                del self._by_report[report]
        self._pinned.pop(key, None)
        if key in self._cluster_of:
            self._dirty.add(self._cluster_of.pop(key))

    def _usable(self, block: str) -> bool:
        """Whether a block is small enough to compare through (:mod:`kg.resolve.blocking`:
        a key without its month has a lower limit, its blocks of one month compare)."""
        return len(self._blocks.get(block, ())) <= block_limit(block, MAX_BLOCK)

    def _refer(self, ref: str) -> set[Key]:
        found = set(self._refs.get(ref, ())) | self._refs.get(name_key(ref), set())
        if ref in self.clusters:
            found |= set(self.clusters[ref].members)
        return found

    def _mates(self, key: Key) -> set[Key]:
        ident = self._cluster_of.get(key)
        return set(self.clusters[ident].members) if ident in self.clusters else {key}

    def _component(self, seeds: set[Key], decisions: Decisions) -> set[Key]:
        """The mentions joined to ``seeds`` by pairs that may merge or by ``same`` decisions.

        A pair whose own mentions can never be in one cluster (:func:`never_one`: two cities,
        two kinds, types of no one group...) joins nothing: the clusters on either side of it
        are those they would be together, as their merges never cross it. Followed, such
        pairs chained the mentions of similar names in nearby days into a part that grew with
        the corpus (at 4,480 synthetic reports, 138 mentions clustered again per batch of 32,
        39 at 640). Without ``same`` decisions only: a forced merge may join two cities."""
        groups = [self._refer(a) | self._refer(b) for a, b in decisions.same]
        apart = not decisions.same
        seen = set(seeds)
        todo = sorted(seeds)
        while todo:
            key = todo.pop()
            m = self.mentions[key]
            if self._near_whole:  # the pairs scored as they came in, through usable blocks
                new = {k for k in self._near.get(key, set()) - seen
                       if self._meet(key, k, False)
                       and not (apart and never_one(m, self.mentions[k]))}
                new |= {k for k in self._weak.get(key, set()) - seen if self._meet(key, k, True)}
                for group in groups:
                    if key in group:
                        new |= group - seen
                seen |= new
                todo.extend(sorted(new))
                continue
            found: set[Key] = set()
            weak: set[Key] = set()
            for b in self._keys[key]:
                members = self._blocks[b]
                if len(members) > 1 and self._usable(b):
                    (weak if b.startswith("x:") else found).update(members)
            new = {k for k in found - seen if edge(m, self.mentions[k])
                   and not (apart and never_one(m, self.mentions[k]))}
            new |= {k for k in weak - seen if weak_edge(m, self.mentions[k])}
            for group in groups:
                if key in group:
                    new |= group - seen
            seen |= new
            todo.extend(sorted(new))
        return seen

    def _meet(self, a: Key, b: Key, weak: bool) -> bool:
        """Whether two mentions share a block usable now (weak: an ``x:`` block; else any
        other), as :meth:`_component` compares through."""
        theirs = set(self._keys[b])
        return any(k.startswith("x:") == weak and k in theirs and self._usable(k)
                   for k in self._keys[a])

    # -- resolving --------------------------------------------------------------------------

    def load(self, reports: Iterable[Facts], pinned: Iterable[KnownEvent] = (),
             decisions: Decisions | None = None) -> None:
        """Take in the events of reports already stored (facts resolved to global actor ids,
        their events as extracted) and events stored without their mentions, and resolve them
        all at once."""
        for facts in reports:
            for m in report_mentions(facts):
                self._add(m)
        for known in pinned:
            if known.event.id not in self.clusters:
                self._add(known_mention(known), known)
        self._resolve(set(self.mentions), decisions or Decisions())

    def update(self, batch: Sequence[Facts], decisions: Decisions | None = None
               ) -> EventResolution:
        """Resolve a batch's events (facts resolved to global actor ids) with the known ones;
        the batch's facts come back rewritten to the events' ids (see the module docstring)."""
        d = decisions or Decisions()
        ours = {f.report.id for f in batch}
        seeds: set[Key] = set()
        for report in sorted(ours):
            for key in sorted(self._by_report.get(report, ())):
                seeds |= self._mates(key)
                known = self._pinned.get(key)
                self._drop(key)
                rest = known.event.reports - ours if known else set()
                if known and rest:  # a pinned event other reports name too stays, for them
                    known = replace(known, event=replace(known.event, reports=rest))
                    self._add(known_mention(known), known)
        for facts in batch:
            for m in report_mentions(facts):
                self._add(m)
                seeds.add(m.sort_key)
        seeds = {k for k in seeds if k in self.mentions}
        changed = self._resolve(self._component(seeds, d), d)
        events = {}
        for key in seeds:
            if key[0] == "1" and key[1] in ours:
                ident = self._cluster_of[key]
                events[ident] = self.clusters[ident].event
        rewrites = set()
        for ident in changed:
            for key in self.clusters[ident].members:
                if key[0] == "1" and key[1] not in ours:
                    rewrites.add(key[1])
        result = EventResolution(
            events=dict(sorted(events.items())),
            facts=[self.apply(f) for f in batch],
            rewrites=sorted(r for r in rewrites if self.signature(r) != self.written.get(r)),
        )
        self.last = (list(batch), result.rewrites)
        return result

    def _resolve(self, part: set[Key], decisions: Decisions) -> set[str]:
        """Cluster ``part`` afresh; the ids of the clusters made or renamed."""
        order = sorted(part)
        groups = cluster_mentions([self.mentions[k] for k in order], self._usable, decisions,
                                  [self._cluster_of.get(k) for k in order])
        retired = {self._cluster_of[k] for k in order if k in self._cluster_of} | self._dirty
        self._dirty = set()
        bases = set()  # slugs that lost a cluster: the first left of each takes it bare
        for ident in sorted(i for i in retired if i in self.clusters):
            old = self._take(ident)
            self._bases[old.base].discard(ident)
            if not old.pinned:
                bases.add(old.base)
            for key in old.members:
                self._cluster_of.pop(key, None)
        made = []
        for group in groups:
            members = [order[i] for i in group]
            event = merge_mentions([self.mentions[k] for k in members])
            pinned = sorted(k[1] for k in members if k in self._pinned)
            made.append(_Cluster(members, event, event_slug(event), pinned[0] if pinned else None))
        return self._name(made, bases)

    def _name(self, made: list[_Cluster], bases: AbstractSet[str] = frozenset()) -> set[str]:
        """Give ids to new clusters, and again to the others of their slugs and of the slugs
        ``bases`` that lost a cluster (an id depends on the clusters of its slug, not on which
        came first, nor on which were clustered again); the ids made or changed."""
        changed: set[str] = set()
        # the pinned ids in use, counted as clusters come and go: reading every cluster here
        # made each batch cost as much as the whole table
        fixed = set(self._pinned_ids) | {c.pinned for c in made if c.pinned} | self.reserved
        for c in made:
            if c.pinned:
                self._place(c, c.pinned)
                changed.add(c.pinned)
        for base in sorted({c.base for c in made if not c.pinned} | bases):
            group = [self._take(i) for i in sorted(self._bases.pop(base, ()))]
            before = {id(c): c.event.id for c in group}
            group += [c for c in made if c.base == base and not c.pinned]
            group.sort(key=lambda c: c.members[0])
            for n, c in enumerate(group):
                ident = base if n == 0 and base not in fixed else _suffixed(base, c, fixed)
                self._place(c, ident)
                if before.get(id(c)) != ident:
                    changed.add(ident)
        return changed

    def _take(self, ident: str) -> _Cluster:
        c = self.clusters.pop(ident)
        if c.pinned:
            self._pinned_ids[c.pinned] -= 1
            if not self._pinned_ids[c.pinned]:
                del self._pinned_ids[c.pinned]
        return c

    def _place(self, c: _Cluster, ident: str) -> None:
        c.event.id = ident
        if ident in self.clusters:
            self._take(ident)
        self.clusters[ident] = c
        if c.pinned:
            self._pinned_ids[c.pinned] = self._pinned_ids.get(c.pinned, 0) + 1
        self._bases[c.base].add(ident)
        for key in c.members:
            self._cluster_of[key] = ident

    # -- what the store should hold --------------------------------------------------------

    def apply(self, facts: Facts) -> Facts:
        """A report's facts (its events as extracted) pointing at the events' ids, each event
        its view of the merged one."""
        local = {ev.id: self._cluster_of[mention_key(facts.report.id, ev)] for ev in facts.events}
        merged = {ident: self.clusters[ident].event for ident in set(local.values())}
        return rewrite_events(facts, local, merged)

    def signature(self, report: str) -> str:
        """A digest of what a report's graph says of its events (ids, names, days, places)."""
        parts = []
        for key in sorted(k for k in self._by_report.get(report, ()) if k[0] == "1"):
            m, ident = self.mentions[key], self._cluster_of[key]
            ev = self.clusters[ident].event
            own = sorted({name_form(n) for n in m.event.names} - {ev.name})
            parts.append((key[2], ident, ev.name, ev.type, ev.place, str(ev.date), str(ev.start),
                          str(ev.end), ev.venue, sorted(ev.topics), own))
        return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:16]

    def stale(self) -> list[str]:
        """Reports with mentions whose graph (as :attr:`written` says) is not what it should
        be: left by an ingest that was stopped, or by a decision made since."""
        return sorted(r for r, keys in self._by_report.items() if any(k[0] == "1" for k in keys)
                      and self.signature(r) != self.written.get(r))

    def mark_written(self, reports: Iterable[str]) -> dict[str, str]:
        """Record that these reports' graphs now hold their views; their signatures."""
        out = {r: self.signature(r) for r in reports}
        self.written.update(out)
        return out

    def merged(self) -> Mapping[str, Event]:
        return {ident: c.event for ident, c in self.clusters.items()}


def _suffixed(base: str, c: _Cluster, fixed: set[str]) -> str:
    """The id of a cluster that is not the first of its slug: the slug and a digest of its
    first mention, so that another cluster of the slug arriving renames none but the first
    (a numbered suffix would shift half of them, and every report naming them)."""
    digest = hashlib.sha1(repr(c.members[0]).encode("utf-8")).hexdigest()
    for width in (6, 10, 40):
        ident = f"{base}-{digest[:width]}"
        if ident not in fixed:
            return ident
    raise ValueError(f"no free id for an event of {base!r}")


def resolve_events_with(batch: Sequence[Facts], actors: object, known: KnownEvents,
                        decisions: Decisions | None = None) -> EventResolution:
    """Resolve the events of ``batch`` with the table's (``actors`` is no longer read: each
    report's organizers are read against its own actors)."""
    return known.update(batch, decisions)

