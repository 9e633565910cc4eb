"""Words that look like commitments and are not: what would have been, a reason given, being
keen to say something, a claim insisted on; and an agreement's terms after "under which"."""


def test_would_have_is_no_pledge_and_the_call_after_it_stays(run):
    r = run(
        "Linda Berg told the meeting that she would have preferred tougher measures, and "
        "called on the board to stand with clean athletes."
    )
    assert r.commitments == [("Linda Berg", "call", "the board to stand with clean athletes")]


def test_a_reason_with_required_is_no_call(run):
    r = run(
        "Jon Tay told reporters the committee rejected a ban because the rules required "
        "sanctions to be proportionate."
    )
    assert not r.commitments


def test_keen_to_say_and_a_claim_insisted_on_are_not_commitments(run):
    r = run(
        "Jon Tay opened the meeting. He was keen to point out that the loans go both ways. He "
        "insisted that French and national languages were allies in the classroom. He "
        "insisted that the ministry must publish the results."
    )
    assert [t for _, _, t in r.commitments] == ["the ministry must publish the results"]


def test_the_terms_of_an_agreement_under_which_each_party_acts(run):
    r = run(
        "The Cortes Chamber of Commerce (CCC) and the Tela Town Council signed an agreement "
        "under which the chamber will send its members' vacancies to the job desk every week "
        "and the council will offer free vocational courses to returnees."
    )
    assert {(a, k) for a, k, t in r.commitments if "vacancies" in t} == {
        ("Cortes Chamber of Commerce", "pledge")}
    assert {(a, k) for a, k, t in r.commitments if "vocational courses" in t} == {
        ("Tela Town Council", "pledge")}
