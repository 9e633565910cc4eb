"""Programmes, initiatives, facilities and funds are no actors unless the text shows a body
(GUIDE: programmes and funds are not actors); hyphenated surnames after a particle or an
apostrophe, and a name before a body's possessive title (issue 14; sentences written for these
tests)."""


def test_schemes_with_no_body_are_not_actors(run):
    r = run(
        "Ministers signed the Harbour Grain Initiative on Monday. The Northern Fisheries Agency "
        "pledged $3 million for the Coastal Patrol Fund, and the Bank said it would release money "
        "from its Rapid Response Facility. The Council decided to establish a Joint Weather "
        "Satellite Programme. Part of the money goes to the Heritage Rescue Fund of the Agency."
    )
    for name in ("Harbour Grain Initiative", "Coastal Patrol Fund", "Rapid Response Facility",
                 "Joint Weather Satellite Programme", "Heritage Rescue Fund of the Agency"):
        assert name not in r.actors, name
    assert r.actors.get("Northern Fisheries Agency") == "Organization"


def test_schemes_that_show_a_body_stay(run):
    r = run(
        "The Green Valley Cocoa Initiative (GVCI) held its meeting; the GVCI's head of policy, "
        "Dr. Ana Tembo, spoke. Member states of the Lake Basin Initiative also attended, with "
        "the World Food Programme and the International Fund for Agricultural Development."
    )
    for name in ("Green Valley Cocoa Initiative", "Lake Basin Initiative", "World Food Programme",
                 "International Fund for Agricultural Development"):
        assert r.actors.get(name) == "Organization", name


def test_a_hyphenated_surname_after_a_particle(run):
    r = run(
        "Dr. Anaïs Le Pen-Tuilagi, Team Coordinator for laboratory strengthening at the Pacific "
        "Health Office, urged countries to share samples."
    )
    assert r.actors.get("Anaïs Le Pen-Tuilagi") == "Person"


def test_a_scheme_that_gives_support_is_a_body(run):
    r = run("The two-day course received support from the Bloomberg Road Safety Initiative.")
    assert r.actors.get("Bloomberg Road Safety Initiative") == "Organization"


def test_a_scheme_that_signs_or_meets_is_a_body(run):
    r = run(
        "The Upper Lake Commission (ULC) and the River Delta Initiative (RDI) on Monday signed a "
        "memorandum. The Coastal Towns Initiative held its second summit in Port Vale."
    )
    assert r.actors.get("River Delta Initiative") == "Organization"
    assert r.actors.get("Coastal Towns Initiative") == "Organization"
