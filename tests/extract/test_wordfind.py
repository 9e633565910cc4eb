"""The str.find searches of kg/extract/wordfind.py give exactly what the regexes they replace
give (speed work: facts must not change). Texts and names written here, then random ones."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.wordfind import (
    _word_char,
    ends_with_of,
    names_spans,
    stands_alone,
    stands_as_word,
    word_spans,
)


def _by_regex(text: str, word: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def _names_by_regex(text: str, names: list[str]) -> list[tuple[int, int]]:
    pattern = "|".join(re.escape(n) for n in names)
    return [m.span() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]


def test_a_surname_alone_not_inside_a_word_or_a_hyphenated_name():
    text = "Okafor spoke; Okafor-Ade and Okaforo did not. (Okafor) agreed, as did Okafor_1."
    assert word_spans(text, "Okafor") == _by_regex(text, "Okafor") == [(0, 6), (47, 53)]


def test_overlapping_repeats_resume_after_a_match():
    text = "aa aaa aa-aa aa"
    assert word_spans(text, "aa") == _by_regex(text, "aa")


def test_the_longest_name_wins_where_two_begin():
    text = "Maria Lopez Garcia met Maria Lopez and Lopez Garcia in Lopez."
    names = ["Maria Lopez Garcia", "Maria Lopez", "Lopez Garcia", "Lopez"]
    assert names_spans(text, names) == _names_by_regex(text, names)
    assert names_spans(text, names)[0] == (0, 18)


def test_a_shorter_name_where_the_longer_is_not_alone():
    text = "Ana Ruiz-Vega and Ana Ruiz"
    names = ["Ana Ruiz-Vega", "Ana Ruiz"]
    assert names_spans(text, ["Ana Ruiz"]) == _names_by_regex(text, ["Ana Ruiz"]) == [(18, 26)]
    assert names_spans(text, names) == _names_by_regex(text, names)


def test_unicode_letters_and_digits_are_word_characters():
    text = "Müller, Zoë, Ålund, Ngozi² and Ngozi met in São Paulo; Ngozi٣ left."
    for word in ("Müller", "Zoë", "Ngozi", "Paulo", "São"):
        assert word_spans(text, word) == _by_regex(text, word)
        assert stands_alone(text, word) == bool(_by_regex(text, word))


def test_a_venue_word_stands_alone():
    assert stands_alone("Kigali Serena Hotel", "Hotel")
    assert not stands_alone("Armenia International Airports CJSC", "Airport")
    assert not stands_alone("the Hotel-School", "Hotel")


def test_word_characters_are_those_of_the_re_module():
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(filter(_word_char, every)) == "".join(re.findall(r"\w", every))


_ALPHABET = st.sampled_from(list("ab -_.é1²\n"))


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.text(_ALPHABET, min_size=1, max_size=4))
def test_word_spans_as_the_regex(text, word):
    assert word_spans(text, word) == _by_regex(text, word)
    assert stands_alone(text, word) == bool(_by_regex(text, word))


@settings(max_examples=300, deadline=None)
@given(
    st.text(_ALPHABET, max_size=40),
    st.lists(st.text(_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=4, unique=True),
)
def test_names_spans_as_the_regex(text, names):
    names = sorted(names, key=len, reverse=True)
    assert names_spans(text, names) == _names_by_regex(text, names)


def _of_by_regex(text: str, name: str) -> bool:
    return re.search(rf"\bof (?:the )?{re.escape(name)}$", text) is not None


def test_a_unit_named_of_its_body():
    for text, name in [
        ("Space Applications Section of UNOOSA", "UNOOSA"),
        ("Legal Unit of the Harbour Agency", "Harbour Agency"),
        ("Friends of the Harbour Agency\n", "Harbour Agency"),
        ("Chief-of UNOOSA", "UNOOSA"),
        ("Proof UNOOSA", "UNOOSA"),
        ("Section of UNOOSA Velland", "UNOOSA"),
        ("of the the Agency", "the Agency"),
    ]:
        assert ends_with_of(text, name) == _of_by_regex(text, name), text


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("of the-_é1\n")), max_size=24),
       st.text(st.sampled_from(list("the o\n")), min_size=1, max_size=5))
def test_ends_with_of_as_the_regex(text, name):
    assert ends_with_of(text, name) == _of_by_regex(text, name)


def _as_word_by_regex(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def test_a_name_standing_as_a_word():
    for text, word in [
        (" 32nd meeting of the mrc council ", "mrc council"),
        (" the mrc-council meeting ", "mrc"),  # a hyphen beside it: still a word
        (" the amrc council ", "mrc"),
        (" mrc_x ", "mrc"),
        (" café ", "caf"),
        ("mrc", "mrc"),
    ]:
        assert stands_as_word(text, word) == _as_word_by_regex(text, word), (text, word)


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=40), st.text(_ALPHABET, min_size=1, max_size=5))
def test_stands_as_word_as_the_regex(text, word):
    assert stands_as_word(text, word) == _as_word_by_regex(text, word)
