"""Minutes' action points: "- X to circulate Y by May" under an ACTION POINTS heading is a
pledge of X (kg.extract.action_points)."""


def test_each_action_point_is_a_pledge_of_the_one_named(run):
    r = run(
        "MINUTES OF THE BOARD MEETING OF THE LAKE CHAD FISHERIES NETWORK\n\n"
        "Present: Dr Amina Tchari (Chair), Mr Ousmane Diallo, Ms Grace Okafor\n\n"
        "1. The Chair opened the meeting at 10.00.\n\n"
        "5. ACTION POINTS\n\n"
        "- Ousmane Diallo to send the catch survey to all members by 30 June 2024.\n"
        "- Grace Okafor to draft the network's budget for 2025.\n\n"
        "The Chair closed the meeting at 13.00.\n"
    )
    pledges = [(who, text) for who, kind, text in r.commitments if kind == "pledge"]
    assert ("Ousmane Diallo", "send the catch survey to all members by 30 June 2024") in pledges
    assert ("Grace Okafor", "draft the network's budget for 2025") in pledges


def test_a_name_then_to_outside_action_points_is_no_pledge(run):
    r = run(
        "NDJAMENA - The Lake Chad Fisheries Network met on Monday.\n\n"
        "Speakers included:\n\n"
        "- Ousmane Diallo to the surprise of many, who spoke on catches.\n"
        "- Grace Okafor to open the session, as chair of the host committee.\n"
    )
    assert not any(kind == "pledge" and "open the session" in text
                   for _, kind, text in r.commitments)
