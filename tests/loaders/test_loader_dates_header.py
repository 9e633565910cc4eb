"""Dates, datelines and the header lines of plain-text news copy."""

from __future__ import annotations

from datetime import date

import pytest

from kg.loaders.dates import parse_date, parse_dateline
from kg.loaders.header import is_byline, parse_header


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan. 4, 2024", date(2024, 1, 4)),
        ("17 April 2012", date(2012, 4, 17)),
        ("2012-12-16", date(2012, 12, 16)),
        ("Wednesday, October 7, 2015", date(2015, 10, 7)),
        ("Feb 28", None),  # no year
        ("April 2012", None),  # no day
        ("2012", None),
        ("Twenty-five officers", None),
        ("The Gambia, Jan. 4, 2024", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_parse_date_takes_a_missing_year_when_given() -> None:
    assert parse_date("Feb 28", year=2024) == date(2024, 2, 28)
    assert parse_date("Feb 29", year=2023) is None


@pytest.mark.parametrize(
    ("line", "place", "day", "rest"),
    [
        ("VIENNA, 17 April 2012 - The agencies signed", "VIENNA", date(2012, 4, 17), "The"),
        ("BIJILO, The Gambia, Jan. 4, 2024 - Vice President", "BIJILO", date(2024, 1, 4), "Vice"),
        ("ISLAMABAD, Feb 28 (APP): The minister", "ISLAMABAD", None, "The"),
        ("Islamabad: A two-day conference", "Islamabad", None, "A"),
        ("KHARTOUM - Twenty-five officers", "KHARTOUM", None, "Twenty"),
        ("NEW YORK, 3 April - Senior figures", "NEW YORK", None, "Senior"),
        ("Karachi, 2 July 2024 - A course", "Karachi", date(2024, 7, 2), "A"),
        ("LAHORE, 18 May 2024 \u2013 A conference", "LAHORE", date(2024, 5, 18), "A"),
    ],
)
def test_parse_dateline(line: str, place: str, day: date | None, rest: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert (dateline.place, dateline.date) == (place, day)
    assert line[dateline.end :].startswith(rest)


def test_dateline_without_year_takes_a_known_year() -> None:
    dateline = parse_dateline("ISLAMABAD, Feb 28 (APP): The minister", year=2024)
    assert dateline is not None and dateline.date == date(2024, 2, 28)


@pytest.mark.parametrize(
    "line",
    [
        "However, the minister said: we will act.",
        "The conference was attended by officials - and by donors.",
        "He said that 25 officers - from ten countries - attended.",
        "No separator at all in this sentence.",
    ],
)
def test_sentences_are_not_datelines(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    "line",
    ["By Our Reporter", "From our Vienna correspondent", "Celina Ali", "Newsroom",
     "Staff Reporter", "Our Bureau", "Ursula von der Leyen", "By a correspondent at UN HQ",
     "Posted by Mira Tan", "From Sani Bello, Kano", "Written by the editors", "Meeting summary",
     "Public Information Office, National Police"],
)
def test_bylines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    ["NEW DELHI", "The conference ended.", "Officials met on Monday in Vienna to sign it",
     "Agenda 2030 Review", "Islamabad"],
)
def test_not_bylines(line: str) -> None:
    assert not is_byline(line)


def test_a_posted_by_byline_is_no_date_label() -> None:
    h = parse_header("A title\nPosted by Mira Tan\n8 June 2023\n\nOn Tuesday we met.")
    assert (h.author, h.published.isoformat() if h.published else None) == (
        "Posted by Mira Tan", "2023-06-08")


def test_header_with_byline_and_bare_date_line() -> None:
    text = "A title\nOur Bureau\nOctober 7, 2015\n\nNEW DELHI, Oct 7 - The minister spoke."
    header = parse_header(text)
    assert (header.title, header.author, header.published) == (
        "A title", "Our Bureau", date(2015, 10, 7))
    assert text[header.body_start :].startswith("NEW DELHI, Oct 7 - ")


@pytest.mark.parametrize(
    "line", ["Published: 3 April 2012", "Published on: 2012-04-03", "Date: April 3, 2012",
             "published - 2012-04-03"],
)
def test_labelled_date_lines(line: str) -> None:
    header = parse_header(f"Title\n{line}\n\nBody text here.")
    assert header.published == date(2012, 4, 3)
    assert header.author == ""


def test_date_line_may_come_before_the_byline() -> None:
    header = parse_header("Title\nPublished: 2020-01-02\nBy Jane Roe\nBody starts here.")
    assert (header.author, header.published) == ("By Jane Roe", date(2020, 1, 2))


def test_body_right_after_title() -> None:
    text = "Title of the piece\nThe minister said on Monday that the law would change."
    header = parse_header(text)
    assert (header.title, header.author, header.published) == ("Title of the piece", "", None)
    assert text[header.body_start :].startswith("The minister")


def test_dated_dateline_on_first_line_means_no_title() -> None:
    header = parse_header("VIENNA, 17 April 2012 - The agencies signed a pact.")
    assert header.title == "" and header.body_start == 0
