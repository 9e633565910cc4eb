"""The terms of an agreement named in an earlier sentence are pledges of its parties
(kg.extract.pacts.pact_terms)."""


def test_terms_of_a_pact_signed_between_two_bodies(run):
    r = run(
        "The Harbour Police and the Coast Guard Service met in Lisbon on Monday. Last year "
        "they signed an agreement between the Harbour Police and the Coast Guard Service in "
        "Porto. The agreement covers joint patrols along the coast; the exchange of radar "
        "data; and shared training for boarding teams."
    )
    for body in ("Harbour Police", "Coast Guard Service"):
        assert (body, "pledge", "joint patrols along the coast") in r.commitments
        assert (body, "pledge", "shared training for boarding teams") in r.commitments


def test_chiefs_signing_for_their_institutions_bind_the_institutions(run):
    r = run(
        "LISBON - The Director of the Northern Border Police, Ana Ribeiro, met her counterpart "
        "Commissioner Paul Mensah of the Southern Border Police in Lisbon.\n\n"
        "The talks follow the memorandum that the two border chiefs signed on behalf of their "
        "institutions in March. The memorandum covers joint patrols along the frontier; the "
        "exchange of criminal records; and shared training for dog handlers."
    )
    assert ("Northern Border Police", "pledge", "joint patrols along the frontier") in r.commitments
    assert ("Southern Border Police", "pledge", "shared training for dog handlers") in r.commitments


def test_a_report_on_what_an_agreement_covers_binds_no_one_unnamed(run):
    r = run("The agreement covers joint patrols along the coast; and the exchange of radar data.")
    assert r.commitments == []
