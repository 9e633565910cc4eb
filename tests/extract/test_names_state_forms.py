"""A country written in its state form is a place, not an actor, whichever rule met it (a roster's
body field, a possessive before a title); a head of state of one republic is not given another
republic's government (issue 14; sentences written for these tests)."""


def test_a_roster_of_presidents_of_republics(run):
    r = run(
        "Leaders meet in Port Vale\n\nPORT VALE, 3 March 2025 - The summit was attended by:\n"
        "   - H.E. Tomas Ferreira Santos, President of the Togolese Republic;\n"
        "   - H.E. Amadou Njie Barrow, President of the Republic of The Gambia;\n"
        "   - H.E. Kofi Mensah Addo, President of the Republic of Ghana.\n"
        "The Government of the Republic of Ghana hosted the meeting."
    )
    assert "Togolese Republic" not in r.actors
    assert "Republic of The Gambia" not in r.actors
    assert r.actors.get("Government of the Republic of Ghana") == "Organization"
    held = {(p, o) for p, _, o in r.posts}
    assert ("Tomas Ferreira Santos", "Government of the Republic of Ghana") not in held
    assert ("Amadou Njie Barrow", "Government of the Republic of Ghana") not in held


def test_a_body_ends_at_the_line_break_of_a_header(run):
    r = run(
        "HARBOUR STATES UNION\n"
        "Ninth Ordinary Session of the Assembly of Heads of State and Government\n"
        "Port Vale, Republic of Ruritania, 15 December 2024\n\nFINAL COMMUNIQUE\n\n"
        "1. The Assembly of Heads of State and Government of the Harbour States Union held its "
        "Ninth Ordinary Session in Port Vale. The Ministry of\nHealth and Sanitation attended."
    )
    assert not any("Port Vale" in name for name in r.actors)
    assert r.actors.get("Ministry of Health and Sanitation") == "Organization"
