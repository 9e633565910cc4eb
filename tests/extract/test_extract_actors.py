"""Actors and posts: names, title chains, appositions, groups and places, duplicates."""


def test_title_org_name_chain_without_acronym(run):
    r = run(
        "The seminar was opened by Director General Federal Investigation Agency "
        "Ahmad Ishaq Jahangir in Lahore."
    )
    assert r.actors == {
        "Federal Investigation Agency": "Organization",
        "Ahmad Ishaq Jahangir": "Person",
    }
    assert r.posts == {("Ahmad Ishaq Jahangir", "Director General", "Federal Investigation Agency")}


def test_title_org_acronym_name_chain_gives_post(run):
    r = run(
        "Director General Federal Investigation Agency (FIA) Ahmad Ishaq Jahangir "
        "inaugurated the conference on migrant smuggling in Islamabad."
    )
    assert ("Ahmad Ishaq Jahangir", "Director General", "Federal Investigation Agency") in r.posts


def test_title_org_acronym_name_chain_gives_person_and_org(run):
    r = run(
        "Director General Federal Investigation Agency (FIA) Ahmad Ishaq Jahangir "
        "inaugurated the conference on migrant smuggling in Islamabad."
    )
    assert r.actors == {
        "Federal Investigation Agency": "Organization",
        "Ahmad Ishaq Jahangir": "Person",
    }
    assert r.actor("Federal Investigation Agency").aliases == {"FIA"}
    assert r.actor("Federal Investigation Agency").subtype == "GovernmentAgency"


def test_apposition_name_title_of_org(run):
    r = run(
        "Maria Lopez, Deputy Director of the National Border Agency, said that the "
        "checks would continue."
    )
    assert r.actors == {"Maria Lopez": "Person", "National Border Agency": "Organization"}
    assert r.posts == {("Maria Lopez", "Deputy Director", "National Border Agency")}


def test_org_title_name(run):
    r = run("UNODC Executive Director Jane Doe addressed the delegates in Vienna.")
    assert r.posts == {("Jane Doe", "Executive Director", "UNODC")}
    assert r.actors["UNODC"] == "Organization"


def test_abbreviated_title_written_out(run):
    r = run(
        "The Federal Investigation Agency (FIA) hosted the seminar. "
        "FIA DG Ahmad Ishaq Jahangir said more work was needed."
    )
    assert r.posts == {("Ahmad Ishaq Jahangir", "Director General", "Federal Investigation Agency")}


def test_no_post_without_a_title(run):
    r = run("Maria Lopez met officials of the National Border Agency in Madrid.")
    assert r.posts == set()


def test_groups_and_places_are_not_actors(run):
    r = run(
        "Foreign diplomats and civil society members from Islamabad and Pakistan attended "
        "the workshop organized by the National Police Bureau."
    )
    assert r.actors == {"National Police Bureau": "Organization"}
    unnamed = {"Islamabad", "Pakistan", "Foreign diplomats", "civil society members"}
    assert not unnamed & set(r.actors)


def test_acronym_used_bare_later_joins_its_expansion(run):
    r = run(
        "The Federal Investigation Agency (FIA) hosted the seminar in Karachi. "
        "Officers of the FIA then presented three cases. The FIA thanked the donors."
    )
    orgs = [a for a in r.facts.actors if a.type == "Organization"]
    assert [a.name for a in orgs] == ["Federal Investigation Agency"]
    assert orgs[0].aliases == {"FIA"}


def test_surname_alone_later_joins_full_name(run):
    r = run(
        "Maria Lopez, Deputy Director of the National Border Agency, opened the meeting. "
        "Lopez said the agency would hire more staff."
    )
    people = [a for a in r.facts.actors if a.type == "Person"]
    assert [a.name for a in people] == ["Maria Lopez"]
    assert "Lopez" in people[0].aliases


def test_two_people_sharing_no_name_stay_apart(run):
    r = run("Maria Lopez met Ahmad Ishaq Jahangir in Madrid. Lopez and Jahangir then spoke.")
    assert sorted(n for n, t in r.actors.items() if t == "Person") == [
        "Ahmad Ishaq Jahangir",
        "Maria Lopez",
    ]


def test_actor_ids_are_report_local_and_unique(run):
    r = run(
        "The Federal Investigation Agency (FIA) and the National Border Agency met. "
        "Maria Lopez spoke."
    )
    ids = [a.id for a in r.facts.actors]
    assert ids == [f"a{n}" for n in range(1, len(ids) + 1)]


def test_weekday_after_org_not_part_of_its_name(run):
    r = run(
        "The seminar was organized with the National Border Agency on Wednesday. "
        "The National Border Agency trains guards."
    )
    assert r.actors == {"National Border Agency": "Organization"}


def test_a_body_posted_abroad_keeps_its_place_in_its_name(run):
    r = run("The Embassy of Sri Lanka in Manama and the United Nations Integrated Office in "
            "Haiti welcomed the plan. A workshop in Lahore followed.")
    assert "Embassy of Sri Lanka in Manama" in r.actors
    assert "United Nations Integrated Office in Haiti" in r.actors


def test_a_community_is_a_body_and_its_secretariat_another(run):
    r = run("Ministers of the Southern African Development Community (SADC) met. The SADC "
            "Secretariat will host the database.")
    assert r.actors.get("Southern African Development Community") == "Organization"
    assert r.actors.get("SADC Secretariat") == "Organization"


def test_a_country_is_no_actor_whatever_its_head_word(run):
    r = run("Officials of the Russian Federation met the Government of the Russian Federation "
            "and the Republic of Moldova in Chisinau. Briefing the Council, Rosa Mendez spoke.")
    assert "Russian Federation" not in r.actors
    assert "Officials of the Russian Federation" not in r.actors
    assert "Republic of Moldova" not in r.actors
    assert "Briefing the Council" not in r.actors
    assert r.actors.get("Government of the Russian Federation") == "Organization"


def test_a_plural_head_names_no_one_body(run):
    r = run("Investigators from the 17 Police Regional Offices attended. The Armed Forces, the "
            "Border Services and the Network of Civil Society Organisations helped.")
    assert "Police Regional Offices" not in r.actors
    assert {"Armed Forces", "Border Services", "Network of Civil Society Organisations"} <= set(
        r.actors)


def test_an_honorific_opens_a_name_the_model_missed(run):
    r = run("Ms Karin Lindqvist of IOM praised the agency.")
    assert r.actors.get("Karin Lindqvist") == "Person"


def test_the_particles_of_a_surname_are_part_of_the_name(run):
    r = run("The training opened in Tirana. Marieke van den Berg, Head of Office of the Child "
            "Rights Centre, welcomed the officers.")
    assert r.actors.get("Marieke van den Berg") == "Person"


def test_a_given_name_the_dateline_date_swallowed_is_taken_back(run):
    r = run("TIRANA, May 4 - Marieke van den Berg, Head of Office of the Child Rights Centre, "
            "welcomed the officers.")
    assert r.actors.get("Marieke van den Berg") == "Person"


def test_international_ends_an_organization_name(run):
    r = run("The project is run by Winrock International with the Ministry of Labour.")
    assert r.actors.get("Winrock International") == "Organization"
