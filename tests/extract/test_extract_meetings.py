"""Meetings told by a verb ("A met B"), and gatherings named after the body that met."""


def _names(r):
    return [e.name for e in r.facts.events]


def test_met_two_people_in_two_places_is_two_meetings(run):
    r = run(
        "The Trade Council held its annual conference in Accra. During her tour, Clara Osei met "
        "Governor Ravi Menon in Tamale on 3 May and Mayor Tom Berg in Kumasi on 5 May."
    )
    names = _names(r)
    assert "Meeting of Clara Osei with Ravi Menon" in names
    assert "Meeting of Clara Osei with Tom Berg" in names
    menon = [e for e in r.facts.events if e.name.endswith("Ravi Menon")][0]
    people = {(r.name(p.actor), p.event) for p in r.facts.participations}
    assert ("Ravi Menon", menon.id) in people and ("Clara Osei", menon.id) in people
    # met only in the meeting: not a participant of the conference
    conference = r.facts.events[0]
    assert ("Ravi Menon", conference.id) not in people


def test_a_participle_meeting_takes_the_subject_of_the_clause(run):
    r = run(
        "Omar Haddad attended the Regional Credit Forum in Doha. Meeting Sara Lind, head of the "
        "Northern Bank, Haddad stressed the need for cheaper credit."
    )
    assert "Meeting of Omar Haddad with Sara Lind" in _names(r)


def test_a_meeting_described_by_its_head_is_named_after_the_body_that_met(run):
    r = run(
        "The Harbour Council met on Tuesday at its offices in the port. The meeting was chaired "
        "by Lena Fold, who thanked the members for their work."
    )
    assert _names(r) == ["Meeting of the Harbour Council"]
    assert ("Lena Fold", "participant") in r.participations


def test_a_dateline_and_a_weekday_are_not_part_of_a_meeting_name(run):
    r = run(
        "LIMA - Meeting on Friday amid the floods, the Coastal Defence Committee agreed to "
        "set up a relief fund."
    )
    assert _names(r) == ["Meeting of the Coastal Defence Committee"]


def test_a_hyphenated_modifier_stays_in_a_described_gathering(run):
    r = run("The Port Authority organized an emergency ministerial-level meeting on flood relief.")
    assert "emergency ministerial-level meeting on flood relief" in _names(r)[0]


def test_meeting_a_target_is_no_meeting(run):
    r = run("The Relief Fund has met its target of $2 billion, its director Eva Strand said.")
    assert not any(e.name.startswith("Meeting of") for e in r.facts.events)
