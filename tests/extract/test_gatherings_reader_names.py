"""Gatherings named the way a careful reader names them, and found where the report tells them
by a verb: hyphenated words kept whole in a name, a signing named after its document and its
parties (not its whole subject clause, not the witnesses), "X held its Nth meeting", the opening
of a facility, a capitalized "... Week", what a meeting was held for, a session held apart, and
a body that met. Every report here is written for the test."""

from __future__ import annotations


def _names(r) -> set[str]:
    return {e.name for e in r.facts.events}


def _at(r, word: str) -> set[str | None]:
    ids = {e.id for e in r.facts.events if word in e.name.lower()}
    return {r.name(p.actor) for p in r.facts.participations if p.event in ids}


def test_a_hyphenated_word_stays_whole_in_a_gathering_name(run):
    r = run(
        "The 12th Meeting of the Council of the Indo-Pacific Rail Cooperation Organization "
        "(IPRCO) was held in Suva on Tuesday. Minister Ana Lind chaired the meeting."
    )
    assert "12th Meeting of the Council of the Indo-Pacific Rail Cooperation Organization" in (
        _names(r))


def test_a_lower_case_word_after_a_hyphen_stays_in_the_name(run):
    r = run(
        "The 30th Session of the Conference of Ministers of Transport of English-speaking States "
        "opened in Apia on Monday. Minister Ana Lind chaired the session."
    )
    (name,) = _names(r)
    assert "English-speaking States" in name


