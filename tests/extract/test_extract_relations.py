"""Participations, collaborations and endorsements."""


def test_organized_by_in_collaboration_with_gives_both_organizers(run):
    r = run(
        "A workshop on border management was organized by the Federal Investigation Agency "
        "(FIA) in collaboration with the International Centre for Migration Policy Development "
        "in Karachi. Maria Lopez, Deputy Director of the National Border Agency, said that "
        "training was essential."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert organizers == {
        "Federal Investigation Agency",
        "International Centre for Migration Policy Development",
    }
    assert ("Maria Lopez", "participant") in r.participations
    assert ("National Border Agency", "organizer") not in r.participations
    # co-organizers are paired
    assert (
        frozenset(
            {
                "Federal Investigation Agency",
                "International Centre for Migration Policy Development",
            }
        )
        in r.collaborations
    )
    event = r.facts.events[0].id
    assert {p.event for p in r.facts.participations} == {event}


def test_person_who_spoke_is_participant(run):
    r = run(
        "The Federal Investigation Agency hosted a seminar on human trafficking in Lahore. "
        "Speaking at the seminar, Ahmad Ishaq Jahangir said that cases had doubled."
    )
    assert ("Ahmad Ishaq Jahangir", "participant") in r.participations
    assert ("Federal Investigation Agency", "organizer") in r.participations
    assert ("Ahmad Ishaq Jahangir", "organizer") not in r.participations


def test_no_participation_without_an_event(run):
    r = run("Maria Lopez said that border checks would be tightened.")
    assert r.facts.participations == []


def test_signed_mou_pairs_signers(run):
    r = run(
        "The Ministry of Labour and the International Labour Organization (ILO) signed a "
        "memorandum of understanding on fair recruitment."
    )
    assert r.collaborations == {
        frozenset({"Ministry of Labour", "International Labour Organization"})
    }


def test_no_collaboration_without_a_cue(run):
    r = run(
        "The Ministry of Labour criticized the International Labour Organization over its report."
    )
    assert r.collaborations == set()


def test_praised_and_pronoun_commended(run):
    r = run(
        "A seminar on migrant smuggling was held in Karachi. Ahmad Ishaq Jahangir praised "
        "the National Border Agency for its support. He commended the International Centre "
        "for Migration Policy Development."
    )
    assert r.endorsements == {
        ("Ahmad Ishaq Jahangir", "National Border Agency"),
        ("Ahmad Ishaq Jahangir", "International Centre for Migration Policy Development"),
    }


def test_pronoun_takes_last_person_named(run):
    r = run(
        "Maria Lopez opened the meeting in Madrid. Ahmad Ishaq Jahangir spoke next. "
        "He thanked the National Border Agency."
    )
    assert r.endorsements == {("Ahmad Ishaq Jahangir", "National Border Agency")}


def test_no_endorsement_without_a_praise_verb(run):
    r = run("Ahmad Ishaq Jahangir met the National Border Agency in Madrid.")
    assert r.endorsements == set()


def test_pronoun_after_a_title_reference_takes_that_person(run):
    r = run(
        "Interior Minister Rana Malik opened the forum. Police Bureau Director Sara Ahmed "
        "spoke next. The minister praised the National Border Agency. He urged parents to "
        "report missing children."
    )
    assert r.endorsements == {("Rana Malik", "National Border Agency")}
    assert r.commitments == [("Rana Malik", "call", "parents to report missing children")]


def test_an_organization_and_a_role_refer_to_who_holds_a_post_there(run):
    r = run(
        "Interior Minister Rana Malik opened the forum, organised by the National Border "
        "Agency (NBA). NBA Director General Tariq Khan spoke. The minister praised the NBA. "
        "The NBA chief said more patrols were planned. He called for more sniffer dogs."
    )
    assert ("Tariq Khan", "call", "more sniffer dogs") in r.commitments


def test_an_organization_before_a_word_that_is_no_role_refers_to_no_one(run):
    r = run(
        "NBA Director General Tariq Khan opened the forum of the National Border Agency "
        "(NBA). Ms Lena Berg, Head of Office of IOM, praised the NBA leadership. She called "
        "for more training."
    )
    assert ("Lena Berg", "call", "more training") in r.commitments


def test_a_joint_operation_pairs_the_bodies_that_ran_it(run):
    r = run("The joint inspection was carried out by the Federal Highway Police, the Ministry "
            "of Labour and the Pastoral Land Commission.")
    assert r.collaborations == {
        frozenset({"Federal Highway Police", "Ministry of Labour"}),
        frozenset({"Federal Highway Police", "Pastoral Land Commission"}),
        frozenset({"Ministry of Labour", "Pastoral Land Commission"}),
    }


def test_co_hosted_with_makes_both_organizers(run):
    r = run("The Ministry of Labour co-hosted the forum on recruitment fees with the "
            "International Labour Organization. Later the forum was co-hosted with the "
            "Pastoral Land Commission.")
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert "Pastoral Land Commission" in organizers


def test_a_pronoun_passes_over_a_person_an_honorific_gives_the_other_gender(run):
    r = run("The meeting opened in Lahore. Ms Karin Lindqvist of IOM praised the agency. Mr "
            "Ahmed Raza of the Federal Investigation Agency spoke next. She called for a "
            "victim-centred approach.")
    assert ("Karin Lindqvist", "call", "a victim-centred approach") in r.commitments


def test_a_communique_item_with_no_subject_names_no_one_who_praises(run):
    r = run(
        "Minister Ana Lopez opened the meeting. The delegates closed it with a communique:\n"
        "1. Commend the Harbour Authority of Veloria for its hospitality;\n"
        "2. Express our gratitude to the Coastal Research Institute for its support."
    )
    assert r.endorsements == set()


def test_he_who_thanks_is_not_the_one_he_talked_with(run):
    r = run(
        "Finance Minister Omar Haddad visited the Northern Bank on Monday. In talks with Anna "
        "Berg and Paul Kern, he thanked the Northern Bank for its support."
    )
    assert ("Omar Haddad", "Northern Bank") in r.endorsements
    assert not any(s in ("Anna Berg", "Paul Kern") for s, _ in r.endorsements)


def test_a_body_that_only_qualifies_what_is_thanked_is_not_thanked(run):
    r = run("Omar Haddad, the Minister of Health, thanked the UN agencies on the ground and the "
            "Red Lantern Society for their help.")
    assert ("Omar Haddad", "Red Lantern Society") in r.endorsements
    assert not any(t == "United Nations" for _, t in r.endorsements)


def test_a_body_praised_as_it_is_the_body_last_named(run):
    r = run("The Harbour Authority of Veloria opened its new terminal. Mayor Lisa Park hailed it "
            "as a model for the region.")
    assert ("Lisa Park", "Harbour Authority of Veloria") in r.endorsements


def test_of_two_subjects_the_one_nearest_the_praise_verb_praises(run):
    r = run("Meeting Sara Lind, head of the Northern Bank, Omar Haddad praised the Delta Fund "
            "for its work.")
    assert ("Omar Haddad", "Delta Fund") in r.endorsements
    assert ("Sara Lind", "Delta Fund") not in r.endorsements


def test_bodies_a_broken_parse_leaves_before_co_organised_all_organize(run):
    # "A (AA) and B co-organised": the parse hangs A on the opening phrase, B on the split "co"
    r = run(
        "LISNA, 5 July - In the afternoon of 5 July the State Secretariat for Harbour Affairs "
        "(SHA) and the Ministry of Economy of Valdoria co-organised an economic forum on the "
        "role of the private sector in the recovery."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert organizers == {"Secretariat for Harbour Affairs", "Ministry of Economy of Valdoria"}


def test_a_body_that_invited_is_no_organizer_of_what_others_co_hosted(run):
    r = run(
        "VALDORIA, 3 March - At the invitation of the Harbour Safety Agency (HSA), the Coastal "
        "Research Institute and the Port Authority co-hosted a workshop on port inspections."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert "Harbour Safety Agency" not in organizers
    assert {"Coastal Research Institute", "Port Authority"} <= organizers


def test_the_body_whose_meeting_it_is_organizes_it_only_when_no_one_else_is_named(run):
    r = run(
        "ALMATY, 17 April - The 91st meeting of the Interstate Commission for River Basins was "
        "held in Almaty on 16 April. The meeting was organised by the Ministry of Water of "
        "Valdoria."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert organizers == {"Ministry of Water of Valdoria"}
    r = run(
        "RIYADH, 22 May - The Gulf Metrology Council held its 41st meeting in Riyadh on "
        "Wednesday, hosted by the Saudi Metrology Agency."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert {"Gulf Metrology Council", "Saudi Metrology Agency"} <= organizers


def test_who_will_host_a_later_gathering_or_launched_a_scheme_organizes_none_told(run):
    r = run(
        "KIGALI, 3 May - The Second Meeting of Heads of CERTs ended in Kigali on Friday. It was "
        "hosted by the National Cyber Agency. Mr Tom Banda confirmed that the Coastal "
        "Regulatory Authority would host the next meeting."
    )
    told = {e.id for e in r.facts.events if not e.name.lower().startswith("next")}
    organizers = {r.name(p.actor) for p in r.facts.participations
                  if p.role == "organizer" and p.event in told}
    assert organizers == {"National Cyber Agency"}
    r = run(
        "SHARM EL-SHEIKH, 14 November - At the COP27 climate conference, the Harbour Alliance "
        "and the Group of Nine jointly launched the Blue Shield, a scheme of pre-arranged "
        "financial support. Minister Ana Vale attended the conference."
    )
    assert not {a for a, role in r.participations if role == "organizer"}


def test_a_gathering_launched_or_run_by_a_body_is_organized_by_it(run):
    r = run(
        "NAIROBI, 3 May - The Ministry of Health launched a workshop on malaria data in Nairobi "
        "on Monday. The training course, run by the Institute of Tropical Medicine, lasted "
        "three days."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert {"Ministry of Health", "Institute of Tropical Medicine"} <= organizers


def test_a_body_after_a_relative_clause_organizes_with_the_one_before_it(run):
    r = run(
        "DUBAI, 3 May - The Ministerial Roundtable on Delivering the Cooling Pledge was "
        "organized by the Cool Coalition, which the Lakes Environment Programme (LEP) leads, and "
        "the Lakes Summit Presidency (LSP)."
    )
    organizers = {a for a, role in r.participations if role == "organizer"}
    assert "Lakes Environment Programme" not in organizers
    assert {"Cool Coalition", "Lakes Summit Presidency"} <= organizers
