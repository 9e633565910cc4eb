"""likely_duplicates: pairs a curator should look at."""

from __future__ import annotations

from kg.model import Actor
from kg.resolve import likely_duplicates


def ids(pairs):
    return [(a.id, b.id) for a, b, _ in pairs]


def test_near_names_of_one_type_are_listed_best_first():
    actors = [
        Actor("npb", "National Police Bureau", "Organization"),
        Actor("npb2", "National Police Bureaux", "Organization"),
        Actor("nps", "National Prosecution Service", "Organization"),
        Actor("npb-person", "National Police Bureau", "Person"),
    ]
    found = likely_duplicates(actors, threshold=0.9)
    assert ids(found) == [("npb", "npb2")]
    assert 0.9 <= found[0][2] < 1.0


def test_same_surname_persons_are_listed_even_with_different_given_names():
    actors = [
        Actor("ahmad-jahangir", "Ahmad Jahangir", "Person"),
        Actor("tariq-jehangir", "Tariq Jehangir", "Person"),
        Actor("jahangir", "Jahangir", "Person"),
        Actor("ahmad-khan", "Ahmad Khan", "Person"),
    ]
    found = ids(likely_duplicates(actors))
    assert sorted(found) == [("ahmad-jahangir", "jahangir"), ("ahmad-jahangir", "tariq-jehangir"),
                             ("jahangir", "tariq-jehangir")]


def test_acronym_and_expansion_kept_apart_are_listed():
    actors = [
        Actor("fia", "FIA", "Organization", country="Italy"),
        Actor("federal-investigation-agency", "Federal Investigation Agency", "Organization",
              country="Pakistan"),
        Actor("unodc", "United Nations Office on Drugs and Crime", "Organization"),
    ]
    assert ids(likely_duplicates(actors)) == [("federal-investigation-agency", "fia")]


def test_nothing_alike_gives_nothing():
    actors = [Actor("a", "UNICEF", "Organization"), Actor("b", "Somaly Mam", "Person"),
              Actor("c", "European Union", "Organization")]
    assert likely_duplicates(actors) == []
