"""A name with no head word listed after a plural noun for bodies is a body's ("partners
including A, B and C"); issue 14; sentences written for these tests."""


def test_partners_listed_after_including(run):
    r = run(
        "Police close scam networks\n\nPORT VALE, 3 March 2025 - The Harbour Police Agency "
        "worked with operational partners including Netwatch, Cyberlance, Trovix and Kelmar "
        "Security. Funding came from donors such as Greenleaf and Ana Ruiz."
    )
    for name in ("Trovix", "Kelmar Security", "Greenleaf"):
        assert r.actors.get(name) == "Organization", name



def test_a_person_in_apposition_after_the_noun_is_no_item(run):
    r = run(
        "Partners speak\n\nSpeaking for the implementing partners, Anita Gorung, Executive "
        "Director of Harbour Aid, urged action."
    )
    assert r.actors.get("Anita Gorung") == "Person"
