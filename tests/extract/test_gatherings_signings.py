"""The signing a report tells of: the document signed that day, not one signed in another year or
a "similar"/"separate" one; whoever signs or watches in the sentences that tell it; a bare "the
ceremony" of such a report is the signing's; a launch with a signing in it is one event named
after what was launched. Every report here is written for the test."""

from __future__ import annotations


def _names(r) -> set[str]:
    return {e.name for e in r.facts.events}


def _at(r, word: str) -> set[str | None]:
    ids = {e.id for e in r.facts.events if word in e.name.lower()}
    return {r.name(p.actor) for p in r.facts.participations if p.event in ids}


def test_a_similar_document_signed_in_another_year_does_not_name_the_signing(run):
    r = run(
        "The Lakeland Water Agency and the Delta River Commission signed a Memorandum of "
        "Understanding on Wednesday. A similar MoU on flood forecasting was signed in Marsa in "
        "2019."
    )
    (signing,) = [n for n in _names(r) if n.startswith("Signing")]
    assert "flood" not in signing and "similar" not in signing
    assert "Lakeland Water Agency" in signing and "Delta River Commission" in signing


def test_who_signs_and_who_watches_took_part_in_the_signing(run):
    r = run(
        "On the margins of the summit, the Ministry of Water of Lakeland and the Delta River "
        "Commission signed a memorandum of understanding on river gauges. Director Oskar Lind "
        "and Commissioner Karin Holt signed in the presence of Minister Petr Novak."
    )
    assert {"Oskar Lind", "Karin Holt", "Petr Novak"} <= _at(r, "signing")


def test_a_bare_ceremony_of_a_report_telling_a_signing_is_the_signing(run):
    r = run(
        "An agreement signed on Tuesday commits the Lakeland Athletics Federation and the "
        "Lakeland Army to a joint programme for soldier-athletes. It was witnessed by Minister "
        "Karin Holt. The ceremony closed with a fun run."
    )
    assert len(r.facts.events) == 1
    assert "Karin Holt" in _at(r, "signing")


def test_a_launch_and_signing_ceremony_is_one_launch_named_after_what_was_launched(run):
    r = run(
        "Four universities on Tuesday launched the Delta Soil Network. The launch and signing "
        "ceremony was organised by the University of Marsa. The network agreement was signed "
        "by Dr. Anna Pike and Dr. Lev Moro."
    )
    assert _names(r) == {"Launch and signing ceremony of the Delta Soil Network"}
    assert {"Anna Pike", "Lev Moro"} <= _at(r, "launch")


def test_two_signings_named_only_by_their_document_are_not_one():
    from kg.resolve.event_mentions import tokens_of

    # a name made of a signing's kind and document words says which signing it is no more
    # than "the meeting" does: resolution must not merge two reports' signings by it
    assert not tokens_of("Signing of the Memorandum of Understanding")
