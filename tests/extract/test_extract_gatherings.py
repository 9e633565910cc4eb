"""Gatherings: editions and their owners, visits, meetings with someone, a banquet after a
meeting, a session of a conference, a bare gathering named after the body a report is about.
Every report here is written for the test."""

from __future__ import annotations


def _events(r) -> dict[str, str]:
    """Event name -> type."""
    return {e.name: e.type for e in r.facts.events}


def _at(r, event_name: str) -> set[tuple[str | None, str]]:
    """(actor name, role) of the participations in the event with that name."""
    ids = {e.id for e in r.facts.events if e.name == event_name}
    return {(r.name(p.actor), p.role) for p in r.facts.participations if p.event in ids}


def test_an_edition_of_a_body_is_its_gathering_and_the_body_holds_it(run):
    r = run(
        "VALDORIA - The Harbour Council's 12th Assembly closed in Valdoria on Friday with the "
        "adoption of a charter on port safety. Speaker Mira Olsen presided over the Assembly."
    )
    assert "12th Assembly of the Harbour Council" in _events(r)
    assert ("Harbour Council", "organizer") in _at(r, "12th Assembly of the Harbour Council")
    assert ("Mira Olsen", "participant") in _at(r, "12th Assembly of the Harbour Council")


def test_an_assembly_without_an_edition_is_a_body(run):
    r = run("The National Assembly passed the budget bill on Tuesday after a long debate.")
    assert not any("Assembly" in name for name in _events(r))


def test_the_first_edition_ever_held_there_is_not_an_earlier_one(run):
    r = run(
        "The Harbour Council's 12th Assembly closed in Valdoria on Friday. It was the first "
        "Assembly ever hosted by the Valdorian Parliament. Speaker Mira Olsen chaired it."
    )
    assert not any(name.lower().startswith("first") for name in _events(r))


def test_the_numbered_meeting_of_a_body_is_held_by_it(run):
    r = run(
        "The 31st meeting of the Lakeside Health Cluster took place on Monday in Ostrava. "
        "Mr. Petr Novak, the Cluster Coordinator, was in the chair."
    )
    (name,) = _events(r)
    assert "Lakeside Health Cluster" in name
    assert ("Lakeside Health Cluster", "organizer") in _at(r, name)


def test_a_working_visit_is_an_event_of_the_visitor(run):
    r = run(
        "OSTRAVA - Police Commissioner Anna Berg of the Nordland Police Service is on a working "
        "visit to Ruritania. On Friday she attended the graduation ceremony of the Ruritanian "
        "Police Academy, where Minister Karel Dvorak spoke."
    )
    visit = "Anna Berg's working visit to Ruritania"
    assert _events(r).get(visit) == "Visit"
    assert ("Anna Berg", "participant") in _at(r, visit)


def test_a_visit_told_in_passing_is_no_event(run):
    r = run(
        "The ministers met in Ostrava on Monday. They reviewed the outcomes of President "
        "Tomas Horak's visit to Ruritania in January."
    )
    assert not any("visit" in name for name in _events(r))


def test_their_meeting_with_a_named_person_is_a_meeting_of_its_own(run):
    r = run(
        "The Regional Mayors' Forum met on Tuesday in Ostrava. Mayor Jan Kral chaired the "
        "meeting. The mayors were also briefed on their meeting with President Tomas Horak, "
        "who promised funds for the roads."
    )
    assert "Meeting with Tomas Horak" in _events(r)
    assert ("Tomas Horak", "participant") in _at(r, "Meeting with Tomas Horak")
    main = next(n for n in _events(r) if n != "Meeting with Tomas Horak")
    assert ("Tomas Horak", "participant") not in _at(r, main)


def test_a_banquet_after_the_talks_is_a_gathering_of_its_own(run):
    r = run(
        "President Lena Park and President Omar Haddad held an expanded bilateral meeting in "
        "Valdoria on Wednesday. That evening President Park hosted a state banquet in honor of "
        "her guest."
    )
    names = _events(r)
    assert any("banquet" in n.lower() for n in names)
    assert any("meeting" in n.lower() for n in names)


def test_a_session_is_a_part_of_the_conference_it_belongs_to(run):
    r = run(
        "The morning pledging session in Geneva on Monday drew forty delegations. Minister "
        "Sara Lind, who hosted the pledging conference, announced the total herself."
    )
    (name,) = _events(r)
    assert "conference" in name.lower()
    assert "session" not in name.lower()


