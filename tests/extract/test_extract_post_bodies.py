"""Which body a post is held in: "represented by its", a unit in the possessive body's title,
a head of government named with the country after the title (sentences written for these
tests)."""


def test_represented_by_its_title_goes_to_the_body_just_before(run):
    r = run("The Velland Chess Union signed an agreement with the Harbour Sports Association "
            "(HSA), represented by its secretary general, Mr. Tomas Elgar.")
    assert {(p[0], p[2]) for p in r.posts} == {("Tomas Elgar", "Harbour Sports Association")}


def test_a_unit_after_the_body_s_possessive_is_part_of_the_title(run):
    r = run("The Lakeland Weather Office (LWO) issued the outlook. LWO's Director of "
            "Forecasting Services, Mr. Tomas Elgar, said the office would act.")
    assert {(p[0], p[2]) for p in r.posts} == {("Tomas Elgar", "Lakeland Weather Office")}
    assert "Forecasting Services" not in r.actors


def test_an_ordinal_opens_a_title_after_the_possessive(run):
    r = run("The Harbour Electoral Board (HEB) met in May. The HEB's First Deputy Commissioner "
            "for Field Services, Ms. Ana Ruiz, pledged two courses.")
    assert ("Ana Ruiz", "Harbour Electoral Board") in {(p[0], p[2]) for p in r.posts}


def test_a_head_of_government_of_the_country_named_after_the_title(run):
    r = run("The forum was co-hosted by the Government of Switzerland and the Government of "
            "Chile. It was opened by Ivo Marek, President of the Swiss Confederation, and by "
            "Ana Ruiz, Prime Minister of Chile. President Tom Vale addressed the plenary by video.")
    posts = {(p[0], p[2]) for p in r.posts}
    assert ("Ivo Marek", "Government of Switzerland") in posts
    assert ("Ana Ruiz", "Government of Chile") in posts
    assert ("Tom Vale", "Government of Chile") in posts


def test_a_country_s_government_in_the_possessive(run):
    r = run("Officials met in Lima. Peru's government said it would act. Peruvian President "
            "Ana Ruiz said the visas would continue.")
    assert r.actors.get("Government of Peru") == "Organization"
    assert ("Ana Ruiz", "President", "Government of Peru") in r.posts


def test_a_head_of_government_of_another_people_is_not_the_named_government_s(run):
    r = run("Officials met in Lima. Colombia's government said it would act. Canadian Prime "
            "Minister Tom Vale pledged that Canada would welcome 4,000 people.")
    assert ("Tom Vale", "Prime Minister", "Government of Colombia") not in r.posts


def test_its_title_after_a_sentence_about_one_body_of_several(run):
    r = run("The International Harbour Association (IHA), which had called on the Velland Ports "
            "Council to adopt a goal, welcomed the decision. Its Director General, Tom Vale, "
            "urged states to act.")
    assert ("Tom Vale", "Director General", "International Harbour Association") in r.posts


def test_its_title_is_not_the_body_of_a_sentence_that_made_it(run):
    r = run("The Harbour Assembly created it in 2010 by merging the Velland Water Fund and "
            "the Norland Trust. Its first Director, Ana Holm, spoke.")
    assert ("Ana Holm", "Director", "Harbour Assembly") not in r.posts


def test_the_body_that_elects_someone_as_its_officer(run):
    r = run("LOME, 3 August 2025 - Delegates of the Velland Chess Confederation (VCC) on "
            "Saturday re-elected Norland's Chief Ivo Marek as president for a second term.")
    assert ("Ivo Marek", "President", "Velland Chess Confederation") in r.posts


def test_named_as_something_that_is_no_title_is_no_post(run):
    r = run("The minister named Tom Vale as a hero of the Velland Union.")
    assert not any(p[0] == "Tom Vale" for p in r.posts)
