"""Event names a reader recognizes, and gatherings extraction could not name.

Reports built by hand (no spaCy), as in test_events.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.model import Event, Facts, Participation, Report
from kg.resolve import resolve
from kg.resolve.event_identity import canonical_event_name, name_form

from .sample import NO_REGISTRY, build, org, person

COUNCIL = org("Riverland Refugee Council", "RRC")
ENVOY, JUDGE = person("Mirela Costa"), person("Kwabena Asare")


def report(source: str, published: date, event: Event, *actors: dict,
           roles: tuple[tuple[int, str], ...]) -> Facts:
    facts = build(source, *actors)
    facts = replace(facts, report=Report(text=f"text of {source}", source=source,
                                         published=published))
    event.id = "e1"
    facts.events = [event]
    facts.participations = [Participation(f"a{a}", "e1", role) for a, role in roles]  # type: ignore[arg-type]
    return facts


def titled(source: str = "titled.txt", city: str = "Tamale", day: int = 14) -> Facts:
    return report(source, date(2025, 5, day + 1), Event(
        "", "Northern Shelter Coordination Conference", "Conference", place=city,
        date=date(2025, 5, day)), COUNCIL, ENVOY, JUDGE,
        roles=((1, "organizer"), (2, "speaker"), (3, "participant")))


def kind_only(source: str = "bare.txt", city: str = "Tamale", kind: str = "Conference") -> Facts:
    """An outlet whose gathering extraction named by its kind alone."""
    return report(source, date(2025, 5, 15), Event("", kind, kind, place=city,
                                                   date=date(2025, 5, 15)),
                  ENVOY, roles=((1, "speaker"),))


def groups(facts: list[Facts]) -> list[set[str]]:
    result = resolve(facts, registry=NO_REGISTRY)
    by_event: dict[str, set[str]] = {}
    for f in result.facts:
        for ev in f.events:
            by_event.setdefault(ev.id, set()).add(f.report.source)
    return sorted(by_event.values(), key=sorted)


def test_a_closing_weekday_or_day_is_not_part_of_the_name():
    assert canonical_event_name(
        ["Ministry of Labour joint training on victim identification on Wednesday"]
    ) == "Ministry of Labour joint training on victim identification"
    assert name_form("Harbour safety briefing, on 3 March 2025") == "Harbour safety briefing"
    assert name_form("Harbour safety briefing on March 3") == "Harbour safety briefing"
    # a day inside the name, or a name that would be a bare word without it, stays
    assert name_form("Meeting on Monday") == "Meeting on Monday"
    assert name_form("Monday Club dinner") == "Monday Club dinner"


def test_a_weekday_name_gives_way_to_the_title_and_stays_an_alias_without_the_day():
    a = report("a.txt", date(2025, 5, 15), Event(
        "", "Riverland shelter conference on Wednesday", "Conference",
        place="Tamale", date=date(2025, 5, 14)), COUNCIL, roles=((1, "organizer"),))
    result = resolve([a, titled()], registry=NO_REGISTRY)
    (event,) = result.events.values()
    assert event.name == "Northern Shelter Coordination Conference"
    assert "Riverland shelter conference" in event.aliases
    assert not any("Wednesday" in alias for alias in event.aliases)


def test_a_kind_only_name_joins_the_one_gathering_of_its_city_days_and_people():
    assert groups([titled(), kind_only()]) == [{"titled.txt", "bare.txt"}]


def test_a_kind_only_name_stays_apart_when_two_gatherings_fit_or_none():
    # two conferences that week in the city, each with the envoy: which one is not said
    other = report("other.txt", date(2025, 5, 16), Event(
        "", "Savannah Water Rights Conference", "Conference", place="Tamale",
        date=date(2025, 5, 15)), org("Savannah Water Board"), ENVOY,
        roles=((1, "organizer"), (2, "speaker")))
    assert {"bare.txt"} in groups([titled(), other, kind_only()])
    assert {"bare.txt"} in groups([titled(city="Accra"), kind_only()])  # another city
    assert {"bare.txt"} in groups([titled(), kind_only(kind="Workshop")])  # another kind
    nobody = replace(kind_only(), participations=[])  # no actor in common
    assert {"bare.txt"} in groups([titled(), nobody])
