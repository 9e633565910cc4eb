"""Commitments on shapes of unseen text: a pronoun after a surname the actor table did not link
("Benitez reminded us ..., and she urged"), and "recognised the importance of X" as a call."""

TEXT = (
    "QUITO - The Andean Universities Network met in Quito on Monday.\n\n"
    "- Dr. Laura Benítez Arroyo, the network's president, opened the meeting.\n"
    "- Prof. Tomás Quiroga Vela of the Catholic University spoke on research funding.\n\n"
    "Benítez reminded us that few students study abroad, and she urged rectors to recognise "
    "each other's credits.\n\n"
    "Ministers of the region recognised the importance of common student visas. Quiroga "
    "recognised the importance of open journals for small universities, and recognised the "
    "efforts of the host.\n"
)


def test_a_pronoun_after_a_surname_stands_for_that_person(run):
    r = run(TEXT)
    assert ("Laura Benítez Arroyo", "call", "rectors to recognise each other's credits") \
        in r.commitments


def test_recognising_the_importance_of_something_calls_for_it(run):
    r = run(TEXT)
    calls = [(who, text) for who, kind, text in r.commitments if kind == "call"]
    assert ("Tomás Quiroga Vela", "the importance of open journals for small universities") \
        in calls
    assert not any("efforts of the host" in text for _, text in calls)
    assert not any("student visas" in text for _, text in calls)  # no one named asks it


def test_a_body_that_will_meet_again_promises_nothing(run):
    r = run(
        "NAIROBI - The Executive Board of the East African Rowing Federation met on Monday. "
        "The Executive Board will meet again in March in Kampala. The Executive Board will "
        "publish the regatta calendar before June.\n"
    )
    texts = [text for _, kind, text in r.commitments if kind == "pledge"]
    assert not any("meet again" in t for t in texts)
    assert any("regatta calendar" in t for t in texts)


def test_a_body_named_by_a_common_noun_pledges_through_its_speaker(run):
    # "her museum would", "the municipality would": a body acts, no thing happens; the
    # person who says it pledges it (a prediction about a thing stays out)
    r = run(
        "The Harbour Museum signed an agreement with the Coastal Institute on Monday. Museum "
        "director Anna Berg said her museum would send twenty objects to the institute in "
        "2026. Mayor Lena Park of the City of Arden said the municipality would cover the "
        "insurance for the exhibition, and that the exhibition would draw many visitors."
    )
    said = {(a, t) for a, k, t in r.commitments if k == "pledge"}
    assert any(a == "Anna Berg" and "send twenty objects" in t for a, t in said)
    assert any(a == "Lena Park" and "cover the insurance" in t for a, t in said)
    assert not any("many visitors" in t for _, t in said)
