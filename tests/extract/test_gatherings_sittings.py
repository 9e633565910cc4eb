"""A sitting numbered in words ("the Twenty-First Ordinary Session"), an exercise told by what
it rehearses, a superlative no part of a gathering's name, and a body's name told before or after
the name of its sitting ("their first Conference ... the First Meeting of the Conference of the
Parties to X ... the Conference of the Parties adopted"). Every report here is written for the
test."""

from __future__ import annotations

from kg.extract import extract
from kg.model import Report
from tests.extract.conftest import PUBLISHED


def _events(nlp, text: str, title: str = ""):
    return extract(Report(text=text, source="t1", published=PUBLISHED, title=title), nlp).events


def test_an_ordinal_in_words_numbers_this_sitting_not_an_earlier_one(nlp):
    events = _events(nlp, "LUSAKA, 3 May 2025 - Ministers of the Southern Lakes Union (SLU) "
                          "opened the Twenty-First Ordinary Session of the Council of Ministers "
                          "in Lusaka on Saturday. Hon. Mary Banda, Minister of Foreign Affairs "
                          "of Zambia, chaired the session.")
    assert [e.name for e in events] == [
        "Twenty-First Ordinary Session of the Council of Ministers"]


def test_a_lower_case_first_still_tells_an_earlier_gathering(nlp):
    events = _events(nlp, "The Lakes Forum met in Kigoma on Monday. The first meeting of the "
                          "forum was held in 2019 in Mwanza. Ms Rehema Juma chaired the meeting.")
    assert all(not e.name.lower().startswith("first") for e in events)


def test_an_exercise_is_a_gathering_by_what_it_rehearses(nlp):
    events = _events(nlp, "HALIFAX, 12 June 2025 - Coast guards of four states spent two days "
                          "rescuing 300 volunteers from a stricken ferry off Halifax, in the "
                          "largest search and rescue exercise held in the region. The exercise "
                          "was hosted by the Canadian Coast Guard in cooperation with the Nova "
                          "Scotia Emergency Management Office.")
    assert [e.name for e in events] == ["Search and rescue exercise"]
    assert events[0].type == "Exercise"


def test_an_exercise_of_power_is_no_gathering(nlp):
    events = _events(nlp, "The court said the exercise of power by the Minister of Lands, Mr "
                          "Tomas Hale, had been lawful. The exercise was required by the Act.")
    assert events == []


def test_the_body_told_before_and_after_its_sitting_is_that_sitting(nlp):
    events = _events(nlp, "Parties to the Tarn Accord end their first Conference with a budget\n\n"
                          "The First Meeting of the Conference of the Parties to the Tarn Accord "
                          "on River Data closed today in Lima after three days. Ms Ana Ruiz, "
                          "Minister of Environment of Peru, chaired it. At the close of the "
                          "meeting, the Conference of the Parties adopted a budget and called on "
                          "the parties to share river data.")
    assert [e.name for e in events] == [
        "First Meeting of the Conference of the Parties to the Tarn Accord on River Data"]


def test_a_heading_opening_on_a_hyphenated_number_keeps_it(nlp):
    events = _events(nlp, "Forty-Second Ordinary Session of the Council of Ministers\n\n"
                          "1. The Council of Ministers of the Southern Lakes Union (SLU) held its "
                          "Forty-Second Ordinary Session in Lusaka on 3 May 2025, chaired by Hon. "
                          "Mary Banda, Minister of Foreign Affairs of Zambia.")
    assert len(events) == 1
    assert events[0].name.startswith("Forty-Second Ordinary Session of the Council of Ministers")


def test_a_sitting_told_by_a_possessive_takes_the_body_name_or_its_acronym_if_long(nlp):
    # (event_policy.body_said: a short name is written out, a long one by its acronym)
    events = _events(nlp, "The Lake Basin Cooperation Initiative (LBCI) held its fourth summit "
                          "in Arusha on Friday. President Amani Kisanga of Tanzania chaired the "
                          "summit.")
    assert [e.name for e in events] == ["Fourth summit of the Lake Basin Cooperation Initiative"]
    events = _events(nlp, "The Network of Inland Port Authorities of the Upper Nile Basin "
                          "(NIPAUN) held its fourth assembly in Juba on Friday. Dr Peter Deng "
                          "chaired the assembly.")
    assert [e.name for e in events] == ["Fourth assembly of the NIPAUN"]


def test_a_sitting_the_members_of_a_body_call_theirs_is_named_after_the_body(nlp):
    events = _events(nlp, "Members of the Coastal Fisheries Council, meeting for their 23rd "
                          "Session in Mombasa, on Monday adopted a new quota rule. Dr Ali Juma "
                          "chaired the session.")
    assert events[0].name == "23rd Session of the Coastal Fisheries Council"


def test_a_gathering_in_apposition_to_a_dateline_is_no_body_description(nlp):
    events = _events(nlp, "QUETTA, 9 March 2025 - A regional conference on mine safety was held "
                          "at a hotel in Quetta on Sunday, organised by the Miners Rights Trust "
                          "(MRT). The conference was attended by Labour Secretary Amna Baloch.")
    assert len(events) == 1  # (named after its organizer too: "MRT regional conference ...")
    assert events[0].name.lower().endswith("regional conference on mine safety")


def test_a_sitting_named_by_its_number_takes_the_body_the_report_is_about_not_its_host(nlp):
    events = _events(nlp, "The 88th Plenary Meeting was held at the University of Tromso on "
                          "Friday, hosted by the University of Tromso. The Council of Northern "
                          "Rectors (CNR) adopted a statement on fees. Prof. Ola Dahl, President "
                          "of the CNR, said the CNR would write to the ministry. The CNR will "
                          "meet again in May.")
    assert events[0].name == "88th Plenary Meeting of the Council of Northern Rectors"
