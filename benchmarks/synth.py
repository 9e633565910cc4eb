"""Seeded synthetic news reports about officials, agencies and events, in any number.

The same ``(n, seed)`` always gives the same reports. Names come from the pools in
``synth_pools.yaml``; a world of agencies (with acronyms), NGOs, international organizations,
embassies and officials (each with a title and an organization) is built first, so officials
recur across reports as they do in real news, and 10,000 reports name thousands of actors.

Usage::

    python benchmarks/synth.py 1000 --seed 7 --out /tmp/synth.jsonl   # one JSON Lines file
    python benchmarks/synth.py 200 --out /tmp/synth-dir                # a folder of .txt files
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

import yaml

POOLS = Path(__file__).with_name("synth_pools.yaml")
MONTHS = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WIRES = ("APP", "PTI", "AFP", "Reuters", "Xinhua", "GNA")


@dataclass(frozen=True)
class Org:
    name: str
    acronym: str  # "" when the organization goes by its name only
    country: str
    kind: str  # agency, international, embassy or ngo: which titles its officials hold

    @property
    def first(self) -> str:
        """The first mention: 'the Federal Investigation Agency (FIA)'."""
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def short(self) -> str:
        return self.acronym or self.name


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    org: Org


@dataclass(frozen=True)
class Gathering:
    """One edition of a series of gatherings: its title ("3rd Regional Consultation on Safe
    Migration"), the series' title, kind and topic, organizer, city, first day and length."""

    title: str
    series: str
    kind: str
    topic: str
    organizer: Org
    city: str
    country: str
    start: date
    days: int
    edition: int


@dataclass
class World:
    """The actors reports are written about."""

    countries: list[dict[str, Any]]
    orgs: list[Org]
    people: list[Person]
    by_org: dict[str, list[Person]]
    pools: dict[str, Any]
    gatherings: list[Gathering] = field(default_factory=list)
    #: country name -> its organizations with an acronym; the international ones
    home: dict[str, list[Org]] = field(default_factory=dict)
    international: list[Org] = field(default_factory=list)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _weighted(rng: random.Random, items: list[str], cum_weights: list[float]) -> str:
    # cumulative weights, summed once: ``choices(items, weights)`` sums them at every draw
    # (the same draw), which made a 100,000-report world take most of a minute
    return rng.choices(items, cum_weights=cum_weights, k=1)[0]


def _falling(n: int, skew: float = 0.9, offset: int = 5) -> list[float]:
    """Cumulative weights that fall with the rank, as surnames' frequencies do (a few very
    common)."""
    return list(accumulate(1 / (rank + offset) ** skew for rank in range(1, n + 1)))


def _org_name(
    rng: random.Random, pools: dict[str, Any], country: dict[str, Any]
) -> tuple[str, str]:
    """A name for a new organization of ``country``: a national or city agency, or an NGO
    of the country or of one of its cities; and its kind."""
    roll = rng.random()
    field_, body = rng.choice(pools["agency_fields"]), rng.choice(pools["agency_bodies"])
    if roll < 0.5:
        return f"{rng.choice(pools['agency_prefixes'])} {field_} {body}", "agency"
    if roll < 0.7:
        return f"{rng.choice(country['cities'])} {field_} {body}", "agency"
    place = country["name"] if roll < 0.85 else rng.choice(country["cities"])
    return f"{rng.choice(pools['ngo_words'])} {rng.choice(pools['ngo_kinds'])} {place}", "ngo"


#: one distinct surname per this many officials (at least the pool's common ones): a feed
#: naming 50,000 people meets about 10,000 surnames, a few of them very common
SURNAMES_PER = 5


def surnames(pools: dict[str, Any], people: int) -> list[str]:
    """The surnames of a world of ``people`` officials, most common first: the pool's list,
    then rarer ones built from ``surname_parts`` (seeded, distinct) up to one per
    :data:`SURNAMES_PER` officials (see ``synth_pools.yaml``)."""
    out = list(pools["last_names"])
    parts = pools["surname_parts"]
    rng = random.Random("surnames")
    taken = {name.casefold() for name in out}
    limit = len(parts["starts"]) * len(parts["middles"]) * len(parts["ends"])
    while len(out) < min(people // SURNAMES_PER, limit // 2):
        name = (rng.choice(parts["starts"]) + rng.choice(parts["middles"])
                + rng.choice(parts["ends"]))
        if name.casefold() not in taken:
            taken.add(name.casefold())
            out.append(name)
    return out


#: one distinct gathering topic per this many gatherings (at least the pool's 40): a feed of
#: 33,333 gatherings does not hold them to 40 topics, one of each every week or so; real
#: programmes name a sector, a group or a means ("Debt Bondage in Brick Making")
GATHERINGS_PER_TOPIC = 20


def gathering_topics(pools: dict[str, Any], gatherings: int) -> list[str]:
    """The topics of a world of ``gatherings`` gatherings, most common first: the pool's
    list, then "<subject> in <setting>" ones built from ``topic_parts`` (seeded, distinct)
    up to one per :data:`GATHERINGS_PER_TOPIC` gatherings (see ``synth_pools.yaml``)."""
    out = list(pools["gathering_topics"])
    parts = pools["topic_parts"]
    rng = random.Random("topics")
    taken = {topic.casefold() for topic in out}
    limit = len(parts["subjects"]) * len(parts["settings"])
    while len(out) < min(gatherings // GATHERINGS_PER_TOPIC, limit // 2):
        topic = f"{rng.choice(parts['subjects'])} in {rng.choice(parts['settings'])}"
        if topic.casefold() not in taken:
            taken.add(topic.casefold())
            out.append(topic)
    return out


def _person_name(rng: random.Random, pools: dict[str, Any], last: list[str],
                 weights: list[float]) -> str:
    """Given name, sometimes a middle name, sometimes a particle, and a surname."""
    parts = [rng.choice(pools["first_names"])]
    if rng.random() < 0.25:
        parts.append(rng.choice(pools["middle_names"]))
    if rng.random() < 0.06:
        parts.append(rng.choice(pools["particles"]))
    parts.append(_weighted(rng, last, weights))
    return " ".join(parts)


def build_world(seed: int, people: int, orgs: int | None = None,
                gatherings: int = 0) -> World:
    """Organizations (about one per eight officials, at least about 130), ``people``
    officials and ``gatherings`` editions of series of gatherings, drawn from the pools with
    ``seed``. Every name is distinct (an organization's acronym too, where it has one: a
    clash would merge two actors)."""
    pools = yaml.safe_load(POOLS.read_text(encoding="utf-8"))
    rng = random.Random(f"world:{seed}")
    world_orgs: list[Org] = [Org(n, a, "", "international") for n, a in pools["international"]]
    world_orgs += [Org(f"Embassy of {c}", "", "", "embassy") for c in pools["embassies"]]
    taken = {o.acronym for o in world_orgs}
    names = {o.name for o in world_orgs}
    wanted = max(len(world_orgs) + 12 * len(pools["countries"]), orgs or people // 8)
    n = 0
    while len(world_orgs) < wanted:
        country = pools["countries"][n % len(pools["countries"])]
        n += 1
        name, kind = _org_name(rng, pools, country)
        if name in names:
            continue
        names.add(name)
        acr = _acronym(name) if kind == "agency" else ""
        if acr in taken:
            acr = ""  # one acronym, one agency; this one goes by its name
        taken.add(acr)
        world_orgs.append(Org(name, acr, country["name"], kind))
    count = max(people, 2 * len(world_orgs))
    last = surnames(pools, count)
    weights = _falling(len(last))
    seen: set[str] = set()
    officials: list[Person] = []
    # Two officials per organization first, so that every organization has staff to quote.
    while len(officials) < count:
        name = _person_name(rng, pools, last, weights)
        if name in seen:
            continue
        seen.add(name)
        k = len(officials)
        org = world_orgs[k // 2] if k < 2 * len(world_orgs) else rng.choice(world_orgs)
        officials.append(Person(name, rng.choice(pools["titles"][org.kind]), org))
    by_org: dict[str, list[Person]] = {}
    for p in officials:
        by_org.setdefault(p.org.name, []).append(p)
    home: dict[str, list[Org]] = {}
    for o in world_orgs:
        if o.acronym and o.country:
            home.setdefault(o.country, []).append(o)
    international = [o for o in world_orgs if o.kind == "international"]
    world = World(pools["countries"], world_orgs, officials, by_org, pools, [], home,
                  international)
    world.gatherings = make_gatherings(rng, world, gatherings)
    return world


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def make_gatherings(rng: random.Random, world: World, n: int) -> list[Gathering]:
    """About ``n`` gatherings: series (a scope or a country's people, a kind, a topic) of one
    to five editions a year or two apart, each in another city, organized by one body."""
    pools = world.pools
    out: list[Gathering] = []
    series: set[str] = set()
    hosts = [o for o in world.orgs if o.kind in ("agency", "international", "ngo")]
    topics = gathering_topics(pools, n)
    # the pool alone is drawn evenly (worlds of up to 800 gatherings as before); a grown
    # list with falling weights, its common topics first, as surnames are
    weights = _falling(len(topics)) if len(topics) > len(pools["gathering_topics"]) else None
    while len(out) < n:
        country = rng.choice(world.countries)
        scope = rng.choice(pools["gathering_scopes"]) if rng.random() < 0.7 else country["adj"]
        kind = rng.choice(pools["gathering_kinds"])
        topic = _weighted(rng, topics, weights) if weights else rng.choice(topics)
        title = f"{scope} {kind} on {topic}"
        if title in series:
            continue
        series.add(title)
        organizer = rng.choice(hosts)
        year = rng.randrange(2012, 2024)
        for edition in range(1, rng.randint(1, 5) + 1):
            place = rng.choice(world.countries) if scope != country["adj"] else country
            city = rng.choice(place["cities"])
            start = date(year, rng.randint(1, 12), rng.randint(1, 26))
            name = title if edition == 1 else f"{_ordinal(edition)} {title}"
            out.append(Gathering(name, title, kind, topic, organizer, city, place["name"],
                                 start, rng.randint(1, 3), edition))
            year += rng.choice((1, 1, 2))
    return out[:n] if n else out


def _official(rng: random.Random, world: World, org: Org) -> Person:
    return rng.choice(world.by_org[org.name])


def _mention(rng: random.Random, p: Person) -> str:
    """An official named in one of the shapes news reports use."""
    shape = rng.randrange(3) if p.org.acronym else 1
    if shape == 0:
        return f"{p.title} {p.org.first} {p.name}"
    if shape == 1:
        return f"{p.name}, {p.title} of the {p.org.name}"
    return f"{p.org.short} {p.title} {p.name}"


def make_report(world: World, seed: int, i: int) -> dict[str, Any]:
    """Report ``i`` of the corpus of ``seed``: a dict with the JSONL loader's fields."""
    rng = random.Random(f"report:{seed}:{i}")
    pools = world.pools
    country = rng.choice(world.countries)
    city = rng.choice(country["cities"])
    host = rng.choice(world.home[country["name"]])
    partner = rng.choice(world.international)
    third = rng.choice(world.orgs)
    while third in (host, partner):
        third = rng.choice(world.orgs)
    day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
    topic, kind = rng.choice(pools["topics"]), rng.choice(pools["event_kinds"])
    weekday = WEEKDAYS[day.weekday()]
    lead_shape = rng.randrange(3)
    dateline = f"{city.upper()}, {MONTHS[day.month - 1]} {day.day} ({rng.choice(WIRES)}): "
    if lead_shape == 0:
        lead = (
            f"A {rng.choice(('two', 'three', 'five'))}-day {kind} on {topic} opened here on "
            f"{weekday}, organized by the {host.first} in collaboration with the "
            f"{partner.first} and the {third.first}."
        )
        title = f"{host.short} and {partner.short} open {kind} on {topic}"
    elif lead_shape == 1:
        lead = (
            f"The {host.first} and the {partner.first} jointly organized a {kind} on {topic} "
            f"in {city} on {weekday}, with the support of the {third.first}."
        )
        title = f"{host.short}, {partner.short} hold {kind} on {topic} in {city}"
    else:
        kind = "signing"
        lead = (
            f"The {host.first} and the {partner.first} signed a Memorandum of Understanding "
            f"(MoU) on {topic} here on {weekday}."
        )
        title = f"{host.short} and {partner.short} sign MoU on {topic}"
    a, b, c = (_official(rng, world, o) for o in (host, partner, third))
    event = "MoU signing ceremony" if kind == "signing" else kind
    paras = [
        dateline + lead,
        f"The {event} was attended by {_mention(rng, a)}, {_mention(rng, b)}, "
        f"{_mention(rng, c)} and senior officials from across {country['name']}.",
    ]
    speakers = [a, b, c]
    rng.shuffle(speakers)
    for p in speakers:
        other = rng.choice([s for s in speakers if s is not p])
        action = rng.choice(pools["actions"])
        shape = rng.randrange(4)
        opener = rng.choice(("Speaking on the occasion, ", "Addressing the participants, ", ""))
        if shape == 0:
            paras.append(
                f"{opener}{p.name} {rng.choice(pools['praise'])} the {other.org.name} "
                f"for its work on {topic}. {p.name} assured that the {p.org.short} "
                f"will continue to {action}."
            )
        elif shape == 1:
            paras.append(
                f"{opener}{p.name} said that {topic} remains a serious challenge and "
                f"called for {rng.choice(pools['calls'])}."
            )
        elif shape == 2:
            paras.append(
                f"{p.name} urged the authorities to {action} and thanked the "
                f"{other.org.short} for its support."
            )
        else:
            paras.append(f"{opener}{p.name} pledged that the {p.org.short} would {action}.")
    if kind != "signing" and rng.random() < 0.4:
        calls = rng.sample(pools["calls"], 2)
        paras.append(
            f"At the end of the {kind}, the participants adopted the {city} Declaration, "
            f"which calls for {calls[0]} and {calls[1]}."
        )
    return {
        "source": f"synth/{seed}/{i:06d}",
        "title": title,
        "author": f"{rng.choice(pools['first_names'])} {rng.choice(pools['last_names'])}",
        "published": day.isoformat(),
        "text": "\n\n".join(paras),
    }


def generate(n: int, seed: int = 0, people: int | None = None) -> list[dict[str, Any]]:
    """``n`` reports; the world holds ``people`` officials (default: about one per 2 reports,
    at least two per organization)."""
    world = build_world(seed, people if people is not None else max(60, n // 2))
    return [make_report(world, seed, i) for i in range(n)]


def write(records: list[dict[str, Any]], out: Path) -> Path:
    """Write reports as one ``.jsonl`` file (``out`` ends in .jsonl) or a folder of ``.txt``."""
    if out.suffix == ".jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return out
    out.mkdir(parents=True, exist_ok=True)
    for r in records:
        name = r["source"].rsplit("/", 1)[-1]
        body = f"{r['title']}\nBy {r['author']}\nPublished: {r['published']}\n\n{r['text']}\n"
        (out / f"{name}.txt").write_text(body, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("n", type=int, help="number of reports")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--people", type=int, help="officials in the world (default n/2, at least 60)")
    ap.add_argument("--out", type=Path, required=True, help="a .jsonl file or a folder")
    args = ap.parse_args(argv)
    where = write(generate(args.n, args.seed, args.people), args.out)
    print(f"{args.n} reports -> {where}")


if __name__ == "__main__":
    main()
