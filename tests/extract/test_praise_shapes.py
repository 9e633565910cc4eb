"""Endorsements whose giver is named by a title ("The Speaker thanked"), by a relative clause
on two persons ("A and B, who praised"), by "we" of a blog ("for us at X"), and whose receiver
is a short form ("the Red Cross") or a counted plural of bodies named apart ("the two regional
centres")."""


def test_the_speaker_thanks_as_the_person_named_with_that_title(run):
    r = run(
        "The Harbour Assembly of Veloria met in Olvar on Monday. The session was opened by the "
        "Speaker of the Harbour Assembly, Ms. Tia Ross, in the presence of the diplomatic corps. "
        "The Speaker thanked the Brenz Relief Agency for its long support to the Assembly."
    )
    assert ("Tia Ross", "Brenz Relief Agency") in r.endorsements


def test_the_president_named_beside_two_persons_praises_as_no_one(run):
    r = run(
        "Present: Prof. Ana Moreau (President of the Delta Rectors Council), Prof. Bo Lind "
        "(Rector of the University of Olvar).\n\n"
        "Invited: Dr. Ines Kapp, President of the Board of the Harbour Quality Agency.\n\n"
        "The President opened the meeting and thanked Prof. Lind for the hospitality of his "
        "university."
    )
    assert ("Ines Kapp", "Bo Lind") not in r.endorsements


def test_two_persons_with_one_relative_clause_of_praise_both_praise(run):
    r = run(
        "The session was also attended by the two co-chairs of the Delta Water Partnership "
        "(DWP), Dr. Ines Kapp and Mr. Olaf Brandt, who praised the Arlow Water Board for "
        "turning talk into a plan."
    )
    assert ("Ines Kapp", "Arlow Water Board") in r.endorsements
    assert ("Olaf Brandt", "Arlow Water Board") in r.endorsements


def test_we_of_a_blog_that_says_us_at_a_body_thank_as_that_body(run):
    r = run(
        "On Monday we travelled to Olvar for the Delta Dialogue on Water, organised by the "
        "Brenz Relief Agency. For us at the Arlow Women's Forum, it was a chance to be heard.\n\n"
        "We want to thank the Brenz Relief Agency for inviting us, and the Delta Rescue Service "
        "for paying for our buses."
    )
    assert ("Arlow Women's Forum", "Brenz Relief Agency") in r.endorsements
    assert ("Arlow Women's Forum", "Delta Rescue Service") in r.endorsements


def test_the_short_form_of_a_body_named_before_is_that_body(run):
    r = run(
        "The ceremony was organized by the Brenz Relief Agency in partnership with the Olvar Red "
        "Cross Society. Minister Tia Ross thanked the agency and the Red Cross for standing by "
        "the families."
    )
    assert ("Tia Ross", "Olvar Red Cross Society") in r.endorsements


def test_the_two_centres_are_the_two_bodies_named_apart_with_that_noun(run):
    r = run(
        "Captain Ana Moreau, director of the Regional Centre for Coastal Safety of the North, "
        "asked for one reporting form. Her counterpart at the Regional Centre for Coastal Safety "
        "of the South, Captain Bo Lind, said the centre would open a desk in Olvar. Admiral Karl "
        "Weiss thanked the Harbour Commission and the two regional centres for their work."
    )
    assert ("Karl Weiss", "Regional Centre for Coastal Safety of the North") in r.endorsements
    assert ("Karl Weiss", "Regional Centre for Coastal Safety of the South") in r.endorsements


def test_the_two_teams_that_drafted_a_text_are_no_bodies(run):
    r = run(
        "The Harbour Response Team and the Delta Response Team met in Olvar. Director Tia Ross "
        "lauded the two teams that drafted the protocol."
    )
    assert not {t for s, t in r.endorsements if s == "Tia Ross"}


def test_thanked_the_donors_among_them_two_bodies_thanks_both(run):
    r = run(
        "Director Tia Ross of the Brenz Relief Agency thanked the donors, among them the Delta "
        "Rescue Service and the Arlow Water Board, for their generosity."
    )
    assert ("Tia Ross", "Delta Rescue Service") in r.endorsements
    assert ("Tia Ross", "Arlow Water Board") in r.endorsements


def test_i_in_an_interview_answer_is_the_person_interviewed(run):
    r = run(
        "The Harbour Union held its council in Olvar last week. We spoke to the Union's "
        "Secretary General, Mr. Olaf Brandt, after the session.\n\n"
        "Q: Was the Delta Water Board present?\n\n"
        "A: Yes. Its director, Ms. Ines Kapp, attended, and I want to thank her for the "
        "board's help with our training."
    )
    assert ("Olaf Brandt", "Ines Kapp") in r.endorsements


def test_i_outside_an_interview_praises_as_no_one(run):
    r = run(
        "Ms. Ines Kapp of the Delta Water Board spoke in Olvar. \"I want to thank him,\" a "
        "farmer said of Mr. Olaf Brandt."
    )
    assert ("Ines Kapp", "Olaf Brandt") not in r.endorsements


