"""Loaders: report files (text, Markdown, HTML, PDF, JSON Lines) -> :class:`kg.model.Report`.

Bad input never stops a batch: each bad file (or JSONL line) comes out as a
:class:`kg.errors.LoadError` that names it and says what is wrong, among the reports.

Examples:
    >>> report = load_text("Aid pledged\\nBy Our Reporter\\n\\nVIENNA, 17 April 2012 - Text.", "s1")
    >>> report.title, report.author, report.published.isoformat(), report.text[:6]
    ('Aid pledged', 'By Our Reporter', '2012-04-17', 'VIENNA')
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import LoadError
from kg.loaders.files import MAX_BYTES, read_bytes
from kg.loaders.registry import EXTENSIONS, LOADERS, format_of, loader_for
from kg.model import Report

__all__ = [
    "EXTENSIONS",
    "LOADERS",
    "MAX_BYTES",
    "count_reports",
    "format_of",
    "ignored_files",
    "load_path",
    "load_paths",
    "load_text",
]


def load_path(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Iterator[Report | LoadError]:
    """Reports from a file, or from every report file under a folder (recursively, sorted).

    In a folder, hidden files and folders and files of unknown extension are skipped; a file
    given explicitly with an unknown extension is a LoadError. A missing path, and a folder
    holding no report file, are LoadErrors.

    A report's source is its file's absolute path, so that ``r.txt``, ``./r.txt`` and
    ``$PWD/r.txt`` are one report (one graph, its facts counted once), not three. Symbolic
    links are kept as written: the path the user gave stays recognizable.
    """
    given = str(path)
    target = Path(path)
    if target.is_dir():
        files = _report_files(os.path.abspath(given))
        if not files:
            known = ", ".join(sorted(EXTENSIONS))
            yield LoadError(given, f"no report files in this folder (looked for {known})")
        for file in files:
            yield from _load_file(file, max_bytes)
    elif target.exists():
        yield from _load_file(os.path.abspath(given), max_bytes)
    else:
        yield LoadError(given, "no such file or folder")


def load_paths(
    paths: Iterable[str | Path], *, max_bytes: int = MAX_BYTES
) -> Iterator[Report | LoadError]:
    """Reports from several files or folders, in the order given.

    A report whose source was already given by an earlier report of the batch (the same file
    named twice, or two JSON Lines records with one ``source``) comes out as a LoadError when
    its content differs, and is dropped when it is the same: one source is one report graph,
    and loading both would leave whichever came last, and swap them on every re-ingest.
    """
    seen: dict[str, str] = {}  # source -> checksum
    for path in paths:
        for item in load_path(path, max_bytes=max_bytes):
            if isinstance(item, Report):
                if item.source in seen:
                    if seen[item.source] != item.checksum:
                        yield LoadError(item.source, "another report of this batch has the "
                                                     "same source and different content")
                    continue
                seen[item.source] = item.checksum
            yield item


def load_text(text: str, source: str, fmt: str = "text") -> Report:
    """Parse a string as a report of format ``text``, ``markdown`` or ``html``.

    Raises LoadError (naming ``source``) when the text is empty or the format unknown.
    """
    from kg.loaders.html import parse_html
    from kg.loaders.text import parse_markdown, parse_text

    parsers = {"text": parse_text, "markdown": parse_markdown, "html": parse_html}
    if fmt not in parsers:
        raise LoadError(source, f"cannot parse a string as {fmt!r}; use one of {sorted(parsers)}")
    return parsers[fmt](text, source)


def _load_file(file: str, max_bytes: int) -> Iterator[Report | LoadError]:
    fmt = format_of(file)
    if fmt is None:
        known = ", ".join(sorted(EXTENSIONS))
        yield LoadError(file, f"unknown file type (known extensions: {known})")
        return
    try:
        # the bytes go straight to the loader, which may drop them once decoded: a JSON Lines
        # file is read one record at a time, and its bytes would otherwise stay for its whole run
        yield from loader_for(fmt)(read_bytes(Path(file), file, max_bytes), file)
    except LoadError as err:
        yield err


def count_reports(paths: Iterable[str | Path]) -> int:
    """How many reports ``paths`` hold, counted without parsing them (a JSON Lines file counts
    its non-blank lines): the total of a progress bar. A missing path counts one (its error)."""
    total = 0
    for given in paths:
        files = _report_files(os.path.abspath(given)) if os.path.isdir(given) else [str(given)]
        for file in files:
            if format_of(file) == "jsonl" and os.path.isfile(file):
                with open(file, "rb") as lines:
                    total += sum(1 for line in lines if line.strip())
            else:
                total += 1
    return total


def ignored_files(paths: Iterable[str | Path]) -> list[str]:
    """Files under the folders among ``paths`` that loading skips for their unknown type (a
    .docx, a .csv), so a command can say what it left out; hidden entries are not counted."""
    out: list[str] = []
    for folder in paths:
        if not os.path.isdir(folder):
            continue
        for root, dirs, files in os.walk(folder):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            out += sorted(os.path.join(root, name) for name in files
                          if not name.startswith(".") and format_of(name) is None)
    return out


def _report_files(folder: str) -> list[str]:
    """Report files under ``folder`` sorted by path, skipping hidden entries and unknown types."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and format_of(name) is not None:
                path = os.path.join(root, name)
                found.append((Path(os.path.relpath(path, folder)).parts, path))
    return [path for _, path in sorted(found)]
