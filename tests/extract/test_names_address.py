"""Names behind forms of address and initials, and titles of clergy and councils (issue 14;
sentences written for these tests)."""

from kg.loaders.text import parse_text


def test_clergy_and_comrades_are_addressed_not_named(run):
    r = run(
        "The day opened at the invitation of the Most Rev. Tomas Ugo Lendar, Archbishop of "
        "the Lakeside Reformed Church. Cde. Mirela Osk of the Harbour Workers Union spoke."
    )
    assert r.actors.get("Tomas Ugo Lendar") == "Person"
    assert r.actors.get("Mirela Osk") == "Person"
    assert ("Tomas Ugo Lendar", "Archbishop", "Lakeside Reformed Church") in r.posts


def test_a_name_cut_at_its_initials_is_one_name(run):
    r = run(
        "Taking part were Mr. K.Ty. Branov, Director of the Velland Water Service, and "
        "Mr. Ab.R. Quillen, Deputy Chairman of the State Committee for Irrigation."
    )
    assert "K.Ty. Branov" in r.actors
    assert "Ab.R. Quillen" in r.actors
    assert ("Ab.R. Quillen", "Deputy Chairman", "State Committee for Irrigation") in r.posts


def test_an_abbreviated_given_name_before_a_particle(run):
    r = run("The Rector of the Velland Institute, Dr. Pedro Ma. de la Fuente, signed.")
    assert "Pedro Ma. de la Fuente" in r.actors
    assert not any(n in r.actors for n in ("Pedro Ma", "de la Fuente"))


def test_a_titled_name_the_model_reads_as_a_body_is_a_person(run):
    r = run(
        "The session was opened by the Chief Justice of Velland, the Honourable Tavita N. "
        "Oselu, who welcomed the judges."
    )
    assert r.actors.get("Tavita N. Oselu") == "Person"


def test_two_letter_surname_at_a_sentence_end_stays_apart(run):
    r = run("The delegation met Premier Wang Li. Chen Bo, the envoy, said talks went well.")
    assert "Wang Li. Chen Bo" not in r.actors


def test_its_title_names_the_body_of_the_sentence_before(run):
    r = run(
        "The warning was echoed by the Anti-Doping Authority of Velland (ADAV). Its chief "
        "executive, Marit O. Sander, said every athlete would be tested."
    )
    assert ("Marit O. Sander", "Chief Executive", "Anti-Doping Authority of Velland") in r.posts


def test_its_title_in_the_sentence_of_the_body(run):
    r = run(
        "The Harwell Foundation gave $3 million, and its director, Dr. Lena Voss, said the "
        "archive would be opened."
    )
    assert ("Lena Voss", "Director", "Harwell Foundation") in r.posts


def test_its_title_of_a_country_is_no_body_post(run):
    r = run(
        "The Velland Ports Authority hosted the talks. Ruritania sent its Minister of Trade, "
        "Ivo Marek."
    )
    assert not any(p[0] == "Ivo Marek" and p[2] for p in r.posts)


def test_a_title_of_the_next_sentence_is_not_the_last_name_s(run):
    r = run(
        "We were received by Ana Ruiz, Archbishop of the Lakeside Reformed Church, who "
        "opened the day. The network's coordinator, Fr. Ivo Marek, gave the figures."
    )
    assert not any(p[0] == "Ana Ruiz" and p[1] == "Coordinator" for p in r.posts)


def test_hard_wrapped_first_line_is_body_not_title() -> None:
    r = parse_text(
        "On Monday a workshop on port security was organized by the Velland Ports\n"
        "Authority (VPA) with the Harbour Police. Ana Ruiz, Director of the VPA, spoke.\n",
        "wrapped.txt",
    )
    assert r.title == ""
    assert r.text.startswith("On Monday a workshop")


def test_first_line_ending_on_an_article_is_body() -> None:
    r = parse_text("The talks were hosted by the\nHarbour Police in Lindau.\n", "cut.txt")
    assert r.title == ""


def test_a_title_over_a_source_line_stays_a_title() -> None:
    r = parse_text(
        "Ministers agree on stronger surveillance of the fishing fleets in the region\n"
        "Ministry of Fisheries and Marine Resources of Velland - Press release\n\n"
        "The ministers met on Monday.\n",
        "titled.txt",
    )
    assert r.title.startswith("Ministers agree")
