"""Organizers and pairs told around a gathering: "it" holding a gathering is the body the
sentence before is about; a person hosting with her own body is no pair."""


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
