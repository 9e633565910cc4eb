"""Collaborations read from the parse (kg/extract/cowork.py): "in collaboration with", "joined
the initiative", "brings together", "its partners include", "implementing partner",
reciprocal verbs; and what is no collaboration (funding, bodies merely named together, a body
named in a clause that qualifies another)."""


def test_in_collaboration_with_pairs_the_doer_not_the_funder_nor_the_venture(run):
    r = run(
        "The study draws on the Delta Data Network, an independent project that the Arlow "
        "Policy Institute runs in collaboration with the Brenz Economic Council with backing "
        "from the Ministry of Trade of Veloria."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow Policy Institute", "Brenz Economic Council"}) in pairs
    assert not any("Ministry of Trade of Veloria" in p for p in pairs)
    assert not any("Delta Data Network" in p for p in pairs)


def test_bodies_that_join_an_initiative_work_with_those_who_ran_it(run):
    r = run(
        "Chief Tom Baro said the Arlow City Police had teamed up with the Coastal State "
        "Police for the summer, and that the Federal Customs Service and the National Drug "
        "Bureau later joined the initiative."
    )
    pairs = r.collaborations
    for a in ("Federal Customs Service", "National Drug Bureau"):
        assert frozenset({a, "Arlow City Police"}) in pairs
        assert frozenset({a, "Coastal State Police"}) in pairs
    assert frozenset({"Federal Customs Service", "National Drug Bureau"}) in pairs


def test_a_partnership_that_brings_bodies_together_pairs_each_two(run):
    r = run(
        "The partnership brings together the Arlow Water Board, the Brenz Health Council and "
        "the Delta Research Institute as its three members."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow Water Board", "Brenz Health Council"}) in pairs
    assert frozenset({"Brenz Health Council", "Delta Research Institute"}) in pairs


def test_the_partners_a_body_assembled_pair_with_it_not_with_each_other(run):
    r = run(
        "The Harbour Learning Foundation has assembled a network of partner institutions. "
        "In Europe the partners include Arlow University, the Brenz Institute of Technology "
        "and Delta College."
    )
    pairs = r.collaborations
    assert frozenset({"Harbour Learning Foundation", "Arlow University"}) in pairs
    assert frozenset({"Harbour Learning Foundation", "Delta College"}) in pairs
    assert frozenset({"Arlow University", "Delta College"}) not in pairs


def test_an_implementing_partner_pairs_with_the_body_it_serves(run):
    r = run(
        "The programme is run by the Arlow Drug Office, with the Brenz Migration Agency "
        "serving as the Arlow Drug Office's implementing partner in four provinces."
    )
    assert frozenset({"Arlow Drug Office", "Brenz Migration Agency"}) in r.collaborations


def test_bodies_that_agree_to_cooperate_or_form_a_coalition_work_together(run):
    r = run(
        "The Arlow Port Authority and the Brenz Maritime Board agreed to cooperate on pilot "
        "training. Members of the Coastal Alliance include the Delta Fishers Union, the "
        "Harbour Workers Union and the Sea Rescue Society. The coalition of the Arlow Farmers "
        "Union and the Brenz Traders Union held its first meeting on Monday."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow Port Authority", "Brenz Maritime Board"}) in pairs
    assert frozenset({"Delta Fishers Union", "Sea Rescue Society"}) in pairs
    assert frozenset({"Arlow Farmers Union", "Brenz Traders Union"}) in pairs


def test_a_body_named_in_a_clause_qualifying_another_is_no_partner(run):
    r = run(
        "The Arlow Medical Council, which reports to the Ministry of Health of Veloria, and "
        "the Brenz Pharma Company may also take up a joint programme on new drugs."
    )
    pairs = r.collaborations
    assert not any("Ministry of Health of Veloria" in p for p in pairs)


def test_bodies_merely_named_in_one_sentence_do_not_work_together(run):
    r = run(
        "Officials from the Arlow Health Agency and the Delta Research Institute attended the "
        "meeting, where the Brenz Medical Council presented its report."
    )
    assert r.collaborations == set()


def test_the_signing_told_again_names_no_new_parties(run):
    r = run(
        "The Government of Veloria has signed a credit agreement with the Arlow Development "
        "Bank. The agreement was signed at the Arlow Development Bank headquarters by Tom "
        "Baro, Secretary at the Ministry of Finance of Veloria, and Jon Weir, the Bank's "
        "Director."
    )
    pairs = r.collaborations
    assert frozenset({"Government of Veloria", "Arlow Development Bank"}) in pairs
    assert not any("Ministry of Finance of Veloria" in p for p in pairs)


def test_every_partner_of_a_long_list_pairs_with_the_owner(run):
    r = run(
        "The Harbour Learning Foundation has built a network of partner universities. In "
        "Canada the partners include Arlow State University, Brenz State University, Ridge "
        "University, the University of Ontario Lakeshore, Maple University and Pine College."
    )
    pairs = r.collaborations
    for member in ("Arlow State University", "Ridge University", "Pine College"):
        assert frozenset({"Harbour Learning Foundation", member}) in pairs


def test_work_run_together_with_a_body_pairs_them_however_together_is_parsed(run):
    r = run(
        "The Arlow Museum will run the research side of the project together with the Delta "
        "Studies Institute, whose director spoke at the launch. The Brenz Heritage Office will "
        "survey the collection together with the Veloria Records Agency next year."
    )
    assert frozenset({"Arlow Museum", "Delta Studies Institute"}) in r.collaborations
    assert frozenset({"Brenz Heritage Office", "Veloria Records Agency"}) in r.collaborations


def test_being_somewhere_together_with_a_body_is_no_collaboration(run):
    r = run(
        "The Arlow Museum attended the fair in Brenz together with the Delta Studies Institute. "
        "The Brenz Heritage Office met the minister together with the Veloria Records Agency."
    )
    assert not r.collaborations


def test_the_bodies_a_gathering_is_convened_in_cooperation_with_each_pair(run):
    r = run(
        "The ministerial meeting was convened by the Arlow Trade Secretariat, in close "
        "cooperation with the Brenz Cocoa Board and the Delta Coffee Council."
    )
    assert {frozenset({"Arlow Trade Secretariat", "Brenz Cocoa Board"}),
            frozenset({"Arlow Trade Secretariat", "Delta Coffee Council"}),
            frozenset({"Brenz Cocoa Board", "Delta Coffee Council"})} <= r.collaborations


def test_the_partners_a_body_runs_a_thing_with_do_not_pair_with_each_other(run):
    r = run(
        "The Arlow Museum runs the archive in partnership with the Delta Studies Institute and "
        "the Brenz Records Agency."
    )
    assert frozenset({"Delta Studies Institute", "Brenz Records Agency"}) not in r.collaborations
    assert frozenset({"Arlow Museum", "Brenz Records Agency"}) in r.collaborations


def test_a_body_that_will_go_on_working_with_another_pairs_with_it(run):
    r = run(
        "The Heads of Government agreed that the Arlow Heritage Office will go on working with "
        "the Brenz Records Agency and other stakeholders to find a solution."
    )
    assert frozenset({"Arlow Heritage Office", "Brenz Records Agency"}) in r.collaborations
    assert not any("Heads of Government" in p for p in r.collaborations)
