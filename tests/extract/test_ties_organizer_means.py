"""Organizers told with a means or a second verb: "hosted by A and organized with B", "in
collaboration with B, and with financial support from C", "under the auspices of C", and a
dateline that leaves "A hosted the workshop" parsed as a clause on A."""


def test_hosted_by_a_and_organized_with_b(run):
    r = run(
        "SALVARA, 2 May 2026 - Veterinary officers met in Salvara for the 12th Conference of the "
        "Arlow Animal Health Commission.\n\nThe four-day conference was hosted by the Brenz "
        "Livestock Service and organized with the Delta Office for Animal Health."
    )
    assert ("Delta Office for Animal Health", "organizer") in r.participations
    assert frozenset(("Brenz Livestock Service", "Delta Office for Animal Health")) in \
        r.collaborations


def test_financial_support_coordinated_after_a_partner_is_no_organizer(run):
    r = run(
        "LORVIK, 5 March 2026 - The Arlow Statistics Office hosted on Tuesday the Regional "
        "Workshop on Census Methods, organised in collaboration with the Brenz Demographic "
        "Centre, and with financial support from the Delta Population Fund."
    )
    assert ("Delta Population Fund", "organizer") not in r.participations
    assert frozenset(("Brenz Demographic Centre", "Delta Population Fund")) not in \
        r.collaborations
    assert ("Arlow Statistics Office", "organizer") in r.participations


def test_under_the_auspices_of_is_no_partner(run):
    r = run(
        "The exercise was held in cooperation with the Government of Veldland, under the "
        "auspices of the Polar Rescue Forum, which Veldland chairs this year."
    )
    assert frozenset(("Government of Veldland", "Polar Rescue Forum")) not in r.collaborations


def test_it_holding_a_gathering_is_the_body_the_sentence_before_is_about(run):
    r = run(
        "The Coastal Fisheries Council brings together five coastal states and runs its "
        "secretariat from Port Arlo. Last week it hosted the annual meeting of the Southern "
        "Patrol Task Force in Belmar."
    )
    assert ("Coastal Fisheries Council", "organizer") in r.participations


def test_a_person_hosting_with_her_own_body_is_no_pair(run):
    r = run(
        "The Arlow Youth Fund launched its scholarship programme in Belmar on Monday. Its "
        "Executive Director, Mara Quell, hosted the launch together with the Brenz Teachers "
        "Union."
    )
    assert frozenset(("Mara Quell", "Arlow Youth Fund")) not in r.collaborations
