"""Organizers: a body named in a relative clause of the agent only qualifies an organizer; a
person who hosts organizes."""


def test_a_body_in_a_relative_clause_of_the_organizers_is_no_organizer(run):
    r = run(
        "The Ministerial Roundtable on Clean Cooling was organized by the Cold Chain Alliance, "
        "which the Arlow Energy Agency leads, and the Brenz Climate Office."
    )
    assert ("Cold Chain Alliance", "organizer") in r.participations
    assert ("Arlow Energy Agency", "organizer") not in r.participations
    assert not any("Arlow Energy Agency" in p for p in r.collaborations)
    assert frozenset({"Cold Chain Alliance", "Brenz Climate Office"}) in r.collaborations


def test_a_person_who_hosts_a_gathering_organizes_it(run):
    r = run(
        "The Regional Water Summit, co-hosted by Prime Minister Peter Lund, the Arlow River "
        "Commission and the Brenz Water Council, opened in Port Vila on Monday."
    )
    assert ("Peter Lund", "organizer") in r.participations
