"""kg.names: the one theory of when two names are the same, shared by extraction and resolution."""

from __future__ import annotations

import pytest

from kg.extract.actors import fold as extraction_fold
from kg.names import lexicon, name_key, normalize, spelling_form
from kg.resolve import names as resolve_names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Centre for Labour Organisation", "Center for Labor Organization"),
        ("the Centres for Defence Programmes", "Centers for Defense Programs"),
        ("Council for Co-operation", "Council for Cooperation"),
        ("Red Lantern Society's", "Red Lantern Society"),
        ("Sana & Partners", "Sana and Partners"),
        ("J.K. Osei", "JK Osei"),
        ("Müller Stiftung", "Muller Stiftung"),
    ],
)
def test_one_spelling_form_for_names_written_two_ways(a, b):
    assert spelling_form(a) == spelling_form(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Dr. Lena Osei", "Lena Osei"),  # honorifics go only across reports
        ("US Embassy", "American Embassy"),  # one meaning, two phrases
        ("Embassy of Ghana", "Ghanaian Embassy"),
        ("Al-Nasser Foundation", "Al Nasser Foundation"),  # hyphens keep words together
    ],
)
def test_the_spelling_form_keeps_apart_what_only_normalize_joins(a, b):
    assert spelling_form(a) != spelling_form(b)
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    "name",
    [
        "The International Co-operation Centre's Programme",
        "Sana & Partners (Pvt) Ltd.",
        "Ms. Lena Osei-Mensah",
        "Ministry of Labour, Employment and Youth",
        "Ósló Höfn",
    ],
)
def test_the_spelling_form_is_what_extraction_compares(name):
    # extraction's fold is the shared spelling form, not a theory of its own
    assert extraction_fold(name) == spelling_form(name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Centre for Labour Organisation", "Center for Labor Organization"),
        ("Council for Co-operation", "Council for Cooperation"),
        ("Sana & Partners", "Sana and Partners"),
        ("The Coastal Fund", "Coastal Fund"),
    ],
)
def test_names_with_one_spelling_form_have_one_key(a, b):
    # normalize builds on the spelling form: what extraction takes for one name, resolution does
    assert spelling_form(a) == spelling_form(b)
    assert name_key(a) == name_key(b)


def test_an_honorific_is_read_before_the_spelling_form_loses_its_dots():
    # "H.E." is an honorific, the surname "He" is not; the dots tell them apart
    assert normalize("H.E. Lena Osei") == "lena osei"
    assert normalize("He Lena") == "he lena"


def test_the_word_lists_have_one_home():
    lex = lexicon()
    assert {"van", "al", "bin"} <= lex.particles
    assert lex.spellings["labour"] == "labor"
    # resolution reads the same tables and functions, not copies
    assert resolve_names.lexicon is lexicon
    assert resolve_names.normalize is normalize


@pytest.mark.parametrize(
    ("titled", "bare"),
    [
        ("Alhaji Musa Danladi", "Musa Danladi"),
        ("Mallam Idris Sani", "Idris Sani"),
        ("Datuk Seri Lim Kok Wah", "Lim Kok Wah"),
        ("Dato' Sri Aminah Yusof", "Aminah Yusof"),
        ("Tan Sri Rahim Omar", "Rahim Omar"),
        ("Shri Anil Verma", "Anil Verma"),
        ("Smt. Kavita Rao", "Kavita Rao"),
        ("Engr. Bola Ade", "Bola Ade"),
    ],
)
def test_forms_of_address_of_many_countries_are_honorifics(titled, bare):
    assert name_key(titled) == name_key(bare)
    assert resolve_names.display_name(titled) == bare


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("Tan Wei Ming", "tan wei ming"),  # "Tan" alone is a surname, only "Tan Sri" a title
        ("Sri Mulyani Rahayu", "sri mulyani rahayu"),  # "Sri" alone is a given name
        ("Seri Hartono", "seri hartono"),
    ],
)
def test_a_name_that_starts_like_a_form_of_address_keeps_it(name, kept):
    assert normalize(name) == kept


def test_particles_include_those_of_dutch_and_malay_names():
    assert {"ter", "binti", "ul"} <= lexicon().particles
