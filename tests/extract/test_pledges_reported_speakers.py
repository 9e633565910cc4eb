"""Who speaks a reported pledge: the subject of the reporting verb, kept through "and that ...",
"said he would" and a surname the names did not link, never the person named last in between
nor the subject of a clause coordinated before."""


def _who(r, words: str) -> set[str | None]:
    return {a for a, _, t in r.commitments if words in t}


def test_a_second_that_clause_is_still_the_speakers(run):
    r = run(
        "The Harbour Agency hosted the forum in Tela. Deputy Minister Sonia Reyes said the "
        "centre had received 900 returnees this year, and that the government would open a "
        "second centre in Tegucigalpa."
    )
    assert _who(r, "open a second centre") == {"Sonia Reyes"}


def test_a_surname_alone_is_the_person_of_that_name(run):
    r = run(
        "Mayor Carlos Arismendi Soto of the Harbour Agency cut the ribbon with the utility's "
        "chair, Laura Cabrera Olivera. Arismendi said the city would cut the bus subsidy, and "
        "called on lawmakers to approve the tax exemption before the end of the year."
    )
    assert _who(r, "cut the bus subsidy") == {"Carlos Arismendi Soto"}
    assert _who(r, "approve the tax exemption") == {"Carlos Arismendi Soto"}


def test_he_in_what_a_person_says_is_that_person(run):
    r = run(
        "The Harbour Agency met in Tela. The agency's president-elect, Witold Brana, who takes "
        "over from Carlos Soto in January, said he would make it a priority to strengthen the "
        "investigations unit and pledged that the agency would follow the case to the end."
    )
    assert _who(r, "investigations unit") == {"Witold Brana"}
    assert _who(r, "follow the case") == {"Witold Brana"}


def test_a_body_said_to_do_more_is_its_speakers_pledge(run):
    r = run(
        "The Gulf Standards Office (GSO) met in Riyadh. Speaking after the signing, Fahd Salem, "
        "head of the GSO, said the GSO regarded Africa as a natural partner and would open a "
        "liaison desk for African standards bodies before the end of the year."
    )
    assert _who(r, "liaison desk") == {"Fahd Salem"}


def test_we_of_a_report_an_organization_writes_is_that_organization(run):
    r = run(
        "Posted by Ana Quispe, Blog of the Highland Women's Network (HWN)\n\n"
        "We came back from Geneva tired. Our president, Rosa Mamani, spoke at the forum. The "
        "members of our network thank the Lake Foundation for its help.\n\n"
        "We will take the joint statement to the Ministry of Water in June, and we have "
        "promised the women of Oruro that we will go back to them before the end of the year."
    )
    assert _who(r, "joint statement to the Ministry") == {"Highland Women's Network"}
    assert _who(r, "go back to them") == {"Highland Women's Network"}
    assert not any("go back" in t and "joint statement" in t for _, _, t in r.commitments)


def test_an_outlet_in_a_dateline_does_nothing_the_story_tells(run):
    r = run(
        "Ministers agree on drought warnings\nPublished: 2025-11-21\n\n"
        "VIENTIANE, Nov. 21 (Delta News Service) - Water ministers of Cambodia, Laos and "
        "Vietnam agreed on Thursday to issue joint drought warnings for the lower basin, at the "
        "32nd Meeting of the River Council."
    )
    assert "Delta News Service" not in {a for a, _, _ in r.commitments}
