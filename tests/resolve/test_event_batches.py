"""Event identity does not depend on how reports are cut into batches, nor on their order.

Each family is built by hand (no spaCy). The first has three accounts of one conference where
the first two share too little to be merged on their own (another name, no organizer in
common) and the third links them: when it arrives last, the two events already stored must
merge. The table is :class:`kg.resolve.known_events.KnownEvents`, as ``kg ingest`` keeps it.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import date

from kg.model import Event, Facts, Participation, Report
from kg.resolve import resolve
from kg.resolve.known_events import KnownEvents

from .sample import NO_REGISTRY, build, org, person

TRUST = org("Nile Basin Trust", "NBT")
FISHERIES = org("Lake Fisheries Organization", "LFO")
PEOPLE = [person("Amara Okello"), person("Joseph Were"), person("Grace Nankya")]


def account(source: str, published: date, event: Event, *actors: dict,
            roles: tuple[tuple[int, str], ...]) -> Facts:
    """A report with one event (e1) and ``actors`` (a1...); ``roles``: (actor number, role)."""
    facts = build(source, *actors)
    facts = replace(facts, report=Report(text=f"text of {source}", source=source,
                                         published=published))
    event.id = "e1"
    facts.events = [event]
    facts.participations = [Participation(f"a{a}", "e1", role) for a, role in roles]  # type: ignore[arg-type]
    return facts


def linked_family() -> list[Facts]:
    """Three accounts of one conference, 8-10 April 2025 in Kampala; the third links the
    other two (it shares the title of the first, and the organizer and speakers of the
    second)."""
    return [
        account("title.txt", date(2025, 4, 11), Event(
            "", "Lakeshore Water Security Conference", "Conference", place="Kampala",
            date=date(2025, 4, 8), start=date(2025, 4, 8), end=date(2025, 4, 10)),
            TRUST, PEOPLE[0], roles=((1, "organizer"), (2, "speaker"))),
        account("acronym.txt", date(2025, 4, 9), Event(
            "", "LFO conference", "Conference", venue="Speke Resort Hotel",
            date=date(2025, 4, 9)),
            FISHERIES, *PEOPLE, roles=((1, "organizer"), (2, "speaker"), (3, "speaker"),
                                       (4, "participant"))),
        account("link.txt", date(2025, 4, 10), Event(
            "", "Water Security Conference", "Conference", place="Kampala",
            date=date(2025, 4, 8)),
            TRUST, FISHERIES, *PEOPLE, roles=((1, "organizer"), (2, "organizer"),
                                              (3, "speaker"), (4, "speaker"),
                                              (5, "participant"))),
    ]


def near_misses() -> list[Facts]:
    """Reports that must stay apart from the family and from each other."""
    return [
        account("next-year.txt", date(2026, 4, 10), Event(
            "", "Lakeshore Water Security Conference", "Conference", place="Kampala",
            date=date(2026, 4, 8)), TRUST, roles=((1, "organizer"),)),
        account("press.txt", date(2025, 4, 10), Event(
            "", "press conference of the Water Security Conference", "Conference",
            place="Kampala", date=date(2025, 4, 10)), TRUST, roles=((1, "organizer"),)),
        account("other-city.txt", date(2025, 4, 10), Event(
            "", "Lakeshore Water Security Conference", "Conference", place="Mwanza",
            date=date(2025, 4, 9)), TRUST, roles=((1, "organizer"),)),
    ]


def ingest(batches: list[list[Facts]]) -> dict[str, Facts]:
    """Resolve ``batches`` one after the other as ``kg ingest`` does (actors against the
    actors before, events with a :class:`KnownEvents` table); what the store ends up holding:
    each report's facts as the table resolves them after the last batch (the ingest writes
    a report again whenever its view of an event changes)."""
    from kg.resolve.known import KnownActors

    actors = KnownActors.of((), NO_REGISTRY)
    table = KnownEvents()
    raw: dict[str, Facts] = {}
    for batch in batches:
        result = resolve(batch, known=actors.candidates(batch), taken=actors.taken(),
                         registry=NO_REGISTRY, merge_events=False)
        actors.absorb(result.actors.values())
        table.update(result.facts)
        raw.update({f.report.id: f for f in result.facts})
    return {r: table.apply(f) for r, f in sorted(raw.items())}


def events_of(held: dict[str, Facts]) -> dict[str, set[str]]:
    """Event id -> the sources of the reports that name it."""
    out: dict[str, set[str]] = {}
    for facts in held.values():
        for ev in facts.events:
            out.setdefault(ev.id, set()).add(facts.report.source)
    return out


def test_the_linking_account_arriving_last_merges_two_stored_events():
    a, b, c = linked_family()
    assert len(events_of(ingest([[a], [b]]))) == 2  # on their own, two events
    held = ingest([[a], [b], [c]])
    assert list(events_of(held).values()) == [{"title.txt", "acronym.txt", "link.txt"}]
    (event,) = {ev.id: ev for f in held.values() for ev in f.events}.values()
    assert event.id == "lakeshore-water-security-conference-2025"
    assert event.name == "Lakeshore Water Security Conference"
    assert (event.start, event.end) == (date(2025, 4, 8), date(2025, 4, 10))


def test_batches_and_orders_give_the_same_events():
    reports = linked_family() + near_misses()
    one = ingest([reports])
    assert len(events_of(one)) == 4
    for order in itertools.permutations(range(len(reports))):
        if order[0] > 2:
            continue  # enough orders: each of the family first
        ordered = [reports[i] for i in order]
        assert ingest([[f] for f in ordered]) == one, order
    rng = random.Random(5)
    for _ in range(10):
        ordered = rng.sample(reports, len(reports))
        cut = rng.randrange(1, len(reports))
        assert ingest([ordered[:cut], ordered[cut:]]) == one


def test_ids_of_one_slug_depend_on_the_mentions_not_on_arrival():
    """Editions of one name in one year (other cities): which takes the bare id is decided
    by their mentions, whichever was stored first; the others add a digest of their first
    mention, so a new one renames at most one other."""
    def edition(source: str, city: str) -> Facts:
        return account(source, date(2025, 6, 2), Event(
            "", "Delta Fisheries Forum", "Meeting", place=city, date=date(2025, 6, 1)),
            TRUST, roles=((1, "organizer"),))
    cities = ["Kisumu", "Jinja", "Mwanza", "Entebbe"]
    reports = [edition(f"{c.lower()}.txt", c) for c in cities]
    together = ingest([reports])
    ids = sorted(events_of(together))
    assert len(ids) == 4 and ids[0] == "delta-fisheries-forum-2025"
    assert all(i.startswith("delta-fisheries-forum-2025-") for i in ids[1:])
    assert ingest([[f] for f in reversed(reports)]) == together
    # adding an edition renames at most one of those already there
    three = events_of(ingest([reports[:3]]))
    kept = [ident for ident, sources in three.items()
            if events_of(together).get(ident) == sources]
    assert len(kept) >= 2


def test_a_report_loaded_again_without_the_link_splits_the_event():
    a, b, c = linked_family()
    unlinked = replace(c, events=[replace(c.events[0], name="Harbour Safety Dialogue",
                                          type="Dialogue", place="Mombasa")])
    assert ingest([[a], [b], [c], [unlinked]]) == ingest([[a, b, unlinked]])


def test_a_stored_event_takes_the_better_name_a_later_report_gives():
    a, b, c = linked_family()
    held = ingest([[b], [c]])
    assert {ev.name for f in held.values() for ev in f.events} == {"Water Security Conference"}
    held = ingest([[b], [c], [a]])
    assert {ev.id for f in held.values() for ev in f.events} == {
        "lakeshore-water-security-conference-2025"}


def test_stale_and_rewrites_name_the_reports_whose_views_changed():
    a, b, c = linked_family()
    result = resolve([a, b], registry=NO_REGISTRY, merge_events=False)
    table = KnownEvents()
    table.update(result.facts)
    table.mark_written(f.report.id for f in result.facts)
    assert table.stale() == []
    later = resolve([c], known=list(result.actors.values()), registry=NO_REGISTRY,
                    merge_events=False)
    merged = table.update(later.facts)
    assert sorted(merged.rewrites) == sorted(f.report.id for f in result.facts)


def test_mentions_that_can_never_be_one_join_no_part():
    """Two same-titled gatherings in two cities on the same days score as a pair but can
    never merge (never_one), so the part a batch clusters again stops there; both keep
    their events, in one batch or two."""
    from kg.model import Event
    from kg.resolve.event_mentions import never_one
    from kg.resolve.events import report_mentions

    def one(source: str, city: str) -> Facts:
        return account(source, date(2025, 6, 3), Event(
            "", "Riverside Fisheries Compact Forum", "Conference", place=city,
            date=date(2025, 6, 2)), TRUST, roles=((1, "organizer"),))

    a, b, c = one("accra.txt", "Accra"), one("lagos.txt", "Lagos"), one("also.txt", "Accra")
    (ma,), (mb,), (mc,) = report_mentions(a), report_mentions(b), report_mentions(c)
    assert never_one(ma, mb) and not never_one(ma, mc)
    table = KnownEvents()
    table.update([a])
    table.update([b])
    assert len(table.clusters) == 2
    assert ingest([[a], [b]]) == ingest([[a, b]])


def test_the_pairs_scored_as_mentions_come_in_give_the_parts_the_blocks_give():
    """KnownEvents keeps each mention's pairs from when it came in (_near): the part of every
    mention is the one read through the blocks (the pairs of blocks that filled past their
    limit since are left out as they are there)."""
    import sys
    from pathlib import Path

    from kg.resolve.decisions import Decisions

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import synth_facts

    world = synth_facts.world_for(3000, seed=5)
    table = KnownEvents()
    reports = [synth_facts.make_facts(world, 5, i) for i in range(400)]
    for start in range(0, len(reports), 32):
        table.update(reports[start:start + 32])
    keys = sorted(table.mentions)
    fast = [table._component({k}, Decisions()) for k in keys]
    table._near_whole = False  # read through the blocks
    assert fast == [table._component({k}, Decisions()) for k in keys]
    assert max(map(len, fast)) > 1


def test_a_block_back_under_its_limit_reads_the_blocks_again():
    """A report loaded again drops its mentions: a block that falls back under its limit may
    join pairs never scored (it was too big when they came in), so the table stops using
    the pairs it kept."""
    from kg.resolve.blocking import PLAIN_BLOCK

    def one(n: int) -> Facts:
        return account(f"r{n}.txt", date(2025, 6, 3), Event(
            "", f"Riverside Compact Forum {n}", "Conference",
            date=date(2020 + n % 5, 1 + n % 12, 2)),
            TRUST, roles=((1, "organizer"),))

    many = [one(n) for n in range(PLAIN_BLOCK + 1)]
    table = KnownEvents()
    table.update(many)
    assert table._near_whole
    table.update([many[0]])  # loaded again: its mentions dropped, then added back
    assert not table._near_whole
