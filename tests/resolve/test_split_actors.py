"""One actor, two ids: the kinds of split that resolution must join, each with its near misses.

Each rule is checked on names written for this file: the join it makes, and the pairs that look
alike but are two actors (two people sharing a first name, an institute beside its bank, the
offices of one organization in two countries).
"""

from __future__ import annotations

import pytest

from kg.resolve import resolve
from kg.resolve.persons import equivalent, parse, relation

from .sample import NO_REGISTRY, build, by_name, person


def clusters(resolution) -> set[frozenset[str]]:
    return {frozenset({a.name, *a.aliases}) for a in resolution.actors.values()}


def together(resolution, a: str, b: str) -> bool:
    return by_name(resolution, a).id == by_name(resolution, b).id


# --- one person, two romanizations of the surname -------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ramesh Shrivastava", "Ramesh Srivastava"),  # an aspirated "sh" written or not
        ("Kamal Bhattacharya", "Kamal Battacharya"),
        ("Nasir Chowdhury", "Nasir Choudhury"),  # "ow" and "ou" for one vowel
        ("Imran Dawood", "Imran Daood"),
    ],
)
def test_transliterations_of_one_surname_are_one_person(a, b):
    assert relation(parse(a), parse(b)) == "same"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ramesh Sharma", "Ramesh Verma"),  # one first name, two surnames
        ("Priya Sathe", "Priya Shetty"),  # one skeleton ("st"), two surnames
        ("Farhan Shah", "Farhan Saha"),
        ("Anita Bhatia", "Anita Batra"),
    ],
)
def test_one_first_name_and_two_surnames_are_two_people(a, b):
    assert relation(parse(a), parse(b)) in (None, "conflict")


def test_a_short_surname_is_no_spelling_of_a_long_one_with_its_consonants():
    # skeletons agree ("bn") once the aspiration goes, but four letters apart is two names
    assert not equivalent("ban", "bhuiyan")
    assert not equivalent("sharon", "soren")  # one skeleton ("srn"), letters far apart
    assert equivalent("shanghvi", "sanghvi")


def test_two_spellings_of_one_person_in_one_report_are_merged():
    facts = build("pharma.txt", person("Vinod Shanghvi"), person("Vinod Sanghvi"),
                  person("Vinod Singh"))
    result = resolve([facts], registry=NO_REGISTRY)
    assert together(result, "Vinod Shanghvi", "Vinod Sanghvi")
    assert not together(result, "Vinod Shanghvi", "Vinod Singh")


def test_a_bare_surname_of_a_known_full_name_does_not_join_a_person_with_its_consonants():
    facts = build("talks.txt", person("Ban Seo-yeon", "Ban"), person("Tahmid Jahan Bhuiyan"))
    result = resolve([facts], registry=NO_REGISTRY)
    assert not together(result, "Ban", "Tahmid Jahan Bhuiyan")
