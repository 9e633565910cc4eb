"""The gathering a declaration belongs to when the story names others first: a body's meeting
whose decisions it lists (kg.extract.decl_body), the gathering whose statement it is ("the
forum's closing statement"); and a speaker's words or a text's adoption that are no calls."""


def _event_of(r, decl):
    return next(e for e in r.facts.events if e.id == decl.event)


def test_a_bodys_decisions_belong_to_the_meeting_it_held(run):
    r = run(
        "KISUMU, March 4 - Ministers from the states that signed the Lakes Water Treaty agreed "
        "on Friday to share rainfall data every week.\n\n"
        "The Executive Board of the Lakes Water Authority (LWA) held its fifth session in "
        "Kisumu on Thursday and Friday.\n\n"
        "In its decisions the Board:\n"
        "- asked member states to publish water abstraction permits online;\n"
        "- urged the LWA to open a laboratory in Mwanza within a year.\n\n"
        "The LWA director told a press conference after the session that floods had doubled.\n"
    )
    (decl,) = r.facts.declarations
    assert _event_of(r, decl).name == (
        "Fifth session of the Executive Board of the Lakes Water Authority")
    assert decl.calls == [
        "member states to publish water abstraction permits online",
        "the LWA to open a laboratory in Mwanza within a year",
    ]


def test_a_forums_closing_statement_in_a_digest_belongs_to_that_forum(run):
    r = run(
        "## 1. Pilots train in Dakar\n\n"
        "Twelve pilots finished a weather training course at the Dakar Aviation School "
        "last week.\n\n"
        "## 2. Sahel forum expects a dry season\n\n"
        "The Sahel Climate Centre convened its regional outlook forum in Niamey on Monday. "
        "The forum's closing statement called on governments to store fodder for herders, "
        "and asked relief agencies to plan for a poor harvest.\n"
    )
    (decl,) = r.facts.declarations
    assert "forum" in _event_of(r, decl).name.lower()
    assert decl.calls == [
        "governments to store fodder for herders",
        "relief agencies to plan for a poor harvest",
    ]


def test_what_a_speaker_predicts_and_urges_is_hers_not_the_texts(run):
    r = run(
        "NIAMEY - The Sahel Climate Centre held its regional outlook forum on Monday. "
        "Forecasters from nine countries agreed a consensus outlook.\n\n"
        "The centre's director, Dr. Aissa Maiga, said the season would be dry. She predicted "
        "that herders could lose cattle, and urged national services to warn them early.\n"
    )
    assert r.facts.declarations == []
    assert any(who == "Aissa Maiga" and "warn them early" in text
               for who, _, text in r.commitments)


class _NoActors:
    """Refs that resolve nothing: body_meeting then goes by the body's head word."""

    by_token: dict[int, str] = {}

    def actor_of(self, tok):
        return None


def test_the_meeting_a_body_held_is_named_when_no_event_holds_it(nlp):
    from kg.extract.decl_body import body_meeting
    from kg.extract.parsed import sents

    doc = nlp(
        "The Governing Council of the Lakes Water Authority (LWA) held its eighteenth meeting "
        "in Kisumu on Friday. In its decisions the Council:\n- asked states to publish "
        "permits online.\n"
    )
    all_sents = sents(doc)
    first = next(k for k, s in enumerate(all_sents) if "decisions" in s.text)
    event_id, new = body_meeting(all_sents, first, [], _NoActors(), "r1")
    assert new is not None and new.id == event_id
    assert new.name == "Eighteenth meeting of the Governing Council of the Lakes Water Authority"
    # a meeting the body held with others is not its own sitting
    doc = nlp("The Council held a meeting with donors on Friday. In its decisions the "
              "Council:\n- asked states to publish permits online.\n")
    all_sents = sents(doc)
    assert body_meeting(all_sents, len(all_sents) - 1, [], _NoActors(), "r1") is None
