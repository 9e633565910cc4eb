"""The unresolved facts of synthetic reports, built directly (no text, no spaCy).

Extracting 100,000 reports with spaCy takes hours; the resolution over all shards needs only
what extraction hands it: each report's actors (the names the report gives them), its event
and the participations. :func:`make_facts` builds those for report ``i`` from the world of
:mod:`synth` (the same seeded officials, organizations and series of gatherings), named in
the ways reports name them and extraction keeps them:

- an official by the full name, with or without a title or "Dr.", a middle name dropped or cut
  to its initial, sometimes with the bare surname a later sentence used among its names, and
  now and then by the bare surname alone;
- an organization by its name, by its acronym, or both ("... (FIA)"), with a leading "the"
  now and then, and its country when the report gives it;
- the gathering by its edition's title, the title and its year, the organizer's acronym and
  the kind ("FIA consultation"), or the kind and topic only ("Consultation on Safe
  Migration"); dated by a day of it, its span or only the date line; placed in its city or not.

``truth`` of :func:`corpus` says which official, organization or gathering each local id is,
for pairwise precision and recall. The same ``(n, seed)`` gives the same facts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import synth

from kg.model import Actor, Event, Facts, Participation, Report

#: the event type a kind of gathering is (kg's types; type_groups in event_evidence.yaml)
EVENT_TYPES = {"Conference": "Conference", "Workshop": "Workshop", "Consultation": "Meeting",
               "Dialogue": "Dialogue", "Seminar": "Workshop", "Forum": "Conference",
               "Summit": "Summit", "Roundtable": "Meeting", "Symposium": "Conference",
               "Meeting": "Meeting"}


@dataclass(frozen=True)
class Truth:
    """What a local id really is: ("person" | "org" | "event", its name in the world)."""

    kind: str
    name: str


def world_for(n: int, seed: int = 0) -> synth.World:
    """The world of a corpus of ``n`` reports: an official per two reports, a gathering per
    three (each reported by about three outlets)."""
    return synth.build_world(seed, max(60, n // 2), gatherings=max(20, n // 3))


def _person_form(rng: random.Random, p: synth.Person) -> list[str]:
    words = p.name.split()
    given, rest = words[0], words[1:]
    roll = rng.random()
    if roll < 0.03:
        return [words[-1]]  # the bare surname alone
    if len(rest) > 1 and roll < 0.4:
        # a middle name or particle dropped, or the middle name cut to its initial
        rest = rest[-1:] if roll < 0.25 else [rest[0][0] + ".", *rest[1:]]
    name = " ".join([given, *rest])
    prefix = rng.choice(("", "", "", "Dr. ", f"{p.title} "))
    names = [prefix + name]
    if rng.random() < 0.2:
        names.append(words[-1])  # "..., Khan said": extraction keeps the surname as a name
    return names


def _org_form(rng: random.Random, o: synth.Org) -> list[str]:
    full = ("the " if rng.random() < 0.1 else "") + o.name
    if not o.acronym:
        return [full]
    roll = rng.random()
    if roll < 0.2:
        return [o.acronym]
    return [full, o.acronym] if roll < 0.6 else [full]


def _event(rng: random.Random, g: synth.Gathering) -> tuple[Event, date]:
    end = g.start + timedelta(days=g.days - 1)
    published = end + timedelta(days=rng.randint(0, 3))
    roll = rng.random()
    if roll < 0.45:
        name = g.title
    elif roll < 0.6:
        name = f"{g.title} {g.start.year}"
    elif roll < 0.8 and g.organizer.acronym:
        name = f"{g.organizer.acronym} {g.kind.lower()}"
    else:
        name = f"{g.kind} on {g.topic}"
    ev = Event("e1", name, EVENT_TYPES[g.kind])
    roll = rng.random()
    if roll < 0.4:
        ev.date = g.start + timedelta(days=rng.randrange(g.days))
    elif roll < 0.6 and g.days > 1:
        ev.date, ev.start, ev.end = g.start, g.start, end
    else:
        ev.date = published  # the date line only
    if rng.random() < 0.75:
        ev.place = g.city
    return ev, published


def make_facts(world: synth.World, seed: int, i: int,
               truth: dict[tuple[str, str], Truth] | None = None) -> Facts:
    """The unresolved facts of report ``i``: its gathering, its organizer and two or three
    other organizations, and three to six officials (see the module docstring)."""
    rng = random.Random(f"facts:{seed}:{i}")
    g = world.gatherings[rng.randrange(len(world.gatherings))]
    event, published = _event(rng, g)
    report = Report(text="", source=f"synth/{seed}/{i:06d}", title=event.name,
                    published=published)
    orgs = [g.organizer]
    while len(orgs) < rng.randint(3, 4):
        o = rng.choice(world.home.get(g.country) or world.orgs) if rng.random() < 0.6 \
            else rng.choice(world.orgs)
        if o not in orgs:
            orgs.append(o)
    people: list[synth.Person] = []
    for _ in range(rng.randint(3, 6)):
        staff = world.by_org.get(rng.choice(orgs).name) or world.people
        p = rng.choice(staff)
        if p not in people:
            people.append(p)
    actors: list[Actor] = []
    roles: list[Participation] = []
    for o in orgs:
        names = _org_form(rng, o)
        country = o.country if o.country and rng.random() < 0.5 else None
        actors.append(Actor(f"a{len(actors) + 1}", names[0], "Organization",
                            aliases=set(names[1:]), country=country))
        role = "organizer" if o is g.organizer else "participant"
        roles.append(Participation(actors[-1].id, "e1", role))
        if truth is not None:
            truth[(report.id, actors[-1].id)] = Truth("org", o.name)
    for p in people:
        names = _person_form(rng, p)
        actors.append(Actor(f"a{len(actors) + 1}", names[0], "Person", aliases=set(names[1:])))
        roles.append(Participation(actors[-1].id, "e1", "participant"))
        if truth is not None:
            truth[(report.id, actors[-1].id)] = Truth("person", p.name)
    if truth is not None:
        truth[(report.id, "e1")] = Truth("event", f"{g.title}/{g.start}")
    return Facts(report=report, actors=actors, participations=roles, events=[event])


def corpus(n: int, seed: int = 0, world: synth.World | None = None
           ) -> tuple[list[Facts], dict[tuple[str, str], Truth]]:
    """The facts of ``n`` reports, and what each local id really is."""
    world = world or world_for(n, seed)
    truth: dict[tuple[str, str], Truth] = {}
    return [make_facts(world, seed, i, truth) for i in range(n)], truth


def describe(world: synth.World) -> dict[str, Any]:
    """How many distinct names the world holds (to check that pools do not run out)."""
    return {"people": len({p.name for p in world.people}),
            "organizations": len({o.name for o in world.orgs}),
            "gatherings": len({(g.title, g.start) for g in world.gatherings}),
            "series": len({g.series for g in world.gatherings})}
