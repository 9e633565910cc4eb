"""Blocking that keeps resolution about linear (kg/resolve/blocking.py): a very common word or
surname does not make the pairs compared grow with the square of the corpus, and the clusters
are those of comparing every pair (events) or of resolving against every known actor
(actors, crowded keys included)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

import kg.resolve.blocking as blocking
import kg.resolve.candidates as candidates
import kg.resolve.event_clusters as event_clusters
import kg.resolve.known_events as known_events
from kg.model import Event, Facts, Participation, Report
from kg.resolve import Decisions
from kg.resolve.event_mentions import Days
from kg.resolve.known import KnownActors, resolve_with
from kg.resolve.known_events import KnownEvents

from .sample import build, person
from .test_known import REGISTRY, assert_same, random_actor

# -- the months of a mention's days --------------------------------------------------------


def test_days_that_agree_share_a_month_bucket():
    rng = random.Random(3)
    for _ in range(3000):
        lo = date(2023, 11, 1) + timedelta(days=rng.randrange(120))
        a = Days(lo, lo + timedelta(days=rng.choice((0, 0, 2, 22))), rng.random() < 0.5)
        lo = a.hi + timedelta(days=rng.randrange(-30, 9))
        b = Days(lo, lo + timedelta(days=rng.choice((0, 1, 22))), rng.random() < 0.5)
        if a.agrees(b) or b.agrees(a):
            shared = set(blocking.time_buckets(a.lo, a.hi)) & set(blocking.time_buckets(b.lo, b.hi))
            assert shared, (a, b)


def test_a_year_long_span_gets_no_month_keys():
    assert blocking.time_buckets(date(2024, 1, 10), date(2024, 1, 12)) == ["2024-01"]
    assert blocking.time_buckets(date(2024, 1, 1), date(2024, 1, 2)) == ["2023-12", "2024-01"]
    assert blocking.time_buckets(date(2023, 1, 1), date(2024, 6, 1)) == []


# -- events: a common word -------------------------------------------------------------------


def gathering_report(n: int, day: date, name: str, city: str) -> Facts:
    facts = build(f"ev{n:04d}.txt", person(f"Speaker{n} Okello"))
    # the facts as actor resolution leaves them: a global id per speaker
    facts.actors[0].id = f"speaker-{n}"
    ev = Event("e1", name, "Conference", place=city, date=day)
    return replace(facts, report=Report(text=f"r{n}", source=f"ev{n:04d}.txt", published=day),
                   events=[ev], participations=[Participation(f"speaker-{n}", "e1", "speaker")])


def common_word_corpus(n: int) -> list[Facts]:
    """``n`` reports of conferences on "trafficking" (every name has the word) spread over
    six years and ten cities, each gathering reported twice under two names."""
    rng = random.Random(n)
    words = ["Labour", "Border", "Child", "Victims", "Data", "Coast", "Online", "Shelter",
             "Fishing", "Garment", "Brick", "Domestic", "Organ", "Cyber", "Maritime", "Youth"]
    cities = ["Kampala", "Accra", "Lahore", "Hanoi", "Lima", "Dakar", "Quito", "Amman",
              "Manila", "Nairobi"]
    out = []
    for k in range(n // 2):
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        a, b = rng.sample(words, 2)
        city = rng.choice(cities)
        out.append(gathering_report(2 * k, day, f"{a} {b} Trafficking Conference", city))
        out.append(gathering_report(2 * k + 1, day + timedelta(days=1),
                                    f"Conference on {a} and {b} Trafficking", city))
    return out


def count_pairs(monkeypatch: pytest.MonkeyPatch, batches: list[list[Facts]]) -> int:
    calls = [0]
    real = known_events.edge

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(known_events, "edge", counted)
    monkeypatch.setattr(event_clusters, "edge", counted)
    table = KnownEvents()
    for batch in batches:
        table.update(batch)
    return calls[0]


def test_a_very_common_word_does_not_make_quadratic_pairs(monkeypatch):
    """Pairs compared per report grow far slower than the reports, from 400 to 1,600 reports
    (over the same six years, so a month's block of the word grows fourfold too, up to its
    limit), where comparing all mentions of the word would grow them fourfold."""
    per_report = {}
    for n in (400, 1600):
        corpus = common_word_corpus(n)
        pairs = count_pairs(monkeypatch, [corpus[i:i + 32] for i in range(0, n, 32)])
        per_report[n] = pairs / n
    assert per_report[1600] < 2 * per_report[400], per_report
    assert per_report[1600] < 150, per_report  # all pairs of the word: about 800 per report


def clusters_of(facts: list[Facts]) -> set[frozenset[str]]:
    found: dict[str, set[str]] = {}
    for f in facts:
        found.setdefault(f.events[0].id, set()).add(f.report.source)
    return {frozenset(s) for s in found.values()}


def test_blocked_events_cluster_as_comparing_every_pair(monkeypatch):
    corpus = common_word_corpus(120)
    batches = [corpus[i:i + 16] for i in range(0, len(corpus), 16)]
    blocked = KnownEvents()
    got = [f for batch in batches for f in blocked.update(batch).facts]
    # unblocked: one key for every mention, and no limit on a block's size
    monkeypatch.setattr(event_clusters, "blocking_keys", lambda m: {"all"})
    monkeypatch.setattr(known_events, "blocking_keys", lambda m: {"all"})
    monkeypatch.setattr(event_clusters, "MAX_BLOCK", 10**6)
    monkeypatch.setattr(known_events, "MAX_BLOCK", 10**6)
    monkeypatch.setattr(blocking, "PLAIN_BLOCK", 10**6)
    every = KnownEvents()
    want = [f for batch in batches for f in every.update(batch).facts]
    assert clusters_of(got) == clusters_of(want)
    assert len(clusters_of(got)) == 60  # each gathering once, its two names merged


# -- actors: a crowded surname -----------------------------------------------------------


def khans(n: int, start: int = 0) -> list[dict]:
    given = [f"{a}{b}" for a in "BCDFGHJKLMNPRSTVWZ" for b in ("ara", "elo", "imu", "oda")]
    return [person(f"{given[k]} Khan") for k in range(start, start + n)]


def test_a_crowded_surname_brings_no_crowd_of_candidates():
    table = KnownActors.of((), REGISTRY)
    for k in range(0, 70, 10):
        resolve_with([build(f"k{k}.txt", *khans(10, k))], table)
    batch = [build("bare.txt", person("Khan"), person("Bara Khan"))]
    assert "S:kn" in table.crowded(batch)  # the skeleton of Khan
    found = {a.name for a in table.candidates(batch)}
    # its block (surname and initial B) only, not the 66 other Khans the bare "Khan" meets
    assert found == {"Bara Khan", "Belo Khan", "Bimu Khan", "Boda Khan"}


def test_person_pairs_compared_stay_few_in_a_crowded_block(monkeypatch):
    calls = [0]
    real = candidates.relation

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(candidates, "relation", counted)
    table = KnownActors.of((), REGISTRY)
    for k in range(0, 70, 10):
        resolve_with([build(f"k{k}.txt", *khans(10, k))], table)
    calls[0] = 0
    resolve_with([build("one.txt", person("Bara Khan"), person("B. Khan"))], table)
    assert calls[0] < 20, calls[0]  # the block of B. Khans holds 4 given names, not 70


@pytest.mark.parametrize("crowded", [1, 2])
@pytest.mark.parametrize("seed", range(6))
def test_crowded_keys_resolve_as_against_every_known_actor(monkeypatch, seed, crowded):
    """The random ingests of test_known, with keys crowded past one or two full names (most
    batches meet a crowded key): the table's candidates and crowding give what resolving
    against every known actor gives."""
    monkeypatch.setattr(blocking, "CROWDED", crowded)
    rng = random.Random(100 + seed)
    decisions = Decisions()
    if seed % 3 == 0:
        decisions.add_same("Karim Osei", "Sadia Osei")
    batches = []
    for b in range(8):
        batch = []
        for r in range(rng.randint(1, 3)):
            actors = [random_actor(rng) for _ in range(rng.randint(1, 6))]
            batch.append(build(f"r{b}-{r}.txt", *actors))
        batches.append(batch)
    assert_same(batches, REGISTRY, decisions)
