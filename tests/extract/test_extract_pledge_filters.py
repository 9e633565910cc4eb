"""What is not a commitment although a trigger word is there, and where a commitment's words
begin and end (kg.extract.checks, kg.extract.clauses)."""


def test_participle_naming_a_sum_promised_is_no_pledge(run):
    r = run("Jane Doe recalled the $2 million promised at the last donors' meeting in Oslo.")
    assert r.commitments == []


def test_passive_ask_without_asker_is_no_call(run):
    r = run("Jane Doe said farmers were asked to register their land before June.")
    assert [c for c in r.commitments if c[1] == "call"] == []


def test_should_that_foresees_is_no_call(run):
    r = run("Jane Doe said the bill should reach the Senate next week.")
    assert r.commitments == []


def test_should_with_a_passive_still_asks(run):
    r = run("This chance is rare, Jane Doe said, and it should be seized by every province.")
    assert [a for a, k, _ in r.commitments] == ["Jane Doe"]


def test_modal_inside_a_relative_clause_is_no_pledge(run):
    r = run("Jane Doe described the role the agency will play in the recovery of the region.")
    assert r.commitments == []


def test_a_yearly_sum_in_the_present_is_no_pledge(run):
    r = run("Founded in 1990, the Blue Harbour Trust puts $3 million a year into rural clinics.")
    assert r.commitments == []


def test_a_heading_line_holds_no_call(run):
    r = run("Calls for calm in the north\n\nJane Doe said the situation in the valley was tense.")
    assert r.commitments == []


def test_a_dateline_is_not_part_of_a_pledge(run):
    r = run(
        "MADRID, May 3 - The region will open two new shelters for victims this year, Regional "
        "Director Jane Doe said."
    )
    shelters = "The region will open two new shelters for victims this year"
    assert ("Jane Doe", "pledge", shelters) in r.commitments


def test_who_is_assured_is_not_part_of_the_pledge(run):
    r = run("Jane Doe promised the delegates that the ministry would fund ten new shelters.")
    assert [t for _, _, t in r.commitments] == ["the ministry would fund ten new shelters"]


def test_being_sure_is_a_forecast(run):
    r = run("Jane Doe said she was sure the funding gap would be closed within weeks.")
    assert r.commitments == []


def test_what_an_agreement_will_do_is_no_pledge(run):
    r = run("Jane Doe said the memorandum would strengthen the ties between the two cities.")
    assert r.commitments == []
