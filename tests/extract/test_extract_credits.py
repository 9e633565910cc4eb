"""Who a credit or contact line names reports the story or answers for it: no participant of
its gatherings unless a sentence says they attended. Every report here is written for the
test."""

from __future__ import annotations

from kg.extract.credits import credit_ranges


def _credited(text: str) -> list[str]:
    return [text[s:e] for s, e in credit_ranges(text)]


def test_contact_and_credit_lines_are_found_whatever_their_markup():
    assert _credited("Body.\n\nPress contact: Lena Koval, spokesperson") == [
        "Press contact: Lena Koval, spokesperson"]
    assert _credited("*Posted by Ivo Marin, field officer - 2 May*") == [
        "Posted by Ivo Marin, field officer - 2 May*"]
    assert _credited("<p>Interview by Sara Quint, Delta Weekly</p>")[0].startswith(
        "Interview by Sara Quint")
    assert _credited("Our correspondent Tomas Reyes met the mayor.") == ["Tomas Reyes"]


def test_a_sentence_opening_with_by_or_an_interview_is_no_credit_line():
    assert _credited("By contrast, Minister Ana Vale said the plan was late.") == []
    assert _credited("He was interviewed by the press after the meeting.") == []


def test_a_media_contact_is_no_participant_of_the_meeting(run):
    r = run(
        "VALDORIA, 3 March - The River Basin Commission held its seventh meeting in Valdoria "
        "on Tuesday. Commissioner Petra Holm chaired the meeting.\n\n"
        "Media contact: Lena Koval, Press Officer, River Basin Commission, press@example.org"
    )
    people = {a for a, role in r.participations if role == "participant"}
    assert "Petra Holm" in people
    assert "Lena Koval" not in people


def test_an_interviewer_is_no_participant_but_one_he_says_attended_is(run):
    r = run(
        "Interview by Sara Quint, Delta Weekly, 4 March 2024\n\n"
        "The Delta Growers Council held its annual assembly in Lisna last week. Council chair "
        "Omar Teller attended the assembly and said prices would rise."
    )
    people = {a for a, role in r.participations if role == "participant"}
    assert "Omar Teller" in people
    assert "Sara Quint" not in people
