"""Calls made by proposing or by calling on someone whose "to" clause the parse hangs on them;
pledges made by intending or by being keen to act (kg.extract.triggers)."""


def test_called_on_people_with_a_clause_hung_on_them(run):
    r = run(
        "Jane Doe called on everyone with a complaint to file it through the courts provided."
    )
    assert [(a, k) for a, k, _ in r.commitments] == [("Jane Doe", "call")]
    assert "file it through the courts" in r.commitments[0][2]


def test_proposed_that_is_a_call_of_a_named_proposer(run):
    r = run("Jane Doe proposed that the relief effort in the north be organised by district.")
    assert [(a, k) for a, k, _ in r.commitments] == [("Jane Doe", "call")]


def test_a_thing_that_suggests_asks_for_nothing(run):
    r = run("Jane Doe opened the meeting. No return plan exists, which suggests they will stay.")
    assert r.commitments == []


def test_intend_to_is_a_pledge_of_the_named_bodies(run):
    r = run(
        "The Harbour Police and the Coast Guard Service intend to patrol the northern coast "
        "together from June."
    )
    assert {a for a, k, _ in r.commitments if k == "pledge"} == {
        "Harbour Police",
        "Coast Guard Service",
    }


def test_intends_in_a_relative_clause_is_said_in_passing(run):
    r = run("Visitors include Jane Doe, who intends to raise money for the new clinics.")
    assert r.commitments == []


def test_keen_to_is_a_pledge(run):
    r = run("Jane Doe said the ministry was keen to share its data with the regional bodies.")
    assert [(a, k) for a, k, _ in r.commitments] == [("Jane Doe", "pledge")]
