"""Which names are actors, and where they begin and end (sentences written for these tests)."""


def test_universities_companies_and_parties_are_organizations(run):
    r = run(
        "Researchers from Lakeshore State University and the Halden Freight Company met "
        "leaders of the Green Renewal Party in Tromsø."
    )
    assert r.actors.get("Lakeshore State University") == "Organization"
    assert r.actors.get("Halden Freight Company") == "Organization"
    assert r.actors.get("Green Renewal Party") == "Organization"


def test_body_named_with_an_acronym_needs_no_head_word(run):
    r = run(
        "Talks continued with the outlawed Harakat-e-Jadid Movimento (HJM), and "
        "Oda Lind, a leader of the Popular Citizens' Front (PCF), welcomed them."
    )
    assert r.actors.get("Popular Citizens' Front") == "Organization"
    assert r.actor("Popular Citizens' Front").aliases == {"PCF"}


def test_dateline_in_capitals_below_a_headline_is_no_actor(run):
    r = run(
        "Flood talks end in Lagos\n\nLAGOS, March 3 (NAN) - The National Flood Agency "
        "closed the meeting on Sunday."
    )
    assert "LAGOS" not in r.actors and "NAN" not in r.actors
    assert r.actors.get("National Flood Agency") == "Organization"


def test_charters_storms_and_diseases_are_not_actors(run):
    r = run(
        "The Coastal Relief Society said Cyclone Marva and COVID-19 had strained budgets, "
        "and recalled the Charter of the Ocean States."
    )
    assert r.actors == {"Coastal Relief Society": "Organization"}


def test_surname_particles_and_hyphens_stay_in_the_name(run):
    r = run(
        "Commission President Greta von der Aalst attended, as did Minister Karim bint Saleh "
        "Al Nuaimi and Prime Minister Park Sung-min."
    )
    assert r.actors.get("Greta von der Aalst") == "Person"
    assert r.actors.get("Park Sung-min") == "Person"


def test_portfolio_after_a_title_is_neither_name_nor_body(run):
    r = run(
        "Deputy Minister of Coastal Affairs Lina Okafor and High Commissioner for Refugees "
        "Pedro Alves met Minister for Fisheries and Ports Safety Tomas Lee."
    )
    assert set(r.actors) == {"Lina Okafor", "Pedro Alves", "Tomas Lee"}
    assert ("Pedro Alves", "High Commissioner for Refugees", None) in r.posts


def test_minister_not_given_another_country_s_ministry(run):
    r = run(
        "The forum was backed by the Danish Ministry of Foreign Affairs. "
        "Chile's Foreign Minister Rosa Prieto spoke first."
    )
    assert ("Rosa Prieto", "Foreign Minister", "Danish Ministry of Foreign Affairs") not in r.posts


def test_loose_acronym_long_form_keeps_the_owner_acronym(run):
    r = run(
        "The agency worked with UNDP and the OECD Open Budget Group for Southern Africa (OBG). "
        "The OBG praised the reform."
    )
    assert r.actor("OECD Open Budget Group for Southern Africa").aliases == {"OBG"}


def test_body_named_with_a_list_of_fields_is_whole(run):
    r = run(
        "Officials of the Ministry of Ports, Inland Waterways and Coastal Shipping met the "
        "Regional Office of the Directorate of Mines, Quarries, Minerals and Explosives."
    )
    ministry = "Ministry of Ports, Inland Waterways and Coastal Shipping"
    office = "Regional Office of the Directorate of Mines, Quarries, Minerals and Explosives"
    assert r.actors.get(ministry) == "Organization"
    assert r.actors.get(office) == "Organization"


def test_and_the_field_of_goes_on_with_the_name(run):
    r = run(
        "The Agency for Rural Literacy and the Advancement of Farmers signed with the "
        "Ministry of Agriculture and the National Seed Board."
    )
    agency = "Agency for Rural Literacy and the Advancement of Farmers"
    assert r.actors.get(agency) == "Organization"
    assert r.actors.get("National Seed Board") == "Organization"


def test_programmes_and_funds_of_a_body_are_not_actors(run):
    r = run(
        "The Harbour Foundation Scholars Program, the WHO Work Programme and the Coastal "
        "Multi-Donor Trust Fund were discussed by the UN Environment Programme."
    )
    assert set(r.actors) == {"UN Environment Programme"}


def test_numbered_session_is_not_the_body(run):
    r = run("Delegates gathered for the 52nd Assembly of the Union of Island Parliaments.")
    assert set(r.actors) == {"Union of Island Parliaments"}


def test_list_of_bodies_is_not_a_list_of_fields(run):
    r = run(
        "Scholars came from the University of Northern Lakes, Ridgeway University and "
        "Harlow College."
    )
    assert {"University of Northern Lakes", "Ridgeway University"} <= set(r.actors)
    assert not any("," in name for name in r.actors)