def test_a_bare_gathering_is_named_after_the_body_the_report_is_about(run):
    r = run(
        "The Nordic Water Fund met its target on Monday. Donors raised their pledges at the "
        "pledging conference in Oslo, chaired by Minister Sara Lind. The Nordic Water Fund said "
        "the money would reach 40 countries. The Nordic Water Fund thanked the donors."
    )
    assert "Pledging conference of the Nordic Water Fund" in _events(r)


def test_a_person_who_hosted_the_gathering_organized_it(run):
    r = run(
        "The donors' conference in Valdoria on Monday raised $2 billion. President Lena Park, "
        "who hosted the conference, announced the total herself."
    )
    (event,) = r.facts.events
    assert ("Lena Park", "organizer") in _at(r, event.name)


def test_the_government_of_a_president_that_hosts_is_not_the_president(run):
    r = run(
        "The Lakes Summit opened in Valdoria on Monday. The government of President Lena Park, "
        "which is hosting the summit together with the Lakes Commission, opened the session."
    )
    roles = _at(r, "Lakes Summit")
    assert ("Lena Park", "organizer") not in roles
    assert ("Lakes Commission", "organizer") in roles


def test_a_briefing_of_a_body_is_a_sitting_it_holds(run):
    r = run(
        "The Harbour Safety Board adopted a statement on Friday. The "
        "Chairperson, Mira Olsen, had briefed the Harbour Safety Board on Thursday on her "
        "visits to the ports."
    )
    briefing = next(e.name for e in r.facts.events if e.name.startswith("Briefing"))
    assert "Harbour Safety Board" in briefing
    assert ("Harbour Safety Board", "organizer") in _at(r, briefing)
    assert ("Mira Olsen", "participant") in _at(r, briefing)


def test_a_body_that_met_did_not_organize_its_meeting(run):
    # GUIDE: a bare "the Board met" -> not organizer, however the meeting is told
    r = run(
        "Meeting in Geneva, the Harbour Safety Board adopted a statement on port safety on "
        "Friday. The meeting was chaired by Mira Olsen, who read the statement out."
    )
    (event,) = r.facts.events
    assert ("Harbour Safety Board", "organizer") not in _at(r, event.name)


def test_a_workshop_held_under_a_project_is_named_by_it(run):
    r = run(
        "Teachers from the north spent two days in Valdoria at a workshop held under the "
        'project "Teaching water safety in rural schools". Mira Olsen opened the workshop.'
    )
    (event,) = r.facts.events
    assert "Teaching water safety in rural schools" in event.name


def test_the_hosts_of_a_co_hosted_summit_organized_it(run):
    r = run(
        "The Lakes Summit, co-hosted by the President of Valdoria, Lena Park, and the Lakes "
        "Commission, has adopted a declaration on water."
    )
    roles = _at(r, "Lakes Summit")
    assert {("Lena Park", "organizer"), ("Lakes Commission", "organizer")} <= roles


def test_a_titled_roundtable_is_the_event_whatever_its_tag(run):
    r = run(
        'On Tuesday we met growers and buyers. The roundtable, "Ending Debt Bondage on Fishing '
        'Boats", was jointly organised by the Blue Net Alliance and the Harbour Workers Union, '
        "and it was held in Valdoria."
    )
    assert "Ending Debt Bondage on Fishing Boats" in _events(r)


def test_a_launch_is_the_event_of_a_report_that_tells_of_no_gathering(run):
    r = run(
        "VALDORIA - On March 3, Ambassador Mira Olsen joined Minister Petr Novak to launch Safe "
        "Harbour, a five-year programme to protect migrant fishers."
    )
    assert _events(r) == {"Launch of Safe Harbour": "Launch"}
    assert ("Mira Olsen", "participant") in _at(r, "Launch of Safe Harbour")


def test_a_launch_at_a_summit_is_part_of_the_summit(run):
    r = run(
        "At the Lakes Summit in Valdoria on Monday, the Lakes Commission launched Safe "
        "Harbour, a programme to protect migrant fishers."
    )
    assert "Launch of Safe Harbour" not in _events(r)


def test_a_discussion_marking_a_day_is_named_by_the_day_and_a_rally_is_a_gathering(run):
    r = run(
        "Minister Mira Olsen today addressed, as chief guest, a discussion at the City Hall "
        "marking the International Day of Clean Water. The Water Board organised the "
        "discussion. Earlier in the day, Minister Mira Olsen led a rally to the City Hall."
    )
    names = _events(r)
    assert any(n.endswith("discussion marking the International Day of Clean Water")
               for n in names)
    rally = next(n for n, t in names.items() if t == "Rally")
    assert ("Mira Olsen", "participant") in _at(r, rally)
