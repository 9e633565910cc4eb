"""Rosters: the lines of a list that give one person each, with title and body.

Minutes, attendance lists and contact lines write a post as fields, not as a sentence:

    Dr Ana Ruiz - Treasurer, Lakeland Water Board (Ruritania)
    Lena Holm, Chief Ombudsman, Riksombudet (JO), Norland
    Media contact: Tom Vale, Head of the Press Unit, Harbour Police

The order of the fields says what each one is: a name, a title, then a body, whatever words the
body's name is made of (a name in another language, with no organization word: "Riksombudet").
The parser reads such lines as one run of capitals, so the names found in them are set right
here, and the posts they state are read from the fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import Lexicon
from kg.extract.people import PARTICLES
from kg.extract.spans import HONORIFICS

# lowercase words inside a personal name: "Helena af Wetterstedt", "Jógvan í Líð", "De la Torre"
_PARTICLES = PARTICLES | {"della", "las", "y", "ten", "zu", "binti"}
_BULLET = re.compile(r"^[ \t]*(?:[-*•]\s+|\d{1,2}[.)]\s+)?")
# "Media contact: ", "Chair: ": a label before the name (then one line is a roster of its own)
_LABEL = re.compile(r"^((?:[A-Z][\w-]*\s+){0,3}[A-Za-z][\w-]*):\s+")
_SEP = re.compile(r"\s+[-–—]\s+|\s*,\s+")
# a body after a title in its field: "Director of the Nordic House", "Dean of Law at the
# University of Y" (the last "at", else the first "of")
_HELD_AT = re.compile(r".*\s+at\s+(?:the\s+)?(?=[A-Z])")
_HELD_OF = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")


@dataclass(frozen=True)
class Roster:
    """One roster line: the holder's name, the title and the body, as character spans.
    ``own_field``: the body has a field of its own (a name whatever its words), not words
    inside the title's field ("Director of the Nordic House"), which name a body only when
    the model found one there."""

    name: tuple[int, int]
    title: tuple[int, int] | None
    body: tuple[int, int] | None
    own_field: bool = False


def _is_name(words: list[str], lex: Lexicon) -> bool:
    if not 2 <= len(words) <= 6 or words[-1] in _PARTICLES:
        return False
    if lex.title_re.match(" ".join(words)):
        return False  # "Director, Finance Department": a title, not a name
    return all(
        (w[:1].isupper() and not w.isupper() or re.fullmatch(r"[A-Z]\.", w) is not None
         or w in _PARTICLES)
        and not any(c.isdigit() for c in w)
        for w in words
    ) and words[0][:1].isupper()


def _fields(line: str) -> list[tuple[int, int]]:
    """The comma-separated fields of the rest of a line, brackets kept inside their field."""
    out, depth, start = [], 0, 0
    for k, c in enumerate(line):
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c in ",;" and depth == 0:
            out.append((start, k))
            start = k + 1
    out.append((start, len(line)))
    return [(s + len(line[s:e]) - len(line[s:e].lstrip()),
             e - len(line[s:e]) + len(line[s:e].rstrip()))
            for s, e in out if line[s:e].strip()]


def _listed(first: str, rest: list[str]) -> bool:
    """Do the fields after a title continue its portfolio as a list closed by "and"?"""
    return (re.search(r"\s(?:for|of)\s", first) is not None and len(rest) >= 2
            and " and " in rest[-1] and all(len(x.split()) <= 6 for x in rest))


def _body_end(line: str, s: int, e: int) -> int:
    """Where a body's name in a field ends: before its bracket ("(JO)", "(Norway)")."""
    k = line.find("(", s, e)
    return len(line[s:k].rstrip()) + s if k > s else e


