"""Rewrite one report's facts from report-local actor ids to global ids.

After merging, two facts of a report may become one ("FIA" and "Federal Investigation Agency"
each co-organized the event) and a pair may join an actor to itself; such facts are dropped,
the first of equal facts kept with its evidence. Events and declarations name no actor and
pass unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import replace
from typing import TypeVar

from kg.errors import KgError
from kg.model import Actor, Facts

__all__ = ["rewrite_facts"]

T = TypeVar("T")


def _unique(items: Iterable[T], key: Callable[[T], Hashable]) -> list[T]:
    seen: set[Hashable] = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def rewrite_facts(facts: Facts, ids: dict[str, str], actors: list[Actor]) -> Facts:
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

    posts = _unique(
        (
            replace(p, person=gid(p.person), organization=p.organization and gid(p.organization))
            for p in facts.posts
        ),
        key=lambda p: (p.person, p.title.casefold(), p.organization),
    )
    participations = _unique(
        (replace(p, actor=gid(p.actor)) for p in facts.participations),
        key=lambda p: (p.actor, p.event, p.role),
    )
    collaborations = _unique(
        (
            c
            for c in (
                replace(c, actors=(gid(c.actors[0]), gid(c.actors[1])))
                for c in facts.collaborations
            )
            if c.actors[0] != c.actors[1]
        ),
        key=lambda c: frozenset(c.actors),
    )
    endorsements = _unique(
        (
            e
            for e in (replace(e, source=gid(e.source), target=gid(e.target))
                      for e in facts.endorsements)
            if e.source != e.target
        ),
        key=lambda e: (e.source, e.target),
    )
    commitments = _unique(
        (replace(c, actor=gid(c.actor)) for c in facts.commitments),
        key=lambda c: (c.actor, c.kind, c.text.casefold(), c.event),
    )
    return replace(
        facts,
        actors=actors,
        posts=posts,
        participations=participations,
        collaborations=collaborations,
        endorsements=endorsements,
        commitments=commitments,
    )
