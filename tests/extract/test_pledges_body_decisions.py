"""A governing body's decisions at its meeting are the calls of the meeting's decisions, not
the body's pledges; what the body says or vows stays its commitment."""


def _calls(r) -> list[str]:
    return [c for d in r.facts.declarations for c in d.calls]


def test_a_council_deciding_at_its_meeting_makes_the_meetings_calls(run):
    r = run(
        "The Ninth Meeting of the Council of the Andean Water Organization (AWO) was held in "
        "Quito on 10 May. The Council heard the report of the Secretary-General and commended "
        "the Secretariat for its work. The Council approved the budget of the Organization for "
        "2026. The Council decided to set up a joint flood warning service, and requested the "
        "Secretariat to draft its rules. The Council called on member states to share river "
        "data free of charge. The Council accepted the offer of the Government of Chile to host "
        "its next meeting."
    )
    calls = _calls(r)
    assert "set up a joint flood warning service" in calls
    assert "the Secretariat to draft its rules" in calls
    assert "member states to share river data free of charge" in calls
    assert any(c.startswith("approved the budget") for c in calls)
    assert any(c.startswith("accepted the offer") for c in calls)
    assert not any("river data" in t for _, _, t in r.commitments)
    assert r.facts.declarations[0].event == r.facts.events[0].id


def test_a_board_that_met_and_agreed_to_act(run):
    r = run(
        "The Lagoon Mayors' Forum met on Tuesday in Lagos with twenty mayors present. The Forum "
        "agreed to work with the Lagos Water Corporation to repair the city's pumps."
    )
    assert any("repair the city's pumps" in c for c in _calls(r))
    assert not r.commitments


def test_what_a_meeting_body_says_it_will_do_stays_its_pledge(run):
    r = run(
        "The Monetary Committee of the Harbour Reserve Bank met on Wednesday. In its statement, "
        "the Committee said it will take the measures needed to bring inflation back to target."
    )
    assert not _calls(r)
    assert any("measures needed" in t for _, _, t in r.commitments)


def test_a_body_that_is_not_said_to_meet_makes_pledges(run):
    r = run(
        "The Harbour Development Board agreed to fund two new ferries for the island routes, "
        "its director said on Monday in Valletta."
    )
    assert not _calls(r)


def test_adopting_a_text_is_no_decision_and_a_summary_call_is_not_repeated(run):
    r = run(
        "Health ministers closed their 12th Session of the Island Health Forum in Suva on "
        "Friday by adopting a declaration that commits them to cut, by 2030, the share of "
        "children who miss their vaccines.\n\n"
        "In the Suva Declaration, the ministers:\n"
        "- commit to cut, by 2030, the share of children who miss a routine vaccine;\n"
        "- call on their finance ministries to fund cold chains in every district.\n"
    )
    calls = _calls(r)
    assert any(c.startswith("cut, by 2030, the share of children") for c in calls)
    assert not any(c.startswith("them to cut") for c in calls)
    assert len(calls) == 2
