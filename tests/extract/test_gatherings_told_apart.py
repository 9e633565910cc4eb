"""One gathering told as one, under the name a reader gives it: a name that runs on after a
body's acronym in brackets, "of" inside a numbered name, a title that names the meeting a
communique comes from, an apposition that describes the gathering just named, a General
Assembly that was held (a sitting, not the body), an activity that is no gathering ("forced a
debate"). Every report here is written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract, load_nlp
from kg.model import Report


def _names(r) -> set[str]:
    return {e.name for e in r.facts.events}


def test_a_name_runs_on_after_a_bodys_acronym_in_brackets(run):
    r = run(
        "Fisheries directors from twelve states on Friday closed the 9th Session of the Indian "
        "Ocean Tuna Organisation (IOTO) Scientific Committee for the Western Basin in Mombasa. "
        "The committee was chaired by Dr. Amina Okello."
    )
    assert ("9th Session of the Indian Ocean Tuna Organisation (IOTO) Scientific Committee for "
            "the Western Basin") in _names(r)


def test_a_name_ends_at_a_bodys_acronym_when_no_other_body_follows(run):
    r = run(
        "The 9th Session of the Indian Ocean Tuna Organisation (IOTO) opened in Mombasa on "
        "Monday. Dr. Amina Okello chaired the session."
    )
    assert "9th Session of the Indian Ocean Tuna Organisation" in _names(r)


def test_of_between_capitals_stays_in_a_numbered_name(run):
    r = run(
        "Forecasters from nine countries met in Arusha on Tuesday for the 31st Southern Lakes of "
        "Africa Rainfall Outlook Forum (SLAROF 31). The forum was convened by the Lakes Climate "
        "Centre. Dr. Amina Okello opened the forum."
    )
    assert any(n.startswith("31st Southern Lakes of Africa Rainfall Outlook Forum")
               for n in _names(r))


def test_a_communique_titled_after_a_named_meeting_names_it():
    text = (
        "1. The Network of Harbour Regulators held its annual meeting in Marsa from 3 to 5 June "
        "2024. The meeting was hosted by the Marsa Port Authority.\n\n"
        "2. Ms Ana Lind, Chair of the Network, chaired the meeting."
    )
    facts = extract(Report(text=text, source="t1", published=date(2024, 6, 6),
                           title="Communique of the 2024 NHR Network Meeting, Marsa, Malta"),
                    load_nlp())
    names = {e.name for e in facts.events}
    assert "2024 NHR Network Meeting" in names


def test_an_apposition_describes_the_gathering_just_named(run):
    r = run(
        "On Tuesday we travelled to Zomba for the National Dialogue on Rural Libraries, a "
        "one-day meeting at the Zomba Civic Hall. It was organised by the Rural Library Trust. "
        "The dialogue was opened by Ms. Ana Lind. Mr. Tomas Berg spoke on the first panel."
    )
    assert _names(r) == {"National Dialogue on Rural Libraries"}


def test_a_general_assembly_said_to_be_held_is_a_sitting(run):
    r = run(
        "Piet Marsh was re-elected president of the Lakeland Rowing Union on Sunday at the "
        "union's General Assembly in Marsa. The General Assembly was held on the sidelines of the "
        "Lakeland Regatta."
    )
    assert any("General Assembly" in n for n in _names(r))


def test_a_debate_that_a_campaign_forced_is_no_gathering(run):
    r = run(
        "Ms. Ana Lind lost the race for the presidency of the Lakeland Rowing Union on Sunday. "
        "She said the campaign had been worthwhile because it had forced a debate on governance."
    )
    assert not any("debate" in n.lower() for n in _names(r))


def test_an_olympiad_is_a_gathering(run):
    r = run(
        "The 12th Lakeland Science Olympiad, which the Lakeland Teachers Union is hosting in "
        "Marsa, opened on Monday. Mr. Tomas Berg, the union's secretary, said 300 pupils took "
        "part."
    )
    assert "12th Lakeland Science Olympiad" in _names(r)


def test_a_launch_ceremony_is_named_after_what_was_described_as_launched(run):
    r = run(
        "The Minister of Water, Mr. Tomas Berg, on Tuesday launched in Marsa a certified repair "
        "programme for 300 village mechanics working on hand pumps. The launch ceremony was "
        "organized by the Ministry of Water in partnership with the Lakeland Rural Trust."
    )
    assert "Launch ceremony of the certified repair programme for 300 village mechanics" in (
        _names(r))


def test_a_workshop_held_last_spring_is_told_in_passing(run):
    r = run(
        "The Lakeland Water Summit, held in Marsa on Tuesday, was organised by the Lakeland Water "
        "Agency. Ms. Ana Lind opened the summit. The summit follows a smaller workshop held at "
        "Kendal last spring."
    )
    assert _names(r) == {"Lakeland Water Summit"}


def test_a_separate_session_is_a_gathering_of_its_own(run):
    r = run(
        "The Lakeland Water Summit, held in Marsa on Tuesday, was organised by the Lakeland Water "
        "Agency. Ms. Ana Lind opened the summit.\n\nA separate session for fishermen, run by the "
        "Lakeland Fishers Union on the afternoon of the summit, looked at river pollution."
    )
    # (named by what it looked at too: "Session for fishermen on river pollution")
    (session,) = [n for n in _names(r) if "session for fishermen" in n.lower()]
    held = {(r.name(p.actor), e.name) for p in r.facts.participations for e in r.facts.events
            if p.event == e.id and p.role == "organizer"}
    assert ("Lakeland Fishers Union", session) in held
    assert ("Lakeland Fishers Union", "Lakeland Water Summit") not in held


def test_an_annual_drill_that_took_place_is_a_gathering(run):
    r = run(
        "The annual Lakeland Flood Drill took place in Marsa on Monday. It was organized by the "
        "Lakeland Water Agency. Ms. Ana Lind said the scenario was hard."
    )
    assert any("Lakeland Flood Drill" in n for n in _names(r))


def test_co_organized_with_a_hyphen_gives_both_organizers(run):
    r = run(
        "The Lakeland Water Agency (LWA) and the Delta River Commission (DRC) co-organized a "
        "three-day workshop on flood forecasting in Marsa starting Tuesday. Ms. Ana Lind opened "
        "the workshop."
    )
    assert {("Lakeland Water Agency", "organizer"), ("Delta River Commission", "organizer")} <= (
        r.participations)


def test_a_gathering_told_again_takes_what_follows_not_the_last_one_introduced(run):
    r = run(
        "Two items this week: a workshop in Marsa and a flood drill in Delta.\n\n"
        "The annual Lakeland Flood Drill took place in Delta on Monday. Ms. Ana Lind led it.\n\n"
        "The Lakeland Water Agency and the Delta River Commission co-organized a three-day "
        "workshop on flood forecasting in Marsa. Mr. Tomas Berg, head of the agency, opened the "
        "sessions."
    )
    workshop = next(e for e in r.facts.events if "flood forecasting" in e.name.lower())
    assert "Tomas Berg" in {r.name(p.actor) for p in r.facts.participations
                            if p.event == workshop.id}


def test_a_signer_told_first_at_the_gathering_took_part_in_both(run):
    r = run(
        "The Lakeland Basin Council held its annual session in Marsa on Monday. The Council's "
        "Executive Secretary, Mr. Tomas Berg, presented the draft plan.\n\n"
        "On the sidelines of the session, the Lakeland Basin Council and the Delta River "
        "Commission signed a memorandum of understanding on flood data. The memorandum was "
        "signed by Mr. Berg and by the Commission's director, Ms. Ana Lind."
    )
    at = {(r.name(p.actor), e.type) for p in r.facts.participations for e in r.facts.events
          if p.event == e.id and p.role == "participant"}
    assert ("Tomas Berg", "Signing") in at and ("Ana Lind", "Signing") in at
    assert any(who == "Tomas Berg" and typ != "Signing" for who, typ in at)
    assert not any(who == "Ana Lind" and typ != "Signing" for who, typ in at)


def test_a_signings_topic_after_the_documents_acronym_names_it(run):
    r = run(
        "The Lakeland Water Agency (LWA) and the Delta River Commission (DRC) today signed a "
        "Memorandum of Understanding (MoU) on cooperation in the monitoring of river floods, at "
        "the agency's head office in Marsa."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "on cooperation in the monitoring of river floods" in name


def test_an_elided_particle_stays_in_a_gathering_name(run):
    r = run(
        "The Ministerial Meeting of the Côte d'Ivoire-Liberia River Initiative was held in "
        "Abidjan on Tuesday. Ms. Ana Lind chaired the meeting."
    )
    assert "Ministerial Meeting of the Côte d'Ivoire-Liberia River Initiative" in _names(r)


def test_in_close_cooperation_with_makes_an_organizer(run):
    r = run(
        "The Lakeland Water Forum was held in Marsa on Tuesday. It was convened by the Lakeland "
        "Water Agency, in close cooperation with the Delta River Commission."
    )
    assert ("Delta River Commission", "organizer") in r.participations


def test_a_press_conference_after_the_closing_session_says_of_which_gathering(run):
    r = run(
        "The annual review meeting of the Lakeland Basin Council opened in Marsa on Monday. Ms. "
        "Ana Lind chaired the meeting.\n\nAt a press conference after the closing session, Ms. "
        "Lind said the plan was ready."
    )
    assert any(n.startswith("Press conference after the closing session of the") and
               "Lakeland Basin Council" in n for n in _names(r))


def test_a_later_description_with_a_topic_names_a_described_gathering(run):
    r = run(
        "### Marsa workshop: river states prepare for floods\n\n"
        "A three-day regional workshop on flood forecasting for river basins ended in Marsa on "
        "Wednesday. It was hosted by the Lakeland Water Agency."
    )
    (name,) = _names(r)
    assert "regional workshop on flood forecasting" in name.lower() and "ended" not in name


def test_a_date_after_on_is_no_topic_for_a_gathering_name():
    from kg.extract.event_retold import says_more

    assert not says_more("Meeting on October 16", "Meeting")
    assert not says_more("Meeting on 16 October", "Meeting")
    assert says_more("Workshop on flood data for farmers", "Marsa workshop")


def test_a_party_named_again_by_its_acronym_signs(run):
    r = run(
        "The conference was hosted by the Lakeland Water Agency (LWAG) on Monday. Ms. Ana Lind "
        "opened it.\n\nThe Delta River Commission (DRCOM) and LWAG signed a letter of intent on "
        "the sidelines on Tuesday to share their flood data."
    )
    (name,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "sidelines" not in name
    assert "Delta River Commission" in name and ("LWAG" in name or "Lakeland" in name)


def test_a_joint_press_briefing_is_named_by_its_hosts_and_has_who_answered_there(run):
    r = run(
        "The 12th Lakeland Rainfall Outlook Forum closed in Marsa on Thursday. It was convened by "
        "the Lakeland Climate Centre (LCC). Dr. Ana Lind, head of the LCC, opened the forum. Mr. "
        "Tomas Berg, head of the Marsa Weather Service (MWS), presented the outlook.\n\n"
        "On Thursday afternoon the LCC and the MWS held a joint press briefing for journalists "
        "from the region, where Dr. Lind and Mr. Berg answered questions."
    )
    (press,) = [e for e in r.facts.events if "press briefing" in e.name]
    assert press.name.startswith("LCC-MWS joint press briefing") and "journalists" not in (
        press.name)
    there = {r.name(p.actor) for p in r.facts.participations if p.event == press.id}
    assert {"Ana Lind", "Tomas Berg"} <= there


def test_a_press_conference_held_by_the_co_chairs_has_them(run):
    r = run(
        "1. The Ministerial Meeting of the Lakeland Basin Initiative was held in Marsa on 18 "
        "February.\n\n2. The meeting was co-chaired by Hon. Ana Lind, Minister of Water of "
        "Lakeland, and Hon. Tomas Berg, Minister of Rivers of Deltaland.\n\n"
        "3. A press conference was held at the close of the meeting by the two co-chairs."
    )
    (press,) = [e for e in r.facts.events if "press conference" in e.name.lower()]
    assert {"Ana Lind", "Tomas Berg"} <= {r.name(p.actor) for p in r.facts.participations
                                           if p.event == press.id}
