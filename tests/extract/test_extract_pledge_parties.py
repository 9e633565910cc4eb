"""Who pledges: the parties a plural reference names ("the two leaders", "both"), the bodies an
MoU commits, and what is only foreseen or hoped (no pledge)."""

import pytest


def test_the_two_leaders_agreed_is_a_pledge_of_each(run):
    r = run("President Ana Ruiz and Prime Minister Tomas Berg met in Lisbon on Monday. The two "
            "leaders agreed on Monday to open a direct ferry route.")
    assert sorted(r.commitments) == [
        ("Ana Ruiz", "pledge", "open a direct ferry route"),
        ("Tomas Berg", "pledge", "open a direct ferry route"),
    ]


def test_a_memorandum_committing_two_bodies_binds_each(run):
    r = run("The Nairobi Water Authority and the Kisumu Water Board signed a memorandum on Tuesday "
            "committing the two bodies to share billing software.")
    assert sorted(r.commitments) == [
        ("Kisumu Water Board", "pledge", "share billing software"),
        ("Nairobi Water Authority", "pledge", "share billing software"),
    ]


def test_both_and_they_take_the_parties_named_before(run):
    r = run("The memorandum between the Ruritania Rail Authority and the Vale Transit Agency "
            "commits both to publish joint timetables. Under it they will also train drivers "
            "together.")
    assert {(a, t) for a, _, t in r.commitments if "timetables" in t} == {
        ("Ruritania Rail Authority", "publish joint timetables"),
        ("Vale Transit Agency", "publish joint timetables"),
    }
    assert {a for a, _, t in r.commitments if "drivers" in t} == {
        "Ruritania Rail Authority", "Vale Transit Agency"}


def test_renewing_a_commitment_is_a_pledge(run):
    r = run("Maria Lopez renewed her commitment to protecting river wetlands in the delta.")
    ((who, kind, text),) = r.commitments
    assert (who, kind) == ("Maria Lopez", "pledge") and "protecting river wetlands" in text


@pytest.mark.parametrize("text", [
    "Maria Lopez said the new port would create 4,000 jobs in the region.",
    "Maria Lopez voiced the hope that the talks would succeed before the winter.",
    "Maria Lopez said she expected that the deal would double trade within five years.",
])
def test_what_is_foreseen_or_hoped_is_no_pledge(run, text):
    assert run(text).commitments == []


def test_what_a_speaker_says_a_body_will_do_stays_a_pledge(run):
    r = run("Maria Lopez said the ministry would build 40 new schools in the north.")
    assert r.commitments == [
        ("Maria Lopez", "pledge", "the ministry would build 40 new schools in the north")]


def test_a_plural_subject_no_actor_stands_for_credits_no_one(run):
    r = run("Grace Wanjiru opened the forum in Mombasa. The county delegations then asked the "
            "ministry to fund more shelters for survivors.")
    assert r.commitments == []


def test_two_people_by_surname_urging_together_each_call(run):
    r = run("The observer missions were led by Peter Otieno and Kofi Mensah. At the briefing, "
            "Otieno and Mensah urged the commission to publish every polling unit result.")
    assert sorted(a for a, _, _ in r.commitments) == ["Kofi Mensah", "Peter Otieno"]


def test_a_while_clause_belongs_to_the_call(run):
    r = run("Grace Wanjiru asked voters to remain patient while the commission completed the "
            "count.")
    assert r.commitments == [
        ("Grace Wanjiru", "call",
         "voters to remain patient while the commission completed the count")]


def test_a_sum_announced_or_put_in_is_a_pledge(run):
    r = run("Grace Wanjiru announced $40 million for flood relief in the coastal counties. "
            "Tom Baraka then put in a further $5 million from the county budget.")
    assert r.commitments == [
        ("Grace Wanjiru", "pledge", "$40 million for flood relief in the coastal counties"),
        ("Tom Baraka", "pledge", "a further $5 million from the county budget"),
    ]


def test_a_pledge_of_a_sum_named_as_a_noun_is_the_speakers(run):
    r = run("Grace Wanjiru followed with the county's pledge of $2 million for new shelters.")
    assert [(a, k) for a, k, _ in r.commitments] == [("Grace Wanjiru", "pledge")]


@pytest.mark.parametrize("text", [
    "Grace Wanjiru opened the session. Ruritania promised $150 million for the camps.",
    "Grace Wanjiru thanked the donors, which gave $50 million last year.",
])
def test_no_pledge_for_a_country_or_a_sum_given_before(run, text):
    assert [c for c in run(text).commitments if c[1] == "pledge"] == []


def test_the_terms_of_an_mou_between_two_bodies_are_pledges_of_each(run):
    r = run("The ministers witnessed the signing of two agreements:\n"
            "- an MOU between the Ruritania Rail Authority and the Vale Transit Agency on joint "
            "training of train drivers;\n"
            "- an MOU on flood forecasting between the Ruritania Met Office and the Vale "
            "Water Board.\n")
    assert sorted(r.commitments) == [
        ("Ruritania Met Office", "pledge", "flood forecasting"),
        ("Ruritania Rail Authority", "pledge", "joint training of train drivers"),
        ("Vale Transit Agency", "pledge", "joint training of train drivers"),
        ("Vale Water Board", "pledge", "flood forecasting"),
    ]


def test_the_two_sides_of_an_agreement_are_the_bodies_named_together(run):
    r = run("The Ruritania Rail Authority and the Vale Transit Agency signed a partnership in "
            "Vale on Monday. Speaking at the ceremony were Maria Lopez and Grace Wanjiru. The "
            "two sides will build a shared ticketing system.")
    assert sorted(a for a, _, _ in r.commitments) == [
        "Ruritania Rail Authority", "Vale Transit Agency"]


def test_a_part_of_a_call_already_taken_is_not_a_second_call(run):
    r = run("Grace Wanjiru urged voters to stay calm and accept the results.")
    assert r.commitments == [("Grace Wanjiru", "call", "stay calm and accept the results")]


def test_a_thing_doing_something_in_a_relative_clause_is_foreseen(run):
    r = run("Maria Lopez announced three new scholarship funds, which together will help build "
            "a fairer region.")
    assert not any("fairer region" in t for _, _, t in r.commitments)


def test_managers_from_three_bodies_calling_is_a_call_of_each(run):
    r = run("Senior managers from UNICEF, the World Health Organization and the International "
            "Organization for Migration called for faster visa processing.")
    assert sorted(a for a, _, _ in r.commitments) == [
        "International Organization for Migration", "UNICEF", "World Health Organization"]


def test_the_source_of_a_pledge_is_not_part_of_it(run):
    r = run("According to the Health Minister, Grace Wanjiru, the ministry will hire 500 nurses.")
    assert r.commitments == [("Grace Wanjiru", "pledge", "the ministry will hire 500 nurses")]
