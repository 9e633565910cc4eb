"""PDF reports, read with pypdf.

The text of every page is extracted in pypdf's layout mode, which keeps blank lines between
paragraphs; the lines of a paragraph are then joined with a space, so that a sentence wrapped
over two lines of the page reads as one line (extraction matches phrases such as "trafficking
in persons" that a line break would split). The title, author and date come from the PDF
metadata when present, else from the first lines as for plain text. The date is the other way
round: a date printed in the report (a "Published:" line, a dated dateline) wins over the
metadata's CreationDate, which records when the file was made - for a saved web page or a
scan, the day it was downloaded, not the day the report came out.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

from kg.errors import LoadError
from kg.loaders.header import body_date, body_text, parse_header
from kg.model import Report

if TYPE_CHECKING:
    from pypdf import DocumentInformation, PageObject, PdfReader

# Titles that PDF writers put in the metadata on their own, not a report's title.
_JUNK_TITLE = re.compile(r"^(untitled|microsoft word\b|document\d*$|\S+\.(docx?|pdf|odt)$)", re.I)
_SPACES = re.compile(r"[ \t\u00a0]{2,}")


def parse_pdf(data: bytes, source: str) -> Report:
    """A report from PDF bytes; LoadError if corrupt, encrypted or without text."""
    from pypdf import PdfReader

    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not _decrypts_without_password(reader):
                raise LoadError(source, "PDF is encrypted (a password is needed to read it)")
            pages = [_page_text(page) for page in reader.pages]
            meta = reader.metadata
            meta_title = (meta.title or "").strip() if meta else ""
            meta_author = (meta.author or "").strip() if meta else ""
            meta_date = _creation_date(meta)
        except LoadError:
            raise
        except Exception as exc:  # pypdf raises many kinds on damaged files
            raise LoadError(
                source, f"corrupt or unreadable PDF ({type(exc).__name__}: {exc})"
            ) from exc
    text = "\n\n".join(p for p in pages if p.strip())
    if not text.strip():
        raise LoadError(source, "PDF has no extractable text (a scanned image?)")
    header = parse_header(text)
    body = body_text(text, header).rstrip()
    if not body.strip():
        raise LoadError(source, "PDF has a title but no body text")
    title = meta_title if meta_title and not _JUNK_TITLE.match(meta_title) else header.title
    return Report(
        text=body,
        source=source,
        title=title,
        published=body_date(body, header.published) or meta_date,
        author=meta_author or header.author,
        format="pdf",
    )


def load_pdf_file(data: bytes, source: str) -> list[Report]:
    """Loader for ``.pdf`` files."""
    return [parse_pdf(data, source)]


def join_paragraph_lines(page: str) -> str:
    """Join the lines of each paragraph; paragraphs stay separated by one blank line.

    >>> join_paragraph_lines("A line that\\nwraps here.\\n\\n  Next   one.")
    'A line that wraps here.\\n\\nNext one.'
    """
    paragraphs: list[str] = []
    current: list[str] = []
    for raw in page.split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line:
            current.append(line)
        elif current:
            paragraphs.append(_join(current))
            current = []
    if current:
        paragraphs.append(_join(current))
    return "\n\n".join(paragraphs)


def _join(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        # A word broken by a hyphen at the line end keeps its hyphen and no space.
        out += line if out.endswith("-") and not out.endswith(" -") else " " + line
    return out


def _page_text(page: PageObject) -> str:
    try:
        text = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode fails on some fonts; plain mode is the fallback
        text = page.extract_text()
    return join_paragraph_lines(text or "")


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """Keep pypdf's log messages off stderr while it reads a file.

    On a damaged file pypdf logs each repair it attempts ("EOF marker not found", "incorrect
    startxref pointer"; at error level, even a whole encoding table). A report either loads or
    fails with one LoadError that says why, so these lines are only noise in ``kg ingest``.
    """
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _decrypts_without_password(reader: PdfReader) -> bool:
    """True if the PDF opens with the empty user password (encrypted only against editing)."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # missing crypto backend, unsupported algorithm
        return False


def _creation_date(meta: DocumentInformation | None) -> date | None:
    if meta is None:
        return None
    try:
        created = meta.creation_date
    except Exception:  # a malformed date string in the metadata
        return None
    return created.date() if created else None
