"""A press conference after a gathering is an event of its own, named after the gathering it
follows; whoever holds it or speaks "at" it took part in it. Every report here is written for
the test."""

from __future__ import annotations


def _at(r, word: str) -> set[str | None]:
    ids = {e.id for e in r.facts.events if word in e.name.lower()}
    return {r.name(p.actor) for p in r.facts.participations if p.event in ids}


def test_a_bare_press_conference_is_named_after_the_gathering_it_follows(run):
    r = run(
        "The 9th Ministerial Meeting of the Lakes Council was held in Marsa on Thursday. After "
        "the meeting, Minister Oskar Lind and Minister Karin Holt held a joint press conference."
    )
    names = {e.name for e in r.facts.events}
    assert "Joint press conference after the 9th Ministerial Meeting of the Lakes Council" in names
    assert {"Oskar Lind", "Karin Holt"} <= _at(r, "press conference")


def test_who_speaks_at_a_press_conference_took_part_in_it(run):
    r = run(
        "The Harbour Council's 12th Assembly closed in Valdoria on Friday. Speaker Anton Berg "
        "and Secretary General Petr Novak thanked the delegates. At a closing press conference, "
        "Berg and Novak said the Assembly had been a success."
    )
    assert {"Anton Berg", "Petr Novak"} <= _at(r, "press conference")
    assert {"Anton Berg", "Petr Novak"} <= _at(r, "12th assembly")


def test_two_people_who_met_each_other_had_a_meeting_of_their_own(run):
    r = run(
        "The 9th Ministerial Meeting of the Lakes Council was held in Marsa on Thursday. On the "
        "eve of the meeting, Minister Oskar Lind and Minister Karin Holt met for two hours."
    )
    assert {"Oskar Lind", "Karin Holt"} <= _at(r, "meeting of oskar lind and karin holt")


def test_a_bare_gathering_takes_the_description_the_headline_gives_it(run):
    from datetime import date

    from kg.extract import extract, load_nlp
    from kg.model import Report

    text = ("The roundtable was convened by the Delta Relief Network on Monday. Bishop Anna "
            "Pike opened it with a prayer.")
    facts = extract(Report(text=text, source="t1", title="Notes from the Marsa faith leaders' "
                           "roundtable", published=date(2024, 2, 28)), load_nlp())
    assert {e.name for e in facts.events} == {"Marsa faith leaders' roundtable"}


def test_a_press_conference_cites_the_gathering_with_its_body_by_acronym(run):
    # (event_policy.short_form: "Press conference after the APSCO Council meeting")
    r = run(
        "Delegates of the Southern Libraries Forum (SLF) met in Windhoek on Monday for the 12th "
        "Ministerial Meeting of the Southern Libraries Forum. At a joint press conference, Ms "
        "Moira Grant said the SLF would open ten libraries."
    )
    names = {e.name for e in r.facts.events}
    assert "Joint press conference after the 12th Ministerial Meeting of the SLF" in names
