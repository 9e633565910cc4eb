"""Acronym definitions: "Long Form (LF)"."""

from kg.extract.acronyms import find_acronyms


def _defs(text: str) -> dict[str, str]:
    return {a.short: a.long for a in find_acronyms(text)}


def test_long_form_before_parenthesis():
    text = "Officers of the Federal Investigation Agency (FIA) met in Quetta."
    found = find_acronyms(text)
    assert _defs(text) == {"FIA": "Federal Investigation Agency"}
    assert text[found[0].start : found[0].end] == "Federal Investigation Agency"


def test_connectors_and_plural_acronym():
    defs = _defs(
        "The Office for Democratic Institutions and Human Rights (ODIHR) and the "
        "Non-Governmental Organizations (NGOs) agreed."
    )
    assert defs["ODIHR"] == "Office for Democratic Institutions and Human Rights"
    assert defs["NGOs"] == "Non-Governmental Organizations"


def test_first_definition_kept():
    defs = _defs("The Border Police (BP) arrived. Later the Bureau of Passports (BP) closed.")
    assert defs == {"BP": "Border Police"}


def test_non_matching_parenthesis_is_not_an_acronym():
    assert _defs("The meeting was held in Lahore (PK) last week.") == {}
    assert _defs("Ten officers (PDF) were trained by the ministry.") == {}
    assert _defs("He spoke (briefly) about (A) the plan.") == {}


def test_an_acronym_defined_in_mixed_case_is_an_alias(run):
    r = run("The Ministry of Home Affairs (MoHA) hosted the meeting. MoHA thanked the donors.")
    actor = r.actor("Ministry of Home Affairs")
    assert actor is not None and "MoHA" in actor.aliases
    assert len(r.facts.actors) == 1
