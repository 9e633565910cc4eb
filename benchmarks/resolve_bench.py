"""Time kg.resolve.resolve() on synthetic corpora of 1,000 and 10,000 reports.

Each report names about eight actors drawn from pools that grow with the corpus: persons (given
names, optional middle name, surname) written with transliteration variants, dropped middle
names, initials, honorifics or a bare surname; organizations written with British spellings,
a leading "the", an acronym or an "in <City>" suffix; and registry organizations by name or
acronym. The script prints the time per size, the growth ratio against what linear and
quadratic growth would give, and the pairwise precision/recall of the clusters against the
generator's truth. Run: ``.venv/bin/python benchmarks/resolve_bench.py [--sizes 1000 10000]``.

Each report also tells of one gathering (:func:`make_gatherings`): series of a topic and a kind
whose editions fall in different years and cities, named by outlets in several ways (the
full title, another word order, the organizer's acronym and the kind, an acronym of the
title), dated by a day of the span, the whole span or only the publication date, placed in
the city or at a hotel. Event resolution (:func:`kg.resolve.resolve_events`, on the facts
actor resolution gives) is timed apart and scored pairwise against the true gatherings.

``--ingest B`` resolves each corpus as ``kg ingest`` does instead: in batches of B reports,
each against the actors of the batches before it, once against every known actor (as before
:mod:`kg.resolve.known`) and once against the candidates of a :class:`KnownActors` table. It
prints the resolution time per batch over the first and the last tenth of the batches, the
known actors resolved against (all of them, or the candidates), and whether the two ways gave
identical results.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from kg.model import Actor, Event, Facts, Participation, Report
from kg.resolve import Registry, resolve, resolve_events
from kg.resolve.known import KnownActors, resolve_with, slim
from kg.resolve.known_events import KnownEvents

GIVEN = (
    "Ahmad Tariq Imran Bilal Usman Hamza Zainab Ayesha Fatima Sana Maria Elena Yuri Ivan "
    "Olga Anna John Michael Sarah Laura Peter David Samuel Grace Amina Ibrahim Musa Lamin "
    "Fatou Isatou Rajesh Priya Anil Sunita Vikram Kavita Wei Chen Mei Carlos Lucia Jose "
    "Pierre Claire Hans Greta Omar Layla Khalid Noor Yusuf Hassan Ali Irina Pavel Kausar "
    "Ehsan Nadia Farah Saima Rubina Javed Naveed Shahid Asif Kamran Faisal Adnan Waqas "
    "Babucarr Ousman Awa Mariama Kebba Alieu Haddy Binta Modou Sainabou Tomas Jakub Ewa "
    "Katarzyna Andrei Dmitri Natalia Sergei Svetlana Kofi Ama Kwame Efua Chinedu Ngozi "
    "Emeka Adaeze Tunde Bola Hiroshi Yuki Min Jisoo Thanh Linh Mehmet Elif Emre Zeynep"
).split()
SURNAMES = (
    "Jahangir Khan Qureshi Siddiqui Chaudhry Malik Hussain Iqbal Sharif Rehman Fedotov "
    "Ivanov Petrova Smith Johnson Brown Garcia Martinez Rossi Bianchi Muller Schmidt "
    "Dubois Laurent Jallow Ceesay Touray Njie Bah Sowe Singh Sharma Patel Gupta Rao Reddy "
    "Wang Zhang Liu Okafor Mensah Boateng Diallo Traore Kamara Haddad Nasser Mansour "
    "Kowalski Novak Horvat Silva Santos Costa Pereira Tanaka Suzuki Kim Park Nguyen Tran "
    "Hakimi Karimi Rahimi Yilmaz Kaya Demir Abbas Rizvi Naqvi Bukhari Gillani Shah "
    "Awan Bhatti Butt Cheema Dar Ghauri Janjua Kiani Lodhi Mirza Niazi Paracha Sethi "
    "Tiwana Warraich Zaidi Baldeh Camara Darboe Fatty Jammeh Jobe Manneh Saidy Sanneh "
    "Sonko Marong Drammeh Colley Faal Gaye Kanteh Nyang Wiśniewski Zielinski Lewandowski "
    "Popescu Ionescu Horvath Nagy Kovacs Papadopoulos Georgiou Adeyemi Okonkwo Eze Obi "
    "Asante Owusu Appiah Mwangi Otieno Kamau Wanjiru Banda Phiri Moyo Dlamini Nkosi"
).split()
# transliteration variants a report may use instead of the usual spelling
VARIANTS = {
    "Ishaq": "Ishaque",
    "Jahangir": "Jehangir",
    "Yuri": "Yury",
    "Mohammed": "Muhammad",
    "Ahmad": "Ahmed",
    "Qureshi": "Kureshi",
    "Hussain": "Hussein",
    "Rehman": "Rahman",
    "Hassan": "Hasan",
    "Yusuf": "Yousuf",
    "Fatima": "Fatma",
    "Usman": "Osman",
}
MIDDLE = ("Ishaq Ali Mohammed Kumar Ann Marie Lee Abdul Karim Jose").split()
ORG_WORDS = (
    "Social Development Rights Justice Migration Safety Welfare Youth Women Children "
    "Labour Health Education Peace Border Security Research Legal Rural Urban Policy "
    "Community Action Dignity Freedom Progress Unity Trust Hope Future"
).split()
ORG_KINDS = (
    "Organisation Foundation Network Centre Programme Council Commission Forum Alliance "
    "Society Institute Initiative"
).split()
CITIES = "Islamabad Lahore Banjul Delhi Nairobi Vienna Geneva Bangkok Lagos Kabul".split()
# forms of registry organizations: one entity per inner list
REGISTRY_FORMS = [
    ["UNODC", "United Nations Office on Drugs and Crime"],
    ["IOM"],
    ["ILO", "International Labour Organization"],
    ["UNICEF"],
    ["FIA"],
    ["INTERPOL"],
    ["OSCE"],
    ["European Union", "EU"],
    ["U.S. Department of State"],
    ["UN Women"],
    ["NAATIP"],
]


@dataclass(frozen=True)
class Truth:
    """The entity a mention really is."""

    kind: str
    index: int


def make_people(rng: random.Random, n: int) -> list[tuple[str, str | None, str]]:
    """``n`` persons whose (given name, surname) pairs are all different: two persons of one
    full name cannot be told apart by any resolver, so the truth would be unfair."""
    pairs = rng.sample([(g, s) for g in GIVEN for s in SURNAMES], n)
    return [(g, rng.choice(MIDDLE) if rng.random() < 0.3 else None, s) for g, s in pairs]


def person_form(rng: random.Random, given: str, middle: str | None, surname: str) -> str:
    def spell(word: str) -> str:
        return VARIANTS.get(word, word) if rng.random() < 0.3 else word

    roll = rng.random()
    if roll < 0.05:
        return spell(surname)
    parts = [spell(given)]
    if middle and roll < 0.8:
        parts.append(middle[0] + "." if roll < 0.15 else spell(middle))
    parts.append(spell(surname))
    prefix = rng.choice(["", "", "", "Dr. ", "Mr. ", "Prof. "])
    return prefix + " ".join(parts)


def make_orgs(rng: random.Random, n: int) -> list[tuple[str, str, str | None]]:
    """``n`` organizations with different names (their acronyms may collide, as in life)."""
    names: set[str] = set()
    while len(names) < n:
        words = rng.sample(ORG_WORDS, rng.choice([2, 3]))
        names.add(" ".join([*words, rng.choice(ORG_KINDS)]))
    out = []
    for name in sorted(names):
        acronym = "".join(w[0] for w in name.split())
        out.append((name, acronym, rng.choice(CITIES) if rng.random() < 0.1 else None))
    return out


def org_form(rng: random.Random, name: str, acronym: str, city: str | None) -> list[str]:
    american = (
        name.replace("Organisation", "Organization")
        .replace("Centre", "Center")
        .replace("Programme", "Program")
        .replace("Labour", "Labor")
    )
    full = rng.choice([name, name, american, "the " + name])
    if city and rng.random() < 0.7:
        full = f"{full} in {city}"
    roll = rng.random()
    if roll < 0.15:
        return [acronym]
    if roll < 0.5:
        return [full, acronym]
    return [full]


@dataclass(frozen=True)
class Gathering:
    """One edition of a series: its title, kind, organizer (an org index), city and days."""

    title: str
    kind: str
    organizer: int
    city: str
    start: date
    days: int


def make_gatherings(rng: random.Random, n: int, n_orgs: int) -> list[Gathering]:
    """About ``n`` gatherings: series of three editions, a year apart, in different cities."""
    out: list[Gathering] = []
    titles: set[tuple[str, ...]] = set()
    while len(out) < n:
        topic = tuple(rng.sample(ORG_WORDS, 2))
        if topic in titles:
            continue
        titles.add(topic)
        kind = rng.choice(["Conference", "Summit", "Workshop", "Dialogue"])
        scope = rng.choice(["Regional", "International", "National"])
        title = f"{scope} {kind} on {topic[0]} and {topic[1]}"
        organizer = rng.randrange(n_orgs)
        for year, city in zip(rng.sample(range(2015, 2025), 3), rng.sample(CITIES, 3),
                              strict=True):
            start = date(year, rng.randint(1, 12), rng.randint(1, 25))
            out.append(Gathering(title, kind, organizer, city, start, rng.randint(1, 3)))
    return out


def event_form(rng: random.Random, g: Gathering, acronym: str) -> tuple[Event, date]:
    """How one outlet names, dates and places a gathering; and the report's date."""
    end = g.start + timedelta(days=g.days - 1)
    published = end + timedelta(days=rng.randint(0, 3))
    words = g.title.split()
    roll = rng.random()
    if roll < 0.4:
        name = g.title
    elif roll < 0.6:  # "Border and Security Conference"
        name = f"{words[3]} and {words[5]} {g.kind}"
    elif roll < 0.85:  # the organizer's acronym: "SDF conference"
        name = f"{acronym} {g.kind.lower()}"
    else:
        name = f"{g.title} {g.start.year}"
    ev = Event("e1", name, g.kind)
    roll = rng.random()
    if roll < 0.4:
        ev.date = g.start + timedelta(days=rng.randrange(g.days))
    elif roll < 0.6 and g.days > 1:
        ev.date, ev.start, ev.end = g.start, g.start, end
    else:
        ev.date = published  # only the date line
    if rng.random() < 0.75:
        ev.place = g.city
    else:
        ev.venue = f"{rng.choice(['Serena', 'Marriott', 'Grand Palm'])} Hotel"
    return ev, published


