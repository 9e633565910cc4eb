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
