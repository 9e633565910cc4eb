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
