"""The name a gathering gets: an edition the actor rules took for a body is the gathering; the
body whose gathering it is stays inside the name; a name that says whose it is takes no
organizer in front. Every report here is written for the test."""

from __future__ import annotations


def _names(r) -> set[str]:
    return {e.name for e in r.facts.events}


def test_an_edition_named_like_a_body_is_the_gathering_and_no_actor(run):
    r = run(
        "MARSA, May 3 - Water ministers of the Lakeland Union ended their 14th Ordinary Assembly "
        "in Marsa on Friday. The two-day Assembly of Water Ministers of the Lakeland Union was "
        "organised by the Lakeland Water Agency. It was chaired by Minister Oskar Lind."
    )
    assert "14th Ordinary Assembly of Water Ministers of the Lakeland Union" in _names(r)
    assert not any("Assembly" in a for a in r.actors)
    assert ("Lakeland Water Agency", "organizer") in r.participations


def test_the_body_a_meeting_is_of_is_no_gathering_of_its_own(run):
    r = run(
        "The 21st meeting of the Conference of the Parties to the Convention on Wetland "
        "Protection opened in Marsa on Monday. Minister Oskar Lind presided over it."
    )
    assert _names(r) == {
        "21st meeting of the Conference of the Parties to the Convention on Wetland Protection"}


def test_a_meeting_of_a_named_body_takes_no_organizer_in_front(run):
    r = run(
        "The 40th meeting of the Lakeland Water Commission was held in Marsa on 3 May. The "
        "meeting was organised by the Ministry of Water of Lakeland."
    )
    assert "40th meeting of the Lakeland Water Commission" in _names(r)
