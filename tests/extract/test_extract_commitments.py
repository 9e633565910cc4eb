"""Commitments (pledges, calls) and declarations."""

import pytest


def test_pledged_and_assured_support_are_pledges(run):
    r = run(
        "A meeting on labour migration was held in Dhaka. Maria Lopez pledged to share "
        "passenger data with partner agencies. Ahmad Ishaq Jahangir assured continuous "
        "support for joint investigations."
    )
    assert ("Maria Lopez", "pledge", "share passenger data with partner agencies") in r.commitments
    assert (
        "Ahmad Ishaq Jahangir",
        "pledge",
        "continuous support for joint investigations",
    ) in r.commitments
    event = r.facts.events[0].id
    assert all(c.event == event for c in r.facts.commitments)


def test_called_for_and_urged_are_calls(run):
    r = run(
        "Jane Doe called for stronger protection of victims. Maria Lopez urged governments "
        "to ratify the protocol."
    )
    assert r.commitments == [
        ("Jane Doe", "call", "stronger protection of victims"),
        ("Maria Lopez", "call", "governments to ratify the protocol"),
    ]


def test_actor_by_pronoun(run):
    r = run("Maria Lopez opened the session in Madrid. She pledged more funding for shelters.")
    assert r.commitments == [("Maria Lopez", "pledge", "more funding for shelters")]


def test_pronoun_without_person_antecedent_credits_no_one(run):
    r = run(
        "The Ministry of Labour hosted a meeting in Dhaka. He pledged full support for the "
        "new law. The delegates called for more funding."
    )
    assert r.facts.commitments == []


def test_no_commitment_without_trigger(run):
    r = run("Maria Lopez described the situation at the border and left for Madrid.")
    assert r.facts.commitments == []


def test_no_declaration_without_one(run):
    r = run(
        "A conference on labour migration was held in Geneva. Jane Doe called for closer "
        "cooperation."
    )
    assert r.facts.declarations == []


def test_verbs_that_ask_someone_to_act_are_calls(run):
    r = run(
        "Grace Wanjiru instructed border officers to check every travel document. Tom Baraka "
        "encouraged the counties to open shelters for survivors. The Kenya Police Service "
        "charged its officers to treat every survivor with respect."
    )
    assert r.commitments == [
        ("Grace Wanjiru", "call", "border officers to check every travel document"),
        ("Tom Baraka", "call", "the counties to open shelters for survivors"),
        ("Kenya Police Service", "call", "its officers to treat every survivor with respect"),
    ]


def test_those_verbs_ask_nothing_without_to_and_a_verb(run):
    r = run(
        "Grace Wanjiru directed the inquiry into the recruitment agency. The police charged "
        "three men with trafficking. Tom Baraka reminded the audience of the 2019 law."
    )
    assert r.commitments == []


def test_a_pledge_keeps_its_until_clause(run):
    r = run("Grace Wanjiru said the agency would not rest until every trafficker is convicted.")
    until = "the agency would not rest until every trafficker is convicted"
    assert r.commitments == [("Grace Wanjiru", "pledge", until)]


def test_what_a_person_says_an_organization_will_do_is_their_pledge(run):
    r = run("Ms Grace Wanjiru of the International Labour Organization (ILO) said the ILO would "
            "continue to train labour inspectors in every district.")
    assert r.commitments == [
        ("Grace Wanjiru", "pledge",
         "the ILO would continue to train labour inspectors in every district"),
    ]


def test_what_named_bodies_will_do_is_a_pledge_of_each(run):
    r = run("The Ministry of Labour and the International Labour Organization will set up a "
            "joint task force on recruitment fees.")
    assert {a for a, kind, _ in r.commitments if kind == "pledge"} == {
        "Ministry of Labour", "International Labour Organization"}


def test_what_will_happen_is_no_pledge_without_a_named_body(run):
    r = run("The conference will open in Vienna. A task force will be set up next year.")
    assert r.commitments == []


def test_appealing_a_ruling_is_no_call(run):
    r = run("Adriana Belmonte Ruiz said she would appeal the ruling. Maria Lopez appealed "
            "for calm in the border towns.")
    assert ("Maria Lopez", "call", "calm in the border towns") in r.commitments
    assert not any(kind == "call" and "ruling" in text for _, kind, text in r.commitments)


def test_the_person_named_before_the_verb_speaks_when_the_parse_finds_no_subject(run):
    r = run("The meeting was chaired by Ambassador Lena Holm of Sweden. Speaking on behalf of "
            "the ASEAN Secretariat, Dr. Arief Nugroho, Head of the Social Division, stressed "
            "the need for common standards.")
    assert r.commitments == [("Arief Nugroho", "call", "the need for common standards")]


@pytest.mark.parametrize("text, expected", [
    ("Grace Wanjiru opened the forum. Every county, she added, had a responsibility to open a "
     "shelter for survivors.",
     ("Grace Wanjiru", "call",
      "Every county had a responsibility to open a shelter for survivors")),
    ("Raj Singh opened the forum. Every ministry, he said, must help check trafficking.",
     ("Raj Singh", "call", "Every ministry must help check trafficking")),
])
def test_an_aside_that_reports_the_statement_does_not_cut_it(run, text, expected):
    assert run(text).commitments == [expected]
