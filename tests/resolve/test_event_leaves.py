"""Mentions placed by their name's words alone (no city, dated by the date line, no acronym,
edition or venue: :func:`kg.resolve.event_clusters.is_leaf`) join the one gathering that fits
them best and link nothing: two gatherings of one topic a week apart stay two, whatever the
vague mentions between them, and the part a batch clusters again does not run through them.
The names and places here are made up for these tests."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kg.model import Event, Facts
from kg.resolve.decisions import Decisions
from kg.resolve.event_clusters import is_leaf
from kg.resolve.events import report_mentions
from kg.resolve.known_events import KnownEvents

from .sample import org
from .test_event_batches import account, events_of, ingest

GUILD = org("Orchard Growers Guild", "OGG")
LEAGUE = org("Valley Beekeepers League", "VBL")


def gathering(source: str, city: str, day: date, host: dict) -> Facts:
    """A gathering of the topic in ``city`` on ``day``, as its organizer's release gives it."""
    return account(source, day + timedelta(days=1), Event(
        "", "Regional Workshop on Pollinator Decline", "Workshop", place=city, date=day),
        host, roles=((1, "organizer"),))


def vague(source: str, published: date, *hosts: dict) -> Facts:
    """A report naming the gathering by its kind and topic, no city, dated by its date line."""
    return account(source, published, Event(
        "", "Workshop on Pollinator Decline", "Workshop", date=published),
        *hosts, roles=tuple((n, "organizer") for n in range(1, len(hosts) + 1)))


def test_a_vague_mention_is_a_leaf_a_placed_one_is_not():
    (leaf,) = report_mentions(vague("v.txt", date(2025, 3, 12), GUILD))
    (placed,) = report_mentions(gathering("g.txt", "Tamsworth", date(2025, 3, 10), GUILD))
    assert is_leaf(leaf) and not is_leaf(placed)


def test_a_leaf_joins_the_gathering_its_organizer_names_and_links_no_other():
    first = gathering("first.txt", "Tamsworth", date(2025, 3, 4), GUILD)
    second = gathering("second.txt", "Brindlecombe", date(2025, 3, 10), LEAGUE)
    guild = vague("guild.txt", date(2025, 3, 12), GUILD)
    held = events_of(ingest([[first, second, guild]]))
    assert sorted(map(sorted, held.values())) == [["first.txt", "guild.txt"], ["second.txt"]]
    table = KnownEvents()
    table.update([first, second, guild])
    part = table._component({k for k in table.mentions if k[1] == first.report.id}, Decisions())
    assert {k[1] for k in part} == {first.report.id}  # not through the leaf to the second


def test_a_leaf_two_gatherings_fit_equally_stays_apart():
    first = gathering("first.txt", "Tamsworth", date(2025, 3, 4), GUILD)
    second = gathering("second.txt", "Brindlecombe", date(2025, 3, 10), LEAGUE)
    neither = vague("neither.txt", date(2025, 3, 12))
    held = events_of(ingest([[first, second, neither]]))
    assert len(held) == 3


def test_batches_and_orders_give_the_one_resolution():
    reports = [
        gathering("first.txt", "Tamsworth", date(2025, 3, 4), GUILD),
        gathering("second.txt", "Brindlecombe", date(2025, 3, 10), LEAGUE),
        gathering("again.txt", "Tamsworth", date(2025, 3, 5), GUILD),
        vague("guild.txt", date(2025, 3, 12), GUILD),
        vague("league.txt", date(2025, 3, 13), LEAGUE),
        vague("both.txt", date(2025, 3, 11), GUILD, LEAGUE),
        vague("neither.txt", date(2025, 3, 12)),
        vague("later.txt", date(2025, 5, 2), GUILD),
    ]
    one = ingest([reports])
    assert len(events_of(one)) == 5
    rng = random.Random(7)
    for _ in range(12):
        ordered = rng.sample(reports, len(reports))
        cut = rng.randrange(1, len(reports))
        assert ingest([ordered[:cut], ordered[cut:]]) == one
        assert ingest([[f] for f in ordered]) == one
