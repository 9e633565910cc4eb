"""Posts and the names around them, in the shapes of lists, acronyms and titles (sentences
written for these tests)."""


def test_list_of_org_title_name_items_splits_at_and(run):
    r = run(
        "Green Valley Trust Director Maria Ostrova, Riverkeepers Co-ordinator Tomas Brenner "
        "and KVA Chief Executive Lena Haidt were among those present."
    )
    assert ("Tomas Brenner", "Coordinator", "Riverkeepers") in r.posts
    assert ("Lena Haidt", "Chief Executive", "KVA") in r.posts
    assert r.actors.get("Tomas Brenner") == "Person"


def test_undefined_acronym_spells_a_named_organization(run):
    r = run(
        "The minister later visited the Northern Development Bank, where he met "
        "NDB President Arvid Kallström."
    )
    assert r.posts == {("Arvid Kallström", "President", "Northern Development Bank")}
    assert r.actor("Northern Development Bank").aliases == {"NDB"}


def test_one_name_after_title_and_honorific_is_a_person(run):
    r = run("KVA Executive Director Dr Haidtmann opened the session in Linz.")
    assert r.actors.get("Haidtmann") == "Person"
    assert ("Haidtmann", "Executive Director", "KVA") in r.posts


def test_title_named_by_its_field(run):
    r = run(
        "The Inter-Regional Assembly (IRA) met in Oslo. IRA Communication Officer "
        "Petra Lund and Chief Whip Olav Berg spoke to reporters."
    )
    assert ("Petra Lund", "Communication Officer", "Inter-Regional Assembly") in r.posts
    assert "Communication Officer Petra Lund" not in r.actors


def test_post_by_head_word_possessive(run):
    r = run(
        "The Nordic Investment Bank approved the loan on Monday, said Erik Halvorsen, "
        "the Bank's Vice President for Lending."
    )
    assert ("Erik Halvorsen", "Vice President for Lending", "Nordic Investment Bank") in r.posts


def test_post_portfolio_then_link_to_org(run):
    r = run(
        "According to Dr Ines Moreau, Head of Urban Resilience at the Coastal Cities "
        "Secretariat, the plan would be reviewed."
    )
    assert ("Ines Moreau", "Head of Urban Resilience", "Coastal Cities Secretariat") in r.posts


def test_post_org_after_country_possessive(run):
    r = run("Tomas Ruiz, Director-General of Peru's Water Regulation Agency, said more was needed.")
    assert ("Tomas Ruiz", "Director General", "Water Regulation Agency") in r.posts


def test_post_portfolio_listing_regions(run):
    r = run(
        "Meeting Karin Lodge, Vice President for North, East and Central Europe at the "
        "Baltic Development Bank, the minister asked for more support."
    )
    assert r.posts == {
        ("Karin Lodge", "Vice President for North, East and Central Europe",
         "Baltic Development Bank")
    }


def test_head_of_government_takes_the_government_of_the_place(run):
    r = run(
        "The Tarvonian Government and the City Government of Lindau signed the accord. "
        "The Prime Minister of Tarvonia, Dr Alma Veit, and Lindau Mayor Jonas Ekberg spoke."
    )
    assert ("Alma Veit", "Prime Minister of Tarvonia", "Tarvonian Government") in r.posts
    assert ("Jonas Ekberg", "Mayor", "City Government of Lindau") in r.posts


def test_name_suffix_before_of_the_org(run):
    r = run(
        "Special Agent in Charge Marcus T. Hale, Jr. of the Denver Field Office of the Federal "
        "Wildlife Service spoke."
    )
    assert (
        "Marcus T. Hale", "Special Agent in Charge",
        "Denver Field Office of the Federal Wildlife Service",
    ) in r.posts


def test_adviser_named_by_field_takes_that_ministry(run):
    r = run(
        "The Ministry of Labour and Migration sent Amal Rahman. Labour Adviser Amal Rahman "
        "said the quota would hold."
    )
    assert ("Amal Rahman", "Labour Adviser", "Ministry of Labour and Migration") in r.posts


def test_rank_after_title_and_bare_org_is_not_the_title(run):
    r = run(
        "The Flood Response Authority (FRA) met on Monday. Chairman FRA, Major General "
        "Daniel Osei, said relief was under way."
    )
    assert ("Daniel Osei", "Chairman", "Flood Response Authority") in r.posts


def test_the_agency_s_title_before_a_name(run):
    r = run(
        "The Coastal Water Agency will act. The agency's Executive Director, Maria Lund, said so."
    )
    assert r.posts == {("Maria Lund", "Executive Director", "Coastal Water Agency")}
