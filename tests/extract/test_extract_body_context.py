"""Names with no organization head word that their context shows to be bodies, and one-word
bodies (sentences written for these tests)."""


def test_possessor_of_a_title_is_a_body(run):
    r = run("Velpol's executive director, Ambassador Karel Dostan, said the raids had worked.")
    assert r.actors.get("Velpol") == "Organization"
    assert ("Karel Dostan", "Executive Director", "Velpol") in r.posts


def test_what_a_title_is_of_is_a_body_when_it_ends_the_phrase(run):
    r = run(
        "Mira Castell, chief executive of Clearwater Rising and a board member of the "
        "Harbour Trust, spoke first."
    )
    assert r.actors.get("Clearwater Rising") == "Organization"
    assert ("Mira Castell", "Chief Executive", "Clearwater Rising") in r.posts


def test_a_field_after_of_that_goes_on_after_and_is_no_body(run):
    r = run("Tomas Elgar, Head of the Coastal Erosion and Dune Division, opened the session.")
    assert "Coastal Erosion" not in r.actors


def test_apposition_naming_a_kind_of_body(run):
    r = run("The work was coordinated by Norvex, a non-profit that trains rural nurses.")
    assert r.actors.get("Norvex") == "Organization"


def test_apposition_of_a_person_naming_a_trade_is_no_body(run):
    r = run("Hanna Lorvik, the Danish-Kenyan broadcaster who chaired the session, thanked them.")
    assert r.actors.get("Hanna Lorvik") != "Organization"


def test_clause_after_a_place_is_no_apposition(run):
    r = run("Meeting in Lisbon, the Council adopted a short statement.")
    assert "Lisbon" not in r.actors


def test_two_bodies_joined_by_and_stay_two(run):
    r = run(
        "The raids were led by Interpol and Velpol, which pooled their data. "
        "Velpol's director, Karel Dostan, praised the officers."
    )
    assert "Interpol and Velpol" not in r.actors
    assert r.actors.get("Velpol") == "Organization"
