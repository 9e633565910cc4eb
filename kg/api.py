"""The researcher's entry point: open a graph, ingest reports, query it, look at it as a network.

The steps are tied together in :mod:`kg.pipeline`; this module adds the store: what is
already in it, and what goes in. The CLI calls this.

Examples:
    >>> import kg
    >>> g = kg.open()  # in memory; kg.open("my-store") keeps it on disk
    >>> g.stats()["reports"]
    0
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import networkx as nx

from kg.errors import LoadError
from kg.extract.topics import topic_labels
from kg.graph import GraphStore, QueryResult, open_store
from kg.graph.event_ledger import EventLedger
from kg.loaders import load_text
from kg.model import Actor, Facts, Report
from kg.pipeline import extract_batches, extract_reports, facts_of, load_reports
from kg.query import run_query
from kg.resolve import Decisions, KnownActors, KnownEvent, KnownEvents, Registry, resolve_with

__all__ = ["IngestSummary", "KnowledgeGraph", "decisions_path", "extract_reports", "facts_of",
           "open"]

if TYPE_CHECKING:
    import owlready2


@dataclass
class IngestSummary:
    """What an ingest did: reports loaded, skipped (unchanged), failed (with their errors)."""

    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)
    quads: int = 0


def decisions_path(store: str | Path | None) -> Path | None:
    """Where the curation decisions of a store are kept: ``$KG_DECISIONS`` when set, else
    beside an on-disk store (``STORE.decisions.yaml``); a store in memory or behind a URL has
    none unless ``$KG_DECISIONS`` names a file."""
    if os.environ.get("KG_DECISIONS"):
        return Path(os.environ["KG_DECISIONS"])
    if store is None or str(store).startswith(("http://", "https://")):
        return None
    where = Path(store)
    return where.with_name(where.name + ".decisions.yaml")


def names_path(store: str | Path | None) -> Path | None:
    """Where the names chosen with ``kg name`` are kept: beside an on-disk store
    (``STORE.names.yaml``); a store in memory or behind a URL has none."""
    if store is None or str(store).startswith(("http://", "https://")):
        return None
    where = Path(store)
    return where.with_name(where.name + ".names.yaml")


class KnowledgeGraph:
    """A knowledge graph in a store: embedded (in memory or on disk) or a SPARQL server."""

    def __init__(self, store: GraphStore, registry_files: Sequence[Path] = ()) -> None:
        self.store = store
        self._events_ledger: EventLedger | None = None
        from kg.resolve.chosen_names import with_chosen

        # names a curator chose (kg name) are registry entries that take the others' place
        self.registry = with_chosen(Registry.load(list(registry_files)),
                                    names_path(store.path) if store.path else None)
        path = decisions_path(store.path) if store.path else decisions_path(None)
        self.decisions = Decisions.load(path) if path else Decisions()

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[str], None] | None = None,
        batch_size: int = 32,
        workers: int = 1,
        force: bool = False,
    ) -> IngestSummary:
        """Load report files or folders into the graph; unchanged reports are skipped unless
        ``force`` (to apply new curation decisions or registry entries to them).

        ``workers`` > 1 extracts in that many worker processes (see :mod:`kg.parallel`); the
        facts are resolved and written here, batch by batch in input order, so the graph is
        the same as with one worker, and memory does not grow with the corpus.
        """
        summary = IngestSummary()
        # read once, kept up to date: the reports loaded (id -> checksum) and the actors
        loaded = self.store.checksums()
        known = self._known()
        events = self._known_events(loaded)
        # graphs an ingest stopped before it wrote them all, or a decision made since, left
        # other than the events resolve to now
        summary.quads += self._rewrite(events.stale(), events, loaded)
        fresh = load_reports(paths, summary.failed, summary.skipped, None if force else loaded)
        told = [0, 0]  # skipped and failed reports told to ``progress``: they count as done too

        def tell_passed() -> None:
            if progress:
                for i, sources in enumerate((summary.skipped, [f.path for f in summary.failed])):
                    for source in sources[told[i]:]:
                        progress(source)
                    told[i] = len(sources)

        for batch in extract_batches(fresh, workers, batch_size):
            self._write(batch, summary, progress, known, loaded, events)
            tell_passed()
        tell_passed()
        return summary

    def ingest_text(self, text: str, source: str, fmt: str = "text") -> IngestSummary:
        """Load one report given as a string (``fmt``: text, markdown or html)."""
        summary = IngestSummary()
        report = load_text(text, source, fmt)
        if self.store.has_report(report):
            summary.skipped.append(source)
        else:
            self._add([report], summary, None)
        return summary

    def _add(
        self, reports: list[Report], summary: IngestSummary, progress: Callable[[str], None] | None
    ) -> None:
        for batch in extract_batches(reports):
            self._write(batch, summary, progress)

    def _write(
        self,
        batch: list[Facts],
        summary: IngestSummary,
        progress: Callable[[str], None] | None,
        known: KnownActors | None = None,
        loaded: dict[str, str] | None = None,
        events: KnownEvents | None = None,
    ) -> None:
        """Resolve extracted facts against the actors already stored, then store them.

        ``known`` is the ingest's running table of stored actors (kept up to date here):
        reading it back from the store for every batch made a long ingest slow down as the
        graph grew, and resolving against all of it rather than the few actors a batch can
        join (:mod:`kg.resolve.known`) made it quadratic. ``loaded`` is its table of the
        reports in the store (id -> checksum, see :meth:`Store.checksums`), kept up to date.
        ``events`` is its table of the stored reports' event mentions
        (:mod:`kg.resolve.known_events`): the batch's events are resolved with them, and the
        graphs of earlier reports whose events that changes are written again.

        Writes go in the order that lets an ingest stopped anywhere be completed by running
        it again: the ledger of the batch's own facts, the graphs of earlier reports, the
        batch's graphs, then the signatures of what the graphs now hold.
        """
        from kg.graph.mentions import actors_named_only_by

        if loaded is None:
            loaded = self.store.checksums()
        if events is None:
            events = self._known_events(loaded)
        # reports loaded again: the actors only they name are rebuilt, keeping their ids
        again = [f.report.id for f in batch if f.report.id in loaded]
        result = resolve_with(batch, known if known is not None else self._known(), events,
                              gone=actors_named_only_by(self.store, again))
        raw, rewrites = events.last  # the batch's own facts, and the earlier reports to write
        self._ledger().put(raw)
        summary.quads += self._rewrite(rewrites, events, loaded)
        for facts in result.facts:
            report = facts.report
            summary.quads += self.store.put_report(facts, topic_labels(),
                                                   new=report.id not in loaded)
            loaded[report.id] = report.checksum
            summary.loaded.append(report.source)
            if progress:
                progress(report.source)
        self.store.flush()
        self._ledger().mark(events.mark_written(f.report.id for f in raw), loaded)

    def _rewrite(self, reports: Sequence[str], events: KnownEvents,
                 loaded: Mapping[str, str]) -> int:
        """Write again the graphs of stored reports from their own facts (see
        :mod:`kg.graph.event_ledger`) and the events as they resolve now; quads written."""
        done, quads = [], 0
        # (a report stored without its own facts, by an older kg, is left as it is)
        for raw in self._ledger().own_facts(reports, loaded):
            quads += self.store.put_report(events.apply(raw), topic_labels())
            done.append(raw.report.id)
        if done:
            self.store.flush()
            self._ledger().mark(events.mark_written(done), loaded)
        return quads

    def _ledger(self) -> EventLedger:
        if self._events_ledger is None:
            self._events_ledger = EventLedger.open(self.store.path)
        return self._events_ledger

    def _known(self) -> KnownActors:
        """The stored actors as a table to resolve against (see :mod:`kg.resolve.known`)."""
        return KnownActors.of(self.store.known_actors(), self.registry, self.decisions)

    def _known_events(self, loaded: Mapping[str, str]) -> KnownEvents:
        """The stored reports' event mentions, resolved (see :mod:`kg.resolve.known_events`);
        events of reports stored without their own facts (by an older kg, or bulk-loaded)
        come pinned, with their ids."""
        reports, written = [], {}
        for facts, signature in self._ledger().entries(loaded):
            reports.append(facts)
            if signature:
                written[facts.report.id] = signature
        legacy = set(loaded) - {f.report.id for f in reports}
        pinned = []
        if legacy:
            for k in self.known_events():
                rest = k.event.reports & legacy
                if rest:
                    pinned.append(replace(k, event=replace(k.event, reports=rest)))
        table = KnownEvents()
        table.load(reports, pinned, self.decisions)
        table.written = written
        return table

    def known_events(self) -> list[KnownEvent]:
        """Every event in the graph, with its names, days, places, reports and actors."""
        from kg.graph.stored_events import stored_events

        return stored_events(self.store.query)

    def remove(self, source: str) -> bool:
        """Take a report's facts out of the graph; facts other reports support stay. Events
        it merged with others' are resolved again without it (the graphs of the reports
        whose events that changes are written again)."""
        if not self.store.remove_report(source):
            return False
        self._ledger().forget([Report(text="", source=source).id])
        loaded = self.store.checksums()
        events = self._known_events(loaded)
        self._rewrite(events.stale(), events, loaded)
        return True

    def query(self, name_or_sparql: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a named query (``kg/data/queries/*.rq``), a query file, or raw SPARQL text.

        A query's name is one word and a file's path ends in ``.rq``; SPARQL text never does
        either, since every query holds a space or a ``{``, ``<``, ``?``, ``*``. Raw text is
        bound as it is given; a named query's parameters are checked and converted by type.
        """
        if name_or_sparql.endswith(".rq") or _ONE_WORD.fullmatch(name_or_sparql):
            return run_query(self.store, name_or_sparql, params or {})
        return self.store.query(name_or_sparql, params)

    def dataframe(self, name_or_sparql: str, params: Mapping[str, Any] | None = None):
        """The rows of a query as a pandas DataFrame."""
        import pandas as pd

        result = self.query(name_or_sparql, params)
        return pd.DataFrame(result.rows, columns=result.columns)

    def actors(self) -> list[Actor]:
        """Every actor in the graph, with aliases and the reports that name it."""
        return sorted(self.store.known_actors(), key=lambda a: (-len(a.reports), a.name))

    def network(self, view: str = "collaboration", **filters: Any) -> nx.Graph:
        """A networkx graph of a view (collaboration, affiliation, endorsement,
        coparticipation, event-actor), narrowed by filters (see ``kg.network.Filters``)."""
        from kg.network import Filters, build_view

        return build_view(self.store, view, Filters(**filters) if filters else None)

    def export(self, fmt: str, out: BinaryIO) -> None:
        """Write the graph as turtle, nquads, trig or jsonld."""
        self.store.export(fmt, out)

    def stats(self) -> dict[str, int]:
        return self.store.stats()

    def owl(self, *, for_reasoner: bool = False) -> owlready2.World:
        """The graph in owlready2: a fresh world with the ontology and every individual (see
        ``kg.owl``); ``kg.owl.reason(world)`` runs HermiT on it (``for_reasoner=True``)."""
        import io

        from pyoxigraph import RdfFormat, parse

        from kg.owl import owl_view

        buffer = io.BytesIO()
        self.store.export("nquads", buffer)
        return owl_view(parse(buffer.getvalue(), format=RdfFormat.N_QUADS),
                        for_reasoner=for_reasoner)

    def close(self) -> None:
        if self._events_ledger is not None:
            self._events_ledger.close()
            self._events_ledger = None
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_ONE_WORD = re.compile(r"[\w.@/\\~-]+")


def open(store: str | Path | None = None, registry: Sequence[str | Path] = (),  # noqa: A001
         *, read_only: bool = False) -> KnowledgeGraph:
    """Open (or create) a knowledge graph: ``None`` keeps it in memory, a path on disk, an
    ``http(s)://`` URL in a SPARQL server (see ``docs/remote-store.md``). ``read_only`` opens
    an existing on-disk store as a reader, so a notebook can read a store that `kg serve` or
    other readers hold (it cannot ingest)."""
    return KnowledgeGraph(open_store(store, read_only=read_only), [Path(p) for p in registry])

