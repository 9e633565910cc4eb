"""Gatherings told in passing (the previous edition, the next one, one held in another year, one
still awaited) are no events and take no one; one the report tells more of is. Every report here
is written for the test."""

from __future__ import annotations


def _names(r) -> set[str]:
    return {e.name for e in r.facts.events}


def _at(r, word: str) -> set[str | None]:
    ids = {e.id for e in r.facts.events if word in e.name.lower()}
    return {r.name(p.actor) for p in r.facts.participations if p.event in ids}


def test_the_next_edition_takes_no_one_said_after_it(run):
    r = run(
        "The Lakeland Judges' Forum held its Annual Conference in Marsa on Tuesday. The judges "
        "agreed to publish guidelines on court fees by the next Annual Conference. Speaking "
        "for the Bar Council, its President, Karin Holt, said lawyers would train clerks."
    )
    assert not any(n.lower().startswith("next") for n in _names(r))
    assert "Karin Holt" in _at(r, "annual conference")


def test_a_conference_awaited_is_no_event(run):
    r = run(
        "A regional workshop on river treaties ended in Marsa on Wednesday. Opening the "
        "workshop, Deputy Minister Oskar Lind urged states to ratify the treaty before the "
        "Global Water Conference in Lyon in June."
    )
    assert not any("Water Conference" in n for n in _names(r))
    assert "Oskar Lind" in _at(r, "workshop")


def test_a_workshop_held_in_an_earlier_year_is_not_the_one_reported(run):
    r = run(
        "Four universities launched the Delta Soil Network on Tuesday. The network follows a "
        "workshop on soil erosion held in Tarvo in 2019. After the launch, the network held a "
        "scientific workshop on river sediments. Speakers included Dr. Anna Pike and Dr. Lev "
        "Moro."
    )
    assert not any("2019" in n or "erosion" in n for n in _names(r))
    assert {"Anna Pike", "Lev Moro"} <= _at(r, "workshop")


def test_a_past_edition_someone_spoke_at_is_an_event(run):
    r = run(
        "The Harbour Safety Conference opened in Valdoria on Monday. It builds on the previous "
        "conference, which the Port Authority hosted in Marsa in 2019. At that session Karel "
        "Dvorak promised new patrol boats."
    )
    assert len(r.facts.events) == 2
