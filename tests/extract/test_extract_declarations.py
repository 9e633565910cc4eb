"""Declarations adopted at events, one entry per call."""


def test_declaration_calls(run):
    r = run(
        "A conference on labour migration was held in Geneva. The conference concluded with "
        "the adoption of a declaration that called for closer cooperation among border "
        "agencies and the protection of migrant workers."
    )
    assert len(r.facts.declarations) == 1
    decl = r.facts.declarations[0]
    assert decl.calls == [
        "closer cooperation among border agencies",
        "the protection of migrant workers",
    ]
    assert decl.event == r.facts.events[0].id
    # the declaration's calls are not credited to an actor as well
    assert r.facts.commitments == []


def test_a_bulleted_list_after_called_for_gives_one_call_per_item(run):
    r = run(
        "WINDHOEK - The Ministerial Meeting on Trafficking in Persons closed today.\n"
        "The ministers adopted the Windhoek Communique, in which they called for:\n"
        "- the harmonisation of national laws on trafficking;\n"
        "- a regional database of trafficking cases; and\n"
        "- more shelters for survivors in every member state.\n"
        "The ministers will meet again next year.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.name == "Windhoek Communique"
    assert decl.calls == [
        "the harmonisation of national laws on trafficking",
        "a regional database of trafficking cases",
        "more shelters for survivors in every member state",
    ]


def test_a_statement_listing_what_the_council_urged_and_requested_gives_each_call(run):
    r = run(
        "NEW YORK - The Security Council met on drug and arms trafficking in the Caribbean.\n"
        "In a presidential statement adopted at the meeting, the Council:\n"
        "- urged Member States to strengthen controls on the transfer of small arms;\n"
        "- called for closer cooperation between customs and police services; and\n"
        "- requested the Secretary-General to report on progress within six months.\n"
        "The meeting was chaired by the Permanent Representative of Malta.\n"
    )
    (decl,) = r.facts.declarations
    assert decl.calls == [
        "Member States to strengthen controls on the transfer of small arms",
        "closer cooperation between customs and police services",
        "the Secretary-General to report on progress within six months",
    ]
    assert r.commitments == []
