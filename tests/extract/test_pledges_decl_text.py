"""A report that is the adopted text itself ("JOINT STATEMENT" or "Communiqué of ..." heading
it) speaks in the text's voice in every paragraph: "The Ministers rejected X", "Members urged
Y to ..." far from where a text is named are its calls; lettered items "a) to ..." lose their
letter."""

from datetime import date

from kg.extract import extract
from kg.model import Report

BODY = (
    "1. The Ministerial Meeting of the Vellmar-Ostrand River Commission was held in Vellmar on "
    "3 and 4 March 2026.\n\n"
    "2. The meeting was chaired by Dr. Ilse Marten, Minister of Water of Vellmar.\n\n"
    "3. The Ministers agreed:\n"
    "   a) to open a joint flood warning centre by June 2027;\n"
    "   b) to share river gauge readings every hour.\n\n"
    "4. Dr. Marten thanked the staff of the Commission for their work.\n\n"
    "5. The Ministers rejected any plan to divert the upper river for irrigation.\n\n"
    "6. The Ministers urged the Ostrand Port Authority to publish its dredging schedule.\n"
)


def _calls(nlp, title: str) -> list[str]:
    facts = extract(Report(text=BODY, source="t1", title=title, published=date(2026, 3, 4)),
                    nlp)
    return [c for d in facts.declarations for c in d.calls]


def test_paragraphs_of_a_joint_statement_are_its_calls(nlp):
    calls = _calls(nlp, "JOINT STATEMENT")
    assert "open a joint flood warning centre by June 2027" in calls
    assert any("divert the upper river" in c for c in calls)
    assert any(c.startswith("the Ostrand Port Authority to publish") for c in calls)
    assert not any("staff of the Commission" in c for c in calls)


def test_a_story_about_the_meeting_keeps_far_paragraphs_apart(nlp):
    calls = _calls(nlp, "Ministers meet on river floods")
    assert not any("divert the upper river" in c for c in calls)
