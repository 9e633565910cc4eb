"""Short forms of two words and a title's field between a body and the title (issue 14;
sentences written for these tests)."""

from kg.extract.acronyms import find_acronyms


def test_a_two_word_short_form_is_defined() -> None:
    found = {a.short: a.long for a in find_acronyms(
        "The Harbour Lawyers' Association (HARB LA) met the Regional Office of VELPOL "
        "(RO VELPOL)."
    )}
    assert found["HARB LA"] == "Harbour Lawyers' Association"
    assert found["RO VELPOL"] == "Regional Office of VELPOL"


def test_a_name_in_brackets_is_no_short_form() -> None:
    assert not find_acronyms("She thanked Ms Ana Ruiz (Ms Ruiz) for the report.")


def test_a_two_word_short_form_names_its_body(run):
    r = run(
        "The Harbour Lawyers' Association (HARB LA) joined the forum. Speaking for the "
        "HARB LA, its President, Advocate Mele Tupou, said the lawyers will help."
    )
    assert ("Mele Tupou", "President", "Harbour Lawyers' Association") in r.posts
    assert "HARB LA" in r.actor("Harbour Lawyers' Association").aliases


def test_a_field_between_a_body_and_its_title(run):
    r = run(
        "The Velland Regional Union pledged aid. In Lindau, VRU aid commissioner Tomas "
        "Elgar described the needs. The Harbour Trust and the commissioner Ana Ruiz met."
    )
    assert ("Tomas Elgar", "Commissioner", "Velland Regional Union") in r.posts
    assert not any(p[0] == "Ana Ruiz" and p[2] for p in r.posts)


def test_a_title_s_short_form_is_no_body(run):
    r = run(
        "The Chief Constable of Police (CCP) of the Velland Mounted Police (VMP), Ivo Marek, "
        "arrived on Monday. Ivo Marek, Deputy Inspector General of Police (DIG) of the VMP, spoke."
    )
    assert "DIG" not in r.actors
