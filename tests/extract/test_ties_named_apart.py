"""Working together said apart from a verb of working: the signatories named in a sentence of
their own, a sister-city tie, "A and B are partners in ..."; and look-alikes that are none."""


def test_signatories_named_after_the_signing_are_a_pair(run):
    r = run(
        "The memorandum of understanding was signed in Olvar on Monday. The signatories were "
        "the Arlow Water Board and the Brenz Health Council."
    )
    assert frozenset({"Arlow Water Board", "Brenz Health Council"}) in r.collaborations


def test_bodies_that_renew_a_sister_city_relationship_are_a_pair(run):
    r = run(
        "The Arlow City Council and the Brenz City Council renewed their sister-city "
        "relationship on Friday."
    )
    assert frozenset({"Arlow City Council", "Brenz City Council"}) in r.collaborations


def test_a_sister_city_relationship_between_two_bodies_pairs_them(run):
    r = run(
        "Mayor Tia Ross said the sister-city relationship between the Arlow City Council and "
        "the Brenz City Council would bring new trade."
    )
    assert frozenset({"Arlow City Council", "Brenz City Council"}) in r.collaborations


def test_a_plain_relationship_between_two_bodies_is_no_pair(run):
    r = run(
        "Mayor Tia Ross said the relationship between the Arlow City Council and the Brenz "
        "City Council had soured over water rights."
    )
    assert r.collaborations == set()


def test_bodies_that_are_partners_in_a_project_are_a_pair(run):
    r = run(
        "The Arlow Water Board and the Brenz Health Council are partners in the flood project."
    )
    assert frozenset({"Arlow Water Board", "Brenz Health Council"}) in r.collaborations


def test_bodies_that_are_rivals_are_no_pair(run):
    r = run("The Arlow Water Board and the Brenz Health Council are rivals for the grant.")
    assert r.collaborations == set()
