"""Joint pledges of the parties of an agreement, however the report names them: the bodies
that sign "to" do something, "the two", "the five universities" whose signers were named one by
one, a name in apposition ("and the environmental group B"); and a call "for X to be done"."""


def _by(r, words: str) -> set[str | None]:
    return {a for a, _, t in r.commitments if words in t}


def test_bodies_signing_an_agreement_to_do_something_pledge_it(run):
    r = run(
        "The Harbour Police of Ruritania and the Vale Coast Guard signed a memorandum of "
        "understanding on Wednesday to patrol the Great Bay together."
    )
    assert _by(r, "patrol the Great Bay") == {"Harbour Police of Ruritania", "Vale Coast Guard"}


def test_people_signing_an_agreement_make_no_party(run):
    r = run("Mayor Ana Ruiz and Mayor Tomas Berg signed a letter of intent on Monday to twin "
            "their two market towns.")
    assert _by(r, "twin their") == set()


def test_the_two_under_the_agreement_are_its_parties(run):
    r = run(
        "The Harbour Police of Ruritania and the environmental group Blue Reef Trust signed a "
        "memorandum in Porto on Monday. Under the memorandum the two will jointly train 60 "
        "community fish wardens."
    )
    assert _by(r, "fish wardens") == {"Harbour Police of Ruritania", "Blue Reef Trust"}


def test_the_three_universities_whose_heads_signed_one_by_one(run):
    r = run(
        "The agreement was signed by the Rector of Lakeside University, Prof. Ana Ruiz; the "
        "Vice-Chancellor of Hill Country University, Dr. Tomas Berg; and the President of "
        "Coastal Plains University, Dr. Mira Osei. Under the agreement, the three universities "
        "will give each other's students free access to their libraries."
    )
    assert _by(r, "free access to their libraries") == {
        "Lakeside University", "Hill Country University", "Coastal Plains University"}


def test_a_call_for_something_to_be_done(run):
    r = run("Minister Tomas Berg said the state was committed to a peaceful coast, and called "
            "for the region to be kept free of weapons.")
    assert ("Tomas Berg", "call", "the region to be kept free of weapons") in r.commitments


def test_a_word_misread_as_a_verb_does_not_cut_the_pledge(run):
    r = run("The Kenya Army undertakes to grant selected soldiers leave for races abroad without "
            "loss of pay or rank.")
    assert r.commitments == [("Kenya Army", "pledge",
                              "grant selected soldiers leave for races abroad without loss of "
                              "pay or rank")]
