"""Collaborations: a list of partners after "with" that an apposition breaks ("with A (AB),
the regional section of W, and B"), and no list where none is ("with A, and B said")."""


def test_a_partner_after_an_apposition_is_still_listed(run):
    r = run(
        "The workshop was organised by the Olvar City Government together with the Arlow "
        "Cities Network (ACN), the regional section of the world organisation of local "
        "governments, and the Delta Climate Institute."
    )
    assert frozenset(("Olvar City Government", "Delta Climate Institute")) in r.collaborations
    assert frozenset(("Arlow Cities Network", "Delta Climate Institute")) in r.collaborations


def test_a_body_in_the_next_clause_is_no_partner(run):
    r = run(
        "The Brenz Port Authority worked with the Olvar Harbour Board, and the Arlow Shipping "
        "Agency said the plan was good."
    )
    assert frozenset(("Brenz Port Authority", "Olvar Harbour Board")) in r.collaborations
    assert not any("Arlow Shipping Agency" in c for c in r.collaborations)
