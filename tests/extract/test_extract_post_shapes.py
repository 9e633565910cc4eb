"""Posts in the shapes issue 14 found missed or wrong (sentences written for these tests)."""


def test_former_title_is_no_post(run):
    r = run("The mission was headed by Ivo Marek, a former President of the Velland Union.")
    assert not any(p[0] == "Ivo Marek" and p[2] for p in r.posts)


def test_then_title_is_no_post(run):
    r = run("The plan was drafted by then Director Lena Voss of the Harbour Authority.")
    assert not any(p[0] == "Lena Voss" and p[2] for p in r.posts)


def test_an_officer_of_a_body(run):
    r = run("They were met by Tomas Elgar, an officer of the Northern Ports Authority, in Oslo.")
    assert ("Tomas Elgar", "Officer", "Northern Ports Authority") in r.posts


def test_two_titles_of_a_capitalized_the_body(run):
    r = run("Ines Maro, President and CEO of The Lakeside Foundation, announced the grants.")
    assert {(p[0], p[2]) for p in r.posts} == {("Ines Maro", "Lakeside Foundation")}


def test_the_mayor_s_staff_serve_the_city_government(run):
    r = run(
        "The Municipal Government of Tarvos and the City Government of Lindau signed the "
        "pact. Several Lindau officials looked on: the mayor's chief of staff, Ines Maro, "
        "and the city's tourism chief, Ivo Marek."
    )
    assert ("Ines Maro", "Chief of Staff", "City Government of Lindau") in r.posts
    assert ("Ivo Marek", "Chief", "City Government of Lindau") in r.posts


def test_two_titles_joined_by_and_are_two_posts(run):
    r = run(
        "The Government of Velland signed the loan. The Ministry of Finance will manage it. "
        "Deputy Prime Minister and Finance Minister Ana Ruiz witnessed the signing."
    )
    assert ("Ana Ruiz", "Deputy Prime Minister", "Government of Velland") in r.posts
    assert ("Ana Ruiz", "Finance Minister", "Ministry of Finance") in r.posts


def test_acronym_long_form_stops_at_a_name_and_title(run):
    r = run(
        "Ivo Marek, Director of the Lakeland Centre for Water Studies (LACEWS) in Oslo, spoke."
    )
    assert r.actors.get("Ivo Marek") == "Person"
    assert ("Ivo Marek", "Director", "Lakeland Centre for Water Studies") in r.posts


def test_a_member_and_a_leader_of_bodies(run):
    r = run(
        "Ministers took part, as did Tomas Elgar, a member of the National Assembly, and "
        "Lena Voss, a leader of the Green Valley Party."
    )
    assert ("Tomas Elgar", "Member", "National Assembly") in r.posts
    assert ("Lena Voss", "Leader", "Green Valley Party") in r.posts
