"""Names that are no actor: wires and outlets in datelines, issuer lines, a field inside a title,
places the model takes for people, research stations, a year after a body's name (issue 14;
sentences written for these tests)."""


def test_a_wire_service_of_several_words_in_a_dateline(run):
    r = run(
        "Ministers agree on river data\n\nKASANE, Aug. 4 (Southern Rivers Wire) - The Zambezi "
        "Basin Authority agreed on Monday to share its data."
    )
    assert "Southern Rivers Wire" not in r.actors
    assert r.actors.get("Zambezi Basin Authority") == "Organization"


def test_a_dateline_with_a_country_and_an_agency(run):
    r = run(
        "Seeds arrive\n\nTROMSO, Norway, Mar 3 (Polar Press Agency) - The Arctic Seed Trust "
        "received new boxes on Tuesday."
    )
    assert "Polar Press Agency" not in r.actors


def test_an_issuer_line_is_metadata(run):
    r = run(
        "Institutes sign agreement\nSource: Press Office, Velland Polar Institute\n\n"
        "The Velland Polar Institute and the Harbour Ocean Institute signed an agreement."
    )
    assert "Press Office" not in r.actors
    assert r.actors.get("Velland Polar Institute") == "Organization"


def test_a_field_inside_a_title_is_no_body(run):
    r = run(
        "Press contact: Ana Ruiz, Head of Communications, Velland Rail Authority. The "
        "Authority's Director of Environmental Management, Ivo Marek, and its Head of "
        "International Cooperation, Lena Ortiz, spoke."
    )
    for name in ("Communications", "Environmental Management", "International Cooperation"):
        assert name not in r.actors, name
    assert r.actors.get("Ana Ruiz") == "Person"


def test_a_body_beginning_with_international_stays_a_body(run):
    r = run("The clinic was opened on Monday by International Medical Relief and the Red Cross.")
    assert r.actors.get("International Medical Relief") == "Organization"


def test_the_dateline_place_is_no_person_later(run):
    r = run(
        "Institutes sign\n\nPORT ARVEN - The Velland Polar Institute signed the deal at its "
        "offices. The governor said she would promote Port Arven as a gateway to the ice."
    )
    assert "Port Arven" not in r.actors


def test_a_name_before_a_geographic_noun_is_a_place(run):
    r = run(
        "The Harbour Ports Company will study a corridor between Velland's Al Sharqi coast and "
        "the northern ports."
    )
    assert "Al Sharqi" not in r.actors


def test_a_place_and_its_municipality_are_a_body(run):
    r = run(
        "The Puerto Lindo municipality and the Harbour Chamber of Commerce signed an "
        "agreement on Monday."
    )
    assert r.actors.get("Puerto Lindo municipality") == "Organization"


def test_research_stations_are_places(run):
    r = run(
        "The institutes will share Velland's Professor Ana Ruiz Station and Harbour's King "
        "Arvid Station for three years."
    )
    assert not any("Station" in n for n in r.actors)


def test_a_year_ends_no_body_s_name(run):
    r = run("The Council of the Velland Space Union approved the budget of the Union for 2026.")
    assert not any(n.endswith("2026") for n in r.actors)
