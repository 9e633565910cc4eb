"""The parties of a signing, read from the language: a list in apposition to the signers,
"signed for A by X; for B by Y", "signed by X for A and by Y for B", a body that joins the
memorandum later, "a letter of agreement"; not a witness, a host, an issuer line, a part of a
party, nor two co-chairs."""

from kg.extract.collaborations import _part_and_whole


def _pairs(*names: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for i, a in enumerate(names) for b in names[i + 1 :]}


def test_a_list_in_apposition_to_the_signers_gives_every_pair(run):
    r = run(
        "The four regulators - the Arlow Energy Authority, the Delta Grid Commission, the "
        "Coastal Power Office and the Brenz Utilities Board - signed the accord in Vienna on "
        "Monday."
    )
    assert _pairs("Arlow Energy Authority", "Delta Grid Commission", "Coastal Power Office",
                  "Brenz Utilities Board") <= r.collaborations


def test_signed_for_each_body_by_its_head_and_not_the_witness_or_the_host(run):
    r = run(
        "The memorandum was signed at a ceremony hosted by the Arlow Energy Authority at its "
        "headquarters, in the presence of the Chair of the Brenz Telecom Forum, Ms. Tia Ross. "
        "It was signed for the Arlow Energy Authority by its Director, Dr. Peter Vale; for the "
        "Delta Grid Commission by its Chairwoman, Ms. Ana Kos; and for the Coastal Power Office "
        "by its head, Mr. Jon Weir."
    )
    assert _pairs("Arlow Energy Authority", "Delta Grid Commission",
                  "Coastal Power Office") <= r.collaborations
    assert not any("Brenz Telecom Forum" in p for p in r.collaborations)


def test_signed_by_each_signer_for_his_body(run):
    r = run(
        "The agreement was signed by Dr. Peter Vale for the Arlow Energy Authority and by Ms. "
        "Ana Kos for the Brenz Water Board."
    )
    assert frozenset(("Arlow Energy Authority", "Brenz Water Board")) in r.collaborations


def test_a_body_that_joins_the_memorandum_partners_every_party(run):
    r = run(
        "The Arlow Energy Authority and the Delta Grid Commission signed a memorandum of "
        "understanding on Monday. The Coastal Power Office later joined the memorandum as a "
        "technical party."
    )
    assert _pairs("Arlow Energy Authority", "Delta Grid Commission",
                  "Coastal Power Office") <= r.collaborations


def test_a_letter_of_agreement_pairs_its_signers_not_the_cohost_of_the_event(run):
    r = run(
        "On the sidelines, the Arlow River Secretariat and the German agency GIZ hosted a side "
        "event, where the Arlow River Secretariat and the Delta Fish Institute signed a letter "
        "of agreement to survey fish passage."
    )
    assert frozenset(("Arlow River Secretariat", "Delta Fish Institute")) in r.collaborations
    assert frozenset(("GIZ", "Delta Fish Institute")) not in r.collaborations


def test_co_chairs_are_no_partners(run):
    r = run(
        "After the ceremony, the two delegations held a working meeting, chaired jointly by "
        "Dr. Peter Vale and Dr. Ana Kos."
    )
    assert frozenset(("Peter Vale", "Ana Kos")) not in r.collaborations


class _Actor:
    def __init__(self, name: str, *aliases: str) -> None:
        self.name, self.names = name, [name, *aliases]


class _Refs:
    def __init__(self, **actors: _Actor) -> None:
        self.table = type("T", (), {"actors": actors})()


def test_a_body_and_its_own_unit_are_no_pair():
    refs = _Refs(
        a=_Actor("Brenz Space Agency", "BSA"),
        b=_Actor("Space Applications Section of the Brenz Space Agency"),
        c=_Actor("BSA Secretariat"),
        d=_Actor("Arlow Space Organization", "ASO"),
        e=_Actor("Union Government", "Government"),
        f=_Actor("Government of Delta Province"),
    )
    assert _part_and_whole("a", "b", refs)  # type: ignore[arg-type]
    assert _part_and_whole("c", "a", refs)  # type: ignore[arg-type]
    assert not _part_and_whole("a", "d", refs)  # type: ignore[arg-type]
    assert not _part_and_whole("e", "f", refs)  # type: ignore[arg-type]


