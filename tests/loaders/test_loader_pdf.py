"""PDF reports: text of every page, metadata, and damaged or locked files."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from kg.errors import LoadError
from kg.loaders import load_path
from kg.model import Report

BODY = (
    "BELGRADE, 8 March 2019 - Prosecutors from four countries agreed on Friday to share "
    "evidence in cases of trafficking in persons through a single regional contact point, "
    "so that investigations no longer stop at the border."
)


def _pdf(pages: list[list[str]], title: str = "", created: datetime | None = None) -> bytes:
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    if created:
        pdf.set_creation_date(created)
    pdf.set_font("Helvetica", size=11)
    for paragraphs in pages:
        pdf.add_page()
        for paragraph in paragraphs:
            pdf.multi_cell(0, 6, paragraph)
            pdf.ln(4)
    return bytes(pdf.output())


def _load(tmp_path: Path, data: bytes) -> Report | LoadError:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    [result] = list(load_path(path))
    return result


def test_title_and_date_from_the_first_lines(tmp_path: Path) -> None:
    data = _pdf([["Prosecutors agree to share evidence", "By Our Correspondent", BODY],
                 ["Second page: the meeting ended with a joint statement."]])
    report = _load(tmp_path, data)
    assert isinstance(report, Report)
    assert report.format == "pdf"
    assert report.title == "Prosecutors agree to share evidence"
    assert report.author == "By Our Correspondent"
    assert report.published == date(2019, 3, 8)  # from the dateline
    # The wrapped paragraph comes back as one line; both pages are read.
    assert BODY in report.text
    assert report.text.endswith("Second page: the meeting ended with a joint statement.")


def test_title_and_date_from_metadata(tmp_path: Path) -> None:
    created = datetime(2019, 3, 9, 12, 0, tzinfo=UTC)
    undated = "Prosecutors from four countries agreed to share evidence."
    data = _pdf([["Heading printed on the page", undated]], title="Evidence pact", created=created)
    report = _load(tmp_path, data)
    assert isinstance(report, Report)
    assert (report.title, report.published) == ("Evidence pact", date(2019, 3, 9))
    assert report.text == undated


def test_date_printed_in_the_report_wins_over_creation_date(tmp_path: Path) -> None:
    created = datetime(2023, 1, 1, tzinfo=UTC)  # the day the file was made, not published
    report = _load(tmp_path, _pdf([["Evidence pact", BODY]], created=created))
    assert isinstance(report, Report) and report.published == date(2019, 3, 8)


def test_corrupt_pdf(tmp_path: Path) -> None:
    error = _load(tmp_path, _pdf([[BODY]])[:300])
    assert isinstance(error, LoadError)
    assert str(error).startswith(str(tmp_path / "report.pdf"))
    assert "corrupt" in error.reason


def test_not_a_pdf_at_all(tmp_path: Path) -> None:
    error = _load(tmp_path, b"this is plain text saved with a .pdf extension")
    assert isinstance(error, LoadError) and "corrupt" in error.reason


def test_encrypted_pdf(tmp_path: Path) -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf([["Title", BODY]]))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    error = _load(tmp_path, out.getvalue())
    assert isinstance(error, LoadError) and "encrypted" in error.reason


def test_pdf_without_text(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    error = _load(tmp_path, bytes(pdf.output()))
    assert isinstance(error, LoadError) and "no extractable text" in error.reason


@pytest.mark.parametrize(
    ("page", "expected"),
    [("one\ntwo\n\nthree", "one two\n\nthree"), ("anti-\ntrafficking", "anti-trafficking"),
     ("2024 -\nA day", "2024 - A day"), ("\n\n  a   b  \n\n", "a b")],
)
def test_join_paragraph_lines(page: str, expected: str) -> None:
    from kg.loaders.pdf import join_paragraph_lines

    assert join_paragraph_lines(page) == expected
