"""Governments named by their country or people, peoples that are no actors, venues named by an
acronym, and heads of state matched to their governments (sentences written for these tests)."""

from kg.extract.governments import country_named, same_stem
from kg.extract.lexicon import lexicon


def test_a_people_names_its_country():
    lex = lexicon()
    assert country_named("Kenyan", lex) == "Kenya"
    assert country_named("Chilean", lex) == "Chile"
    assert country_named("Norwegian", lex) == "Norway"  # from the lexicon's irregular ones
    assert country_named("Bela", lex) is None  # shorter than any country it begins


def test_a_stem_is_not_a_longer_name():
    assert same_stem("chilean", "chile")
    assert not same_stem("commonwealth", "commonwealth of dominica")


def test_the_people_government_is_the_government_of_the_country(run):
    r = run("Before the talks the Norwegian government said it would give $40 million.")
    assert r.actors.get("Government of Norway") == "Organization"


def test_government_officials_are_people_not_the_body(run):
    r = run("Norwegian government officials welcomed the delegates in Oslo.")
    assert "Government of Norway" not in r.actors


def test_government_of_a_people_s_president(run):
    r = run("The government of Chilean President Ana Ruiz opened the segment on Monday.")
    assert ("Ana Ruiz", "President", "Government of Chile") in r.posts


def test_a_people_before_a_title_is_no_body(run):
    r = run(
        "Visiting Chilean President Ana Ruiz met President Ivo Marek of the Government of "
        "Croatia and the Government of Chile on Tuesday."
    )
    assert "Chilean" not in r.actors
    assert ("Ana Ruiz", "President", "Government of Chile") in r.posts


def test_two_presidents_two_governments(run):
    r = run(
        "Visiting Chilean President Ana Ruiz and President Ivo Marek signed the accord "
        "between the Government of Croatia and the Government of Chile."
    )
    assert ("Ivo Marek", "President", "Government of Croatia") in r.posts


def test_venue_acronym_is_no_body(run):
    r = run(
        "The summit met at the Lakeshore International Convention Centre (LICC). "
        "Delegates left LICC late on Friday."
    )
    assert "LICC" not in r.actors
