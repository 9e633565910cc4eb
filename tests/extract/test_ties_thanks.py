"""Endorsements told with a noun of thanks ("expressed its gratitude to X"), with a reason
after "on" ("congratulated X on its gift to Y"), and by a body a communique names by one word
("The Assembly thanked ...")."""


def test_expressed_its_gratitude_to_a_body_thanks_that_body_not_the_reason(run):
    r = run(
        "The Harbour Council expressed its gratitude to the Brenz Development Agency for its "
        "support to the Arlow Water Board."
    )
    assert ("Harbour Council", "Brenz Development Agency") in r.endorsements
    assert ("Harbour Council", "Arlow Water Board") not in r.endorsements


def test_extended_thanks_and_voiced_appreciation_for_the_work_of_a_body(run):
    r = run(
        "Minister Tia Ross extended her thanks to the Brenz Relief Agency and voiced "
        "appreciation for the work of the Delta Rescue Service."
    )
    assert ("Tia Ross", "Brenz Relief Agency") in r.endorsements
    assert ("Tia Ross", "Delta Rescue Service") in r.endorsements


def test_expressed_concern_to_a_body_is_no_thanks(run):
    r = run("Minister Tia Ross expressed her concern to the Brenz Relief Agency.")
    assert r.endorsements == set()


def test_congratulated_a_body_on_its_gift_to_another_praises_the_giver_only(run):
    r = run(
        "Director Mara Kell congratulated the Government of Veloria on its first contribution "
        "to the Harbour Heritage Fund."
    )
    assert ("Mara Kell", "Government of Veloria") in r.endorsements
    assert ("Mara Kell", "Harbour Heritage Fund") not in r.endorsements


def test_the_body_named_by_one_word_thanks_as_that_body(run):
    r = run(
        "The Assembly of Water Ministers of the Delta Union met in Olvar on Friday. Dr. Ines "
        "Faro opened the session. The Assembly expressed its gratitude to the Government of "
        "Veloria for its hospitality."
    )
    assert ("Assembly of Water Ministers of the Delta Union", "Government of Veloria") in \
        r.endorsements
    assert ("Ines Faro", "Government of Veloria") not in r.endorsements


def test_a_participle_of_thanks_opening_a_sentence_is_its_subjects(run):
    r = run(
        "Thanking the Arlow Water Board for its support, Minister Tia Ross said the dams "
        "were safe."
    )
    assert ("Tia Ross", "Arlow Water Board") in r.endorsements


def test_a_participle_of_thanks_in_a_list_item_with_no_subject_names_no_one(run):
    r = run(
        "The conference adopted these conclusions:\n"
        "- Thanking the Arlow Water Board for its support, recommends more dams;\n"
        "- calls for new flood maps."
    )
    assert r.endorsements == set()


def test_a_body_named_by_one_word_that_is_no_actor_thanks_as_no_one(run):
    r = run(
        "Dr. Ines Faro said the talks went well. The Assembly expressed its gratitude to the "
        "Government of Veloria for its hospitality."
    )
    assert ("Ines Faro", "Government of Veloria") not in r.endorsements
