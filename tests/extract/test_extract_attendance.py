"""Who a sentence puts at a given gathering takes part in it, whatever event their first mention
was given to. Every report here is written for the test."""

from __future__ import annotations


def _at(r, word: str) -> set[str | None]:
    """The people taking part in the event whose name holds ``word``."""
    ids = {e.id for e in r.facts.events if word in e.name.lower()}
    return {r.name(p.actor) for p in r.facts.participations
            if p.event in ids and p.role == "participant"}


def test_those_present_at_the_press_conference_took_part_in_it(run):
    r = run(
        "The Harbour Council's 12th Assembly closed in Valdoria on Friday. Council President "
        "Mira Olsen described the Assembly as a success. At a press conference after the "
        "closing session, Speaker Anton Berg thanked the delegates. Council President Mira "
        "Olsen and Secretary General Petr Novak were among those present at the press "
        "conference."
    )
    assert {"Mira Olsen", "Petr Novak", "Anton Berg"} <= _at(r, "press conference")
    assert "Mira Olsen" in _at(r, "assembly")


def test_who_presided_over_an_earlier_gathering_took_part_in_it(run):
    r = run(
        "The Harbour Council's 12th Assembly closed in Valdoria on Friday. At a press "
        "conference after the closing session, Speaker Anton Berg, who presided over the 12th "
        "Assembly, thanked the delegates."
    )
    assert "Anton Berg" in _at(r, "assembly")
    assert "Anton Berg" in _at(r, "press conference")


def test_a_numbered_name_leads_the_description_of_a_gathering(run):
    r = run(
        "On Monday, at the COP41 climate conference in Valdoria, the Lakes Commission "
        "launched a fund for flood insurance."
    )
    assert "COP41 climate conference" in {e.name for e in r.facts.events}
