"""HTML reports: the article of a web page, read with trafilatura.

trafilatura keeps the main text of a page and drops navigation menus, sidebars, comments and
footers; its metadata step gives the title, the author and the publication date (from
``<meta>`` tags such as ``article:published_time``, or the page itself). When no date is found
the dateline that opens the article gives it, as for plain text.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kg.errors import LoadError
from kg.loaders.files import check_not_binary, normalize_text
from kg.loaders.header import body_date
from kg.model import Report

#: Fewer words than this is a page without an article: trafilatura falls back to any text it
#: finds, and on a page of menus alone that is a string of link labels ("Home World").
MIN_ARTICLE_WORDS = 15


def parse_html(html: str | bytes, source: str) -> Report:
    """The article of an HTML page as a report; LoadError when the page has no article text."""
    import trafilatura

    if isinstance(html, bytes):
        check_not_binary(html, source)
    if not html.strip():
        raise LoadError(source, "file is empty")
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            # Dates from <meta> and the page's markup only: the extensive search guesses from
            # any year in the text, such as a footer's copyright line.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed markup
        raise LoadError(source, f"cannot parse HTML: {exc}") from exc
    if doc is None:
        fields: dict[str, Any] = {}
    else:
        fields = doc if isinstance(doc, dict) else doc.as_dict()
    text = normalize_text(fields.get("text") or "").strip()
    title = (fields.get("title") or "").strip()
    # trafilatura keeps the <h1> as the first line of the text; the title is kept apart.
    first, _, rest = text.partition("\n")
    if title and first.strip() == title:
        text = rest.strip()
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS and _too_deep(html):
        raise LoadError(source, "HTML nests its elements more than 255 levels deep, the most "
                                "the HTML parser (libxml2) reads, so the article cannot be "
                                "found; save the article's text as .txt instead")
    if words < MIN_ARTICLE_WORDS:
        plural = "s" * (words != 1)
        found = f" (only {words} word{plural} outside menus and footers)" if words else ""
        raise LoadError(source, f"HTML page has no article text{found}")
    return Report(
        text=text,
        source=source,
        title=title,
        published=body_date(text, _iso_date(fields.get("date"))),
        author=(fields.get("author") or "").strip(),
        format="html",
    )


def _too_deep(html: str | bytes) -> bool:
    """Whether libxml2 stopped reading the page at its depth limit (then trafilatura, which
    reads with it, saw only the part above)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        lxml.html.document_fromstring(html, parser=parser)
    except Exception:  # noqa: BLE001 - any other failure is not this one
        pass
    return any("Excessive depth" in error.message for error in parser.error_log)


def load_html_file(data: bytes, source: str) -> list[Report]:
    """Loader for ``.html`` files (trafilatura detects the page's encoding)."""
    return [parse_html(data, source)]


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
