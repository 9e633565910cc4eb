"""Events: the main event's type, name, place and date; date phrases resolved."""

from datetime import date

import pytest

from kg.extract.events import resolve_date

WED = date(2024, 2, 28)


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("on Wednesday", WED, WED),
        ("on Monday", WED, date(2024, 2, 26)),
        ("last Thursday", WED, date(2024, 2, 22)),
        ("yesterday", WED, date(2024, 2, 27)),
        ("today", WED, WED),
        ("12 March 2023", WED, date(2023, 3, 12)),
        ("12-14 March 2023", None, date(2023, 3, 12)),
        ("November 28-30", WED, date(2024, 11, 28)),
        ("November 28 to 30, 2023", None, date(2023, 11, 28)),
        ("from 28 to 30 November", WED, date(2024, 11, 28)),
        ("November 2023", WED, None),
        ("in November", WED, None),
    ],
)
def test_resolve_date(phrase, published, expected):
    assert resolve_date(phrase, published) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve_date("on Wednesday", None) is None
    assert resolve_date("yesterday", None) is None
    assert resolve_date("recently", WED) is None


def test_main_event_type_name_place_date(run):
    r = run(
        "Ahmad Ishaq Jahangir inaugurated the conference on migrant smuggling in Islamabad "
        "on Monday. The conference brought together officials from six countries."
    )
    main = r.facts.events[0]
    assert main.type == "Conference"
    assert main.name.lower().startswith("conference on migrant smuggling")
    assert main.place == "Islamabad"
    assert main.date == date(2024, 2, 26)
    assert len(r.facts.events) == 1  # the second mention is the same event


def test_proper_event_name_and_type(run):
    r = run("In Lahore, the Ministry of Interior hosted the Regional Workshop on Border Security.")
    main = r.facts.events[0]
    assert main.name == "Regional Workshop on Border Security"
    assert main.type == "Workshop"
    assert main.place == "Lahore"


def test_place_after_proper_event_name_not_in_name(run):
    r = run("The Ministry of Interior hosted the Regional Workshop on Border Security in Lahore.")
    assert r.facts.events[0].name == "Regional Workshop on Border Security"


def test_event_date_defaults_to_publication_and_ids_carry_report(run):
    r = run("Dhaka: The National Police Bureau organized a training on victim identification.")
    main = r.facts.events[0]
    assert main.type == "Training"
    assert main.date == WED
    assert main.place == "Dhaka"
    assert main.id == f"{r.facts.report.id}-e1"


def test_signing_is_an_event(run):
    r = run(
        "The Ministry of Labour and the International Labour Organization (ILO) signed a "
        "memorandum of understanding on fair recruitment."
    )
    signing = [e for e in r.facts.events if e.type == "Signing"]
    assert len(signing) == 1
    assert "memorandum of understanding" in signing[0].name


def test_no_gathering_no_event(run):
    r = run("The Federal Investigation Agency arrested four suspects in Karachi on Monday.")
    assert r.facts.events == []


def test_duration_modifier_left_out_of_event_name(run):
    r = run("A two-day regional workshop on border management was held in Karachi.")
    assert r.facts.events[0].name.lower().startswith("regional workshop on border management")


def test_a_day_and_month_without_a_year_need_a_publication_date():
    assert resolve_date("August 14", None) is None
    assert resolve_date("August 14", WED) == date(2024, 8, 14)


def test_a_topic_the_parse_hangs_on_the_verb_still_names_the_event(run):
    r = run("The Public Ministry on Wednesday opened a training workshop on the investigation "
            "of trafficking cases for 40 prosecutors from the northern regions.")
    name = r.facts.events[0].name
    assert "workshop on the investigation of trafficking cases" in name
    assert "prosecutors" not in name and "regions" not in name


def test_a_quoted_title_set_off_by_commas_names_the_event(run):
    r = run("The Public Ministry opened a training workshop in Lima. The workshop, "
            "\"Following the Money\", was organised with UNODC.")
    assert [e.name for e in r.facts.events] == ["Following the Money"]


def test_a_title_in_single_quotes_names_the_event(run):
    r = run("The institute brought together officials and researchers for a roundtable titled "
            "'Closing Georgia's Border Loopholes' in Tbilisi.")
    assert [e.name for e in r.facts.events] == ["Closing Georgia's Border Loopholes"]


