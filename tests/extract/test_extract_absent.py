"""People a report tells away from its gatherings take no part in them by being named: "In
Moscow, A said", "Ahead of the forum, B said", "the late C", "who represented President D".
Every report here is written for the test."""

from __future__ import annotations


def _people(r) -> set[str | None]:
    return {a for a, role in r.participations if role == "participant"}


def test_who_speaks_from_another_city_was_not_at_the_meeting(run):
    r = run(
        "LAUSANNE, 9 December - The Executive Committee of the Global Rowing Agency met in "
        "Lausanne on Monday and suspended the national federation of Valdoria. Agency "
        "president Karl Moser said the decision was unanimous. In Moscow, Prime Minister Ivan "
        "Petrov described the sanctions as unfair, while Oleg Sidorov, President Boris Orlov's "
        "spokesman, said it was too early to comment."
    )
    people = _people(r)
    assert "Karl Moser" in people
    assert not {"Ivan Petrov", "Oleg Sidorov", "Boris Orlov"} & people


def test_a_sentence_opening_on_the_gatherings_own_city_keeps_its_people(run):
    r = run(
        "LUSAKA, 3 May - The Regional Water Forum opened on Tuesday at the Mulungushi "
        "Conference Centre in Lusaka. In Lusaka, Minister Tom Banda said the forum came at the "
        "right time."
    )
    assert "Tom Banda" in _people(r)


def test_who_spoke_ahead_of_it_the_late_and_the_represented_took_no_part(run):
    r = run(
        "LUSAKA, 3 May - The Regional Water Forum opened in Lusaka on Tuesday. Ahead of the "
        "forum, Secretary-General Ana Vale said the region could be proud of its progress. "
        "Minister Tom Banda opened the forum. Delegates paid tribute to the late Joseph Kamwi, "
        "the forum's founder. Deputy Minister Rosa Lima, who represented President Paul Mwale, "
        "read his message to the forum."
    )
    people = _people(r)
    assert {"Tom Banda", "Rosa Lima"} <= people
    assert not {"Ana Vale", "Joseph Kamwi", "Paul Mwale"} & people


def test_one_represented_by_a_named_person_is_no_absent_one(run):
    r = run(
        "ACCRA, 3 May - The Coastal Fisheries Board held its annual meeting in Accra on Tuesday. "
        "The ministry was "
        "represented by Mr. Kofi Adjei, who spoke on behalf of the minister."
    )
    assert "Kofi Adjei" in _people(r)


def test_who_is_named_as_agent_of_a_clause_on_something_else_took_no_part(run):
    r = run(
        "DUNMORE, 3 March - The Northland Rowing Federation held its 12th Annual Congress in "
        "Dunmore on Tuesday. Federation President Alia Brandt opened the congress. The "
        "delegates backed a youth programme led by coach Pieter Marsh. A delegation led by "
        "Minister Karl Ostrowski attended the congress. The guests thanked the club for the "
        "honour done to them by Mayor Ruth Kallio, who attended the final race."
    )
    people = _people(r)
    assert {"Alia Brandt", "Karl Ostrowski", "Ruth Kallio"} <= people
    assert "Pieter Marsh" not in people
