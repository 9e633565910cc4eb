"""Declarations found by the voice of the text: lists of decisions, numbered communique
paragraphs, "In it ..." and what follows, relative clauses on the text."""


def test_a_verbless_lead_in_over_unbulleted_items_gives_each_decision(run):
    r = run(
        "LUSAKA - The Regional Trade Ministers' Meeting closed on Friday.\n\n"
        "On trade, the ministers:\n\n"
        "agreed to cut tariffs on farm goods by 2026;\n\n"
        "asked the secretariat to draft a common customs code;\n\n"
        "praised the host for its hospitality.\n\n"
        "The next meeting will be held in Harare.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "cut tariffs on farm goods by 2026",
        "the secretariat to draft a common customs code",
    ]
    assert r.commitments == []


def test_numbered_paragraphs_of_a_communique_under_its_heading(run):
    r = run(
        "The water agencies of the Nile basin met in Kampala and closed the forum with the "
        "following communique.\n\n"
        "COMMUNIQUE\n\n"
        "1. We, the heads of the water agencies of the Nile basin, meeting in Kampala;\n\n"
        "2. Thank the people of Uganda for their hospitality;\n\n"
        "3. Are convinced that the basin states must share river flow data every month;\n\n"
        "4. Urge member states to fund the regional flood centre.\n\n"
        "BACKGROUND\n\nThe forum meets every two years.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "the basin states must share river flow data every month",
        "member states to fund the regional flood centre",
    ]


def test_in_it_and_the_sentences_after_speak_for_the_statement(run):
    r = run(
        "Twelve trade unions read out a joint statement at a press conference in Accra on "
        "Monday. In it the unions rejected the new labour code and asked parliament to delay "
        "the vote. They also demanded that the minister meet them before June.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "the new labour code",
        "parliament to delay the vote",
        "the minister meet them before June",
    ]
    assert r.commitments == []


def test_a_relative_clause_on_the_text_and_its_list_of_improvements(run):
    r = run(
        "The West Africa Justice Summit closed with the adoption of the Accra Declaration, "
        "which asks governments to act on several fronts: stronger courts, more shelters, "
        "better data and wider legal aid.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.name == "Accra Declaration"
    assert decl.calls == ["stronger courts", "more shelters", "better data", "wider legal aid"]


def test_a_named_speaker_reporting_a_resolve_makes_no_declaration(run):
    r = run(
        "President Ana Ruiz and President Tomas Berg met in Lisbon on Monday. At the joint "
        "press statement that followed, Ruiz said the two sides had resolved to expand rail "
        "links between the two capitals.\n"
    )
    assert r.facts.declarations == []
    assert {(a, k) for a, k, _ in r.commitments} == {
        ("Ana Ruiz", "pledge"), ("Tomas Berg", "pledge")}
