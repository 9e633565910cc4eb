"""Rewrite one report's facts from report-local actor ids to global ids.

Each kind's fields that name actors are mapped, as :mod:`kg.kinds` declares them. After
merging, two facts of a report may become one ("FIA" and "Federal Investigation Agency" each
co-organized the event): the first of facts with equal identities is kept, with its
evidence. A fact that would join an actor to itself (a kind declared irreflexive) is dropped.
Kinds that name no actor (events, declarations) pass unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import replace
from typing import Any

from kg.errors import KgError
from kg.kinds import KINDS, Kind, Kinds, fact_kinds, identity
from kg.model import Actor, Facts

__all__ = ["rewrite_facts"]


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

    changed: dict[str, Any] = {"actors": actors}
    for kind in fact_kinds(kinds):
        if kind.references("actor"):
            changed[kind.plural] = _rewrite(kind, getattr(facts, kind.plural), gid)
    return replace(facts, **changed)


def _rewrite(kind: Kind, items: list[Any], gid: Callable[[str], str]) -> list[Any]:
    fields = kind.references("actor")
    seen: set[Hashable] = set()
    out = []
    for item in items:
        mapped = replace(item, **{f.name: _mapped(getattr(item, f.name), gid) for f in fields})
        named = [a for f in fields for a in _ids(getattr(mapped, f.name))]
        if kind.irreflexive and len(set(named)) < len(named):
            continue  # merging made it join an actor to itself
        key = identity(kind, mapped, fold=True)
        if key not in seen:
            seen.add(key)
            out.append(mapped)
    return out


def _mapped(value: Any, gid: Callable[[str], str]) -> Any:
    """An actor id (none stays none) or a collection of ids, mapped."""
    if isinstance(value, (tuple, list, set, frozenset)):
        return type(value)(gid(v) for v in value)
    return value and gid(value)


def _ids(value: Any) -> list[str]:
    if isinstance(value, (tuple, list, set, frozenset)):
        return list(value)
    return [value] if value else []
