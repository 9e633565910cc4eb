"""Event resolution: families of reports of one gathering merge, near-misses stay apart.

Every report here is built by hand for the test (no spaCy): an event with the name, type,
days and place an outlet would give, and the actors it names as organizers or participants.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date

from kg.model import Commitment, Event, Facts, Participation, Report
from kg.resolve import Decisions, resolve
from kg.resolve.events import KnownEvent, canonical_event_name, resolve_events

from .sample import NO_REGISTRY, build, org, person


def report(source: str, published: date | None, events: list[Event], *actors: dict,
           roles: tuple[tuple[int, int, str], ...] = ()) -> Facts:
    """A report with ``events`` (ids e1, e2...) and ``actors`` (a1, a2...); ``roles`` are
    (actor number, event number, role)."""
    facts = build(source, *actors)
    facts = replace(facts, report=Report(text=f"text of {source}", source=source,
                                         published=published))
    for n, ev in enumerate(events, 1):
        ev.id = f"e{n}"
    facts.events = events
    facts.participations = [Participation(f"a{a}", f"e{e}", role) for a, e, role in roles]  # type: ignore[arg-type]
    return facts


def merged(result) -> list[set[str]]:
    """The reports (by source) that each merged event holds."""
    sources = {f.report.id: f.report.source for f in result.facts}
    return sorted(({sources[r] for r in e.reports} for e in result.events.values()),
                  key=lambda s: sorted(s))


TRUST = org("Nile Basin Trust", "NBT")
MINISTER = person("Amara Okello")


def water_family() -> list[Facts]:
    """Four outlets on one three-day conference in Kampala, 8-10 April 2025."""
    return [
        # the organizer's release: full title, the span, the city
        report("release.txt", date(2025, 4, 11), [Event(
            "", "Lakeshore Water Security Conference", "Conference", place="Kampala",
            date=date(2025, 4, 8), start=date(2025, 4, 8), end=date(2025, 4, 10),
            topics={"water"})], TRUST, MINISTER, roles=((1, 1, "organizer"), (2, 1, "speaker"))),
        # a daily: a short name with the organizer's acronym, a venue and no city, dated by
        # "closed on Thursday" (its publication day)
        report("daily.txt", date(2025, 4, 10), [Event(
            "", "NBT water conference", "Conference", venue="Speke Resort Hotel",
            date=date(2025, 4, 10))], TRUST, MINISTER,
            roles=((1, 1, "organizer"), (2, 1, "participant"))),
        # a wire story on the opening day only, another word order
        report("wire.txt", date(2025, 4, 8), [Event(
            "", "Conference on Lakeshore Water Security", "Meeting", place="Kampala",
            date=date(2025, 4, 8))], MINISTER, roles=((1, 1, "speaker"),)),
        # a weekly, a week later, with British spelling and a weekday date ("on Wednesday")
        report("weekly.txt", date(2025, 4, 15), [Event(
            "", "Lakeshore Water Security Conference", "Conference", place="Kampala",
            date=date(2025, 4, 9), topics={"water"})], org("Nile Basin Trust"),
            roles=((1, 1, "organizer"),)),
    ]


def test_four_outlets_of_one_conference_give_one_event():
    result = resolve(water_family(), registry=NO_REGISTRY)
    assert merged(result) == [{"release.txt", "daily.txt", "wire.txt", "weekly.txt"}]
    event = next(iter(result.events.values()))
    assert event.name == "Lakeshore Water Security Conference"
    assert {"NBT water conference", "Conference on Lakeshore Water Security"} <= event.aliases
    assert (event.start, event.end, event.date) == (date(2025, 4, 8), date(2025, 4, 10),
                                                   date(2025, 4, 8))
    assert event.place == "Kampala" and event.venue == "Speke Resort Hotel"
    assert event.id == "lakeshore-water-security-conference-2025"


def test_facts_of_every_report_point_at_the_merged_event():
    result = resolve(water_family(), registry=NO_REGISTRY)
    (ident,) = result.events
    for facts in result.facts:
        assert [e.id for e in facts.events] == [ident]
        assert {p.event for p in facts.participations} == {ident}
        # each report's view: the merged name, its own names as aliases
        assert facts.events[0].name == "Lakeshore Water Security Conference"
        assert facts.events[0].reports == {facts.report.id}


def test_ids_and_names_do_not_depend_on_report_order():
    family = water_family()
    seen = set()
    for order in itertools.permutations(range(4)):
        result = resolve([family[i] for i in order], registry=NO_REGISTRY)
        seen.add(tuple(sorted((e.id, e.name, tuple(sorted(e.aliases)))
                              for e in result.events.values())))
    assert len(seen) == 1


def test_acronym_of_the_title_and_british_spelling_meet():
    batch = [
        report("a.txt", date(2023, 9, 6), [Event("", "Sahel Energy Summit", "Summit",
                                                  place="Niamey", date=date(2023, 9, 5))]),
        report("b.txt", date(2023, 9, 7), [Event("", "SES", "Summit", place="Niamey")]),
        report("c.txt", date(2022, 3, 2), [Event("", "International Conference on Forced Labour",
                                                  "Conference", date=date(2022, 3, 1))]),
        report("d.txt", date(2022, 3, 3), [Event("", "International Conference on Forced Labor",
                                                  "Conference", date=date(2022, 3, 1))]),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert merged(result) == [{"a.txt", "b.txt"}, {"c.txt", "d.txt"}]


def test_next_years_edition_stays_apart():
    family = water_family()[:1]
    family.append(report("next.txt", date(2026, 4, 10), [Event(
        "", "Lakeshore Water Security Conference", "Conference", place="Kampala",
        date=date(2026, 4, 7))], TRUST, roles=((1, 1, "organizer"),)))
    result = resolve(family, registry=NO_REGISTRY)
    assert merged(result) == [{"next.txt"}, {"release.txt"}]
    assert sorted(result.events) == ["lakeshore-water-security-conference-2025",
                                     "lakeshore-water-security-conference-2026"]


def test_ordinal_editions_stay_apart():
    batch = [
        report("15.txt", None, [Event("", "15th Lakeshore Water Forum", "Conference")]),
        report("16.txt", None, [Event("", "16th Lakeshore Water Forum", "Conference")]),
    ]
    assert len(resolve(batch, registry=NO_REGISTRY).events) == 2


def test_press_conference_and_side_meeting_are_not_the_summit():
    family = water_family()[:1]
    family.append(report("press.txt", date(2025, 4, 10), [Event(
        "", "Press conference on Lakeshore Water Security", "Conference", place="Kampala",
        date=date(2025, 4, 10))], TRUST, roles=((1, 1, "organizer"),)))
    family.append(report("side.txt", date(2025, 4, 9), [Event(
        "", "Side meeting on Lakeshore water financing", "Meeting", place="Kampala",
        date=date(2025, 4, 9))], TRUST, MINISTER, roles=((1, 1, "organizer"),)))
    result = resolve(family, registry=NO_REGISTRY)
    assert merged(result) == [{"press.txt"}, {"release.txt"}, {"side.txt"}]


def test_workshops_of_one_series_in_two_cities_stay_apart():
    police = org("Border Police Academy")
    batch = [
        report("lahore.txt", date(2024, 5, 11), [Event(
            "", "Regional Workshop on Border Management", "Workshop", place="Lahore",
            date=date(2024, 5, 10))], police, roles=((1, 1, "organizer"),)),
        report("karachi.txt", date(2024, 5, 14), [Event(
            "", "Regional Workshop on Border Management", "Workshop", place="Karachi",
            date=date(2024, 5, 13))], police, roles=((1, 1, "organizer"),)),
    ]
    assert len(resolve(batch, registry=NO_REGISTRY).events) == 2


def test_two_events_of_one_report_never_merge():
    batch = [report("one.txt", date(2024, 1, 5), [
        Event("", "Lakeshore Water Security Conference", "Conference", place="Kampala"),
        Event("", "Lakeshore Water Security Conference", "Conference", place="Kampala"),
    ])]
    assert len(resolve(batch, registry=NO_REGISTRY).events) == 2


def test_names_alone_do_not_merge_distinct_gatherings():
    # one word in common, different organizers: two meetings of one day in one city
    batch = [
        report("a.txt", date(2024, 6, 3), [Event("", "Meeting on Flood Relief Logistics",
                                                  "Meeting", place="Dhaka")],
               org("Red Crescent Society"), roles=((1, 1, "organizer"),)),
        report("b.txt", date(2024, 6, 3), [Event("", "Meeting on Garment Sector Wages",
                                                  "Meeting", place="Dhaka")],
               org("Garment Workers Union"), roles=((1, 1, "organizer"),)),
    ]
    assert len(resolve(batch, registry=NO_REGISTRY).events) == 2


def test_curation_joins_and_parts_events():
    batch = [
        report("a.txt", date(2024, 6, 3), [Event("", "Flood Relief Coordination Meeting",
                                                  "Meeting", place="Dhaka")]),
        report("b.txt", date(2024, 6, 4), [Event("", "Cyclone Response Round Table",
                                                  "Meeting", place="Dhaka")]),
    ]
    same = Decisions(same=[("Flood Relief Coordination Meeting", "cyclone-response-round-table")])
    assert len(resolve(batch, registry=NO_REGISTRY, decisions=same).events) == 1
    family = water_family()
    apart = Decisions(different=[("NBT water conference", "Lakeshore Water Security Conference")])
    result = resolve(family, registry=NO_REGISTRY, decisions=apart)
    assert {"daily.txt"} in merged(result)


def test_a_new_report_joins_the_known_event_and_keeps_its_id():
    first = resolve(water_family()[:2], registry=NO_REGISTRY)
    (ident,) = first.events
    known = KnownEvent(first.events[ident], frozenset({"nile-basin-trust"}),
                       frozenset({"nile-basin-trust", "amara-okello"}))
    later = resolve(water_family()[2:], registry=NO_REGISTRY, known_events=[known],
                    taken_events={ident})
    assert list(later.events) == [ident]
    assert {f.events[0].id for f in later.facts} == {ident}


def test_a_new_event_never_takes_a_known_id():
    batch = [report("x.txt", date(2024, 1, 9), [Event("", "Harbour Safety Dialogue", "Dialogue",
                                                       date=date(2024, 1, 9))])]
    result = resolve(batch, registry=NO_REGISTRY,
                     taken_events={"harbour-safety-dialogue-2024"})
    (ident,) = result.events
    assert ident.startswith("harbour-safety-dialogue-2024-")
    assert ident != "harbour-safety-dialogue-2024"


def test_commitments_and_declarations_follow_the_merged_event():
    family = water_family()[:2]
    family[1].commitments = [Commitment("a1", "pledge", "fund ten wells", event="e1")]
    result = resolve(family, registry=NO_REGISTRY)
    (ident,) = result.events
    assert result.facts[1].commitments[0].event == ident


def test_canonical_name_is_the_longest_proper_title():
    assert canonical_event_name([
        "SSDO conference", "International Conference on Combating Human Trafficking",
        "morning session in Lyon on 10 October", "two-day conference on human trafficking",
    ]) == "International Conference on Combating Human Trafficking"
    assert canonical_event_name(["first Sahel Energy Summit", "Sahel Energy Summit"]) == (
        "Sahel Energy Summit")


def test_resolve_events_alone_needs_no_actor_table():
    result = resolve_events(water_family()[:1])
    assert list(result.events) == ["lakeshore-water-security-conference-2025"]


def test_facts_json_lists_one_entry_per_merged_event():
    from kg.export.facts_json import facts_document

    result = resolve(water_family(), registry=NO_REGISTRY)
    doc = facts_document(result.facts, result.actors, result.events)
    (entry,) = doc["events"]
    assert entry["name"] == "Lakeshore Water Security Conference"
    assert "NBT water conference" in entry["aliases"]
    assert (entry["date"], entry["start"], entry["end"]) == ("2025-04-08", "2025-04-08",
                                                             "2025-04-10")
    assert (entry["place"], entry["venue"]) == ("Kampala", "Speke Resort Hotel")
    assert sorted(entry["reports"]) == sorted(f.report.id for f in result.facts)
    assert {p["event"] for p in doc["participations"]} == {entry["id"]}


def test_likely_duplicate_events_lists_look_alikes_kept_apart():
    from kg.resolve import likely_duplicate_events

    def known(ident: str, name: str, place: str, day: date) -> KnownEvent:
        return KnownEvent(Event(ident, name, "Conference", place=place, date=day))

    a = known("a", "Lakeshore Water Security Conference", "Kampala", date(2025, 4, 8))
    b = known("b", "Conference on Lakeshore Water Security", "Entebbe", date(2025, 4, 9))
    press = known("c", "Press conference on Lakeshore Water Security", "Kampala",
                  date(2025, 4, 8))
    other = known("d", "Harbour Safety Dialogue", "Mombasa", date(2025, 4, 8))
    found = [(x.event.id, y.event.id) for x, y, _ in likely_duplicate_events([a, b, press, other])]
    assert found == [("a", "b")]


def test_an_undated_bare_name_joins_by_organizer_and_participants_in_common():
    forum = org("Coastal Rights Forum", "CRF")
    chief, envoy, judge = person("Lina Haddad"), person("Tomas Varga"), person("Iris Quade")
    roles = ((1, 1, "organizer"), (2, 1, "speaker"), (3, 1, "participant"), (4, 1, "participant"))
    batch = [
        # an outlet with no date at all, and only the organizer's acronym for a name
        report("undated.txt", None, [Event("", "CRF international conference", "Conference")],
               forum, chief, envoy, judge, roles=roles),
        report("titled.txt", date(2024, 3, 2), [Event(
            "", "International Conference on Fishing Rights of Coastal Women", "Conference",
            place="Mombasa", date=date(2024, 2, 28))], forum, chief, envoy, judge, roles=roles),
        # the same acronym, another organizer's conference: no actor in common
        report("other.txt", None, [Event("", "CRF international conference", "Conference")],
               org("Child Relief Fund", "CRF"), person("Omar Sane"),
               roles=((1, 1, "organizer"), (2, 1, "speaker"))),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert {"undated.txt", "titled.txt"} in merged(result)
    assert {"other.txt"} in merged(result)
