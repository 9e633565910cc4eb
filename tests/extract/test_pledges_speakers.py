"""Who makes a commitment: the person who says what a body will do, a body referred to as
"the lawyers' association", and "it" speaking for the body that spoke just before."""


def test_a_body_referred_to_with_a_possessive_is_an_agent_not_a_thing(run):
    r = run(
        "The Coastal Divers' Association held its congress in Durban. Speaking for the "
        "association, its president, Ms Ada Lo, said the divers' association will train 50 "
        "young divers next year."
    )
    assert ("Ada Lo", "pledge") in {(a, k) for a, k, t in r.commitments if "50" in t}


def test_who_said_a_body_stands_ready_makes_the_pledge(run):
    r = run(
        "Commissioner Petra Holm of the Nordic Investment Fund spoke at the forum in Oslo. Holm "
        "welcomed the plan and said the Nordic Investment Fund stands ready to support the "
        "coastal towns."
    )
    assert [(a, k) for a, k, t in r.commitments if "coastal towns" in t] == [
        ("Petra Holm", "pledge")]


def test_it_speaking_after_a_body_spoke_is_that_body(run):
    r = run(
        "Governor Lina Sato opened the meeting in Tokyo on Monday. In its statement, the "
        "Harbour Finance Board said lending rose in the third quarter. It said it will keep "
        "the reserve rate unchanged until March."
    )
    assert ("Harbour Finance Board", "pledge") in {
        (a, k) for a, k, t in r.commitments if "reserve rate" in t}


def test_it_for_a_thing_stays_a_thing(run):
    r = run(
        "Governor Lina Sato opened the new container terminal in Osaka on Monday. The Osaka "
        "Port Authority built the terminal. It will double the port's capacity by 2030."
    )
    assert not any("capacity" in t for _, _, t in r.commitments)


def test_a_person_met_in_a_participle_frame_is_not_the_subject(run):
    r = run(
        "Finance Minister Ana Ruiz travelled to Manila on Monday. Meeting Tomas Berg, Vice "
        "President of the Asian Development Bank, Ruiz praised the bank's work and called for "
        "more support for rural roads."
    )
    assert [(a, k) for a, k, t in r.commitments if "rural roads" in t] == [("Ana Ruiz", "call")]


def test_a_pronoun_after_a_person_named_in_a_frame_keeps_the_subject(run):
    r = run(
        "Finance Minister Ana Ruiz travelled to Manila on Monday. In talks with Tomas Berg, an "
        "Executive Director of the Asian Development Bank, she urged the bank to widen its "
        "support for rural roads."
    )
    assert [(a, k) for a, k, t in r.commitments if "rural roads" in t] == [("Ana Ruiz", "call")]


def test_he_after_he_keeps_the_speaker_not_the_last_person_named(run):
    r = run(
        "President Ana Ruiz met President Tomas Berg in Lisbon. President Ruiz called the talks "
        "useful. She thanked President Berg for his hospitality. She also asked President Berg "
        "to visit Madrid next spring."
    )
    assert [(a, k) for a, k, t in r.commitments if "Madrid" in t] == [("Ana Ruiz", "call")]


def test_asked_about_something_is_a_question_not_a_call(run):
    r = run("Asked about the three unions that left the federation, Director Ana Ruiz said the "
            "agency would keep working with them.")
    assert [k for _, k, _ in r.commitments] == ["pledge"]