def test_a_signing_is_named_after_its_document_and_parties_and_its_witnesses_take_part(run):
    r = run(
        "The Harbour Authority of Veloria and the Coastal Research Institute (CRI) on Tuesday "
        "signed a memorandum of understanding on port safety. The memorandum was signed by "
        "Director Anna Kessel and Paul Marden in the presence of Mayor Lina Roth."
    )
    assert [e.type for e in r.facts.events] == ["Signing"]
    name = r.facts.events[0].name
    assert name.startswith("Signing of the memorandum of understanding on port safety between")
    assert "Harbour Authority of Veloria" in name and "CRI" in name
    people = {a for a, role in r.participations if role == "participant"}
    assert {"Anna Kessel", "Paul Marden", "Lina Roth"} <= people


def test_a_ceremony_where_the_signing_is_witnessed_is_the_signing(run):
    r = run(
        "The Arlow City Council and the Brenz Port Authority have concluded an agreement on "
        "ferry services. Several officials witnessed the signing at a simple ceremony in the "
        "town hall, among them councillor Maria Dent."
    )
    assert [e.type for e in r.facts.events] == ["Signing"]
    assert "ceremony" not in r.facts.events[0].name.lower()
    assert r.facts.events[0].name.startswith("Signing of the agreement on ferry services")
    assert ("Maria Dent", "participant") in r.participations


def test_a_head_word_inside_a_body_name_is_no_gathering(run):
    r = run(
        "The Lakes Water Summit, co-hosted by the Basin Commission and the United Nations "
        "Framework Convention on Climate Change (UNFCCC), closed in Kisumu on Friday."
    )
    assert [e.name for e in r.facts.events] == ["Lakes Water Summit"]


def test_a_press_conference_is_a_gathering_apart_from_the_conference(run):
    r = run(
        "The Harbour Forum held its annual conference in Split on Monday. At a press conference "
        "after the closing session, Ana Kovac said the forum would meet again in May."
    )
    names = [e.name.lower() for e in r.facts.events]
    assert len(names) == 2
    assert "press conference after the closing session" in names[1]
    kovac = [p.event for p in r.facts.participations if r.name(p.actor) == "Ana Kovac"]
    assert kovac == [r.facts.events[1].id]


def test_dialogue_as_an_activity_is_no_gathering(run):
    r = run("The union leader called for more social dialogue between employers and workers.")
    assert r.facts.events == []


def test_a_convention_is_a_treaty_not_a_gathering(run):
    r = run("Ruritania will soon ratify Convention 190, the adviser told the Labour Council.")
    assert r.facts.events == []


def test_bodies_that_brief_reporters_jointly_hold_a_briefing(run):
    r = run(
        "The Coastal Police Service and the Harbour Guard Agency briefed reporters jointly on "
        "Tuesday on the results of the inspections."
    )
    assert [e.name for e in r.facts.events][0].startswith("Joint briefing of the")
    assert {a for a, role in r.participations if role == "organizer"} == {
        "Coastal Police Service", "Harbour Guard Agency"}
    assert frozenset({"Coastal Police Service", "Harbour Guard Agency"}) in r.collaborations


def test_a_numbered_hyphenated_dialogue_keeps_its_name(run):
    r = run("Kenya and Uganda held the second round of their Minister-level 2+2 Dialogue in "
            "Nairobi on Monday.")
    assert r.facts.events[0].name == "Minister-level 2+2 Dialogue"


def test_a_comma_inside_a_body_name_does_not_cut_the_gathering_name(run):
    r = run("The 12th meeting of the Water, Sanitation and Hygiene Cluster took place in Gulu "
            "on Monday, with Paul Okello in the chair.")
    assert r.facts.events[0].name == "12th meeting of the Water, Sanitation and Hygiene Cluster"


def test_training_as_an_activity_is_no_gathering(run):
    r = run("The memorandum covers the exchange of information, joint training and operations "
            "between the Arlow Port Authority and the Brenz Maritime Board.")
    assert not any(e.type == "Training" for e in r.facts.events)


def test_a_side_event_is_a_gathering_apart_with_its_own_speakers(run):
    r = run(
        "The Harbour Forum held its annual conference in Split on Monday. On the sidelines, "
        "the Coastal Research Institute organized a side event on port safety. It was "
        "moderated by Lena Fold."
    )
    names = [e.name for e in r.facts.events]
    assert len(names) == 2 and "side event on port safety" in names[1]
    fold = [p.event for p in r.facts.participations if r.name(p.actor) == "Lena Fold"]
    assert fold == [r.facts.events[1].id]
