"""Whom praise is aimed at: "the Commission" that is not the praiser's own body named with
him, "Colombia's government", "his work" (him)."""


def test_the_short_name_is_not_the_praisers_own_body_named_beside_him(run):
    r = run(
        "The Brenz River Commission met in Olvar on Monday. Ina Kapp, Secretary to the Water "
        "Convention at the Arlow Economic Commission, congratulated the Commission on its work "
        "plan."
    )
    assert ("Ina Kapp", "Brenz River Commission") in r.endorsements
    assert ("Ina Kapp", "Arlow Economic Commission") not in r.endorsements


def test_a_places_government_is_that_government(run):
    r = run(
        "The Government of Colombia opened its borders. Secretary Tom Lask praised Colombia's "
        "government for its generosity."
    )
    assert ("Tom Lask", "Government of Colombia") in r.endorsements


def test_tribute_to_his_work_is_tribute_to_him(run):
    r = run(
        "Ambassador Piet Rand of Olvar chaired the talks for three years. The Director-General "
        "of the Arlow Trade Organization, Ms. Ana Pirez, paid tribute to his patient work."
    )
    assert ("Ana Pirez", "Piet Rand") in r.endorsements


def test_a_federation_qualified_in_english_is_the_one_named_in_french(run):
    r = run(
        "The championships were co-organised by the Fédération Togolaise des Échecs and the "
        "Ministry of Sports of Togo. Chief Ivo Rand thanked the Togolese federation and the "
        "ministry for organising the assembly."
    )
    assert ("Ivo Rand", "Fédération Togolaise des Échecs") in r.endorsements


def test_a_near_adjective_of_another_country_is_not_that_country(run):
    r = run(
        "The Austrian government and the Australian Government signed a treaty. Mr. Tom Lask "
        "praised the Austrian government."
    )
    assert ("Tom Lask", "Australian Government") not in r.endorsements


def test_thanks_to_a_bodys_staff_thank_the_body(run):
    r = run(
        "The Olvar Nuclear Commission (ONC) and the Brenz Emergency Agency signed a memorandum. "
        "Ms. Ina Kapp of the Brenz Emergency Agency said it was a good day. She thanked the ONC "
        "staff for months of patient drafting.\n\n"
        "Mr. Tom Lask praised the UN agencies on the ground."
    )
    assert ("Ina Kapp", "Olvar Nuclear Commission") in r.endorsements
    assert not any(t == "UN" for _, t in r.endorsements)
