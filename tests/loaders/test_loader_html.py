"""HTML reports: the article only, with title, author and date from the page."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.errors import LoadError
from kg.loaders import load_path, load_text
from kg.model import Report

FIXTURE = Path(__file__).parent / "fixtures" / "article.html"


def test_article_text_and_metadata() -> None:
    [report] = list(load_path(FIXTURE))
    assert isinstance(report, Report)
    assert report.format == "html"
    assert report.title == "Police academy opens anti-trafficking course"
    assert report.author == "Lena Park"
    assert report.published == date(2021, 9, 14)
    assert report.text.startswith("RIGA, 13 September 2021 - The State Police College")
    assert "Inga Berzina, thanked the trainers" in report.text
    # Menus, the repeated title and the footer are not article text.
    for noise in ("World news", "Sport results", "Copyright", "Test Gazette"):
        assert noise not in report.text
    assert not report.text.startswith(report.title)


def test_date_from_the_dateline_when_the_page_has_none() -> None:
    html = FIXTURE.read_text(encoding="utf-8").replace(
        '<meta property="article:published_time" content="2021-09-14T08:00:00Z">', "")
    assert load_text(html, "page", "html").published == date(2021, 9, 13)


def test_page_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text(
        "<html><head><title>Site</title></head><body><nav><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/n'>National news</a></li></ul></nav>"
        "<footer>Copyright 2024 The Site.</footer></body></html>",
        encoding="utf-8",
    )
    [error] = list(load_path(path))
    assert isinstance(error, LoadError)
    assert error.path == str(path)
    assert "no article text" in str(error)


def test_binary_file_with_html_extension(tmp_path: Path) -> None:
    path = tmp_path / "image.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    [error] = list(load_path(path))
    assert isinstance(error, LoadError)
    assert str(error).startswith(f"{path}: ") and "binary" in str(error)
