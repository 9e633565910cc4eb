"""Working together told by prepositions: "organized by A with B", "working through B" after a
clause whose doer is A, "A would work with B to ..."."""


def test_organized_by_a_with_b_makes_both_organizers_and_partners(run):
    r = run(
        "The two-day session was organized by the Arlow Ministry of Education with the Brenz "
        "Teachers Secretariat, under the patronage of the President."
    )
    assert frozenset(("Arlow Ministry of Education", "Brenz Teachers Secretariat")) in \
        r.collaborations
    assert ("Brenz Teachers Secretariat", "organizer") in r.participations


def test_organized_by_a_with_funding_from_b_is_no_partnership(run):
    r = run(
        "The two-day session was organized by the Arlow Ministry of Education with funding "
        "from the Brenz Teachers Trust."
    )
    assert r.collaborations == set()


def test_working_through_a_partner_after_the_clause_of_its_doer(run):
    r = run(
        "Mr. Peter Vale said the Arlow Education Fund would pay for the training of teachers, "
        "working through the ministries concerned and through the Brenz Teachers Network."
    )
    assert frozenset(("Arlow Education Fund", "Brenz Teachers Network")) in r.collaborations


def test_would_work_with(run):
    r = run("The Brenz Statistics Institute would work with the Arlow Literacy Network to align "
            "its tests.")
    assert frozenset(("Brenz Statistics Institute", "Arlow Literacy Network")) in \
        r.collaborations


def test_those_called_on_to_act_through_a_body_are_not_the_caller(run):
    r = run(
        "The Arlow Space Council called on member states to share data during disasters "
        "through the Brenz Data Network."
    )
    assert frozenset(("Arlow Space Council", "Brenz Data Network")) not in r.collaborations
