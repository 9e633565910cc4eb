"""An agreement's terms are pledges of each named party: a bulleted list under "Under the
memorandum, the parties will:", "the two ports will A, B and C", "They will also ..."."""


def _by_text(r, words: str) -> set[str | None]:
    return {a for a, k, t in r.commitments if words in t and k == "pledge"}


def test_a_list_of_terms_binds_every_party_signed_for(run):
    r = run(
        "Tallinn, 16 October 2025 - The Maritime Signals Authority of Estonia (MSA) hosted the "
        "signing at its headquarters. It was signed for the MSA by its Director, Dr. Jaan Tamm; "
        "for the Harbour Radio Office (HRO) by its Chair, Ms. Liis Kask; and for the Coastal "
        "Frequency Board (CFB) by its head, Mr. Peeter Saar. The National Spectrum Register "
        "(NSR) joined the memorandum as a technical party.\n\n"
        "Under the memorandum, the parties will:\n"
        "- exchange interference reports within two days of detection;\n"
        "- run joint measurement campaigns at least once a year.\n\n"
        "Dr. Tamm said the MSA would host the first meeting of the working group."
    )
    four = {"Maritime Signals Authority of Estonia", "Harbour Radio Office",
            "Coastal Frequency Board", "National Spectrum Register"}
    assert _by_text(r, "exchange interference reports") == four
    assert _by_text(r, "joint measurement campaigns") == four
    assert not r.facts.declarations  # named parties bind themselves: no text's calls


def test_a_list_under_named_parties_is_not_a_declaration(run):
    r = run(
        "The Chilean Polar Institute (CPI) and the Korea Ocean Institute (KOI) signed a "
        "memorandum of understanding on Monday in Valparaiso. Under the memorandum, CPI and "
        "KOI will:\n\n"
        "- share ship time on their research vessels;\n"
        "- run a joint survey of krill stocks in 2026.\n"
    )
    both = {"Chilean Polar Institute", "Korea Ocean Institute"}
    assert _by_text(r, "share ship time") == both
    assert _by_text(r, "joint survey of krill") == both
    assert not r.facts.declarations


def test_a_counted_plural_of_any_noun_takes_up_the_signatories(run):
    r = run(
        "The Vela Port Authority (VPA) and the Stern Port Company signed a memorandum of "
        "understanding on Monday in Muscat. Under the memorandum, the two ports will jointly "
        "assess the storage facilities needed to export ammonia, and will share data on safety "
        "standards. They will also set up a joint working group."
    )
    both = {"Vela Port Authority", "Stern Port Company"}
    assert _by_text(r, "assess the storage facilities") == both
    assert _by_text(r, "share data on safety standards") == both
    assert _by_text(r, "joint working group") == both


def test_each_verb_a_will_binds_the_parties_to_is_a_term(run):
    r = run(
        "The Gulf Metrology Centre and the Sahel Standards Bureau signed a memorandum in "
        "Riyadh. Under the memorandum the two organizations will exchange draft standards on "
        "traded goods, take part in each other's technical committees, and run joint training "
        "for inspectors."
    )
    both = {"Gulf Metrology Centre", "Sahel Standards Bureau"}
    for words in ("exchange draft standards", "technical committees", "joint training"):
        assert _by_text(r, words) == both
    assert not any("technical committees" in t and "draft" in t for _, _, t in r.commitments)


def test_one_speaker_saying_would_and_would_keeps_one_pledge(run):
    r = run(
        "Minister Olga Berg of the Ministry of Fisheries spoke in Bergen. Berg said the "
        "ministry would keep paying for the upkeep of the hatchery and would go on offering "
        "free storage to any fish bank."
    )
    texts = [t for a, k, t in r.commitments if a == "Olga Berg"]
    assert len(texts) == 1 and "free storage" in texts[0]


def test_verbs_sharing_one_object_make_one_term(run):
    r = run(
        "The Coral Sea Fisheries Agency (CSFA) and the Tonga Ministry of Fisheries signed an "
        "agreement in Nuku'alofa. Under the agreement, the two sides will give each other's "
        "researchers free access to their field stations and will publish all monitoring data "
        "in a shared open repository. Under the MoU, the two sides will jointly train and "
        "certify 30 observers over the next three years."
    )
    both = {"Coral Sea Fisheries Agency", "Tonga Ministry of Fisheries"}
    assert _by_text(r, "free access to their field stations") == both
    assert _by_text(r, "publish all monitoring data") == both
    assert _by_text(r, "train and certify 30 observers") == both
    assert not _by_text(r, "jointly train") - _by_text(r, "certify")


def test_the_lead_ins_will_run_on_into_the_first_item(run):
    # the parse may hang "will" on the first item's verb: its subject is still the lead-in's
    r = run(
        "On the margins of the forum, the Lakeland University of Mining signed a memorandum of "
        "understanding with the Northern Technical University. Under the memorandum, the two "
        "universities will:\n"
        "- exchange lecturers and doctoral students in mine safety;\n"
        "- carry out joint field research in the river basin;\n"
        "- prepare a joint application to a research programme in 2026.\n"
    )
    both = {"Lakeland University of Mining", "Northern Technical University"}
    assert _by_text(r, "exchange lecturers") == both
    assert _by_text(r, "joint field research") == both
    assert not r.facts.declarations
