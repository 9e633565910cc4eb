"""The header of a news report in plain text: title, byline and publication date.

News copy opens with a title line, then optionally a byline ("By Our Reporter", "From our
Vienna correspondent", "Celina Ali") and a date line ("Published: 2019-09-16", "13 December
2000"), in either order; the body follows. When no date line is given, the dateline that opens
the body ("VIENNA, 17 April 2012 - ...") gives the date.

Examples:
    >>> h = parse_header("A title\\nBy Jane Roe\\nPublished: 2020-05-01\\n\\nBody text.")
    >>> (h.title, h.author, h.published, h.body_start)
    ('A title', 'By Jane Roe', datetime.date(2020, 5, 1), 43)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kg.loaders.dates import is_place, parse_date, parse_dateline
from kg.loaders.patterns import patterns

_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'\u2019.\-]*$")


@dataclass(frozen=True)
class Header:
    """What the first lines of a report say, and the offset where its body begins."""

    title: str
    author: str
    published: date | None
    body_start: int
    # lines between the title and the date line that are neither byline nor genre label: a
    # subtitle, a letterhead's office, a minutes' "MEETING No. 114"; a reader reads them
    deck: str = ""


def _identity(line: str) -> str:
    return line


def parse_header(
    text: str, *, clean: Callable[[str], str] = _identity, setext: bool = False
) -> Header:
    """Split ``text`` into header fields and the offset of the body.

    ``clean`` turns a raw header line into plain text (Markdown strips its markup with it);
    ``setext`` skips a ``===``/``---`` line under the title (a Markdown setext heading).
    """
    conf = patterns()
    lines = _lines(text)
    i = _skip_blank(lines, 0)
    if i < len(lines) and _is_kind_label(clean(lines[i][1]).strip()):
        i = _skip_blank(lines, i + 1)  # "Press release" above the title names the genre
    title = ""
    if i < len(lines):
        first = clean(lines[i][1]).strip()
        nxt = clean(lines[i + 1][1]).strip() if i + 1 < len(lines) else ""
        if not _is_body(first, conf.max_title_chars) and not _wrapped(first, nxt):
            title = first
            i += 1
            if setext and i < len(lines) and re.fullmatch(r"\s*(=+|-+)\s*", lines[i][1]):
                i += 1
    author = ""
    published: date | None = None
    # Lines between the title and a date line are a subtitle and a byline, the byline last
    # ("Title / Subtitle / Staff Correspondent / Published: ..."): read ahead for the date.
    ahead = _lines_before_date(lines, i, clean, conf.max_header_lines) if title else None
    deck = ""
    if ahead is not None:
        between, date_at, published = ahead
        author = _strip_kind_label(between[-1])  # the byline comes last ("/ Staff Writer /")
        deck = "\n".join(
            line for line in between if not is_byline(line) and not _is_kind_label(line)
        )
        i = date_at + 1
    for _ in range(conf.max_header_lines):
        i = _skip_blank(lines, i)
        if i >= len(lines):
            break
        line = clean(lines[i][1]).strip()
        labelled = _labelled_date(line)
        if published is None and labelled is not None:
            published = parse_date(labelled)
        elif published is None and _is_date_line(line):
            published = parse_date(line)
        elif not author and title and is_byline(line):
            author = _strip_kind_label(line)
        else:
            break
        i += 1
    body_start = lines[i][0] if i < len(lines) else len(text)
    return Header(title, author, published, body_start, deck)


def body_text(text: str, header: Header, clean: Callable[[str], str] = _identity) -> str:
    """The report's body: its deck lines, then everything after the header (through ``clean``:
    Markdown's text from its markup; the deck lines were cleaned as header lines)."""
    rest = clean(text[header.body_start :])
    return f"{header.deck}\n\n{rest}" if header.deck else rest


def _lines_before_date(
    lines: list[tuple[int, str]], i: int, clean: Callable[[str], str], limit: int
) -> tuple[list[str], int, date] | None:
    """The header lines before a date line within ``limit`` lines, its index and its date.

    None when no date line comes that soon, or when it comes first (nothing in between).
    """
    between: list[str] = []
    for _ in range(limit):
        i = _skip_blank(lines, i)
        if i >= len(lines):
            return None
        line = clean(lines[i][1]).strip()
        found = _header_date(line)
        if found is not None:
            return (between, i, found) if between else None
        if not _is_short_line(line):
            return None
        between.append(line)
        i += 1
    return None


