"""The facts file of ``../shared/eval/GUIDE.md``: one JSON document for a set of reports.

Besides the fields the GUIDE names, each fact carries the report it came from and its evidence
sentence, so a reader can check it. An event merged across reports is one entry, with every
name the reports give it under "aliases", its days ("start" and "end" when a report gives a
span), place and venue, and the reports that name it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from kg.kinds import KINDS, Field, Kind, Kinds, fact_kinds
from kg.model import Actor, Event, Evidence, Facts


def record(kind: Kind, item: object, **given: Any) -> dict[str, Any]:
    """One fact as a JSON object: its fields in the order ``kind`` declares them. ``given``
    values replace the fields of those names; the others come before the evidence (the
    report a fact comes from).

    >>> from kg.kinds import KINDS
    >>> from kg.model import Endorsement
    >>> record(KINDS["endorsement"], Endorsement("a1", "a2"), report="r1")
    {'source': 'a1', 'target': 'a2', 'report': 'r1', 'evidence': None}
    """
    out: dict[str, Any] = {}
    extra = {k: v for k, v in given.items() if k not in kind.by_name}
    for f in kind.fields:
        if f.value == "evidence":
            out.update(extra)
            extra = {}
        if f.json:
            out[f.name] = given[f.name] if f.name in given else _value(f, item)
    out.update(extra)
    return out


def _value(f: Field, item: object) -> Any:
    value = getattr(item, f.name)
    if f.value == "evidence":
        return _ev(value)
    if f.value == "date":
        return value.isoformat() if value else None
    if isinstance(value, (set, frozenset)):
        besides = getattr(item, f.besides) if f.besides else None
        return sorted(value - {besides})
    if isinstance(value, tuple):
        return list(value)
    return value


# how a reader labels the kind of a gathering where the graph's class is broader: a signing is
# held as a ceremony ("Signing ceremony"); a press or news conference or a press briefing is a
# conference of its own kind ("Press conference"), not the conference it reports on
_LABELS = {"Signing": "Signing ceremony"}
_PRESS = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing)s?\b", re.I)


def event_label(e: Event) -> str:
    """The kind of an event as the facts file labels it (see ``_LABELS``).

    >>> event_label(Event("e1", "Joint press conference after the summit", "Conference"))
    'Press conference'
    >>> event_label(Event("e2", "Signing of the MoU between A and B", "Signing"))
    'Signing ceremony'
    """
    if e.type in ("Conference", "Meeting") and _PRESS.search(e.name):
        return "Press conference"
    return _LABELS.get(e.type, e.type)


def _ev(e: Evidence | None) -> dict[str, Any] | None:
    return {"sentence": e.sentence, "start": e.start, "end": e.end} if e else None


def facts_document(
    batch: Sequence[Facts],
    actors: Mapping[str, Actor] | None = None,
    events: Mapping[str, Event] | None = None,
    *,
    kinds: Kinds = KINDS,
) -> dict[str, Any]:
    """The facts JSON of resolved facts, each kind as ``kinds`` declares it (see
    :mod:`kg.kinds`). ``actors`` is the merged actor table (resolution's), ``events`` the merged
    events; without them each report's actors and events are listed as they are."""
    doc: dict[str, Any] = {k.plural: [] for k in kinds.values()}
    report, actor, event = kinds["report"], kinds["actor"], kinds["event"]
    table: dict[str, Actor] = dict(actors or {})
    listed: set[str] = set()  # merged events already listed, each once, where first named
    for f in batch:
        rid = f.report.id
        doc[report.plural].append(record(report, f.report))
        if actors is None:
            for a in f.actors:
                table.setdefault(a.id, a)
        for e in f.events:
            if events is None or e.id not in events:
                doc[event.plural].append(record(event, e, reports=[rid], type=event_label(e)))
            elif e.id not in listed:
                listed.add(e.id)
                merged = events[e.id]
                doc[event.plural].append(record(event, merged, type=event_label(merged)))
        for kind in fact_kinds(kinds):
            if kind not in (actor, event):
                doc[kind.plural].extend(record(kind, x, report=rid)
                                        for x in getattr(f, kind.plural))
    doc[actor.plural] = [record(actor, a) for a in sorted(table.values(), key=lambda a: a.id)]
    return doc


def facts_json(
    batch: Sequence[Facts],
    actors: Mapping[str, Actor] | None = None,
    events: Mapping[str, Event] | None = None,
) -> str:
    return json.dumps(facts_document(batch, actors, events), indent=2, ensure_ascii=False)
