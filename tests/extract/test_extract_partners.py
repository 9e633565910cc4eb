"""Collaborations read from the syntax: "between", signatories, partnerships, "through",
"worked with"."""


def _pairs(r):
    return r.collaborations


def test_each_memorandum_of_a_list_pairs_its_own_two_bodies(run):
    r = run(
        "After the talks the two ministers witnessed the signing of two agreements:\n"
        "- an MOU between the Arlow Port Authority and the Brenz Maritime Board on pilot "
        "training;\n"
        "- an agreement between the Arlow Export Council and the Brenz Trade Council on "
        "trade fairs."
    )
    pairs = _pairs(r)
    assert frozenset({"Arlow Port Authority", "Brenz Maritime Board"}) in pairs
    assert frozenset({"Arlow Export Council", "Brenz Trade Council"}) in pairs
    assert frozenset({"Arlow Port Authority", "Brenz Trade Council"}) not in pairs
    assert len(pairs) == 2


def test_bodies_that_unveil_a_partnership_work_together(run):
    r = run("The Northern Water Agency and the Delta Research Institute on Monday unveiled a "
            "partnership to monitor floods in the valley.")
    assert frozenset({"Northern Water Agency", "Delta Research Institute"}) in _pairs(r)


def test_a_body_works_with_the_partners_it_delivers_through_but_not_its_funder(run):
    r = run(
        "The Children's Relief Fund is delivering the water response through the Red Lantern "
        "Society and the Valley Health Network, with funding from the Blue Trust Foundation."
    )
    pairs = _pairs(r)
    assert frozenset({"Children's Relief Fund", "Red Lantern Society"}) in pairs
    assert frozenset({"Children's Relief Fund", "Valley Health Network"}) in pairs
    assert not any("Blue Trust Foundation" in p for p in pairs)


def test_those_who_worked_with_partners_pair_with_each_but_the_partners_not_together(run):
    r = run(
        "The Coastal Police Service and the Harbour Guard Agency worked with operational "
        "partners including the Marine Data Institute and the Port Security Board."
    )
    pairs = _pairs(r)
    assert frozenset({"Coastal Police Service", "Harbour Guard Agency"}) in pairs
    assert frozenset({"Coastal Police Service", "Marine Data Institute"}) in pairs
    assert frozenset({"Harbour Guard Agency", "Port Security Board"}) in pairs
    assert frozenset({"Marine Data Institute", "Port Security Board"}) not in pairs


def test_officials_who_sign_an_accord_pair_their_bodies(run):
    r = run(
        "The accord was signed on Monday by Maria Holt, Director of the Arlow Port Authority, "
        "and Jon Weir, Chairman of the Brenz Maritime Board."
    )
    assert frozenset({"Arlow Port Authority", "Brenz Maritime Board"}) in _pairs(r)


def test_people_who_act_jointly_or_together_work_together(run):
    r = run("Finance Minister Omar Haddad and Mayor Lena Fold jointly undertook to raise $10 "
            "million for the flood victims.")
    assert frozenset({"Omar Haddad", "Lena Fold"}) in _pairs(r)


def test_joint_operations_of_two_bodies_pair_them(run):
    r = run("The talks opened the way for joint relief operations of the Northern Water Agency "
            "and the Red Lantern Society in the valley.")
    assert frozenset({"Northern Water Agency", "Red Lantern Society"}) in _pairs(r)


def test_those_who_speak_in_a_joint_message_work_together(run):
    r = run("In a joint message to the press, the Northern Water Agency and the Delta Research "
            "Institute said the floods had eased.")
    assert frozenset({"Northern Water Agency", "Delta Research Institute"}) in _pairs(r)


def test_a_body_that_qualifies_one_who_acts_together_is_not_paired(run):
    r = run("Finance Minister Omar Haddad, chairman of the Delta Fund, and Mayor Lena Fold "
            "will together lead the appeal.")
    pairs = _pairs(r)
    assert frozenset({"Omar Haddad", "Lena Fold"}) in pairs
    assert not any("Delta Fund" in p for p in pairs)


def test_speaking_to_the_press_side_by_side_is_no_collaboration(run):
    r = run(
        "After the talks, Minister Anna Velde and Minister Piet Kos held a joint press "
        "conference in Arlow. At a joint press briefing after the closing session, the Arlow "
        "Court Service and the Brenz Judicial Council told journalists that they expect "
        "electronic filing by 2027."
    )
    assert not r.collaborations


def test_a_joint_conference_or_statement_of_two_bodies_still_pairs_them(run):
    r = run(
        "The Arlow Court Service and the Brenz Judicial Council will hold a joint conference on "
        "electronic filing in May."
    )
    assert frozenset({"Arlow Court Service", "Brenz Judicial Council"}) in r.collaborations
    r = run(
        "In a joint statement, the Arlow Court Service and the Brenz Judicial Council said they "
        "would share case data."
    )
    assert frozenset({"Arlow Court Service", "Brenz Judicial Council"}) in r.collaborations


def test_the_body_a_party_of_an_mou_belongs_to_is_no_party(run):
    r = run(
        "The two presidents witnessed the signing of two agreements:\n"
        "- an MOU between the Government of Arlow and the Government of Brenz on farming;\n"
        "- an MOU between the Arlow State University and the Brenz Council for Agriculture "
        "Research of the Ministry of Agriculture and Fisheries.\n"
    )
    assert frozenset({"Arlow State University",
                      "Brenz Council for Agriculture Research"}) in r.collaborations
    assert not any("Ministry of Agriculture and Fisheries" in p for p in r.collaborations)
