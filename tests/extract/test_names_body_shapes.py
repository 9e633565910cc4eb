"""Bodies named with no organization word, or inside another body's name (sentences written
for these tests)."""


def test_apposition_with_a_body_noun_makes_a_body_of_any_name(run):
    r = run("She asked the Storting Lagting, the national parliament, to fund a hotline.")
    assert r.actors.get("Storting Lagting") == "Organization"


def test_a_body_noun_with_a_compound_participle_before_the_name(run):
    r = run("The tablet was sold in 2014 to the Oklahoma-based chain Berry Lobby for $1 million.")
    assert r.actors.get("Berry Lobby") == "Organization"


def test_a_head_word_and_a_quoted_name_are_one_body(run):
    r = run('Among them was Ivo Marek, Director of the Agency "Apa Velland". The Company '
            '"Velgaz" also attended.')
    assert r.actors.get('Agency "Apa Velland"') == "Organization"
    assert r.actors.get('Company "Velgaz"') == "Organization"
    assert ("Ivo Marek", "Director", 'Agency "Apa Velland"') in r.posts


def test_a_quotation_is_no_body(run):
    r = run('The minister said "The Union will act" and left.')
    assert not any(n.startswith("Union") or '"' in n for n in r.actors)


def test_a_body_s_possessive_then_its_part_are_two_bodies(run):
    r = run("The Ministry of Water's Department of Irrigation (DOI) said it would act.")
    assert r.actors.get("Ministry of Water") == "Organization"
    assert r.actors.get("Department of Irrigation") == "Organization"


def test_a_possessive_inside_a_name_is_kept(run):
    r = run("The Children's Society of Velland met the Women's Union in Suva.")
    assert "Children's Society of Velland" in r.actors


def test_who_heads_a_unit_at_a_body_s_part(run):
    r = run("Dr Ivo Marek, who heads the zoonoses unit at the Ministry of Health's Directorate "
            "of Primary Health Care, said his directorate would share data.")
    post = ("Ivo Marek", "Head of the Zoonoses Unit", "Directorate of Primary Health Care")
    assert post in r.posts



def test_a_body_s_quoted_words_that_are_a_sentence_are_no_name(run):
    r = run('The ministers of the Velland Union "Stand ready to act, now" the statement said.')
    assert not any('"' in n for n in r.actors)


def test_two_pieces_of_one_name_with_a_word_between_are_one_person(run):
    r = run("The ACC's general secretary, Mrs. Fatou Ndiaye Sarr, presented the schools "
            "programme. The African Chess Confederation (ACC) met in Lome.")
    assert r.actors.get("Fatou Ndiaye Sarr") == "Person"
    assert ("Fatou Ndiaye Sarr", "General Secretary", "African Chess Confederation") in r.posts


def test_a_nordic_particle_inside_a_name(run):
    r = run("The award went to Tom Vale. Later Jon í Dali thanked the hosts.")
    assert r.actors.get("Jon í Dali") == "Person"


def test_a_title_between_two_names_does_not_join_them(run):
    r = run("Visiting Velland President Ivo Marek met President Tom Vale in Suva. President "
            "Marek thanked President Vale.")
    assert "Ivo Marek" in r.actors