def test_it_was_signed_for_each_body_after_a_sentence_ending_on_a_name(run):
    r = run(
        "The memorandum was signed in Arlow in the presence of the minister, Ms. Tia Velde. "
        "It was signed for the Arlow Energy Authority by Dr. Peter Vale; for the Delta Grid "
        "Commission by Ms. Ana Kos; and for the Coastal Power Office by Mr. Jon Weir."
    )
    assert _pairs("Arlow Energy Authority", "Delta Grid Commission",
                  "Coastal Power Office") <= r.collaborations


def test_bodies_reported_to_jointly_are_no_partners(run):
    r = run(
        "Under the memorandum, the parties will:\n"
        "- exchange monitoring data within 24 hours;\n"
        "- report jointly to the Arlow Transport Commission and the Brenz Telecom Forum on "
        "interference.\n"
    )
    assert frozenset(("Arlow Transport Commission", "Brenz Telecom Forum")) not in \
        r.collaborations


def test_it_was_signed_for_each_body_after_a_sentence_that_names_only_the_signing(run):
    r = run(
        "The Arlow Energy Authority hosted the signing ceremony at its offices on Monday. It "
        "was signed for the Arlow Energy Authority by its Director, Dr. Peter Vale; for the "
        "Delta Grid Commission by its Chair, Ms. Ana Kos; and for the Coastal Power Office by "
        "its head, Mr. Jon Weir."
    )
    assert _pairs("Arlow Energy Authority", "Delta Grid Commission",
                  "Coastal Power Office") <= r.collaborations


def test_the_bodies_that_sign_a_pledge_together_each_pair_a_counted_group_among_them(run):
    r = run(
        "The Arlow County Council and the Brenz District Council organised the meeting. The "
        "two councils and the Arlow Police Service then signed the Arlow Safe Roads Pledge, "
        "under which they commit to halving deaths on the county's roads."
    )
    assert _pairs("Arlow County Council", "Brenz District Council",
                  "Arlow Police Service") <= r.collaborations


def test_bodies_that_sign_it_after_join_the_parties_of_the_document_told_before(run):
    r = run(
        "The Arlow County Council and the Arlow Police Service signed the Safe Roads Pledge on "
        "Monday. The Arlow Ambulance Trust and the Northern Highways Agency signed it as "
        "supporting partners."
    )
    assert _pairs("Arlow County Council", "Arlow Police Service", "Arlow Ambulance Trust",
                  "Northern Highways Agency") <= r.collaborations


def test_one_body_signing_a_pledge_or_signing_it_with_nothing_signed_before_pairs_no_one(run):
    r = run(
        "The Arlow County Council signed the Safe Roads Pledge on Monday, in the presence of "
        "the Chair of the Brenz Road Safety Forum, Ms. Tia Ross. The Arlow Police Service "
        "welcomed the plan. The Northern Highways Agency drafted a report, and the Arlow "
        "Ambulance Trust signed it."
    )
    assert not r.collaborations


def test_prose_wrapped_at_a_fixed_width_keeps_its_signers_on_one_line(run):
    r = run(
        "Port agencies meet\n\n"
        "DELTA CITY, 3 March 2024 - The Arlow Port Authority (APA) and the Brenz Coastal Agency\n"
        "signed a memorandum of understanding on joint inspections of cargo ships on Monday,\n"
        "after two days of talks.\n"
    )
    assert frozenset(("Arlow Port Authority", "Brenz Coastal Agency")) in r.collaborations


def test_an_issuer_line_over_the_lede_is_still_no_party(run):
    r = run(
        "Source: Press Unit, Veloria Trade Office\n"
        "DELTA CITY, 3 March 2024 - The Arlow Port Authority and the Brenz Coastal Agency signed "
        "a memorandum of understanding on joint inspections of cargo ships on Monday.\n"
    )
    assert frozenset(("Arlow Port Authority", "Brenz Coastal Agency")) in r.collaborations
    assert not any("Veloria Trade Office" in p for p in r.collaborations)
