"""The kind of a gathering as the facts file labels it: a signing is a "Signing ceremony", a press
or news conference or a press briefing a "Press conference" (the conference it follows keeps its
own kind)."""

from __future__ import annotations

from kg.export.facts_json import event_label
from kg.model import Event


def test_a_signing_is_labelled_a_signing_ceremony():
    assert event_label(Event("e1", "Signing of the MoU between A and B", "Signing")) == (
        "Signing ceremony")


def test_press_and_news_conferences_and_briefings_are_labelled_press_conferences():
    for name in ("Joint press conference after the summit", "News conference after the meeting",
                 "Press briefing of the missions"):
        assert event_label(Event("e1", name, "Conference")) == "Press conference"


def test_the_conference_a_press_conference_follows_keeps_its_kind():
    assert event_label(Event("e1", "Regional Conference on Water", "Conference")) == "Conference"
    assert event_label(Event("e2", "Meeting of the Board", "Meeting")) == "Meeting"
