"""Each stored report's facts as resolution found them before its events were merged.

The graph holds each report's view of a merged event (the merged name, days and places), not
what the report itself said of it, so it cannot tell how the events would merge again when a
later report links two of them. The ledger keeps, beside the store, each report's facts with
its actors resolved and its events as extracted (:mod:`kg.resolve.known_events` resolves
them again; the ingest rewrites a report's graph from them when its events change), and the
signature of the events its graph holds.

It is an SQLite file inside an on-disk store's directory (``kg-events.sqlite``; a store in
memory or behind a URL keeps it in memory, for the session). Rows are keyed by report id and
checksum, and a row counts only while the store holds that report with that checksum, so a
crash between writing the ledger and the store, or a ``kg remove``, leaves nothing wrong:
the ingest writes the ledger first, then the graphs, then the signatures.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.errors import StoreError
from kg.model import Actor, Facts, Report
from kg.model_codec import decode, encode

__all__ = ["EventLedger", "LEDGER_NAME"]

LEDGER_NAME = "kg-events.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
  id TEXT NOT NULL, checksum TEXT NOT NULL, mentions BLOB NOT NULL, facts BLOB NOT NULL,
  written TEXT, PRIMARY KEY (id, checksum))
"""


def _pack(value: Any) -> bytes:
    data = encode(value, keep_defaults=True)
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def _unpack(kind: Any, blob: bytes) -> Any:
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    return decode(kind, data, ignore_unknown=True)


def _mentions(facts: Facts) -> Facts:
    """What resolving a report's events reads: its date, actors' names, events, roles."""
    report = Report(text="", source=facts.report.source, published=facts.report.published)
    actors = [Actor(a.id, a.name, a.type, aliases=set(a.aliases)) for a in facts.actors]
    return Facts(report, actors=actors, events=facts.events,
                 participations=facts.participations)


class EventLedger:
    """The SQLite file of a store's reports' own facts (see the module docstring)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @classmethod
    def open(cls, store_path: str | Path | None) -> EventLedger:
        """The ledger of the on-disk store at ``store_path`` (created when missing), or one in
        memory (``None``)."""
        where = ":memory:" if store_path is None else str(Path(store_path) / LEDGER_NAME)
        try:
            db = sqlite3.connect(where)
            db.execute(_SCHEMA)
            db.commit()
        except sqlite3.Error as exc:
            raise StoreError(f"{where}: cannot open the events ledger: {exc}") from exc
        return cls(db)

    def entries(self, checksums: Mapping[str, str]) -> Iterator[tuple[Facts, str | None]]:
        """The mentions part of each report the store holds (``checksums``: id -> checksum)
        with the signature its graph was written with (None: not known to be written)."""
        rows = self._db.execute("SELECT id, checksum, mentions, written FROM reports")
        for ident, checksum, blob, written in rows:
            if checksums.get(ident) == checksum:
                yield _unpack(Facts, blob), written

    def facts(self, report: str, checksum: str) -> Facts | None:
        """A stored report's facts (actors resolved, events as extracted)."""
        row = self._db.execute("SELECT facts FROM reports WHERE id = ? AND checksum = ?",
                               (report, checksum)).fetchone()
        return _unpack(Facts, row[0]) if row else None

    def own_facts(self, reports: Iterable[str], checksums: Mapping[str, str]) -> Iterator[Facts]:
        """The facts of those reports (in their order) recorded with the checksum ``checksums``
        gives each, to write their graphs again; a report without (one stored by an older kg,
        or not of this run) is left out."""
        for report in reports:
            raw = self.facts(report, checksums[report]) if report in checksums else None
            if raw is not None:
                yield raw

    def put(self, many: Sequence[Facts]) -> None:
        """Record reports' facts (actors resolved, events as extracted), before their graphs
        are written."""
        rows = [(f.report.id, f.report.checksum, _pack(_mentions(f)), _pack(f)) for f in many]
        with self._db:
            self._db.executemany(
                "INSERT OR REPLACE INTO reports (id, checksum, mentions, facts, written) "
                "VALUES (?, ?, ?, ?, NULL)", rows)

    def mark(self, written: Mapping[str, str], checksums: Mapping[str, str]) -> None:
        """Record the signatures the graphs of reports were written with; rows of other
        versions of those reports go."""
        with self._db:
            for report, signature in written.items():
                checksum = checksums[report]
                self._db.execute("UPDATE reports SET written = ? WHERE id = ? AND checksum = ?",
                                 (signature, report, checksum))
                self._db.execute("DELETE FROM reports WHERE id = ? AND checksum != ?",
                                 (report, checksum))

    def forget(self, reports: Iterable[str]) -> None:
        with self._db:
            self._db.executemany("DELETE FROM reports WHERE id = ?", [(r,) for r in reports])

    def close(self) -> None:
        self._db.close()
