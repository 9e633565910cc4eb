"""The members of the main gathering go together to another one the report tells: "the members
took part in an open seminar", "in the presence of the Board members". Every report here is
written for the test."""

from __future__ import annotations


def _at(r, word: str) -> set[str | None]:
    ids = {e.id for e in r.facts.events if word in e.name.lower()}
    return {r.name(p.actor) for p in r.facts.participations
            if p.event in ids and p.role == "participant"}


MINUTES = (
    "MINUTES OF THE ANNUAL MEETING OF THE LAKES OMBUDSMEN\n\n"
    "PRESENT\nMs Ana Vale, Ombudsman of Valdoria (Chair)\nMr Tom Banda, Ombudsman of Lisna\n\n"
    "1.1 The Chair opened the meeting at 09.30 and welcomed the members.\n"
    "1.2 Mr Banda presented the annual report.\n"
)


def test_the_members_who_took_part_in_a_seminar_are_those_present_at_the_meeting(run):
    r = run(MINUTES + "2.1 On the afternoon of 27 August the members took part in an open "
            "seminar on good administration, co-organised by the Lakes University.")
    assert {"Ana Vale", "Tom Banda"} <= _at(r, "seminar")


def test_members_of_the_public_at_a_seminar_are_not_the_meetings_members(run):
    r = run(MINUTES + "2.1 On the afternoon of 27 August members of the public took part in "
            "an open seminar on good administration, co-organised by the Lakes University.")
    assert not {"Ana Vale", "Tom Banda"} & _at(r, "seminar")


def test_the_guests_and_the_absent_of_a_minutes_sheet_are_no_members(run):
    r = run(
        "MINUTES OF THE ANNUAL MEETING OF THE LAKES OMBUDSMEN\n\n"
        "PRESENT\nMs Ana Vale, Ombudsman of Valdoria (Chair)\nMr Tom Banda, Ombudsman of Lisna\n\n"
        "IN ATTENDANCE\nMs Rita Holm, legal adviser (minutes)\n\n"
        "APOLOGIES\nMr Karl Dunn, Ombudsman of Osterby, prevented by a strike.\n\n"
        "1.1 The Chair opened the meeting at 09.30 and welcomed the members.\n"
        "1.2 Mr Banda presented the annual report.\n"
        "2.1 On the afternoon of 27 August the members took part in an open seminar on good "
        "administration, co-organised by the Lakes University."
    )
    assert {"Ana Vale", "Tom Banda"} <= _at(r, "seminar")
    assert not {"Rita Holm", "Karl Dunn"} & _at(r, "seminar")
    assert "Karl Dunn" not in _at(r, "meeting")
    assert "Rita Holm" in _at(r, "meeting")


def test_a_minutes_line_of_apologies_names_no_one_present(run):
    r = run(
        "Minutes of the 40th Plenary Meeting of the Harbour Council\n\n"
        "Present: Prof. Ana Vale (President), Prof. Tom Banda (Rector of Lisna University).\n"
        "Apologies: Prof. Karl Dunn (Rector of Osterby University).\n\n"
        "The President opened the meeting and thanked Prof. Banda for his hospitality."
    )
    assert {"Ana Vale", "Tom Banda"} <= _at(r, "meeting")
    assert "Karl Dunn" not in _at(r, "meeting")