def _roster_line(line: str, lex: Lexicon) -> tuple[Roster, bool] | None:
    """The roster of one line, and whether a label opens it."""
    bullet = _BULLET.match(line)
    at = bullet.end() if bullet else 0
    label = _LABEL.match(line, at)
    if label is not None:
        at = label.end()
    m = re.match(r"\S+", line[at:])
    hon = bool(m and m.group().strip("*") in HONORIFICS)
    if hon and m:
        at += m.end() + len(line[at + m.end():]) - len(line[at + m.end():].lstrip())
    sep = _SEP.search(line, at)
    if sep is None:
        return None
    name = line[at : sep.start()].strip("* ")
    if not _is_name(name.split(), lex):
        return None
    n0 = line.index(name, at)
    fields = _fields(line[sep.end():])
    base = sep.end()
    fields = [(base + s, base + e) for s, e in fields]
    if not fields:
        return None
    first = line[fields[0][0] : fields[0][1]]
    title = lex.title_re.search(first)
    if title is None:
        # "Mrs Ana Ruiz - Lakeland Library Association": a member with no title
        return (Roster((n0, n0 + len(name)), None, None), False) if hon else None
    ts, te = fields[0]
    rest = [(s, e) for s, e in fields[1:] if line[s:s + 1].isupper()]
    if _listed(first, [line[s:e] for s, e in rest]):
        return None  # "Minister for Agriculture, Food, Fishery and Rural Affairs": one portfolio
    if rest and line[rest[0][0]:rest[0][1]].strip() not in lex.countries:
        s, e = rest[0]
        span = (s, _body_end(line, s, e))
        return Roster((n0, n0 + len(name)), (ts, te), span, True), bool(label)
    held = _HELD_AT.match(first, title.end()) or _HELD_OF.search(first, title.end())
    if held is not None and held.end() < len(first):  # "Director of the Nordic House (item 1)"
        s = ts + held.end()
        span = (s, _body_end(line, s, te))
        body = line[span[0] : span[1]].split()
        # "Chief Executive of Oxfam UK" names a body; "Director of Communications" a portfolio
        own = len(body) > 1 or body[0].isupper()
        link = re.search(r"\s+(?:at|of)\s+(?:the\s+)?$", first[: held.end()])
        cut = held.end() - len(link.group()) if link else held.end()
        return Roster((n0, n0 + len(name)), (ts, ts + cut), span, own), bool(label)
    if (title.start() > 0 and first[:1].isupper()
            and title.end() == len(first.split("(")[0].rstrip())):
        # "Althingi Ombudsman (Iceland)": a body named after the office it is
        span = (ts, _body_end(line, ts, te))
        title_span = (ts + title.start(), ts + title.end())
        return Roster((n0, n0 + len(name)), title_span, span, True), bool(label)
    return Roster((n0, n0 + len(name)), (ts, _body_end(line, ts, te)), None), bool(label)


def find_rosters(text: str, lex: Lexicon) -> list[Roster]:
    """Every roster line of the report: short lines that are not sentences, two or more in
    the report (a list), or a single line opened by a label ("Media contact: ...")."""
    listed: list[Roster] = []
    labelled: list[Roster] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) < 250 and not line.rstrip().endswith("."):
            found = _roster_line(line, lex)
            if found is not None:
                (labelled if found[1] else listed).append(_shift(found[0], pos))
        pos += len(line) + 1
    return sorted((listed if len(listed) >= 2 else []) + labelled, key=lambda r: r.name[0])


def _shift(r: Roster, pos: int) -> Roster:
    def move(span):
        return None if span is None else (span[0] + pos, span[1] + pos)

    return Roster(move(r.name), move(r.title), move(r.body), r.own_field)


def set_roster_names(mentions: list, rosters: list[Roster], text: str, make) -> list:
    """The mentions of a report with its roster lines read by their fields: the holder's name
    a person, the body's own field an organization, and nothing that runs across fields
    ("Precious Banda - Library Association of Zambia", "Parliamentary Ombudsman" as a name).
    ``make(start, end, type)`` builds a mention."""
    if not rosters:
        return mentions
    out = list(mentions)
    for r in rosters:
        line_end = text.find("\n", r.name[1])
        line_end = len(text) if line_end < 0 else line_end
        spans = [(r.name, "Person")]
        if r.body and r.own_field:
            spans.append((r.body, "Organization"))
        for (s, e), typ in spans:
            inside = [m for m in out if m.type == typ and m.start == s and m.end <= e]
            if inside:
                continue
            out = [m for m in out if m.end <= s or m.start >= e]
            out.append(make(s, e, typ))
        if r.title is not None:  # "Parliamentary Ombudsman": a title, not a person's name
            ts, te = r.title
            out = [m for m in out if not (m.type == "Person" and ts <= m.start and m.end <= te)]
        out = [m for m in out if not (m.start < r.name[1] < m.end <= line_end)]
    out.sort(key=lambda m: m.start)
    return out
