"""Collaborations told in shapes the first rules missed: "organised by A together with B", "B,
through which A works", "the three have worked jointly", "A and B, which are setting up a
joint degree", a charter signed by five bodies' officials, "a letter of intent"; and what
stays no collaboration."""


def test_organised_by_one_together_with_another_makes_both_organizers(run):
    r = run(
        "The 12th meeting of the Tarn Basin Council was held in Olvar on 3 May. The Ministry "
        "of Rivers and Irrigation of the Republic of Veloria organised the meeting together "
        "with the Basin Data Centre of the Council (BDC)."
    )
    ministry = "Ministry of Rivers and Irrigation of the Republic of Veloria"
    assert ("Basin Data Centre of the Council", "organizer") in r.participations
    assert frozenset({ministry, "Basin Data Centre of the Council"}) in r.collaborations


def test_organised_with_funding_from_another_is_no_co_organizer(run):
    r = run(
        "The seminar was organised by the Arlow Press Institute with funding from the Brenz "
        "Media Trust."
    )
    assert ("Brenz Media Trust", "organizer") not in r.participations
    assert frozenset({"Arlow Press Institute", "Brenz Media Trust"}) not in r.collaborations


def test_a_body_through_which_another_works_is_its_partner(run):
    r = run(
        "Director Ana Vell thanked the Harbour Relief Society, through which the Arlow Water "
        "Board carries out its projects in the delta."
    )
    assert frozenset({"Harbour Relief Society", "Arlow Water Board"}) in r.collaborations


def test_a_body_through_which_another_funds_is_no_partner(run):
    r = run(
        "Director Ana Vell praised the Harbour Relief Society, through which the Arlow "
        "Development Trust funds village wells."
    )
    assert frozenset({"Harbour Relief Society", "Arlow Development Trust"}) not in \
        r.collaborations


def test_the_three_worked_jointly_pairs_the_three_bodies_listed_before(run):
    r = run(
        "At the hearing the Arlow Food Bank, the Brenz Farmers Union and the Delta Seed "
        "Institute presented one plan. The three have worked jointly since March on seed "
        "fairs in the north."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow Food Bank", "Brenz Farmers Union"}) in pairs
    assert frozenset({"Arlow Food Bank", "Delta Seed Institute"}) in pairs
    assert frozenset({"Brenz Farmers Union", "Delta Seed Institute"}) in pairs


def test_a_number_that_fits_no_list_pairs_no_one(run):
    r = run(
        "The Arlow Food Bank and the Brenz Farmers Union spoke first. The three have worked "
        "jointly since March on seed fairs."
    )
    assert r.collaborations == set()


def test_bodies_a_relative_clause_says_run_a_joint_degree_work_together(run):
    r = run(
        "The two towns drew up the plan in close cooperation with the Arlow Institute of "
        "Technology and Brenz University, which are setting up a joint degree in water "
        "engineering."
    )
    assert frozenset({"Arlow Institute of Technology", "Brenz University"}) in r.collaborations


def test_a_charter_signed_by_five_bodies_officials_pairs_every_two_bodies(run):
    r = run(
        "The charter was signed by the Arlow Institute's Rector, Professor Tam Oke; the "
        "President of the Brenz Polytechnic (BP), Dr. Lia Voss; Delta University's Vice "
        "President for Research, Dr. Ken Mabo; the Chancellor of the Harbour College of "
        "Science (HCS), Dr. Rui Sato; and Dr. Eva Lund, Deputy Rector of Tarn University."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow Institute", "Tarn University"}) in pairs
    assert frozenset({"Brenz Polytechnic", "Harbour College of Science"}) in pairs
    assert frozenset({"Delta University", "Arlow Institute"}) in pairs


def test_a_letter_of_intent_signed_by_two_bodies_pairs_them(run):
    r = run(
        "The Arlow Trade Board and the Brenz Export Agency signed a letter of intent on "
        "Friday to send trade missions to the coast."
    )
    assert frozenset({"Arlow Trade Board", "Brenz Export Agency"}) in r.collaborations


def test_a_letter_that_is_no_letter_of_intent_pairs_no_one(run):
    r = run(
        "The Arlow Trade Board and the Brenz Export Agency signed a letter to the editor "
        "about port fees."
    )
    assert r.collaborations == set()


def test_a_body_and_its_own_secretariat_organizing_one_event_are_no_pair(run):
    r = run(
        "The Harbour Forum of Coastal States (HFCS) held its annual conference in Olvar. The "
        "conference was organised by the Ministry of Ports of Veloria together with the "
        "HFCS Secretariat."
    )
    assert frozenset({"Ministry of Ports of Veloria", "HFCS Secretariat"}) in r.collaborations
    assert frozenset({"Harbour Forum of Coastal States", "HFCS Secretariat"}) not in \
        r.collaborations


def test_a_list_of_signers_cut_at_an_abbreviated_title_still_pairs_every_body(run):
    r = run(
        "The network charter was signed by the Rector of Arlow University, Dr. Tam Oke; "
        "Brenz Polytechnic's Dean of Research, Assoc. Prof. Dr. Lia Voss; the President of "
        "Delta College, Dr. Ken Mabo; and Dr. Rui Sato, Provost of Tarn University."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow University", "Tarn University"}) in pairs
    assert frozenset({"Brenz Polytechnic", "Delta College"}) in pairs
    assert frozenset({"Delta College", "Tarn University"}) in pairs


def test_agreements_signed_by_a_list_of_officials_pair_no_one_by_the_list(run):
    r = run(
        "Agreements on roads were signed by the Rector of Arlow University, Dr. Tam Oke; the "
        "President of Delta College, Dr. Ken Mabo; and Dr. Rui Sato, Provost of Tarn "
        "University, each with the Ministry of Works."
    )
    assert frozenset({"Arlow University", "Tarn University"}) not in r.collaborations


def test_jointly_organised_with_funding_from_a_trust_leaves_the_funder_out(run):
    r = run(
        "The forum was jointly organised by the Arlow Water Board and the Brenz Health "
        "Council, with funding from the Delta Trust."
    )
    assert frozenset({"Arlow Water Board", "Brenz Health Council"}) in r.collaborations
    assert not any("Delta Trust" in p for p in r.collaborations)
    assert ("Delta Trust", "organizer") not in r.participations


def test_the_members_of_a_consortium_are_every_pair(run):
    r = run(
        "The members of the consortium are the Arlow Water Board, the Brenz Health Council "
        "and the Delta Research Institute."
    )
    pairs = r.collaborations
    assert frozenset({"Arlow Water Board", "Delta Research Institute"}) in pairs
    assert frozenset({"Brenz Health Council", "Delta Research Institute"}) in pairs


def test_the_members_of_a_delegation_are_no_pair(run):
    r = run(
        "The members of the delegation are the Arlow Water Board and the Brenz Health Council."
    )
    assert r.collaborations == set()


def test_hosted_with_another_as_technical_partner_pairs_them(run):
    r = run(
        "The workshop was hosted by the Arlow Water Board, with the Brenz Health Council as "
        "technical partner."
    )
    assert frozenset({"Arlow Water Board", "Brenz Health Council"}) in r.collaborations


def test_a_member_of_a_coalition_meeting_another_body_is_no_pair(run):
    r = run(
        "The Arlow Water Board, a member of the Delta Coalition, met the Brenz Health Council."
    )
    assert r.collaborations == set()

