"""Posts whose title holds a unit or a portfolio, whose body is named by "its", "whose" or a
possessive, and honorifics of other languages between a title and a name (issue 14; every
sentence written for these tests)."""


def test_abbreviated_honorific_after_the_title(run):
    r = run("The accord was signed by the president of the Velland Red Crescent, Lic. Tomas "
            "Elgar, and others.")
    assert ("Tomas Elgar", "President", "Velland Red Crescent") in r.posts


def test_its_in_a_list_cut_by_semicolons_is_the_item_s_body(run):
    r = run(
        "The pact was signed for the Water Regulatory Office (NWRO) by its Director, Mr. Ivo "
        "Marek; for the Energy Supervisory Board (SESB) by its Chairwoman, Ms. Lena Voss; and "
        "for the Grid Authority (WGA) by its Director General, Mr. Karl Obst."
    )
    assert ("Ivo Marek", "Director", "Water Regulatory Office") in r.posts
    assert ("Lena Voss", "Chairperson", "Energy Supervisory Board") in r.posts
    assert ("Karl Obst", "Director General", "Grid Authority") in r.posts


def test_its_without_semicolons_is_the_first_body(run):
    r = run("The Harbour Trust gave $2m to the Velland Red Crescent, and its director, Ivo "
            "Marek, thanked donors.")
    assert ("Ivo Marek", "Director", "Harbour Trust") in r.posts


def test_whose_title_names_the_body_before(run):
    r = run(
        "The museum will work with the Kessler Institute of Coastal Studies (KICS), whose "
        "director, Prof. Ana Ruiz, said the institute would fund two posts."
    )
    assert ("Ana Ruiz", "Director", "Kessler Institute of Coastal Studies") in r.posts


def test_possessive_body_and_lowercase_portfolio(run):
    r = run("Speaking on a panel, the Nordic Investment Fund's head of Velland office, Mr. "
            "Pablo Sotelo, said the fund stood ready.")
    assert ("Pablo Sotelo", "Head of Velland Office", "Nordic Investment Fund") in r.posts


def test_portfolio_read_as_a_body_belongs_to_the_title(run):
    r = run("The Harbour Agency's Head of International Cooperation, Ms. Greta Lind, said the "
            "agency would help.")
    assert ("Greta Lind", "Head of International Cooperation", "Harbour Agency") in r.posts


def test_unit_of_a_body_in_the_possessive(run):
    r = run("Rear Admiral Jon Varga, commander of the Velland Navy's Second Fleet, attended.")
    assert ("Jon Varga", "Commander of the Second Fleet", "Velland Navy") in r.posts


def test_unit_of_a_body_named_by_its_head_word(run):
    r = run("The Tarvos Institute of Crop Science sent a team. Dr. Mira Holt, head of the "
            "institute's seed collection unit, spoke.")
    assert ("Mira Holt", "Head of the Seed Collection Unit",
            "Tarvos Institute of Crop Science") in r.posts


def test_unit_inside_a_body_s_name_stays_in_the_title(run):
    r = run(
        "The Lakeland Development Agency (LDA) hosted the course. Ana Ruiz, Chief of the Water "
        "Section of the LDA, signed the letter."
    )
    assert ("Ana Ruiz", "Chief of the Water Section", "Lakeland Development Agency") in r.posts


def test_name_title_body_in_a_contact_line(run):
    r = run("Media contact: Eva Brandt, Head of Communications, Norland Water Regulatory "
            "Office, +47 555 1234")
    assert ("Eva Brandt", "Head of Communications", "Norland Water Regulatory Office") in r.posts


def test_compound_modifier_before_the_body(run):
    r = run("The accord was signed by the chief executive officer of the state-owned Velland "
            "Mining Company, Mr. Sam Oduya.")
    assert ("Sam Oduya", "Chief Executive Officer", "Velland Mining Company") in r.posts


def test_officers_of_firms(run):
    r = run("Mr. Carl Dunn, Chief Commercial Officer of the Velland Port Authority, and Ms. Ana "
            "Lopez, General Manager of Velland Rail Company, signed.")
    assert ("Carl Dunn", "Chief Commercial Officer", "Velland Port Authority") in r.posts
    assert ("Ana Lopez", "General Manager", "Velland Rail Company") in r.posts


def test_president_elect_holds_a_post(run):
    r = run("The Sports Integrity Agency's president-elect, Jon Marsh, said he would act.")
    assert ("Jon Marsh", "President-elect", "Sports Integrity Agency") in r.posts


def test_title_taken_as(run):
    r = run("The meeting was opened by the minister, Ms. Sara Nolo, who chaired the session as "
            "President of the Velland Education Council.")
    assert ("Sara Nolo", "President", "Velland Education Council") in r.posts


def test_a_described_holder_who_chairs(run):
    r = run("The Harbour Review Committee met. Tomas Berg, the Norwegian lawyer who chairs the "
            "Harbour Review Committee, said it rejected a ban.")
    assert ("Tomas Berg", "Chair", "Harbour Review Committee") in r.posts


def test_field_before_a_lowercase_title(run):
    r = run("The delegation was escorted by Ana Lim, liaison officer of the Tarvos Harbour "
            "Council (THC), and others.")
    assert ("Ana Lim", "Liaison Officer", "Tarvos Harbour Council") in r.posts


def test_a_mayor_serves_the_municipality(run):
    r = run("The Municipality of Tarvos will fund the shelter. The deal was signed by the mayor "
            "of Tarvos, Ing. Pablo Sotelo, and others.")
    assert ("Pablo Sotelo", "Mayor of Tarvos", "Municipality of Tarvos") in r.posts
