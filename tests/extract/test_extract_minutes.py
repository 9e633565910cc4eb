"""The attendance sections of a minutes sheet, on sheets written for the test."""

from __future__ import annotations

from kg.extract.minutes import sections


def _texts(text: str) -> dict[str, list[str]]:
    return {k: [text[s:e].strip() for s, e in v] for k, v in sections(text).items()}


def test_headings_alone_on_their_line_run_to_the_next_heading_or_item():
    text = ("MINUTES OF THE 12TH MEETING\n\nPRESENT\nMs A. Vale (Chair)\nMr T. Banda\n\n"
            "IN ATTENDANCE\nMs R. Holm (minutes)\n\nAPOLOGIES\nMr K. Dunn\n\n"
            "1. WELCOME\n1.1 The Chair opened the meeting.")
    got = _texts(text)
    assert got["present"] == ["Ms A. Vale (Chair)\nMr T. Banda"]
    assert got["attending"] == ["Ms R. Holm (minutes)"]
    assert got["absent"] == ["Mr K. Dunn"]


def test_a_heading_with_a_colon_lists_them_on_its_line():
    text = ("Present: Prof. A. Vale, Prof. T. Banda.\nInvited: Dr R. Holm.\n"
            "Apologies: Rector of Lisna University.\n\nThe President opened the meeting.")
    got = _texts(text)
    assert got["present"] == ["Prof. A. Vale, Prof. T. Banda."]
    assert got["attending"] == ["Dr R. Holm."]
    assert got["absent"] == ["Rector of Lisna University."]


def test_a_sentence_saying_who_was_present_is_no_section():
    text = "Those present at the meeting agreed. Present were the ministers of Lisna and Osterby."
    assert _texts(text) == {"present": [], "attending": [], "absent": []}
