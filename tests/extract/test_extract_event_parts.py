"""Parts of a gathering and gatherings told by a body's sitting or by a panel's topic."""

from __future__ import annotations


def test_a_closing_session_is_the_gathering_it_closes(run):
    r = run(
        "LIMA - Port inspectors from six countries met on Tuesday at a two-day meeting of the "
        "Andean Harbour Inspection Network in the Peruvian capital. The 12th annual meeting of "
        "the network was hosted by the Peruvian Port Authority. In the conclusions adopted at "
        "the closing session, the members:\n"
        "- agreed to share inspection records every month;\n"
        "- urged member states to train forty new inspectors by 2028.\n"
    )
    events = r.facts.events
    assert [e.name for e in events if "closing" in e.name.lower()] == []
    assert "12th annual meeting" in events[0].name
    assert [d.event for d in r.facts.declarations] == [events[0].id]


def test_an_opening_session_told_before_its_gathering_is_that_gathering(run):
    r = run(
        "PRESENT\nMs. Lorna Quist, Director, Harbour Radio (in the Chair)\n\n"
        "IN ATTENDANCE\nMr. Paul Emberly, Minister of Culture (opening session only)\n\n"
        "1. OPENING\nThe Island Radio Association held its Annual General Assembly in Kingstown "
        "on 3 May."
    )
    names = [e.name for e in r.facts.events]
    assert not any(n.lower().startswith("opening session") for n in names)
    assert any("Annual General Assembly" in n for n in names)


def test_a_panel_told_with_its_topic_is_a_gathering(run):
    r = run(
        "The annual conference of coastal mayors opened in Brindport on Monday. A panel on "
        "harbour dredging was chaired by Dr. Mira Castell of the Coastal Research Institute."
    )
    names = [e.name.lower() for e in r.facts.events]
    assert any(n.startswith("panel on harbour dredging") for n in names)
    assert any("conference" in n for n in names)


def test_a_panel_that_is_a_body_or_a_part_is_no_gathering(run):
    r = run(
        "The annual conference of coastal mayors opened in Brindport on Monday. Speaking on a "
        "panel on "
        "financing, Dr. Mira Castell said the fund was ready. The panel recommended new rules."
    )
    assert not any("panel" in e.name.lower() for e in r.facts.events)


def test_a_field_visit_to_a_site_is_a_gathering_of_its_own(run):
    r = run(
        "The regional water forum opened in Tarvos on Monday. On Tuesday the delegations made a "
        "field visit to the pumping station at Orlen, where they were received by its manager, "
        "Ms. Ida Brandt."
    )
    names = [e.name for e in r.facts.events]
    assert "Field visit to the pumping station at Orlen" in names
