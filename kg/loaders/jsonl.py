"""JSON Lines reports: one JSON object per line, many reports per file.

Fields: ``text`` (required), ``title``, ``published`` (a date string), ``source``, ``author``.
A line that is not valid JSON, not an object, or has a bad field is a LoadError naming the file
and the line number; the other lines still load. ``source`` defaults to ``<file>#<line>``.
When ``title`` is absent, the text's own first lines give title, byline and date, as for plain
text; when ``published`` is absent the dateline that opens the text may give it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from kg.errors import LoadError
from kg.loaders.dates import parse_date
from kg.loaders.files import decode_text, normalize_text
from kg.loaders.header import body_date, body_text, parse_header
from kg.model import Report

FIELDS = ("text", "title", "published", "source", "author")
_SURROGATE = re.compile("[\ud800-\udfff]")


def load_jsonl_file(data: bytes, source: str) -> Iterator[Report | LoadError]:
    """Loader for ``.jsonl`` files: a report or a LoadError for each non-blank line (a record
    repeating an earlier one word for word, source included, is dropped).

    Records are parsed one at a time, as they are consumed: a list of them all, with the file's
    bytes beside it, kept a corpus of many thousand reports in memory for a whole ingest.
    """
    content = decode_text(data, source)
    del data  # the caller keeps no other reference (see kg.loaders._load_file)
    any_record = False
    first_line: dict[str, tuple[int, str]] = {}  # source -> (line, checksum) of its first record
    for number, line in enumerate(_lines(content), start=1):
        if not line.strip():
            continue
        any_record = True
        try:
            report = parse_record(line, source, number)
        except LoadError as err:
            yield err
            continue
        seen = first_line.setdefault(report.source, (number, report.checksum))
        if seen[0] != number:
            # Two records with one source would share one graph: the later would silently
            # replace the earlier, and each re-ingest would swap them back. A record repeated
            # word for word loses nothing and is dropped.
            if seen[1] != report.checksum:
                yield LoadError(source, f"line {number}: source {report.source!r} is "
                                        f"already used by line {seen[0]}, for a different "
                                        "report; each record needs its own source")
            continue
        yield report
    if not any_record:
        raise LoadError(source, "JSONL file has no records")


def _lines(content: str) -> Iterator[str]:
    """``content.split("\\n")``, one line at a time (a split copies the whole file at once)."""
    start = 0
    while (end := content.find("\n", start)) != -1:
        yield content[start:end]
        start = end + 1
    yield content[start:]


def parse_record(line: str, file: str, number: int) -> Report:
    """One JSONL line as a report; LoadError("<file>", "line N: ...") when it is bad."""
    where = f"line {number}"
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LoadError(file, f"{where}: invalid JSON ({exc.msg} at column {exc.colno})") from exc
    except RecursionError:
        raise LoadError(file, f"{where}: JSON nested too deep to read") from None
    if not isinstance(record, dict):
        raise LoadError(file, f"{where}: expected a JSON object, got {type(record).__name__}")
    for key in FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise LoadError(file, f"{where}: field {key!r} must be a string")
        if value and (lone := _SURROGATE.search(value)):
            # "\ud800" alone is valid JSON but no character: it cannot be written as UTF-8
            at = lone.start()
            raise LoadError(file, f"{where}: field {key!r} holds a lone surrogate "
                                  f"(\\u{ord(value[at]):04x} at character {at}), not text")
    text = normalize_text(record.get("text") or "")
    if not text.strip():
        raise LoadError(file, f"{where}: field 'text' is missing or empty")
    source = (record.get("source") or "").strip() or f"{file}#{number}"
    published = None
    if record.get("published"):
        published = parse_date(record["published"])
        if published is None:
            raise LoadError(file, f"{where}: 'published' is not a date: {record['published']!r}")
    title = (record.get("title") or "").strip()
    author = (record.get("author") or "").strip()
    body = text.strip()
    if record.get("title") is None:
        # No title field: the text may open with its own header lines, as plain text does.
        header = parse_header(text)
        rest = body_text(text, header).strip()
        if rest:
            body, title = rest, header.title
            author = author or header.author
            published = published or header.published
    return Report(
        text=body,
        source=source,
        title=title,
        published=body_date(body, published),
        author=author,
        format="jsonl",
    )
