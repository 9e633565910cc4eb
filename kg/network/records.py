"""The tables the views are built from, and the *supports* that edges carry.

A support is one piece of evidence for an edge: a report that states it or an event that shows
it, with a date, topics, the report's title and the sentence. Edges keep their supports in the
``supports`` attribute so that filters can drop the ones outside a date range or topic and
recompute the weight, instead of guessing from a total.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.network.source import Queryable, select

__all__ = ["Actor", "Event", "Report", "Tables", "fetch_tables", "support", "summarize",
           "local_name"]

Support = dict[str, Any]


@dataclass
class Actor:
    iri: str
    type: str
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    subtype: str | None = None
    country: str | None = None
    reports: int = 0

    @property
    def label(self) -> str:
        """The fullest name: the longest label (ties broken alphabetically)."""
        if not self.labels:
            return local_name(self.iri)
        return sorted(self.labels, key=lambda s: (-len(s), s))[0]

    def attrs(self) -> dict[str, Any]:
        return {"label": self.label, "kind": "actor", "type": self.type,
                "subtype": self.subtype or "", "country": self.country or "",
                "aliases": sorted(self.aliases | self.labels - {self.label}),
                "reports": self.reports}


@dataclass
class Event:
    iri: str
    name: str = ""
    type: str = "Event"
    date: str = ""
    place: str = ""
    topics: set[str] = field(default_factory=set)

    def attrs(self) -> dict[str, Any]:
        return {"label": self.name or local_name(self.iri), "kind": "event", "type": self.type,
                "date": self.date, "place": self.place, "topics": sorted(self.topics)}


@dataclass
class Report:
    iri: str
    title: str = ""
    published: str = ""
    topics: set[str] = field(default_factory=set)


@dataclass
class Tables:
    """Actors, events and reports by IRI, read once per view."""

    actors: dict[str, Actor]
    events: dict[str, Event]
    reports: dict[str, Report]


def local_name(iri: str) -> str:
    """The last segment of an IRI.

    >>> local_name("https://w3id.org/akg/ontology#GovernmentAgency")
    'GovernmentAgency'
    >>> local_name("https://w3id.org/akg/id/actor/fia")
    'fia'
    """
    return iri.rstrip("/").replace("#", "/").rsplit("/", 1)[-1]


def _topic(row: dict[str, str]) -> set[str]:
    # Topics are kept as IRI and label both, so a filter may name either.
    return {row[k] for k in ("topic", "topicLabel") if k in row}


def fetch_tables(source: Queryable) -> Tables:
    """Read actors, events and reports from the source."""
    actors: dict[str, Actor] = {}
    for row in select(source, "actors"):
        a = actors.setdefault(row["actor"], Actor(row["actor"], local_name(row["type"])))
        if local_name(row["type"]) == "Person":
            a.type = "Person"  # typed both ways (a resolution slip): pick one, the same each run
        if "label" in row:
            a.labels.add(row["label"])
        if "alias" in row:
            a.aliases.add(row["alias"])
        if "subtype" in row:
            a.subtype = a.subtype or local_name(row["subtype"])
        if "country" in row:
            a.country = a.country or row["country"]
        a.reports = max(a.reports, int(row.get("reports", 0)))
    events: dict[str, Event] = {}
    for row in select(source, "events"):
        e = events.setdefault(row["event"], Event(row["event"]))
        cls = local_name(row["class"])
        if cls != "Event":
            e.type = cls
        e.name = e.name or row.get("name", "")
        e.date = e.date or row.get("date", "")[:10]
        e.place = e.place or row.get("place", "")
        e.topics |= _topic(row)
    reports: dict[str, Report] = {}
    for row in select(source, "reports"):
        r = reports.setdefault(row["report"], Report(row["report"]))
        r.title = r.title or row.get("headline", "")
        r.published = r.published or row.get("published", "")[:10]
        r.topics |= _topic(row)
    return Tables(actors, events, reports)


def support(tables: Tables, row: dict[str, str], event: str | None = None,
            key: str | None = None) -> Support:
    """One support from a fact row: keyed by ``key``, else its event if given, else its report.

    The date and topics come from the event when there is one, else from the report.
    """
    report = tables.reports.get(row.get("report", ""), Report(row.get("report", "")))
    ev = tables.events.get(event or "")
    return {
        "key": key or event or report.iri or row.get("fact", ""),
        "report_id": report.iri,
        "report": (report.title or local_name(report.iri)) if report.iri else "",
        "event": (ev.name if ev else "") or "",
        "date": (ev.date if ev and ev.date else report.published) or "",
        "topics": sorted((ev.topics if ev and ev.topics else set()) | report.topics),
        "sentence": row.get("sentence", ""),
    }


def summarize(supports: Iterable[Support]) -> dict[str, Any]:
    """Edge attributes derived from supports: weight = distinct events and reports;
    ``report_count`` = distinct reports that state the tie (what edge widths show).

    >>> summarize([{"key": "r1", "report": "T", "sentence": "S", "date": "2024-01-02"},
    ...            {"key": "r1", "report": "T", "sentence": "S2", "date": "2024-01-02"},
    ...            {"key": "e1", "report": "T", "sentence": "S", "date": ""}])["weight"]
    2
    >>> summarize([{"key": "e1", "report_id": "r1"}, {"key": "e2", "report_id": "r1"}]
    ...           )["report_count"]
    1
    """
    supports = list(supports)

    def unique(key: str) -> list[str]:
        return list(dict.fromkeys(s[key] for s in supports if s.get(key)))

    stating = {s.get("report_id") or s.get("report") for s in supports} - {None, ""}
    return {"weight": len({s["key"] for s in supports}), "report_count": len(stating),
            "reports": unique("report"),
            "evidence": unique("sentence"), "dates": sorted(unique("date")),
            "supports": supports}
