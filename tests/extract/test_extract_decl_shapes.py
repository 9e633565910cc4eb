"""The shapes of an adopted text: a joint statement in the first person ("We agree to: a) ..."),
a communique known by its closing line ("Issued at ..."), a body's numbered decisions ("The
Board decided: 4.1 to ..."), and two calls made in one sentence ("call upon A to X, and urge B
to Y")."""


def test_a_joint_statement_speaks_in_the_first_person(run):
    r = run(
        "JOINT STATEMENT OF THE HEADS OF THE RIVER BASIN AGENCIES\n\n"
        "Lilongwe, 4 March 2024\n\n"
        "1. We, the heads of the river basin agencies of the region, met in Lilongwe for the "
        "Third Basin Agencies Meeting.\n\n"
        "2. We agree to:\n"
        "   a) publish a common flood bulletin every week during the rains;\n"
        "   b) train hydrologists of every agency at the regional centre.\n\n"
        "3. We call upon governments to fund the gauging stations, and urge the utilities "
        "to report leaks to the agencies every month.\n\n"
        "4. We reject the diversion of shared rivers without prior consultation.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "publish a common flood bulletin every week during the rains",
        "train hydrologists of every agency at the regional centre",
        "governments to fund the gauging stations",
        "the utilities to report leaks to the agencies every month",
        "the diversion of shared rivers without prior consultation",
    ]
    assert r.commitments == []


def test_a_we_quoted_in_a_news_story_is_the_speakers_own(run):
    r = run(
        "BLANTYRE - The Malawi Red Cross Society held a meeting on flood relief on Monday.\n\n"
        "\"We call on donors to refill the emergency fund before the rains,\" said Grace "
        "Banda, the society's secretary general.\n"
    )
    assert r.facts.declarations == []


def test_a_communique_known_by_its_closing_line(run):
    r = run(
        "Apia, 3 May 2024\n\n"
        "1. The Annual Meeting of the Pacific Harbour Masters Network was held in Apia from 1 "
        "to 3 May 2024.\n\n"
        "2. Members reviewed the cyclone season and agreed that:\n"
        "   (a) members will share their port closure notices through the Network;\n"
        "   (b) a working group on salvage rules be set up.\n\n"
        "3. Members recognised the importance of pilot training in small ports and called on "
        "governments to fund new tugboats for the outer islands.\n\n"
        "Issued at Apia, 3 May 2024\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "members will share their port closure notices through the Network",
        "a working group on salvage rules be set up",
        "the importance of pilot training in small ports",
        "governments to fund new tugboats for the outer islands",
    ]


def test_a_news_story_without_a_closing_line_keeps_its_speakers_calls(run):
    r = run(
        "APIA - Harbour masters of the Pacific met in Apia on Friday.\n\n"
        "Members of the press recognised the importance of the meeting. Teuila Faleolo, the "
        "port director, called on governments to fund new tugboats for the outer islands.\n"
    )
    assert r.facts.declarations == []


def test_a_bodys_decisions_under_sub_numbered_items(run):
    r = run(
        "ACCRA - The Governing Board of the Coastal Fisheries Authority held its ninth "
        "meeting in Accra on Tuesday.\n\n"
        "4. The Board decided:\n\n"
        "   4.1 to approve the budget for 2025;\n"
        "   4.2 to open a field office in Takoradi before June;\n"
        "   4.3 to invite the Fishermen's Council to its next meeting as an observer.\n\n"
        "5. The next meeting will be held in Tema.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "approve the budget for 2025",
        "open a field office in Takoradi before June",
        "the Fishermen's Council to its next meeting as an observer",
    ]


def test_items_numbered_in_roman_numerals(run):
    r = run(
        "NAIROBI - The East African Health Ministers' Conference closed on Friday with the "
        "adoption of the Nairobi Declaration. In it the ministers agreed that:\n\n"
        "   (i) every district hospital should keep a stock of antivenom;\n"
        "   (ii) nurses must be trained to treat snakebite within a year;\n"
        "   (iii) snakebite deaths must be reported to the national registry.\n\n"
        "The next conference will be held in Kigali.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "every district hospital should keep a stock of antivenom",
        "nurses must be trained to treat snakebite within a year",
        "snakebite deaths must be reported to the national registry",
    ]


def test_the_terms_of_a_memorandum_under_its_text_are_no_declaration(run):
    r = run(
        "The Lake Victoria Basin Commission (LVBC) and the Nile Basin Initiative (NBI) on "
        "Monday signed a revised memorandum of understanding on flood warnings.\n\n"
        "Under the revised text:\n"
        "- the LVBC and the NBI will share rainfall forecasts every day during the rains;\n"
        "- the NBI will train the Commission's hydrologists in flood modelling.\n\n"
        "The signing took place in Kisumu.\n"
    )
    assert r.facts.declarations == []
    pledges = {(who, kind) for who, kind, _ in r.commitments}
    assert ("Nile Basin Initiative", "pledge") in pledges
