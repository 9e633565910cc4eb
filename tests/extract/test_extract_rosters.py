"""Roster lines: "Name, Title, Body" in a list of those present, or after a label (sentences
written for these tests)."""

from kg.extract.lexicon import lexicon
from kg.extract.rosters import find_rosters

MINUTES = """HARBOUR BOARDS' MEETING
MINUTES

PRESENT
Mr Ivo Marek - Chairperson, Northport Harbour Board (Velland)
Dr Ana Ruiz - Treasurer, Lakeland Water Board
Mrs Kira Solberg - Tarvos Ports Association (TPA)

IN ATTENDANCE
Lena Holm, Chief Inspector, Havnetilsynet (HT), Norland
Jon af Strand, Director of the Eastport Maritime Academy (item 2 only)

1. The Chair opened the meeting at 09.00.
"""


def _fields(text: str) -> list[tuple[str, str | None, str | None]]:
    def words(span):
        return text[span[0] : span[1]] if span else None

    return [(words(r.name), words(r.title), words(r.body)) for r in find_rosters(text, lexicon())]


def test_roster_fields_are_name_title_body():
    assert _fields(MINUTES) == [
        ("Ivo Marek", "Chairperson", "Northport Harbour Board"),
        ("Ana Ruiz", "Treasurer", "Lakeland Water Board"),
        ("Kira Solberg", None, None),
        ("Lena Holm", "Chief Inspector", "Havnetilsynet"),
        ("Jon af Strand", "Director", "Eastport Maritime Academy"),
    ]


def test_a_portfolio_listed_with_commas_is_no_body():
    text = ("- Ivo Marek, Minister for Fisheries, Forests, Water and Land Use, speaking for the "
            "Velland Presidency;\n- Ana Ruiz, President of the Lakeland Bank;\n"
            "- Tom Vale, Chief Executive, Harbour Trust;\n")
    assert [f[0] for f in _fields(text)] == ["Ana Ruiz", "Tom Vale"]


def test_one_line_with_a_label_is_a_roster():
    text = ("The board met on Monday.\n\n"
            "Media contact: Ana Ruiz, Head of Press, Lakeland Water Board\n")
    assert _fields(text) == [("Ana Ruiz", "Head of Press", "Lakeland Water Board")]


def test_one_unlabelled_line_is_not_a_roster():
    assert _fields("Ana Ruiz, Head of Press, Lakeland Water Board\n") == []


def test_roster_posts_and_bodies_with_no_organization_word(run):
    r = run(MINUTES)
    assert ("Lena Holm", "Chief Inspector", "Havnetilsynet") in r.posts
    assert ("Ana Ruiz", "Treasurer", "Lakeland Water Board") in r.posts
    assert ("Ivo Marek", "Chairperson", "Northport Harbour Board") in r.posts
    assert r.actors.get("Kira Solberg") == "Person"
    assert r.actors.get("Jon af Strand") == "Person"
    assert r.actors.get("Havnetilsynet") == "Organization"
