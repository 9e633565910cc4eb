"""The one table of loaders: file extension -> format -> loader function, imported lazily.

A loader takes the bytes of a file and the source (the path as given) and returns the reports
in it, as a list or as an iterator that parses them as they are consumed; it raises
:class:`~kg.errors.LoadError` when the whole file is bad, and may return a LoadError among the
reports when only a part is (a broken line of a JSONL file).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from importlib import import_module

from kg.errors import LoadError
from kg.model import Report

Loader = Callable[[bytes, str], "Iterable[Report] | Iterable[Report | LoadError]"]

#: Lower-case file extension -> report format.
EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

#: Report format -> "module:function" of its loader (imported on first use: trafilatura and
#: pypdf are slow to import and not needed for plain text).
LOADERS: dict[str, str] = {
    "text": "kg.loaders.text:load_text_file",
    "markdown": "kg.loaders.text:load_markdown_file",
    "html": "kg.loaders.html:load_html_file",
    "pdf": "kg.loaders.pdf:load_pdf_file",
    "jsonl": "kg.loaders.jsonl:load_jsonl_file",
}


def format_of(filename: str) -> str | None:
    """The report format for a file name, from its extension; None if unknown.

    >>> format_of("a/b/Report.HTM"), format_of("notes.docx")
    ('html', None)
    """
    name = os.path.basename(filename)
    dot = name.rfind(".")
    return EXTENSIONS.get(name[dot:].lower()) if dot > 0 else None


def loader_for(fmt: str) -> Loader:
    """The loader function of a report format (KeyError if the format is unknown)."""
    module, _, name = LOADERS[fmt].partition(":")
    loader: Loader = getattr(import_module(module), name)
    return loader
