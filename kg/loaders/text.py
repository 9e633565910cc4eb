"""Plain-text and Markdown reports.

Plain text keeps its body exactly as written (only line endings and a BOM are normalized), so
that character offsets found by extraction point into the file's own words. Markdown is turned
into plain text with markdown-it-py (a CommonMark parser, installed with rich): headings,
emphasis, links ``[t](u) -> t``, images (alt text), code and inline HTML lose their markup;
blocks are separated by a blank line.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.errors import LoadError
from kg.loaders.dates import parse_date
from kg.loaders.files import check_text, decode_text, normalize_text
from kg.loaders.header import Header, body_agency, body_date, body_text, parse_header
from kg.model import Report

_ATX_HEADING = re.compile(r"#{1,6}(?:\s+|$)")
_ATX_CLOSING = re.compile(r"\s+#+\s*$")

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


def parse_text(text: str, source: str) -> Report:
    """A plain-text report from a string (header lines parsed, body kept as written)."""
    text = normalize_text(text)
    check_text(text, source)
    header = parse_header(text)
    return _report(body_text(text, header).rstrip(), source, header, "text")


def parse_markdown(text: str, source: str) -> Report:
    """A Markdown report from a string: header from the first lines, body as plain text."""
    text = normalize_text(text)
    check_text(text, source)
    meta, text = front_matter(text)
    header = parse_header(text, clean=markdown_line, setext=True)
    if meta:  # a blog's front matter says the title, date and author, before any heading
        header = Header(
            title=meta.get("title") or header.title,
            author=meta.get("author") or header.author,
            published=parse_date(meta["date"]) if meta.get("date") else header.published,
            body_start=header.body_start,
            deck=header.deck,
        )
    return _report(body_text(text, header, markdown_to_text), source, header, "markdown")


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields of a YAML front matter block ("---" lines around "key: value" lines, as a
    static-site blog writes them) and the text after it; no block: ``({}, text)``.

    >>> front_matter('---\\ntitle: "Notes"\\ndate: 2025-05-19\\n---\\n# Notes\\n')
    ({'title': 'Notes', 'date': '2025-05-19'}, '# Notes\\n')
    """
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if not sep or not re.fullmatch(r"[A-Za-z_][\w-]*", key.strip()):
            return {}, text  # not a block of fields: a thematic break opening the text
        fields[key.strip().lower()] = value.strip().strip("\"'")
    return fields, text[m.end() :]


def _report(body: str, source: str, header: Header, fmt: str) -> Report:
    """The report of a parsed header and its body; a header with no body is an error."""
    if not body.strip():
        raise LoadError(source, "report has a header but no body text")
    return Report(
        text=body,
        source=source,
        title=header.title,
        published=body_date(body, header.published),
        author=header.author or body_agency(body),
        format=fmt,
    )


def load_text_file(data: bytes, source: str) -> list[Report]:
    """Loader for ``.txt`` files."""
    return [parse_text(decode_text(data, source), source)]


def load_markdown_file(data: bytes, source: str) -> list[Report]:
    """Loader for ``.md`` files."""
    return [parse_markdown(decode_text(data, source), source)]


def markdown_line(line: str) -> str:
    """One header line of Markdown as plain text: no heading marks, emphasis or link targets.

    >>> markdown_line("## *Aid* pledged by [UNODC](https://www.unodc.org) ##")
    'Aid pledged by UNODC'
    """
    stripped = line.strip()
    heading = _ATX_HEADING.match(stripped)
    if heading:
        stripped = _ATX_CLOSING.sub("", stripped[heading.end() :])
    return _inline_text(_markdown().parseInline(stripped)[0].children or [])


def markdown_to_text(source: str) -> str:
    """Markdown as plain text: block texts separated by blank lines.

    >>> markdown_to_text("# Head\\n\\nThe **UNODC** and [IOM](http://iom.int) met.\\n- one\\n- two")
    'Head\\n\\nThe UNODC and IOM met.\\n\\none\\n\\ntwo'
    """
    blocks: list[str] = []
    for token in _markdown().parse(source):
        if token.type == "inline":
            blocks.append(_inline_text(token.children or []))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return "\n\n".join(b for b in blocks if b.strip())


def _inline_text(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline_text(child.children or []))
    return "".join(parts)


@cache
def _markdown() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Raw HTML is parsed as such so that its tokens can be dropped from the text (with
    # html off, tags would stay in the text as literal characters).
    return MarkdownIt("commonmark", {"html": True})
