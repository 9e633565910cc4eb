"""A promise that repeats its "would" or its "that" in a list of three or more makes one pledge
per clause ("promised that the Board would dredge X, would light Y and would publish Z"), two
such clauses stay one; a title after "the" that
the parser takes for a name ("The Speaker", "The Secretary of State") is the person last
named with it."""


def test_each_repeated_would_is_a_pledge_of_its_own(run):
    r = run(
        "Tomas Kerrigan, head of the Port of Vellmar, spoke on Monday. He promised that the "
        "port would dredge the north channel, would light the old quay, and "
        "would publish its tide tables every month."
    )
    texts = sorted(t for a, k, t in r.commitments if a == "Tomas Kerrigan" and k == "pledge")
    assert texts == ["light the old quay", "publish its tide tables every month",
                     "the port would dredge the north channel"]


def test_two_repeated_clauses_stay_one_promise(run):
    r = run(
        "Finance Director Ilse Marten of the Vellmar City Council met the traders on Monday. "
        "Marten assured the traders that the market levy would be kept and that the council "
        "would repay the loan by June."
    )
    texts = [t for a, k, t in r.commitments if a == "Ilse Marten"]
    assert len(texts) == 1 and "levy" in texts[0] and "loan" in texts[0]


def test_three_said_would_clauses_are_three_pledges(run):
    r = run(
        "Director Pavel Orlan of the Vellmar Water Board opened the plant on Monday. Orlan said "
        "the Water Board would test every well this summer, would publish the results online "
        "and would close the old pumps by May."
    )
    texts = {t for a, k, t in r.commitments if a == "Pavel Orlan" and k == "pledge"}
    assert any(t.startswith("the Water Board would test every well") for t in texts)
    assert "publish the results online" in texts
    assert "close the old pumps by May" in texts


def test_one_would_with_two_verbs_stays_one_pledge(run):
    r = run(
        "Director Pavel Orlan of the Vellmar Water Board opened the plant on Monday. Orlan said "
        "the Water Board would test and clean every well this summer."
    )
    texts = [t for a, k, t in r.commitments if a == "Pavel Orlan"]
    assert len(texts) == 1 and "clean every well" in texts[0]


def test_a_clause_with_its_own_subject_and_will_is_cut_from_the_first(run):
    r = run(
        "The Vellmar Water Board and the Ostrand River Trust signed a memorandum on Monday. "
        "Under it, the Vellmar Water Board will train 40 river wardens, and the two bodies "
        "will publish a joint survey every year."
    )
    board = {t for a, k, t in r.commitments if a == "Vellmar Water Board"}
    assert any("40 river wardens" in t and "survey" not in t for t in board)
    assert any("joint survey" in t for t in board)
    assert any("joint survey" in t for a, k, t in r.commitments if a == "Ostrand River Trust")


def test_the_secretary_of_state_then_he_is_the_person_so_introduced(run):
    r = run(
        "Minutes of the Vellmar Harbour Council\n\n"
        "Invited: Dr. Alma Ferris, Secretary of State for Ports; Prof. Ivo Brandt, Rector of "
        "the University of Vellmar.\n\n"
        "The Secretary of State presented the budget. She assured the Council that the harbour "
        "levy would be kept until 2030."
    )
    assert [a for a, k, t in r.commitments if "harbour levy" in t] == ["Alma Ferris"]


def test_the_president_in_brackets_after_a_name_thanks(run):
    r = run(
        "Minutes of the Vellmar Harbour Council\n\n"
        "Present: Prof. Ivo Brandt (President of the Vellmar Harbour Council); Ms. Nora Quist "
        "(Director of the Vellmar Pilots Association).\n\n"
        "The President opened the meeting and thanked Ms. Quist for her report."
    )
    assert ("Ivo Brandt", "Nora Quist") in r.endorsements


def test_the_director_general_stresses_a_need(run):
    r = run(
        "VELLMAR - The Director General of the Vellmar Food Authority (VFA), Dr. Nora Quist, "
        "opened the forum on Monday.\n\n"
        "The Director General stressed the need for bakers to test their flour every month."
    )
    assert [(a, k) for a, k, t in r.commitments if "flour" in t] == [("Nora Quist", "call")]


def test_a_vow_the_parse_hangs_on_the_clause_before_is_the_speakers(run):
    r = run(
        "Dr. Nora Quist, head of the Vellmar Food Authority, opened the forum on Monday. She "
        "acknowledged that the Authority's own inspection times had been too long, and vowed "
        "to cut the average wait for a licence to three months."
    )
    assert [a for a, k, t in r.commitments if "licence" in t] == ["Nora Quist"]


def test_who_after_two_people_named_together_praises_for_both(run):
    r = run(
        "The Vellmar Rivers Forum met in Ostrand on Monday. It was attended by the two envoys of "
        "the Northern Water Partnership, Dr. Ilse Marten and Mr. Pavel Orlan, who praised the "
        "Ostrand River Trust for its work."
    )
    assert {("Ilse Marten", "Ostrand River Trust"), ("Pavel Orlan", "Ostrand River Trust")} <= \
        r.endorsements


def test_a_would_announced_after_a_call_is_a_pledge_of_its_own(run):
    r = run(
        "Minister Nora Quist of the Vellmar Ministry of Forests chaired the council on Monday. "
        "She called on member states to share their case files within thirty days, and "
        "announced that the Vellmar Parks Agency would open its ranger academy to officers from "
        "neighbouring countries."
    )
    assert ("Nora Quist", "pledge") in {(a, k) for a, k, t in r.commitments
                                        if "ranger academy" in t}
    assert ("Nora Quist", "call") in {(a, k) for a, k, t in r.commitments if "case files" in t}


def test_they_after_a_counted_group_and_a_named_body_is_all_of_them(run):
    r = run(
        "The Rural Roads Forum was organised by Vellmar County Council together with Ostrand "
        "District Council on Monday. The two councils and the Vellmar Police Service then "
        "signed the Safe Lanes Pledge, under which they commit to halving road deaths by 2035."
    )
    who = {a for a, k, t in r.commitments if "road deaths" in t}
    assert who == {"Vellmar County Council", "Ostrand District Council", "Vellmar Police Service"}


def test_praise_with_no_praiser_found_gives_nothing(run):
    r = run(
        "The Vellmar Rivers Forum met in Ostrand on Monday. The Ostrand River Trust was "
        "praised for its work."
    )
    assert not any(s is None for s, _ in r.endorsements)


def test_asking_why_is_a_question_not_a_call(run):
    r = run(
        "Ms. Nora Quist, director of the Vellmar Deaf Association, spoke on the first panel on "
        "Monday. Quist asked why there is still no sign-language interpreter at the district "
        "office. She asked the ministry to hire two interpreters."
    )
    texts = [t for a, k, t in r.commitments if a == "Nora Quist"]
    assert not any("still no" in t for t in texts)
    assert any("two interpreters" in t for t in texts)
