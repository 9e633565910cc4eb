"""Plain-text and Markdown reports: headers, bodies kept as written, decoding."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.errors import LoadError
from kg.loaders import load_path, load_text
from kg.model import Report

NEWS = (
    "Ministers pledge action on forced labour\n"
    "By Our Reporter\n"
    "\n"
    "GENEVA, 9 June 2021 - Labour ministers of six countries met on Wednesday.\n"
    "\n"
    "The Minister for Labour, Ana Ruiz, called for joint labour inspections.\n"
)


def _one(path: Path) -> Report:
    [result] = list(load_path(path))
    assert isinstance(result, Report), result
    return result


def test_text_report_header_and_body(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    report = _one(path)
    assert report.title == "Ministers pledge action on forced labour"
    assert report.author == "By Our Reporter"
    assert report.published == date(2021, 6, 9)
    assert report.format == "text"
    assert report.source == str(path)
    assert report.text.startswith("GENEVA, 9 June 2021 - Labour")  # dateline kept


def test_offsets_point_into_the_file_text(tmp_path: Path) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(("\ufeff" + NEWS).replace("\n", "\r\n").encode("utf-8"))
    report = _one(path)
    sentence = "The Minister for Labour, Ana Ruiz, called for joint labour inspections."
    start = report.text.index(sentence)
    assert report.text[start : start + len(sentence)] == sentence
    assert "\r" not in report.text and "\ufeff" not in report.text
    # The body is the file's own text from the dateline on, nothing rewritten.
    assert NEWS.endswith(report.text + "\n")


def test_published_line_wins_over_the_dateline() -> None:
    report = load_text(
        "Title\nPublished: 2024-03-12\n\nISLAMABAD, 11 March 2024 - Body of the report.", "s")
    assert report.published == date(2024, 3, 12)


def test_dateline_without_year_and_no_published_line_gives_no_date() -> None:
    report = load_text("Title\nCelina Ali\nISLAMABAD, Feb 28 (APP): Body.", "s")
    assert report.author == "Celina Ali"
    assert report.published is None


def test_place_only_dateline() -> None:
    report = load_text("Title\n\nIslamabad: A two-day conference ended on Wednesday.", "s")
    assert report.published is None
    assert report.text.startswith("Islamabad: A two-day")


def test_windows_1252_falls_back_silently(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(b"Caf\xe9 talks\n\nThe \x93Vienna\x94 meeting ended \x96 at last.")
    report = _one(path)
    assert report.title == "Caf\u00e9 talks"
    assert report.text == "The \u201cVienna\u201d meeting ended \u2013 at last."


def test_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Title\n\nBody in UTF-16.".encode("utf-16"))
    assert _one(path).text == "Body in UTF-16."


def test_title_without_body_is_an_error() -> None:
    with pytest.raises(LoadError, match="no body"):
        load_text("Only a title\nBy Our Reporter\n", "s")


MARKDOWN = """# Donors *back* border [IOM](https://www.iom.int) project

*By Jane Roe*

Published: 2022-05-03

KAMPALA, May 2 - The **International Organization for Migration (IOM)** and the
[Uganda Police Force](https://upf.go.ug) opened a border post.

## Pledges

- IOM pledged to train *forty* officers;
- donors called for `data sharing`.
"""


def test_markdown_report(tmp_path: Path) -> None:
    path = tmp_path / "piece.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    report = _one(path)
    assert report.format == "markdown"
    assert report.title == "Donors back border IOM project"
    assert report.author == "By Jane Roe"
    assert report.published == date(2022, 5, 3)
    assert report.text == (
        "KAMPALA, May 2 - The International Organization for Migration (IOM) and the\n"
        "Uganda Police Force opened a border post.\n\n"
        "Pledges\n\n"
        "IOM pledged to train forty officers;\n\n"
        "donors called for data sharing."
    )


def test_markdown_setext_title_and_inline_html() -> None:
    report = load_text("Agencies meet\n=============\n\nThe <b>UNODC</b> met.", "s", "markdown")
    assert (report.title, report.text) == ("Agencies meet", "The UNODC met.")


def test_markdown_front_matter_gives_title_date_and_author() -> None:
    text = ('---\ntitle: "Field notes: what the river board agreed"\nauthor: Ann Lee\n'
            "date: 2024-03-08\ntags: [water]\n---\n\n# Field notes\n\nThe board met in Kisumu.")
    report = load_text(text, "s", "markdown")
    assert report.title == "Field notes: what the river board agreed"
    assert (report.author, report.published) == ("Ann Lee", date(2024, 3, 8))
    assert report.text == "The board met in Kisumu."


def test_markdown_thematic_break_is_no_front_matter() -> None:
    report = load_text("---\nThe board met.\n---\n\nIt agreed.", "s", "markdown")
    assert "The board met." in report.title + report.text


def test_load_text_formats() -> None:
    assert load_text("T\n\nBody.", "s").format == "text"
    with pytest.raises(LoadError, match="cannot parse a string as 'pdf'"):
        load_text("T\n\nBody.", "s", "pdf")
    with pytest.raises(LoadError, match="empty"):
        load_text("", "s")


def test_deck_lines_between_title_and_date_stay_in_the_body() -> None:
    # a subtitle is read as part of the story; the byline and the genre label are not
    report = load_text(
        "Harbour board backs new ferry link\nFunding to come from the port levy, chair says\n"
        "By Tomas Arvid\nPublished: 2024-05-02\n\nThe board voted on Tuesday.", "s")
    assert report.author == "By Tomas Arvid"
    assert report.published == date(2024, 5, 2)
    assert report.text.startswith("Funding to come from the port levy, chair says\n\n")
    assert report.text.endswith("The board voted on Tuesday.")
    assert "Tomas" not in report.text


def test_a_letterhead_keeps_the_office_and_the_sitting_in_the_body() -> None:
    report = load_text(
        "PARLIAMENT OF RURITANIA\nCOMMITTEE ON FISHERIES\n\nMINUTES OF THE MEETING No. 12\n\n"
        "Strelsau, 3 March 2025\n\nPresent: Ana Lind (Chair), Piet Moor.", "s")
    assert report.title == "PARLIAMENT OF RURITANIA"
    assert report.published == date(2025, 3, 3)
    assert report.text.startswith("COMMITTEE ON FISHERIES\nMINUTES OF THE MEETING No. 12\n\n")
    assert report.text.endswith("Present: Ana Lind (Chair), Piet Moor.")
