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


def test_second_of_two_titles_joined_by_and(run):
    r = run("Greta Lind, Under-Secretary-General of the United Nations and Executive Director "
            "of the Velland Environment Programme, took part.")
    assert ("Greta Lind", "Executive Director", "Velland Environment Programme") in r.posts


def test_second_title_after_its_body(run):
    r = run("Ana Ruiz, CEO of Harbour Health and the Global Water Fund Board Member who speaks "
            "for business, added that funding mattered.")
    assert ("Ana Ruiz", "Board Member", "Global Water Fund") in r.posts


def test_the_holder_s_country_before_the_title(run):
    r = run("Joseph Berne of Switzerland, President of the Harbour Assembly, opened the launch.")
    assert ("Joseph Berne", "President", "Harbour Assembly") in r.posts


def test_a_minister_serves_the_one_government_of_a_report_naming_no_ministry(run):
    r = run("The Government of Velland signed the pact. Tomas Elgar, Minister of Coastal "
            "Affairs, and Dr Ana Ruiz, Director-General of the Velland Health Agency, signed.")
    assert ("Tomas Elgar", "Minister of Coastal Affairs", "Government of Velland") in r.posts


def test_a_minister_of_another_country_does_not_serve_the_government(run):
    r = run("The Government of Velland hosted the talks. Tomas Elgar, Minister of Trade of "
            "Peru, attended.")
    assert not any(p[0] == "Tomas Elgar" and p[2] == "Government of Velland" for p in r.posts)


def test_a_ministry_named_for_another_country_is_not_the_minister_s(run):
    r = run("The Ministry of Education of Peru hosted the forum. Ana Ruiz, Minister of "
            "Education of Chile, spoke.")
    assert not any(p[0] == "Ana Ruiz" and p[2] == "Ministry of Education of Peru"
                   for p in r.posts)


def test_a_ministry_named_by_its_country_s_adjective(run):
    r = run("The Norwegian Ministry of Fisheries funds the vault. Ana Berg, the Minister of "
            "Fisheries, said Norway would keep paying.")
    assert ("Ana Berg", "Minister of Fisheries", "Norwegian Ministry of Fisheries") in r.posts


def test_long_time_coordinator_of_the_centre(run):
    r = run("The Shelter Centre of Tarvos opened. The centre's long-time coordinator, Marta "
            "Ruiz, gave the blessing.")
    assert ("Marta Ruiz", "Coordinator", "Shelter Centre") in r.posts


def test_director_of_its_division(run):
    r = run("Speaking for the Pacific Fisheries Community, the Director of its Fisheries, "
            "Aquaculture and Marine Division, Dr. Hanna Berg, said stocks were healthy.")
    assert ("Hanna Berg", "Director of the Fisheries, Aquaculture and Marine Division",
            "Pacific Fisheries Community") in r.posts


def test_one_title_of_two_bodies(run):
    r = run("Eduardo Marin, the Joint Special Representative of the Harbour Agency and the "
            "Water Trust for refugees in the region, took part.")
    assert ("Eduardo Marin", "Joint Special Representative", "Harbour Agency") in r.posts
    assert ("Eduardo Marin", "Joint Special Representative", "Water Trust") in r.posts


def test_a_vice_chancellor_serves_the_report_s_one_university(run):
    r = run("The Federal University of Tarvos signed the pact. Professor Ana Kuta, the "
            "Vice-Chancellor, put her signature to it.")
    assert ("Ana Kuta", "Vice-Chancellor", "Federal University of Tarvos") in r.posts


def test_a_superintendent_of_two_police_forces_stays_without_one(run):
    r = run("The Tarvos Police Department worked with the Velland State Police. Superintendent "
            "Ana Kuta said the operation worked.")
    assert not any(p[0] == "Ana Kuta" and p[2] for p in r.posts)


def test_elected_as_the_first_woman_president(run):
    r = run("Delegates elected Ms. Ana Kuta of the Bank Workers Union as the first woman "
            "President of the Velland Labour Congress.")
    assert ("Ana Kuta", "President", "Velland Labour Congress") in r.posts


def test_title_of_the_holder_of_another_title(run):
    r = run("The Harbour Authority Secretary-General's chief of staff, Dr. Ana Ribeiro, "
            "presented the budget.")
    assert ("Ana Ribeiro", "Chief of Staff", "Harbour Authority") in r.posts


def test_a_second_title_with_its_country_between_title_and_name(run):
    r = run("The Sports Integrity Agency's president-elect, Peru's sports minister Tomas Elgar, "
            "who takes over in January, said he would act.")
    assert ("Tomas Elgar", "President-elect", "Sports Integrity Agency") in r.posts


def test_a_title_then_and_is_no_apposition(run):
    r = run("The Harbour Agency thanked its president, and Tomas Elgar said otherwise.")
    assert not any(p[0] == "Tomas Elgar" and p[2] for p in r.posts)
