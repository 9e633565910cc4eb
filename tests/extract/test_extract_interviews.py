"""An interview's answers speak for the person interviewed (kg.extract.interviews)."""

TEXT = (
    "HARBOUR NEWS - THE INTERVIEW\n\n"
    "The Port Authority of Apia met shipping lines on Monday. Our reporter Mele Taufa spoke "
    "to the authority's director, Mr. Sione Lauina, after the meeting.\n\n"
    "Q: What did the lines ask for?\n\n"
    "A: Longer berths. Ms Ana Reyes of the Pacific Shipping Council asked for them too. "
    "We will extend the main wharf by forty metres before 2027.\n\n"
    "Q: And the fees?\n\n"
    "A: We will keep them unchanged next year.\n"
)


def test_we_in_an_answer_is_the_person_interviewed(run):
    r = run(TEXT)
    pledges = [(who, text) for who, kind, text in r.commitments if kind == "pledge"]
    assert any(who == "Sione Lauina" and "extend the main wharf" in text
               for who, text in pledges)
    assert not any(who == "Ana Reyes" for who, _ in pledges)


def test_we_outside_an_interview_is_not_given_to_anyone_interviewed(run):
    r = run(TEXT.replace("Q: ", "").replace("A: ", ""))
    assert not any(who == "Sione Lauina" and "extend the main wharf" in text
                   for who, _, text in r.commitments)
