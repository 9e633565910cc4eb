"""Titles, names and bodies in shapes issue 14 found missed (sentences written for these tests)."""


def test_a_lowercase_field_then_the_body_at_which_the_holder_works(run):
    r = run("Lena Orvik, deputy director for water quality at the Institute of Freshwater "
            "Research, said samples would be shared.")
    assert ("Lena Orvik", "Deputy Director for Water Quality",
            "Institute of Freshwater Research") in r.posts


def test_a_minister_of_a_portfolio_of_a_country_serves_that_country_s_ministry(run):
    r = run("Mr. Tavo Renn, Minister of Water Resources of the Republic of Ghana, chaired the "
            "meeting. The Ministry of Water Resources of the Republic of Ghana sent experts.")
    assert ("Tavo Renn", "Minister of Water Resources",
            "Ministry of Water Resources of the Republic of Ghana") in r.posts


def test_a_minister_of_one_country_is_not_given_another_country_s_ministry(run):
    r = run("The co-chairs were Dr. Salma Idris, Minister of Energy and Water of Kenya, and "
            "Lia Souza, Vice Minister at Brazil's Ministry of Water and Energy, who spoke first.")
    assert not any(p[0] == "Salma Idris" and p[2] for p in r.posts)


def test_a_rank_word_before_the_title_keeps_the_body_named_first(run):
    r = run("The Northern Basin Water Forum (NBWF) met in Tarnow. NBWF General Coordinator "
            "Paulo Lima thanked the hosts.")
    assert ("Paulo Lima", "General Coordinator", "Northern Basin Water Forum") in r.posts


def test_a_titled_name_before_of_is_a_person_not_part_of_the_body(run):
    r = run("The signatories were Bishop Arvo Kettunen of the Lutheran Church of Estonia, "
            "Bishop Pavel Ilves of the Orthodox Church of Estonia, and Father Jan Sobieski.")
    assert r.actors.get("Pavel Ilves") == "Person"
    assert r.actors.get("Orthodox Church of Estonia") == "Organization"
    assert r.actors.get("Jan Sobieski") == "Person"
    assert ("Pavel Ilves", "Bishop", "Orthodox Church of Estonia") in r.posts


def test_a_body_named_in_the_plural(run):
    r = run("The Northern Centres for Disease Control and Prevention (Northern CDC) convened "
            "the meeting on Monday in Lome.")
    assert r.actors.get("Northern Centres for Disease Control and Prevention") == "Organization"


def test_a_trade_only_a_body_carries_on_before_its_name(run):
    r = run("LIMA, 3 March 2026 - Mobile operator Rapido Celular today signed an agreement with "
            "the Ministry of Education. The Lima consultancy Macroandes praised it.")
    assert r.actors.get("Rapido Celular") == "Organization"
    assert r.actors.get("Macroandes") == "Organization"


def test_a_person_s_apposition_naming_a_trade_stays_a_person(run):
    r = run("Mark Owusu, the British broadcaster who moderated the session, thanked the donors.")
    assert r.actors.get("Mark Owusu") == "Person"


def test_a_mayor_and_a_councillor_serve_the_municipality_and_the_council(run):
    r = run("Tarvik Regional Council met on Tuesday at City Hall. Mayor Dana Kell chaired the "
            "meeting. The Tarvik Regional Municipality will publish the figures. Councillor Ana "
            "Ruiz thanked staff.")
    assert ("Dana Kell", "Mayor", "Tarvik Regional Municipality") in r.posts
    assert ("Ana Ruiz", "Councillor", "Tarvik Regional Council") in r.posts


def test_a_unit_named_before_at_goes_to_the_title(run):
    r = run("Dr. Ana Koff, Chief of the Storm Warning Services Division at the World Weather "
            "Agency, presented the system.")
    assert ("Ana Koff", "Chief of the Storm Warning Services Division",
            "World Weather Agency") in r.posts


def test_a_body_of_its_own_named_before_at_keeps_the_post(run):
    r = run("Kofi Mensah, Director of the Judicial Training Institute at the University of "
            "Lome, opened the course.")
    assert any(p[0] == "Kofi Mensah" and p[2] == "Judicial Training Institute" for p in r.posts)
