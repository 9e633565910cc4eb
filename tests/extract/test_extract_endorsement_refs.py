"""Endorsements: who praises and who is praised when the parse names them indirectly
(adjuncts before the verb, clauses inside the object, "the Brenzian government", "the Emir",
the members of a body, a list's lead-in, "grateful to")."""


def test_a_circumstance_before_the_verb_is_not_praised(run):
    r = run(
        "Finance Minister Peter Lund flew to Arlow on Monday. In talks with Maria Holt and "
        "with Jon Weir, an Executive Director of the Arlow Development Bank, he thanked the "
        "Bank for its support to the country's schools."
    )
    assert ("Peter Lund", "Arlow Development Bank") in r.endorsements
    assert not any(t in ("Maria Holt", "Jon Weir") for _, t in r.endorsements)


def test_a_body_named_in_a_clause_inside_the_praised_object_is_not_praised(run):
    r = run(
        "Mayor Maria Lopez lauded the Valley Water Board's flood plan as an example to the "
        "region that the Coastal Planning Authority would like to follow."
    )
    assert ("Maria Lopez", "Valley Water Board") in r.endorsements
    assert not any(t == "Coastal Planning Authority" for _, t in r.endorsements)


def test_a_government_qualified_by_its_country_is_that_government(run):
    r = run(
        "The Government of Ruritania and the Government of Brenzia signed a trade accord on "
        "Monday. At the banquet, President Tomas Vell of Ruritania praised the Brenzian "
        "government's handling of the economy."
    )
    assert ("Tomas Vell", "Government of Brenzia") in r.endorsements
    assert ("Tomas Vell", "Government of Ruritania") not in r.endorsements


def test_a_title_alone_is_the_person_first_named_in_apposition_to_it(run):
    r = run(
        "At the opening, the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, announced a gift "
        "of $50 million. Later UN Secretary-General Maria Lopez praised the "
        "leadership of the Emir."
    )
    assert ("Maria Lopez", "Tamim bin Hamad Al Thani") in {
        (s, t.removeprefix("Sheikh ") if t else t) for s, t in r.endorsements
    }


def test_participants_of_a_body_that_met_praise_as_that_body(run):
    r = run(
        "Meeting on Monday, the Regional Security Council reviewed the state of the border. "
        "Participants praised the Harbour Police Service for keeping the ports open."
    )
    assert ("Regional Security Council", "Harbour Police Service") in r.endorsements


def test_an_item_of_a_list_praises_as_the_body_its_lead_in_names(run):
    r = run(
        "The Council of Heads of Government of the Pacific Island Forum met in Port Vila.\n\n"
        "On the floods, the Heads of Government, expressing deep concern:\n\n"
        "agreed to set up a relief fund;\n\n"
        "praised Prime Minister Tom Baro's rapid relief plan;\n\n"
        "asked partners to help.\n"
    )
    assert ("Council of Heads of Government of the Pacific Island Forum", "Tom Baro") in \
        r.endorsements


def test_an_official_who_says_his_body_is_grateful_to_someone_thanks_them(run):
    r = run(
        "Jon Weir, Executive Director of the Arlow Health Fund, said the Fund was deeply "
        "grateful to President Maria Lopez for her leadership over the past year."
    )
    assert ("Jon Weir", "Maria Lopez") in r.endorsements
