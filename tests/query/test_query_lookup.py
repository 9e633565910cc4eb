"""Names are found as people type them: case, accents, punctuation, honorifics, spellings,
aliases and acronyms; a name that matches nothing says which names come closest."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.errors import NameNotFound
from kg.graph import Store
from kg.model import Actor, Facts, Report
from kg.query import run_query

TEXT = ("Aminata Kaboré of the Organisation for Water Cooperation (OWC) met Dr. Anna Bergström "
        "of the Lake Basin Commission.")


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    report = Report(text=TEXT, source="lookup.txt", title="Lookup")
    facts = Facts(report, actors=[
        Actor("aminata-kabore", "Aminata Kaboré", "Person"),
        Actor("anna-bergstrom", "Anna Bergström", "Person", aliases={"Dr. Anna Bergström"}),
        Actor("owc", "Organisation for Water Cooperation", "Organization", aliases={"OWC"}),
        Actor("lake-basin-commission", "Lake Basin Commission", "Organization"),
    ])
    opened = Store.open()
    opened.put_report(facts)
    yield opened
    opened.close()


def _types(store: Store, name: str) -> list[str]:
    rows = run_query(store, "actor-profile", {"name": name}).rows
    return [r["other"] for r in rows if r["relation"] == "type"]


@pytest.mark.parametrize("typed", [
    "Aminata Kabore", "aminata kaboré", "AMINATA KABORE",          # accents and case
    "Anna Bergstrom", "Ms Anna Bergström", "anna  bergström",      # honorific, spaces
    "Organization for Water Cooperation", "organisation for water co-operation",  # spellings
    "OWC", "owc", "the Lake Basin Commission",                     # acronym, article
])
def test_a_name_is_found_as_people_type_it(store: Store, typed: str) -> None:
    assert _types(store, typed), typed


def test_a_miss_names_the_closest(store: Store) -> None:
    with pytest.raises(NameNotFound) as caught:
        run_query(store, "actor-profile", {"name": "Anna Bergstrand"})
    assert caught.value.closest[0] in {"Anna Bergström", "Dr. Anna Bergström"}
    assert "did you mean" in str(caught.value)


def test_a_miss_with_nothing_close_says_so_plainly(store: Store) -> None:
    with pytest.raises(NameNotFound) as caught:
        run_query(store, "actor-profile", {"name": "Zzyzx Quorum"})
    assert caught.value.closest == []
    assert str(caught.value) == "no actor or event is named 'Zzyzx Quorum'"


def test_a_known_name_without_rows_is_an_empty_answer(store: Store) -> None:
    # the commission is known, it has made no commitment: no error, no rows
    assert run_query(store, "commitments", {"name": "Lake Basin Commission"}).rows == []