def test_both_teams_after_a_signing_are_the_two_parties(run):
    r = run(
        "In Olvar on Monday, the Brenz Cyber Agency and the Delta Cyber Agency signed a "
        "memorandum of understanding on incident response. Director Tia Ross of the Harbour "
        "Union commended both teams and said other members would follow."
    )
    assert ("Tia Ross", "Brenz Cyber Agency") in r.endorsements
    assert ("Tia Ross", "Delta Cyber Agency") in r.endorsements


def test_the_two_teams_that_drafted_a_signed_text_are_not_the_parties(run):
    r = run(
        "In Olvar on Monday, the Brenz Cyber Agency and the Delta Cyber Agency signed a "
        "memorandum of understanding on incident response. Director Tia Ross of the Harbour "
        "Union lauded the two teams that drafted the text."
    )
    assert not {t for s, t in r.endorsements if s == "Tia Ross"}


def test_the_person_in_apposition_to_a_body_subject_praises(run):
    r = run(
        "Speaking on a panel, the Brenz Development Bank's head of office, Mr. Olaf Brandt, said "
        "the bank stood ready to finance new plants, and commended the Ministry of Water for "
        "consulting industry on the draft law."
    )
    assert ("Olaf Brandt", "Ministry of Water") in r.endorsements
    assert ("Brenz Development Bank", "Ministry of Water") not in r.endorsements


def test_a_list_led_by_the_ministers_thanks_as_the_council_of_ministers(run):
    r = run(
        "The 12th Meeting of the Council of Water Ministers of the Delta Union was held in Olvar "
        "on 3 May.\n\nThe Ministers:\n- thanked the Government of Veloria for hosting the "
        "meeting;\n- commended the Delta Rescue Service for its work."
    )
    council = "Council of Water Ministers of the Delta Union"
    assert (council, "Government of Veloria") in r.endorsements
    assert (council, "Delta Rescue Service") in r.endorsements


def test_ministers_of_no_body_so_named_thank_as_no_one(run):
    r = run(
        "The Delta Union Council met in Olvar on 3 May. Ministers expressed their gratitude to "
        "the Government of Veloria for its hospitality."
    )
    assert r.endorsements == set()


def test_the_body_a_praised_person_works_for_is_not_praised(run):
    r = run(
        "Minister Tia Ross praised Dr. Ines Kapp of the Brenz Relief Agency for her work, and "
        "congratulated Mr. Olaf Brandt, the new head of the Delta Rescue Service, on his "
        "election."
    )
    assert ("Tia Ross", "Ines Kapp") in r.endorsements
    assert ("Tia Ross", "Olaf Brandt") in r.endorsements
    assert ("Tia Ross", "Brenz Relief Agency") not in r.endorsements
    assert ("Tia Ross", "Delta Rescue Service") not in r.endorsements


def test_a_person_and_a_body_thanked_together_are_both_thanked(run):
    r = run("Minister Tia Ross thanked Dr. Ines Kapp and the Brenz Relief Agency for their work.")
    assert ("Tia Ross", "Ines Kapp") in r.endorsements
    assert ("Tia Ross", "Brenz Relief Agency") in r.endorsements


def test_grateful_for_the_support_of_a_body_thanks_that_body(run):
    r = run(
        "Ms. Tia Ross, the Minister of Water, said the ministry was grateful for the support of "
        "the Brenz Relief Agency."
    )
    assert ("Tia Ross", "Brenz Relief Agency") in r.endorsements


def test_grateful_for_an_opportunity_thanks_no_one(run):
    r = run("Ms. Tia Ross of the Ministry of Water said she was grateful for the opportunity.")
    assert r.endorsements == set()


def test_the_minister_praised_is_the_person_named_beside_that_title(run):
    r = run(
        "The dialogue in Olvar was opened by the Minister of Water, Hon. Tia Ross-Delano, who "
        "told a packed hall that one school in five has no water.\n\n"
        "Dr. Ines Kapp of the Brenz Relief Agency appreciated the frankness of the Minister, "
        "who stayed for the whole afternoon."
    )
    assert ("Ines Kapp", "Tia Ross-Delano") in r.endorsements


def test_the_secretary_general_thanks_as_the_person_with_that_hyphened_title(run):
    r = run(
        "The Delta Union Council met in Olvar on 3 May. The Secretary-General of the Delta "
        "Union, Mr. Olaf Brandt, opened the meeting. Later, the Secretary-General thanked the "
        "Brenz Relief Agency for its support."
    )
    assert ("Olaf Brandt", "Brenz Relief Agency") in r.endorsements


def test_the_executive_director_is_not_the_director_of_finance(run):
    r = run(
        "The Delta Union Council met in Olvar on 3 May. The Executive Director of the Brenz "
        "Relief Agency, Ms. Tia Ross, spoke first. The Director of Finance of the Delta Union, "
        "Mr. Olaf Brandt, spoke next. The Executive Director commended the Delta Rescue Service "
        "for its work."
    )
    assert ("Tia Ross", "Delta Rescue Service") in r.endorsements
    assert ("Olaf Brandt", "Delta Rescue Service") not in r.endorsements