def corpus(n_reports: int, seed: int = 7) -> tuple[list[Facts], dict[tuple[str, str], Truth]]:
    """Reports with their actors and one event each; ``truth`` maps (report id, local actor
    id or "e1") to the actor or gathering it really is."""
    rng = random.Random(seed)
    people = make_people(rng, max(20, n_reports // 2))
    orgs = make_orgs(rng, max(10, n_reports // 5))
    gatherings = make_gatherings(rng, max(6, n_reports // 4), len(orgs))
    truth: dict[tuple[str, str], Truth] = {}
    batch = []
    for r in range(n_reports):
        g_index = rng.randrange(len(gatherings))
        gathering = gatherings[g_index]
        organizer = orgs[gathering.organizer]
        event, published = event_form(rng, gathering, organizer[1])
        report = Report(text="", source=f"synthetic/{r}.txt", published=published)
        truth[(report.id, "e1")] = Truth("event", g_index)
        actors: list[Actor] = []
        chosen: set[Truth] = set()
        if rng.random() < 0.7:  # the organizer, named as the outlet names it
            names = org_form(rng, *organizer)
            actors.append(Actor("a1", names[0], "Organization", aliases=set(names[1:])))
            chosen.add(Truth("org", gathering.organizer))
            truth[(report.id, "a1")] = Truth("org", gathering.organizer)
        for _ in range(rng.randint(5, 10)):
            roll = rng.random()
            if roll < 0.5:
                t = Truth("person", rng.randrange(len(people)))
                names = [person_form(rng, *people[t.index])]
                kind = "Person"
            elif roll < 0.85:
                t = Truth("org", rng.randrange(len(orgs)))
                names = org_form(rng, *orgs[t.index])
                kind = "Organization"
            else:
                t = Truth("registry", rng.randrange(len(REGISTRY_FORMS)))
                names = [rng.choice(REGISTRY_FORMS[t.index])]
                kind = "Organization"
            if t in chosen:  # within a report an actor is named once (extraction merged it)
                continue
            chosen.add(t)
            local = f"a{len(actors) + 1}"
            actors.append(Actor(local, names[0], kind, aliases=set(names[1:])))  # type: ignore[arg-type]
            truth[(report.id, local)] = t
        # one participation per actor, in an event of its own: after resolution it tells
        # which global id each local actor received
        marks = [Participation(a.id, f"mark-{a.id}", "participant") for a in actors]
        roles = [Participation(a.id, "e1", "organizer" if a.id == "a1" and
                               Truth("org", gathering.organizer) in chosen else "participant")
                 for a in actors]
        batch.append(Facts(report=report, actors=actors, participations=marks + roles,
                           events=[event]))
    return batch, truth


def event_scores(
    batch: list[Facts], result_facts: list[Facts], truth: dict[tuple[str, str], Truth]
) -> tuple[float, float]:
    """Pairwise precision and recall of the merged events against the true gatherings."""
    joint: Counter[tuple[Truth, str]] = Counter()
    for before, after in zip(batch, result_facts, strict=True):
        joint[(truth[(before.report.id, "e1")], after.events[0].id)] += 1
    return _pairwise(joint)


def _pairwise(joint: Counter[tuple[Truth, str]]) -> tuple[float, float]:
    gold: Counter[Truth] = Counter()
    pred: Counter[str] = Counter()
    for (t, p), n in joint.items():
        gold[t] += n
        pred[p] += n

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    both = pairs(joint)
    return both / max(1, pairs(pred)), both / max(1, pairs(gold))


def pair_scores(
    batch: list[Facts], result_facts: list[Facts], truth: dict[tuple[str, str], Truth]
) -> tuple[float, float]:
    """Pairwise precision and recall of the predicted clusters over all mentions."""
    joint: Counter[tuple[Truth, str]] = Counter()
    for before, after in zip(batch, result_facts, strict=True):
        for mark in after.participations:
            if mark.event.startswith("mark-"):
                local = mark.event.removeprefix("mark-")
                joint[(truth[(before.report.id, local)], mark.actor)] += 1
    return _pairwise(joint)


def ingest_like(size: int, batch_size: int, registry: Registry) -> None:
    """Resolve a corpus batch by batch against a growing table, both ways (see --ingest);
    then once more with a table of known events too, as ``kg ingest`` does, scoring the
    events merged across batches against the true gatherings."""
    batch, truth = corpus(size)
    batches = [batch[i : i + batch_size] for i in range(0, len(batch), batch_size)]
    every: dict[str, Actor] = {}
    table = KnownActors.of((), registry)
    rows = []  # (known, seconds against all, seconds indexed, candidates)
    same = True
    actors2, events2 = KnownActors.of((), registry), KnownEvents()
    merged: list[Facts] = []
    event_rows = []  # (known events, candidates, seconds)
    for part in batches:
        start = time.perf_counter()
        known_events = len(events2)
        merged += resolve_with(part, actors2, events2).facts
        event_rows.append((known_events, time.perf_counter() - start))
    for part in batches:
        start = time.perf_counter()
        old = resolve(part, known=list(every.values()), registry=registry)
        t_all = time.perf_counter() - start
        for actor in old.actors.values():
            if actor.id in every:
                every[actor.id].aliases |= actor.aliases | {actor.name}
            else:
                every[actor.id] = slim(actor)
        known = len(table)
        candidates = len(table.candidates(part))  # resolve_with finds them again, timed
        start = time.perf_counter()
        new = resolve_with(part, table)
        t_new = time.perf_counter() - start
        same = same and new.facts == old.facts and new.actors == old.actors
        rows.append((known, t_all, t_new, candidates))
    tenth = max(1, len(rows) // 10)
    print(f"{size:>7} reports in {len(rows)} batches of {batch_size}; identical: {same}")
    for label, part_rows in (("first tenth", rows[:tenth]), ("last tenth", rows[-tenth:])):
        n = len(part_rows)
        print(
            f"  {label:11}: {sum(r[0] for r in part_rows) / n:7.0f} known actors; "
            f"against all {1000 * sum(r[1] for r in part_rows) / n:7.1f} ms/batch, "
            f"indexed {1000 * sum(r[2] for r in part_rows) / n:7.1f} ms/batch "
            f"({sum(r[3] for r in part_rows) / n:6.0f} candidates, "
            f"largest {max(r[3] for r in part_rows)})"
        )
    precision, recall = event_scores(batch, merged, truth)
    print(f"  with known events: {len(events2)} events, pairwise precision {precision:.3f} "
          f"recall {recall:.3f}")
    for label, part_rows in (("first tenth", event_rows[:tenth]),
                             ("last tenth", event_rows[-tenth:])):
        n = len(part_rows)
        print(f"  {label:11}: {sum(r[0] for r in part_rows) / n:7.0f} known events; "
              f"actors and events {1000 * sum(r[1] for r in part_rows) / n:7.1f} ms/batch")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--no-gc",
        action="store_true",
        help="disable Python's cyclic garbage collector while timing",
    )
    parser.add_argument(
        "--ingest",
        type=int,
        metavar="B",
        help="resolve in batches of B reports against a growing table, as kg ingest does",
    )
    args = parser.parse_args()
    registry = Registry.load()
    if args.ingest:
        for size in args.sizes:
            ingest_like(size, args.ingest, registry)
        return
    timings: list[tuple[int, int, float, float]] = []
    for size in args.sizes:
        batch, truth = corpus(size)
        mentions = sum(len(f.actors) for f in batch)
        if args.no_gc:
            gc.disable()
        start = time.perf_counter()
        result = resolve(batch, registry=registry, merge_events=False)
        elapsed = time.perf_counter() - start
        start = time.perf_counter()
        events = resolve_events(result.facts, actors=result.actors)
        event_time = time.perf_counter() - start
        gc.enable()
        precision, recall = pair_scores(batch, result.facts, truth)
        timings.append((size, mentions, elapsed, event_time))
        print(
            f"{size:>7} reports {mentions:>7} mentions -> {len(result.actors):>6} actors "
            f"in {elapsed:7.2f} s  ({1e6 * elapsed / mentions:6.1f} us/mention)  "
            f"pairwise precision {precision:.3f} recall {recall:.3f}"
        )
        precision, recall = event_scores(batch, events.facts, truth)
        gatherings = len({t for k, t in truth.items() if k[1] == "e1"})
        print(
            f"{size:>7} reports {len(batch):>7} events   -> {len(events.events):>6} events "
            f"in {event_time:7.2f} s  ({1e6 * event_time / len(batch):6.1f} us/event)  "
            f"pairwise precision {precision:.3f} recall {recall:.3f} "
            f"({gatherings} true gatherings)"
        )
    for (n1, m1, t1, e1), (n2, m2, t2, e2) in zip(timings, timings[1:], strict=False):
        growth = m2 / m1
        print(
            f"{n1} -> {n2} reports: actors time x{t2 / t1:.1f}, events time x{e2 / e1:.1f}; "
            f"linear would be x{growth:.1f}, quadratic x{growth**2:.0f}"
        )


if __name__ == "__main__":
    main()
