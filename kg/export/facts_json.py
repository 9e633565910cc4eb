"""The facts file of ``../shared/eval/GUIDE.md``: one JSON document for a set of reports.

Besides the fields the GUIDE names, each fact carries the report it came from and its evidence
sentence, so a reader can check it. An event merged across reports is one entry, with every
name the reports give it under "aliases", its days ("start" and "end" when a report gives a
span), place and venue, and the reports that name it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from kg.model import Actor, Event, Evidence, Facts


def _ev(e: Evidence | None) -> dict[str, Any] | None:
    return {"sentence": e.sentence, "start": e.start, "end": e.end} if e else None


def _day(d: Any) -> str | None:
    return d.isoformat() if d else None


def _event(e: Event, reports: list[str]) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "aliases": sorted(e.aliases - {e.name}),
        "place": e.place,
        "venue": e.venue,
        "date": _day(e.date),
        "start": _day(e.start),
        "end": _day(e.end),
        "topics": sorted(e.topics),
        "reports": reports,
        "evidence": _ev(e.evidence),
    }


def facts_document(
    batch: Sequence[Facts],
    actors: Mapping[str, Actor] | None = None,
    events: Mapping[str, Event] | None = None,
) -> dict[str, Any]:
    """The facts JSON of resolved facts. ``actors`` is the merged actor table (resolution's),
    ``events`` the merged events; without them each report's actors and events are listed as
    they are."""
    doc: dict[str, Any] = {
        k: []
        for k in (
            "reports",
            "actors",
            "posts",
            "events",
            "participations",
            "collaborations",
            "endorsements",
            "commitments",
            "declarations",
        )
    }
    table: dict[str, Actor] = dict(actors or {})
    listed: set[str] = set()  # merged events already listed, each once, where first named
    for f in batch:
        r = f.report
        doc["reports"].append(
            {
                "id": r.id,
                "source": r.source,
                "title": r.title,
                "published": r.published.isoformat() if r.published else None,
                "author": r.author,
            }
        )
        if actors is None:
            for a in f.actors:
                table.setdefault(a.id, a)
        rid = r.id
        for p in f.posts:
            doc["posts"].append(
                {
                    "person": p.person,
                    "title": p.title,
                    "organization": p.organization,
                    "report": rid,
                    "evidence": _ev(p.evidence),
                }
            )
        for e in f.events:
            if events is None or e.id not in events:
                doc["events"].append(_event(e, [rid]))
            elif e.id not in listed:
                listed.add(e.id)
                doc["events"].append(_event(events[e.id], sorted(events[e.id].reports)))
        for pa in f.participations:
            doc["participations"].append(
                {"actor": pa.actor, "event": pa.event, "role": pa.role, "report": rid}
            )
        for c in f.collaborations:
            doc["collaborations"].append(
                {"actors": list(c.actors), "report": rid, "evidence": _ev(c.evidence)}
            )
        for en in f.endorsements:
            doc["endorsements"].append(
                {
                    "source": en.source,
                    "target": en.target,
                    "report": rid,
                    "evidence": _ev(en.evidence),
                }
            )
        for cm in f.commitments:
            doc["commitments"].append(
                {
                    "actor": cm.actor,
                    "kind": cm.kind,
                    "text": cm.text,
                    "event": cm.event,
                    "topics": sorted(cm.topics),
                    "report": rid,
                    "evidence": _ev(cm.evidence),
                }
            )
        for d in f.declarations:
            doc["declarations"].append(
                {
                    "event": d.event,
                    "name": d.name,
                    "calls": d.calls,
                    "topics": sorted(d.topics),
                    "report": rid,
                    "evidence": _ev(d.evidence),
                }
            )
    for a in sorted(table.values(), key=lambda a: a.id):
        doc["actors"].append(
            {
                "id": a.id,
                "name": a.name,
                "type": a.type,
                "subtype": a.subtype,
                "aliases": sorted(a.aliases - {a.name}),
                "country": a.country,
                "wikidata": a.wikidata,
                "reports": sorted(a.reports),
            }
        )
    return doc


def facts_json(
    batch: Sequence[Facts],
    actors: Mapping[str, Actor] | None = None,
    events: Mapping[str, Event] | None = None,
) -> str:
    return json.dumps(facts_document(batch, actors, events), indent=2, ensure_ascii=False)
