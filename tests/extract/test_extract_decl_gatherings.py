"""Decisions a gathering takes in its own voice: "the assembly resolved that ...", "It asked ...",
numbered paragraphs whose subject is the body ("5. The Authority decides ..."), a minutes'
"DECIDED:" heading, recommendations adopted at a workshop, and a list lead-in inside a numbered
paragraph ("4. The Ministers:")."""


def _calls(r):
    return [c for d in r.facts.declarations for c in d.calls]


def test_the_assembly_and_it_take_the_decisions_not_the_person_interviewed(run):
    r = run(
        "The Pacific Rowing Federation held its General Assembly in Apia last Friday.\n\n"
        "Interviewed afterwards, its president, Ms. Lina Toala, said the meeting went well.\n\n"
        "The assembly resolved that every member club will hire a certified coach by 2027. "
        "It asked the federation to set up a coaching academy in Suva. And it called on "
        "governments in the region to fund youth rowing programmes.\n"
    )
    assert _calls(r) == [
        "every member club will hire a certified coach by 2027",
        "the federation to set up a coaching academy in Suva",
        "governments in the region to fund youth rowing programmes",
    ]
    assert not r.commitments


def test_recommendations_adopted_and_their_that_clauses(run):
    r = run(
        "The Sahel Ports Committee held its 12th meeting in Dakar on Monday.\n\n"
        "The committee adopted recommendations for the ministers. It recommends that member "
        "states publish port fees online; that a shared cargo tracking system be set up by "
        "2027; and that customs officers be trained together.\n"
    )
    assert _calls(r) == [
        "member states publish port fees online",
        "a shared cargo tracking system be set up by 2027",
        "customs officers be trained together",
    ]


def test_numbered_paragraphs_with_the_body_as_subject(run):
    r = run(
        "The Authority of Heads of State of the Lakes Economic Union held its 40th ordinary "
        "session in Kigali on Sunday.\n\n"
        "FINAL COMMUNIQUE\n\n"
        "5. The Authority took note of the report of the Commission.\n\n"
        "6. The Authority decided to open a liaison office, and directed the Commission to "
        "prepare a plan for the transition.\n\n"
        "7. The Authority calls on Member States to keep recognising the union's passports.\n"
    )
    assert _calls(r) == [
        "open a liaison office",
        "the Commission to prepare a plan for the transition",
        "Member States to keep recognising the union's passports",
    ]


def test_minutes_decided_heading_and_workshop_recommendations(run):
    r = run(
        "The Budget Committee met on Tuesday to hear the Minister of Transport.\n\n"
        "DECIDED:\n"
        "1.1. To approve the draft law on road tolls with the Committee's amendments.\n"
        "1.2. To hold a hearing with the Roads Authority in March.\n"
        "1.3. Rapporteur on the draft: Ms. Ines Ruud.\n"
    )
    assert _calls(r) == [
        "approve the draft law on road tolls with the Committee's amendments",
        "hold a hearing with the Roads Authority in March",
    ]
    r = run(
        "The Wetlands Forum held its annual workshop in Kampala on Tuesday.\n\n"
        "At the close of the workshop the participants adopted the following recommendations:\n"
        "1. map every wetland larger than ten hectares by 2027;\n"
        "2. governments to fund community rangers from the national budget.\n"
    )
    assert _calls(r) == [
        "map every wetland larger than ten hectares by 2027",
        "governments to fund community rangers from the national budget",
    ]


def test_a_list_opened_inside_a_numbered_paragraph(run):
    r = run(
        "Fisheries ministers of the Coral Sea states met in Suva on Friday for their ninth "
        "ministerial meeting.\n\n"
        "DECISIONS\n\n"
        "4. The Ministers:\n"
        "   a) agreed to share vessel tracking data within 48 hours of a request;\n"
        "   b) urged flag states to ban transshipment at sea by 2028.\n"
    )
    assert _calls(r) == [
        "share vessel tracking data within 48 hours of a request",
        "flag states to ban transshipment at sea by 2028",
    ]


def test_agreeing_on_recommendations_adopts_them_and_calls_for_nothing(run):
    r = run(
        "Participants agreed on a set of recommendations, among them the creation of a "
        "regional roster of experts.\n"
    )
    assert not _calls(r)


def test_a_lead_in_whose_plural_noun_the_parse_takes_for_a_verb(run):
    r = run(
        "The Harbour Cities Forum opened on Monday with the adoption of its outcome document, "
        "the Valletta Pledge.\n\n"
        "In the Pledge, the member cities:\n\n"
        "- commit to halve the emissions of their port fleets by 2035;\n"
        "- call for the regional bank to fund shore power at every quay.\n"
    )
    assert _calls(r) == [
        "halve the emissions of their port fleets by 2035",
        "the regional bank to fund shore power at every quay",
    ]
    assert not r.commitments
