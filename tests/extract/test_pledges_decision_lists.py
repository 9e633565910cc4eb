"""Lists of decisions a gathering takes are its declaration's calls, whether or not the text is
named: "the delegates resolved to: (a) ...", "the Board decided: 1. To ...", and the list a
named text adopted "in which they:" sets out. A list a named speaker reports, or a named body's
own agreement, stays commitments."""


def _calls(r) -> list[str]:
    return [c for d in r.facts.declarations for c in d.calls]


def test_an_unnamed_group_resolving_to_a_lettered_list_gives_one_call_per_item(run):
    r = run(
        "The Lakeside Ports Conference met in Kisumu on 3 May.\n\n"
        "After two days of talks, the harbour masters resolved to:\n"
        "   (a) publish a common tariff for ferry berths;\n"
        "   (b) urge the riparian governments to dredge the main channels every year;\n"
        "   (c) set up a shared register of vessels by March.\n\n"
        "6. Grace Atieno, who chaired the meeting, said the secretariat will send the register "
        "to every port.\n"
    )
    assert _calls(r) == [
        "publish a common tariff for ferry berths",
        "the riparian governments to dredge the main channels every year",
        "set up a shared register of vessels by March",
    ]
    # the numbered paragraph after the lettered items is no item of the list
    assert ("Grace Atieno", "pledge") in {(a, k) for a, k, _ in r.commitments}


def test_a_named_body_deciding_a_numbered_list_of_infinitives(run):
    r = run(
        "The 14th meeting of the Upper Nile Basin Board was held in Juba on 2 June.\n\n"
        "Having heard the reports, the Upper Nile Basin Board decided:\n\n"
        "1. To approve the release schedule of the Nimule dam for the dry season.\n"
        "2. To instruct the Basin Secretariat to publish the gauge readings every week.\n"
        "3. To hold its next meeting in Malakal in October.\n"
    )
    assert _calls(r) == [
        "approve the release schedule of the Nimule dam for the dry season",
        "the Basin Secretariat to publish the gauge readings every week",
        "hold its next meeting in Malakal in October",
    ]
    assert r.commitments == []


def test_the_parties_agreeing_to_a_bulleted_list(run):
    r = run(
        "Delegates from forty countries met in Quito for the Andean Wetlands Summit. "
        "Among its targets, the parties agreed to:\n\n"
        "- restore a fifth of drained peat bogs by 2035;\n"
        "- end new drainage permits in protected basins.\n"
    )
    assert _calls(r) == [
        "restore a fifth of drained peat bogs by 2035",
        "end new drainage permits in protected basins",
    ]


def test_a_named_text_endorsed_in_which_they_list(run):
    r = run(
        "Ministers met in Tunis for the Mediterranean Fisheries Conference. Participants "
        "endorsed the Tunis Agenda for Small Boats, in which they:\n"
        "- commit to protecting coastal nurseries from trawling;\n"
        "- call for a common logbook for catches under twelve metres.\n"
    )
    assert _calls(r) == [
        "protecting coastal nurseries from trawling",
        "a common logbook for catches under twelve metres",
    ]


def test_a_named_body_agreeing_to_a_list_makes_its_own_pledges(run):
    r = run(
        "The Kisumu Water Board and the Nakuru Water Company signed a memorandum on Monday. "
        "The Kisumu Water Board agreed to:\n"
        "- share its billing software;\n"
        "- train meter readers from Nakuru.\n"
    )
    assert _calls(r) == []


def test_a_list_a_named_speaker_reports_is_no_decision(run):
    r = run(
        "The Coastal Towns Forum met in Mombasa. Mayor Halima Said said the delegates had "
        "agreed to:\n"
        "- clean the beaches every month;\n"
        "- share one tourism website.\n"
    )
    assert _calls(r) == []
