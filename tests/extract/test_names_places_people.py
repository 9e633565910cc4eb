"""People the model takes for places or bodies, bodies named with their country, a second
acronym, places governed (issue 14; sentences written for these tests)."""


def test_a_name_after_a_form_of_address_is_a_person(run):
    r = run("Delegates elected Cde. Tamara Velsko of the Harbour Workers Union as President.")
    assert r.actors.get("Tamara Velsko") == "Person"


def test_people_listed_after_their_country_s_possessive(run):
    r = run(
        "Norway's Jonas Gahr Store, Finland's Sanna Marin, Iceland's Katrin Jakobsdottir and "
        "Sweden's Stefan Lofven attended the meeting."
    )
    for name in ("Sanna Marin", "Katrin Jakobsdottir"):
        assert r.actors.get(name) == "Person"


def test_a_surname_particle_los(run):
    r = run("The meeting was chaired by the Bank's president, Lucia de los Rios, in Lima.")
    assert "Lucia de los Rios" in r.actors


def test_a_place_a_comma_and_a_titled_name_is_the_person(run):
    r = run(
        "The signing was witnessed by the county governor of Vastmark, Lars-Olof Berglind, "
        "and students."
    )
    assert r.actors.get("Lars-Olof Berglind") == "Person"
    assert not any("Vastmark" in n for n in r.actors)


def test_the_place_a_mayor_governs_is_no_body(run):
    r = run("The agreement was signed by the Mayor of Tarvos, Ivo Marek, on Monday.")
    assert "Tarvos" not in r.actors


def test_a_state_body_keeps_its_country(run):
    r = run(
        "Mr. Ivo Marek, Director of the Water Resources Service of the Kyrgyz Republic, "
        "presented the forecast."
    )
    assert "Water Resources Service of the Kyrgyz Republic" in r.actors
    assert (
        "Ivo Marek", "Director", "Water Resources Service of the Kyrgyz Republic"
    ) in r.posts


def test_a_second_acronym_known_in_another_language(run):
    r = run(
        "The talks were organised by the Regional Fisheries Organisation (RFO), known in "
        "French as the ORP, in Dakar. The ORP will publish the results."
    )
    rfo = r.actor("Regional Fisheries Organisation")
    assert rfo is not None and "ORP" in rfo.aliases
    assert "ORP" not in r.actors


def test_a_body_named_in_full_of_another_body_is_two_bodies(run):
    r = run(
        "The Velland Council for Fisheries Research Policy of the Ministry of Agriculture, "
        "Livestock and Irrigation met on Monday."
    )
    assert "Velland Council for Fisheries Research Policy" in r.actors
    assert "Ministry of Agriculture, Livestock and Irrigation" in r.actors


def test_a_department_of_a_head_word_stays_one_name(run):
    r = run("The Department of the Navy of Velland signed the contract on Monday.")
    assert not any(n == "Navy" for n in r.actors)
