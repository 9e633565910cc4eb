"""The pipeline assembled once: report files -> loaders -> extraction -> resolution.

Every way in goes through here: :class:`kg.api.KnowledgeGraph` (``kg ingest``), :func:`facts_of`
(``kg facts``) and :func:`kg.shards.extract_shards` (``kg extract``). They differ only in what
they resolve against (the actors already stored, or none) and where the facts go (a store, the
facts JSON, shard files); reading, the split of load errors from reports, and extraction in
batches (in worker processes when asked, see :mod:`kg.parallel`) are the same for all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

from kg.errors import LoadError
from kg.loaders import load_paths
from kg.model import Actor, Facts, Report
from kg.resolve import Decisions, Registry, Resolution, resolve


def load_reports(
    paths: Iterable[str | Path],
    failed: list[LoadError],
    skipped: list[str] | None = None,
    unchanged: Mapping[str, str] | None = None,
) -> Iterator[Report]:
    """The reports of files or folders, read lazily, in order.

    A file that cannot be loaded is appended to ``failed`` and the rest go on. A report whose
    id ``unchanged`` maps to its own checksum (the reports a store already holds) is left out
    and its source appended to ``skipped``.
    """
    for item in load_paths(paths):
        if isinstance(item, LoadError):
            failed.append(item)
        elif unchanged is not None and unchanged.get(item.id) == item.checksum:
            if skipped is not None:
                skipped.append(item.source)
        else:
            yield item


def extract_batches(
    reports: Iterable[Report], workers: int = 1, batch_size: int = 32
) -> Iterator[list[Facts]]:
    """The facts of ``reports``, one list per batch, in input order (``workers`` > 1: extracted
    in that many worker processes)."""
    from kg.parallel import extract_batches as batches  # spaCy loads on the first batch only

    return batches(reports, workers, batch_size)


def extract_reports(
    reports: Sequence[Report],
    registry: Registry | None = None,
    decisions: Decisions | None = None,
    known: Sequence[Actor] = (),
) -> Resolution:
    """Extract the facts of the reports and merge their actors (with those already known)."""
    batch = [facts for part in extract_batches(reports) for facts in part]
    return resolve(batch, known=known, registry=registry, decisions=decisions)


def facts_of(
    paths: Iterable[str | Path], registry: Sequence[str | Path] = ()
) -> tuple[Resolution, list[LoadError]]:
    """The merged facts of report files, without a store (what ``kg facts`` prints), and the
    files that could not be loaded."""
    failed: list[LoadError] = []
    reports = list(load_reports(paths, failed))
    return extract_reports(reports, Registry.load([Path(p) for p in registry])), failed
