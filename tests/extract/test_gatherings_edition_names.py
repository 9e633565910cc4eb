"""The words a reader keeps in a gathering's name (event_policy): the ordinal that numbers this
gathering ("the first Lakeland-Riverland Summit" is this one, not an earlier one). Every report
here is written for the test."""

from __future__ import annotations


def _names(r) -> set[str]:
    return {e.name for e in r.facts.events}


def test_an_ordinal_before_a_name_numbers_this_gathering(run):
    r = run(
        "The leaders of the six states signed a declaration on Friday at the close of the first "
        "Lakeland-Riverland Summit held in person. President Ana Lind chaired the summit."
    )
    assert any("Lakeland-Riverland Summit" in n for n in _names(r))


def test_a_lower_case_ordinal_still_marks_another_gathering(run):
    r = run(
        "The Lakeland Rail Union held its annual congress in Apia on Monday. Ana Lind chaired "
        "the congress. The union will hold its next congress in Suva."
    )
    assert not any(n.lower().startswith("next") for n in _names(r))
