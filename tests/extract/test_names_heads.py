"""Who heads a body: "headed by X", a country's name inside a head of government's title, a
country's possessive before a title (issue 14; sentences written for these tests)."""


def test_a_body_headed_by_a_person(run):
    r = run(
        "Two missions observed the vote: that of the Velland Regional Union (VRU), headed by "
        "Tomas Elgar, and that of the Harbour Alliance, led by Maria Lopez."
    )
    assert ("Tomas Elgar", "Head", "Velland Regional Union") in r.posts
    assert ("Maria Lopez", "Head", "Harbour Alliance") in r.posts


def test_led_by_a_titled_person_keeps_the_title(run):
    r = run("The Harbour Police, led by Commissioner Ivo Marek, made the arrests on Friday.")
    assert ("Ivo Marek", "Commissioner", "Harbour Police") in r.posts


def test_a_meeting_chaired_by_is_no_post(run):
    r = run("The workshop, chaired by Dr. Ana Ruiz, ended on Friday.")
    assert not any(p[0] == "Ana Ruiz" and p[2] for p in r.posts)


def test_a_country_inside_the_title_leaves_the_name(run):
    r = run("The Chair of the Forum, Prime Minister of Dominica Jonah Petterick, presided.")
    assert r.actors.get("Jonah Petterick") == "Person"


def test_a_country_s_possessive_before_the_title(run):
    r = run(
        "The Velland Regional Union mission was headed by Tomas Elgar, Kenya's former "
        "President, and arrived on Monday."
    )
    assert r.actors.get("Tomas Elgar") == "Person"


def test_a_titled_name_the_model_missed_before_its_body(run):
    r = run(
        "He was received by Commissioner of Police Tavake Moleni of the Velland Mounted "
        "Police Service (VMPS)."
    )
    assert r.actors.get("Tavake Moleni") == "Person"


def test_a_country_office_between_the_body_and_the_title(run):
    r = run("Blue Reef Trust's Fiji country director, Ms. Mele Tupou, signed for the Trust.")
    assert ("Mele Tupou", "Country Director", "Blue Reef Trust") in r.posts


def test_a_policy_lead_of_a_body(run):
    r = run("Ana Ruiz, policy lead of the Open Seas Alliance, said the alliance will fund it.")
    assert ("Ana Ruiz", "Policy Lead", "Open Seas Alliance") in r.posts