def test_a_signing_is_not_named_after_its_whole_subject_clause(run):
    r = run(
        "The Lakeland Water Agency and the Delta River Commission today signed a memorandum of "
        "understanding on the joint management of flood gauges along their common rivers and on "
        "the exchange of rainfall data with neighbouring basins."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "flood" not in name and "rainfall" not in name
    assert "Lakeland Water Agency" in name and "Delta River Commission" in name


def test_a_short_topic_stays_in_the_signing_name(run):
    r = run(
        "The Lakeland Water Agency and the Delta River Commission signed a memorandum of "
        "understanding on flood forecasting on Tuesday."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "on flood forecasting" in name


def test_those_in_whose_presence_a_document_is_signed_are_not_its_parties(run):
    r = run(
        "The memorandum was signed at a ceremony hosted by the Lakeland Water Agency (LWA), in "
        "the presence of the Chair of the Union of River Regulators (URR), Ms. Ana Lind. It was "
        "signed for the LWA by its Director, Mr. Oskar Berg; for the Delta River Commission (DRC) "
        "by its Chair, Ms. Karin Holt; and for the Marsa Basin Office (MBO) by its head, Mr. Ivo "
        "Sand."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "URR" not in name and "Union of River Regulators" not in name
    assert "LWA" in name and "DRC" in name and "MBO" in name


def test_a_between_inside_the_topic_does_not_name_the_parties(run):
    r = run(
        "Lakeland Ports Company and Marsa Harbour Authority on Tuesday signed a memorandum of "
        "understanding to study a shipping corridor between the northern coast and the island."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "Lakeland Ports Company" in name and "Marsa Harbour Authority" in name


def test_a_letter_of_intent_signed_on_the_margins_is_a_signing_of_both_bodies(run):
    r = run(
        "The 9th Meeting of the Council of the Lakeland Space Agency (LSA) was held in Marsa on "
        "Tuesday. On the margins of the meeting, Dr. Oskar Berg, Director of the LSA, and Ms. "
        "Karin Holt, Chief of the Training Section of the Delta Science Office (DSO), signed a "
        "letter of intent under which the LSA and the DSO will hold a joint course in 2030."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert name.startswith("Signing of the letter of intent")
    assert "LSA" in name and "DSO" in name and "Training Section" not in name
    assert {"Oskar Berg", "Karin Holt"} <= _at(r, "letter of intent")


def test_a_body_that_held_its_nth_meeting_names_it(run):
    r = run(
        "The Board of Directors of the Gulf Rail Authority held its 17th meeting in Doha on "
        "Wednesday, hosted by the Qatar Rail Company. The meeting was chaired by Dr. Omar Salim."
    )
    assert "17th meeting of the Board of Directors of the Gulf Rail Authority" in _names(r)


def test_an_annual_assembly_another_body_held_is_a_gathering_of_its_own(run):
    r = run(
        "The Board of the Gulf Rail Authority held its 17th meeting in Doha on Wednesday. "
        "The Southern Division of the International Union of Ferries held its annual assembly "
        "in Lima on Thursday. Ms. Ana Ruiz opened the assembly."
    )
    assert "Annual assembly of the Southern Division of the International Union of Ferries" in (
        _names(r))
    assert "Ana Ruiz" in _at(r, "annual assembly")


def test_the_opening_of_a_depot_is_a_gathering_named_after_it(run):
    r = run(
        "Lakeside Transit, the largest bus company of Marsa, opened its first solar-powered "
        "depot in the harbour district on Friday. Mayor Ana Lind cut the ribbon together with "
        "the company's president, Oskar Berg."
    )
    assert "Opening of Lakeside Transit's first solar-powered depot" in _names(r)
    assert {"Ana Lind", "Oskar Berg"} <= _at(r, "opening")


def test_a_centre_inaugurated_is_a_gathering_and_its_ceremony_is_that_one(run):
    r = run(
        "The expanded Northern Migrant Reception Centre (NMRC) was inaugurated on Tuesday. The "
        "ceremony was organized by the Ministry of Interior. Director Karl Berg gave a speech."
    )
    assert _names(r) == {"Inauguration of the expanded Northern Migrant Reception Centre"}


def test_an_opening_told_as_background_or_to_come_is_no_gathering(run):
    r = run(
        "Ministers met in Marsa on Friday for the Lakeland Transport Forum. The company had "
        "opened a depot in 2019, and it will open a new terminal next year."
    )
    assert not any(n.startswith("Opening") for n in _names(r))


def test_a_capitalized_week_names_a_conference(run):
    r = run(
        "The minister promised investors a stable tax regime in a keynote speech that opened the "
        "three-day Lakeland Energy Week at the Grand Hotel. The annual conference is organized by "
        "the Lakeland Energy Association. Prices rose this week."
    )
    assert "Lakeland Energy Week" in _names(r)
    assert len(r.facts.events) == 1


def test_what_a_meeting_was_held_for_names_it(run):
    r = run(
        "The Lakeland Water Agency and the Delta River Commission signed a memorandum of "
        "understanding on Tuesday. After the ceremony, the two delegations held a working "
        "meeting to plan the 2025 flood season, chaired jointly by Director Oskar Lind and "
        "Commissioner Karin Holt."
    )
    assert "Working meeting to plan the 2025 flood season" in _names(r)
    assert {"Oskar Lind", "Karin Holt"} <= _at(r, "working meeting")


def test_a_session_held_after_the_signing_is_a_gathering_of_its_own(run):
    r = run(
        "The Lakeland Water Agency and the Delta River Commission signed a memorandum of "
        "understanding on Tuesday. Following the signing, the delegations held a working "
        "session on the 2025 monitoring schedule, chaired by Mr. Ivo Sand."
    )
    assert "Working session on the 2025 monitoring schedule" in _names(r)
    assert _at(r, "working session") == {"Ivo Sand"}
    assert "Ivo Sand" not in _at(r, "signing")


def test_those_also_present_at_a_signing_took_part_in_it(run):
    r = run(
        "The Lakeland Water Agency and the Delta River Commission signed a memorandum of "
        "understanding on Tuesday. The agreement was signed by Director Oskar Lind and "
        "Commissioner Karin Holt. Also present were Mayor Petr Novak and Rector Eva Kruse. "
        "After the ceremony, the two delegations held a working meeting to plan the flood "
        "season."
    )
    assert {"Oskar Lind", "Karin Holt", "Petr Novak"} <= _at(r, "signing")
    assert "Petr Novak" not in _at(r, "working meeting")


def test_a_body_meeting_told_by_a_verb_is_the_meeting_a_later_press_conference_follows(run):
    r = run(
        "LAUSANNE, Dec 9 - The Lakeland Anti-Doping Agency (LADA) on Monday declared the Marsa "
        "Federation non-compliant. The agency's Executive Committee, meeting behind closed doors "
        "under the chairmanship of LADA President Ian Moor, voted unanimously to accept the "
        "recommendation. Speaking at a news conference after the meeting, Moor said the ruling "
        "was fair. Dr. Ann Vale, the vice-president, told the meeting before the vote that she "
        "would have preferred tougher measures."
    )
    (meeting,) = [e.name for e in r.facts.events if e.name.startswith("Meeting of the")]
    assert {"Ian Moor", "Ann Vale"} <= _at(r, meeting.lower())
    assert "Ann Vale" not in _at(r, "news conference")
