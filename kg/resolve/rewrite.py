"""Rewrite one report's facts from report-local ids to global ones, as :mod:`kg.kinds`
declares which fields name actors and which name events.

After merging, two facts of a report may become one ("FIA" and "Federal Investigation Agency"
each co-organized the event): the first of facts with equal identities is kept, with its
evidence. A fact that would join an actor to itself (a kind declared irreflexive) is dropped.
Kinds that name no actor (events, declarations) pass :func:`rewrite_facts` unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any, Literal

from kg.errors import KgError
from kg.kinds import KINDS, Field, Kind, Kinds, fact_kinds, identity
from kg.model import Actor, Facts

__all__ = ["rewrite_facts", "map_references"]


def rewrite_facts(
    facts: Facts, ids: dict[str, str], actors: list[Actor], *, kinds: Kinds = KINDS
) -> Facts:
    """A copy of ``facts`` with every actor id mapped through ``ids`` and ``actors`` as its
    actors. An id that names no actor of the report raises :class:`KgError`."""

    def gid(local: str) -> str:
        try:
            return ids[local]
        except KeyError:
            raise KgError(
                f"report {facts.report.source}: a fact names actor {local!r}, "
                "which is not among the report's actors"
            ) from None

    return replace(map_references(facts, "actor", gid, kinds=kinds), actors=actors)


def map_references(
    facts: Facts,
    target: Literal["actor", "event"],
    new_id: Callable[[str], str],
    *,
    kinds: Kinds = KINDS,
) -> Facts:
    """A copy of ``facts`` with every field that names an actor (or an event) mapped through
    ``new_id``, in every kind that has one; facts made equal are one, and (actors) a fact
    that would join an actor to itself is dropped. The actors and events themselves are left
    to the caller.

    >>> from kg.model import Participation, Report
    >>> facts = Facts(Report("", "r.txt"), participations=[
    ...     Participation("a1", "r-e1", "organizer"), Participation("a1", "r-e2", "organizer")])
    >>> merged = map_references(facts, "event", {"r-e1": "summit-2024", "r-e2": "summit-2024"}.get)
    >>> [(p.actor, p.event) for p in merged.participations]
    [('a1', 'summit-2024')]
    """
    changed: dict[str, Any] = {}
    for kind in fact_kinds(kinds):
        fields = kind.references(target)
        if fields:
            changed[kind.plural] = _rewrite(kind, getattr(facts, kind.plural), fields, new_id,
                                            target == "actor" and kind.irreflexive)
    return replace(facts, **changed)


def _rewrite(kind: Kind, items: list[Any], fields: tuple[Field, ...],
             new_id: Callable[[str], str], irreflexive: bool) -> list[Any]:
    seen: set[Hashable] = set()
    out = []
    for item in items:
        mapped = replace(item, **{f.name: _mapped(getattr(item, f.name), new_id)
                                  for f in fields})
        named = [a for f in fields for a in _ids(getattr(mapped, f.name))]
        if irreflexive and len(set(named)) < len(named):
            continue  # merging made it join an actor to itself
        key = identity(kind, mapped, fold=True)
        if key not in seen:
            seen.add(key)
            out.append(mapped)
    return out


def _mapped(value: Any, new_id: Callable[[str], str]) -> Any:
    """An id (none stays none) or a collection of ids, mapped."""
    if isinstance(value, (tuple, list, set, frozenset)):
        return type(value)(new_id(v) for v in value)
    return value and new_id(value)


def _ids(value: Any) -> list[str]:
    if isinstance(value, (tuple, list, set, frozenset)):
        return list(value)
    return [value] if value else []
