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


def test_in_close_cooperation_with_after_the_object_and_a_plural_relative_clause(run):
    r = run(
        "The Arlow Energy Authority prepared the agreement in close cooperation with the Brenz "
        "Institute of Technology and the Delta University, which are setting up a joint "
        "master's programme in hydrogen engineering."
    )
    assert {frozenset(("Arlow Energy Authority", "Brenz Institute of Technology")),
            frozenset(("Arlow Energy Authority", "Delta University")),
            frozenset(("Brenz Institute of Technology", "Delta University"))} <= r.collaborations


def test_a_passive_with_no_agent_is_the_work_of_the_body_whose_thing_it_is(run):
    r = run(
        "The Arlow Bus Company opened its first electric depot on Monday. The depot was built "
        "in partnership with the Brenz Energy Agency, which installed 60 chargers."
    )
    assert frozenset(("Arlow Bus Company", "Brenz Energy Agency")) in r.collaborations


def test_a_passive_about_another_thing_names_no_doer(run):
    r = run(
        "The Arlow Bus Company opened its first electric depot on Monday. The new road was "
        "built in partnership with the Brenz Energy Agency."
    )
    assert r.collaborations == set()


def test_those_asked_to_hold_a_later_workshop_do_not_organize_this_one(run):
    r = run(
        "The workshop was organized by the Arlow Aviation Committee jointly with the Brenz "
        "Safety Agency. The Delta Air Office took part at the invitation of the Arlow Aviation "
        "Committee.\n\nIn the recommendations adopted at the close, the participants:\n"
        "- called for the use of standard phraseology in English;\n"
        "- asked the Brenz Safety Agency and the Delta Air Office to hold a follow-up workshop "
        "in 2026.\n"
    )
    assert ("Delta Air Office", "organizer") not in r.participations
    assert frozenset(("Arlow Aviation Committee", "Delta Air Office")) not in r.collaborations


def test_a_bodys_partnership_with_another(run):
    r = run("The Arlow Water Board's partnership with the Brenz Rivers Trust has trained 300 "
            "engineers.")
    assert frozenset(("Arlow Water Board", "Brenz Rivers Trust")) in r.collaborations


def test_worked_alongside_but_not_cut_the_ribbon_alongside(run):
    r = run("The Arlow Water Board worked alongside the Brenz Rivers Trust to clean the river.")
    assert frozenset(("Arlow Water Board", "Brenz Rivers Trust")) in r.collaborations
    r = run("The Arlow Water Board opened the depot alongside the Brenz Rivers Trust.")
    assert r.collaborations == set()


def test_implementing_a_project_with_a_body(run):
    r = run("The Arlow Water Board will implement the project with the Brenz Rivers Trust.")
    assert frozenset(("Arlow Water Board", "Brenz Rivers Trust")) in r.collaborations
    r = run("The Arlow Water Board discussed the project with the Brenz Rivers Trust.")
    assert r.collaborations == set()


_MEMBERS = ("the Arlow Water Board, the Brenz Rivers Trust and the Coastal Fisheries Agency")
_MEMBER_PAIRS = {frozenset(("Arlow Water Board", "Brenz Rivers Trust")),
                 frozenset(("Arlow Water Board", "Coastal Fisheries Agency")),
                 frozenset(("Brenz Rivers Trust", "Coastal Fisheries Agency"))}


def test_the_members_a_named_coalition_is_made_up_of_are_partners_not_of_it(run):
    r = run(f"The Delta River Coalition, made up of {_MEMBERS}, has cleaned 40 kilometres of "
            "river.")
    assert r.collaborations == _MEMBER_PAIRS


def test_the_members_a_named_coalition_comprises_are_partners(run):
    r = run(f"The Delta River Coalition, which comprises {_MEMBERS}, has cleaned 40 kilometres "
            "of river.")
    assert r.collaborations == _MEMBER_PAIRS


def test_a_named_union_of_states_pairs_no_one(run):
    r = run("The Arlow Development Bank, which includes the Brenz Rivers Trust among its "
            "shareholders, lent $5 million.")
    assert r.collaborations == set()


def test_members_attending_a_board_meeting_are_no_partners(run):
    r = run(
        "The board of the Arlow Standards Office met in Arlow. Members attending included Ms. "
        "Tia Ross, Director at the Brenz Industry Ministry; and Mr. Jon Weir, President of the "
        "Delta Standards Agency."
    )
    assert r.collaborations == set()


def test_members_of_a_coalition_include(run):
    r = run("Members of the coalition include the Arlow Water Board and the Brenz Rivers Trust.")
    assert frozenset(("Arlow Water Board", "Brenz Rivers Trust")) in r.collaborations
