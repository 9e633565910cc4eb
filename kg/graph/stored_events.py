"""The events a store holds, rebuilt from their triples, for event resolution and curation.

Read through SPARQL (:meth:`query`), so an embedded store and a SPARQL server answer alike.
When the reports that name an event disagree on its name (it was merged after some of them were
loaded), the name most reports give wins and the others become aliases.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

from kg.graph.terms import local_id
from kg.model import EVENT_TYPES, Event
from kg.resolve.events import KnownEvent

__all__ = ["stored_events"]

_CLASSES = " ".join(f"akg:{c}" for c in EVENT_TYPES)
_FIELDS = f"""
SELECT ?e ?cls ?name ?alias ?date ?end ?place ?venue ?topic ?report WHERE {{
  VALUES ?cls {{ {_CLASSES} }}
  ?e a ?cls .
  {{ GRAPH ?report {{ ?e akg:name ?name }} }}
  UNION {{ ?e akg:alternateName ?alias }}
  UNION {{ ?e akg:date ?date }}
  UNION {{ ?e akg:endDate ?end }}
  UNION {{ ?e akg:place/rdfs:label ?place }}
  UNION {{ ?e akg:venue/rdfs:label ?venue }}
  UNION {{ ?e akg:topic ?topic }}
}}
"""
_ROLES = f"""
SELECT DISTINCT ?e ?role ?agent WHERE {{
  VALUES ?cls {{ {_CLASSES} }}
  ?e a ?cls .
  ?p akg:event ?e ; akg:role ?role ; akg:agent ?agent .
}}
"""

Query = Callable[[str], Any]


def _first(values: Counter[Any]) -> Any:
    return min(values, key=lambda v: (-values[v], str(v))) if values else None


def stored_events(query: Callable[[str], Any]) -> list[KnownEvent]:
    """Every event of the store behind ``query`` (a store's ``query`` method), ordered by id,
    with the actors that organized it or took part in it."""
    rows: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(Counter))
    for row in query(_FIELDS).rows:
        ident = local_id(row["e"], "event")
        if ident is None:
            continue
        fields = rows[ident]
        fields["type"][row["cls"].rsplit("#", 1)[-1]] += 1
        for key in ("name", "alias", "date", "end", "place", "venue", "topic"):
            if row.get(key) is not None:
                fields[key][row[key]] += 1
        if row.get("report") and row.get("name") is not None:
            fields["report"][local_id(row["report"], "report") or row["report"]] += 1
    roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in query(_ROLES).rows:
        ident, agent = local_id(row["e"], "event"), local_id(row["agent"], "actor")
        if ident and agent:
            roles[ident][row["role"].rsplit("#", 1)[-1]].add(agent)
    out = []
    for ident in sorted(rows):
        out.append(_known(ident, rows[ident], roles.get(ident, {})))
    return out


def _known(
    ident: str, fields: Mapping[str, Counter[Any]], roles: Mapping[str, set[str]]
) -> KnownEvent:
    types = Counter({t: n for t, n in fields["type"].items() if t != "Event"})
    name = _first(fields["name"]) or ident
    start: date | None = min(fields["date"]) if fields["date"] else None
    end: date | None = max(fields["end"]) if fields["end"] else None
    event = Event(
        id=ident,
        name=name,
        type=_first(types) or "Event",
        place=_first(fields["place"]),
        date=start,
        topics={local_id(t, "topic") or t for t in fields["topic"]},
        aliases=(set(fields["name"]) | set(fields["alias"])) - {name},
        start=start if end else None,
        end=end,
        venue=_first(fields["venue"]),
        reports=set(fields["report"]),
    )
    organizers = frozenset(roles.get("organizer", set()))
    everyone = organizers | roles.get("participant", set()) | roles.get("speaker", set())
    return KnownEvent(event, organizers, frozenset(everyone))