def _header_date(line: str) -> date | None:
    """The date of a header date line: labelled, bare, or a place and date ("Quito, 2 May 2018")."""
    labelled = _labelled_date(line)
    if labelled is not None:
        return parse_date(labelled)
    if _is_date_line(line):
        return parse_date(line)
    place, _, rest = line.partition(",")
    if len(line) <= 60 and rest and is_place(place.strip()):
        return parse_date(rest)
    return None


def _is_short_line(line: str) -> bool:
    """A header line that is not a sentence of the body: short, no final full stop."""
    return 0 < len(line) <= 120 and not line.endswith((".", "?", "!")) and len(line.split()) <= 14


def _is_kind_label(line: str) -> bool:
    return line.lower().rstrip(":") in patterns().kind_labels


def _strip_kind_label(line: str) -> str:
    """A byline without a trailing genre ("Ministry of X - Press release" -> "Ministry of X")."""
    head, sep, tail = line.rpartition(" - ")
    return head.strip() if sep and _is_kind_label(tail.strip()) else line


def body_agency(body: str) -> str:
    """The wire agency of the dateline that opens ``body`` ("DHAKA, April 5 (UNB) - "), or ""."""
    dateline = parse_dateline(body.lstrip().split("\n", 1)[0])
    return dateline.agency or "" if dateline else ""


def body_date(body: str, published: date | None = None) -> date | None:
    """``published`` if known, else the date of the dateline that opens ``body``."""
    if published is not None:
        return published
    first = body.lstrip().split("\n", 1)[0]
    dateline = parse_dateline(first)
    return dateline.date if dateline else None


def is_byline(line: str) -> bool:
    """True for a byline: "By X", "From our ... correspondent", "Newsroom", or a name.

    A name is 2-4 capitalized words (particles such as "von" allowed inside) with no final
    period; an all-capitals line is not taken for one, as it is more often a place.
    """
    conf = patterns()
    if not line or len(line) > 80 or line.endswith((".", ":", "?", "!")):
        return False
    if line.startswith(conf.byline_prefixes) or line.lower() in conf.byline_words:
        return True
    words = line.split()
    if not 2 <= len(words) <= 4 or line.isupper() or any(ch.isdigit() for ch in line):
        return False
    inner_ok = all(_NAME_WORD.match(w) or w in conf.name_particles for w in words[1:-1])
    return bool(_NAME_WORD.match(words[0]) and _NAME_WORD.match(words[-1]) and inner_ok)


def _labelled_date(line: str) -> str | None:
    """The date part of a "Published: ..." style line, or None if the line is not one."""
    lowered = line.lower()
    for label in patterns().date_labels:
        if lowered.startswith(label):
            rest = line[len(label) :]
            match = re.match(r"\s*[:\-\u2013]\s*(.+)$", rest)
            if match:
                return match.group(1)
    return None


def _is_date_line(line: str) -> bool:
    """A short line that is nothing but a full date ("October 7, 2015")."""
    return len(line) <= 40 and parse_date(line) is not None


def _is_body(line: str, max_title_chars: int) -> bool:
    """A first line that is already body text: too long for a title, or a dated dateline."""
    if len(line) > max_title_chars:
        return True
    dateline = parse_dateline(line)
    return dateline is not None and dateline.date is not None


# words a title does not end on, but a line cut mid-sentence does ("organized by the")
# (not "in", "on", "up": a headline's verb may end on its particle, "as results trickle in")
_OPEN_ENDS = {"the", "a", "an", "of", "by", "with", "and", "or", "for", "from", "that", "its",
              "their", "his", "her"}


def _wrapped(first: str, nxt: str) -> bool:
    """Is the first line hard-wrapped body text that goes on in the next line, rather than a
    title? The next line follows with no blank line between and the first stops mid-sentence:
    on a comma or a word no title ends on, before a lowercase word, or, both lines being as
    long as the lines of wrapped prose, the sentence ending in the next one.

    >>> _wrapped("On Monday the seminar was organized by", "the Ministry of Labour.")
    True
    >>> _wrapped("Ministers agree on tuna surveillance", "By Staff Reporter")
    False
    """
    if not first or not nxt or first.endswith((".", "?", "!", ":")):
        return False
    if _header_date(nxt) is not None or is_byline(nxt):
        return False  # "Title / published - 2012-04-03": a header line
    last = first.split()[-1].lower()
    if first.endswith(",") or last in _OPEN_ENDS or nxt[:1].islower():
        return True
    # a subtitle or a source line may be as long, but ends no sentence in its course
    return len(first) >= 60 and len(nxt) >= 60 and bool(re.search(r"[a-z)]\.(?:\s|$)", nxt))


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with the offset where it starts."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def _skip_blank(lines: list[tuple[int, str]], i: int) -> int:
    while i < len(lines) and not lines[i][1].strip():
        i += 1
    return i
