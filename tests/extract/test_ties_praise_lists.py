"""Who praises whom when the praise is coordinated with a report ("X said ..., and commended
B"), aimed at a counted group ("both ports", "the three regulators"), or said by "we" in a
report an organization writes of itself."""


def test_praise_coordinated_with_a_reported_clause_is_the_speakers(run):
    r = run(
        "Dr. Maria Lund said the Arlow Water Board would open two new plants, and commended the "
        "Brenz Development Agency for its loan."
    )
    assert r.endorsements == {("Maria Lund", "Brenz Development Agency")}


def test_both_ports_are_the_two_bodies_named_together(run):
    r = run(
        "The Arlow Port Authority and the Brenz Port Company signed a memorandum on Monday. The "
        "minister, Ms. Tia Ross, praised both ports for their speed."
    )
    assert {("Tia Ross", "Arlow Port Authority"), ("Tia Ross", "Brenz Port Company")} <= \
        r.endorsements


def test_the_three_regulators_are_the_three_bodies_named_together(run):
    r = run(
        "The Brenz Utilities Commission, the Delta Grid Authority and the Arlow Power Office "
        "signed a memorandum of understanding. Ms. Tia Ross commended the three regulators for "
        "their work."
    )
    assert {("Tia Ross", a) for a in ("Brenz Utilities Commission", "Delta Grid Authority",
                                      "Arlow Power Office")} <= r.endorsements


def test_a_counted_group_that_fits_no_list_praises_no_one(run):
    r = run(
        "The Brenz Utilities Commission and the Delta Grid Authority signed an accord. Ms. Tia "
        "Ross commended the three regulators for their work."
    )
    assert r.endorsements == set()


def test_the_teams_of_two_bodies_are_not_the_bodies(run):
    r = run(
        "Bishop Peter Ndungu, chair of the Arlow Ethics Commission, said the Arlow Ethics "
        "Commission and the Brenz Revenue Authority signed the accord. Bishop Ndungu lauded the "
        "two teams that negotiated the text."
    )
    assert r.endorsements == set()


_BLOG = (
    "Blog of the Arlow Highland Women's Network\n\n"
    "We came back from the forum tired. This post is for the members of our network who could "
    "not travel.\n\n"
    "On Wednesday we organized our side event, Water before copper, together with the Brenz "
    "Rights Group and the Delta Land Council. The session was moderated by Ms. Maria Lund, "
    "whom we thank warmly for stepping in.\n\n"
    "We want to thank the Brenz Rights Group and the Delta Land Council, our co-organizers."
)


def test_we_of_a_network_writing_of_itself_thank_and_organize(run):
    r = run(_BLOG)
    net = "Arlow Highland Women's Network"
    assert {(net, "Maria Lund"), (net, "Brenz Rights Group"), (net, "Delta Land Council")} <= \
        r.endorsements
    assert {frozenset((net, "Brenz Rights Group")), frozenset((net, "Delta Land Council")),
            frozenset(("Brenz Rights Group", "Delta Land Council"))} <= r.collaborations


def test_we_of_a_communique_names_no_one(run):
    r = run("We, the Heads of State of the region, thank the Arlow Development Bank for its "
            "support.")
    assert r.endorsements == set()


def test_whom_we_thank_after_an_apposition_is_the_person(run):
    r = run(
        "Blog of the Arlow Highland Women's Network\n\nThis post is for the members of our "
        "network. The session was moderated by Ms. Maria Lund, a former member of the Brenz "
        "Forum, whom we thank warmly for stepping in."
    )
    assert r.endorsements == {("Arlow Highland Women's Network", "Maria Lund")}


def test_a_body_in_a_circumstance_after_the_thanks_is_not_thanked(run):
    r = run(
        "Mr. Peter Vale thanked the Arlow Development Bank for its patience, after two years of "
        "negotiation with the Brenz Metro Company."
    )
    assert r.endorsements == {("Peter Vale", "Arlow Development Bank")}
