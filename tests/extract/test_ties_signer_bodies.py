"""Collaborations: leaders named "of" their governments sign for them, and a body named only
as the one a co-organizer belongs to is no co-organizer."""


def test_leaders_named_of_their_governments_sign_for_the_governments(run):
    r = run(
        "Later on Sunday, in a separate ceremony, Prime Minister Tomas Vell of the Royal "
        "Ruritanian Government and Prime Minister Ana Pirez of the Royal Government of Brenzia "
        "signed a joint declaration to consolidate the ceasefire between the two neighbours."
    )
    assert frozenset(("Royal Ruritanian Government", "Royal Government of Brenzia")) in \
        r.collaborations
    assert frozenset(("Tomas Vell", "Ana Pirez")) not in r.collaborations


def test_people_named_without_a_body_still_sign_together(run):
    r = run("President Ivo Rand and Bill Lask signed a joint declaration on health.")
    assert frozenset(("Ivo Rand", "Bill Lask")) in r.collaborations


def test_the_body_a_co_organizer_belongs_to_is_not_its_partner(run):
    r = run(
        "He was speaking at the opening of the 2025 Olvar Road Safety Conference in Arlow, "
        "organised by the Olvar Road Safety Authority (ORSA) in association with the Motor "
        "Traffic Department (MTD) of the Olvar Police Service."
    )
    assert frozenset(("Olvar Road Safety Authority", "Motor Traffic Department")) in \
        r.collaborations
    assert not any("Olvar Police Service" in c for c in r.collaborations)


def test_work_done_through_partners_after_a_signing_is_the_parties_work(run):
    r = run(
        "The Ministry of Education of Brenzia and the Olvar Refugee Agency signed on Wednesday "
        "a partnership agreement on the schooling of refugee children.\n\n"
        "The activities will be implemented through the Arlow Relief Service (ARS) and the "
        "Delta Education Trust, with funding from the Olvar Children Foundation."
    )
    for party in ("Ministry of Education", "Olvar Refugee Agency"):
        for partner in ("Arlow Relief Service", "Delta Education Trust"):
            assert frozenset((party, partner)) in r.collaborations
    assert not any("Olvar Children Foundation" in c for c in r.collaborations)


def test_a_forum_one_body_runs_with_another(run):
    r = run(
        "The Inclusive Framework, the negotiating forum the Organisation for Economic "
        "Co-operation and Development (OECD) runs with the Group of Twenty, adopted the text."
        "\n\nThe Olvar Water Board runs the scheme with funding from the Arlow Development Bank."
    )
    assert frozenset(("Organisation for Economic Co-operation and Development",
                      "Group of Twenty")) in r.collaborations
    assert not any("Arlow Development Bank" in c for c in r.collaborations)


def test_officials_sign_a_letter_of_intent_for_their_bodies(run):
    r = run(
        "The workshop was hosted by the Olvar City Government. On Wednesday, Mayor Ina Kapp of "
        "the Olvar City Government and the vice-chairman of the People's Committee of Arlow, "
        "Mr. Tran Van Hieu, signed a letter of intent on exchanges between the two cities."
    )
    assert frozenset(("Olvar City Government", "People's Committee of Arlow")) in \
        r.collaborations
    assert frozenset(("Ina Kapp", "Tran Van Hieu")) not in r.collaborations


def test_a_header_line_naming_a_host_in_cooperation_with_another(run):
    r = run(
        "Minutes of the annual meeting of the Delta Ombudsmen\n\n"
        "Venue: Olvar Conference Centre, Olvar\n"
        "Host: the Office of the Ombudsman of Olvar, in cooperation with the University of "
        "Olvar\n\n"
        "Participants:\nMr. Ivo Pirez, Ombudsman of Olvar (Chair)\n\n"
        "1.1 The Chair opened the meeting."
    )
    assert frozenset(("Office of the Ombudsman of Olvar", "University of Olvar")) in \
        r.collaborations


def test_a_joint_communique_signed_by_two_chiefs_pairs_their_forces(run):
    r = run(
        "MASERU - The Inspector General of Police of the Olvar National Police (ONP), Dan Rook, "
        "is on a working visit, invited by his counterpart, Commissioner of Police Holo Brandt "
        "of the Brenz Mounted Police Service (BMPS). That visit ended with a joint communique "
        "signed by IGP Rook and Commissioner Brandt."
    )
    assert frozenset(("Olvar National Police", "Brenz Mounted Police Service")) in \
        r.collaborations
