"""Posts in the shapes issue 14 found missed or wrong (sentences written for these tests)."""


def test_former_title_is_no_post(run):
    r = run("The mission was headed by Ivo Marek, a former President of the Velland Union.")
    assert not any(p[0] == "Ivo Marek" and p[2] for p in r.posts)


def test_then_title_is_no_post(run):
    r = run("The plan was drafted by then Director Lena Voss of the Harbour Authority.")
    assert not any(p[0] == "Lena Voss" and p[2] for p in r.posts)


def test_an_officer_of_a_body(run):
    r = run("They were met by Tomas Elgar, an officer of the Northern Ports Authority, in Oslo.")
    assert ("Tomas Elgar", "Officer", "Northern Ports Authority") in r.posts


def test_two_titles_of_a_capitalized_the_body(run):
    r = run("Ines Maro, President and CEO of The Lakeside Foundation, announced the grants.")
    assert {(p[0], p[2]) for p in r.posts} == {("Ines Maro", "Lakeside Foundation")}
