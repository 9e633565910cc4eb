"""Who an unnamed group or a reporting aside stands for (kg.extract.groups)."""


def test_numbered_group_named_in_the_next_sentence(run):
    r = run(
        "LIMA - Two regional monitoring missions on Tuesday asked voters to wait calmly for the "
        "official count.\n\nThe missions were those of the Andean Council and the Pacific "
        "Observers Network, which sent 40 monitors."
    )
    calls = {(a, t) for a, k, t in r.commitments if k == "call"}
    assert ("Andean Council", "voters to wait calmly for the official count") in calls
    assert ("Pacific Observers Network", "voters to wait calmly for the official count") in calls


def test_they_after_delegations_are_the_people_heading_them(run):
    r = run(
        "Chile's delegation was headed by Defence Secretary Marta Soto together with Foreign "
        "Secretary Luis Vera. Peru was represented by Defence Minister Elena Torres and Foreign "
        "Minister Jorge Salas. The delegations reviewed border security. They also stressed "
        "that joint patrols were needed along the river."
    )
    actors = {a for a, k, _ in r.commitments if k == "call"}
    assert actors == {"Marta Soto", "Luis Vera", "Elena Torres", "Jorge Salas"}


def test_a_country_clause_in_an_aside_is_the_speakers(run):
    r = run(
        "Chile's envoy, Ambassador Marta Soto, and Peru's envoy, Ambassador Luis Vera, said the "
        "vote showed unity. Both countries, they said, continue to call for an immediate "
        "ceasefire in the region."
    )
    actors = {a for a, k, _ in r.commitments if k == "call"}
    assert actors == {"Marta Soto", "Luis Vera"}


def test_what_a_reporter_says_the_observers_ask_is_the_reporters(run):
    r = run(
        "Marta Soto said the observers were asking the commission to publish results by "
        "polling station."
    )
    assert [a for a, k, _ in r.commitments] == ["Marta Soto"]


def test_a_group_noun_that_names_things_stands_for_no_one(run):
    r = run(
        "The Andean Council and the Pacific Fund signed a loan in Lima. According to the "
        "ministry, the funds will be used for roads."
    )
    assert r.commitments == []


def test_an_indirect_question_is_no_pledge(run):
    r = run("Marta Soto said donors had not yet said how much they will give to the fund.")
    assert r.commitments == []
