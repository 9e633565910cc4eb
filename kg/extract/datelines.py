"""Parts of a report that name no actor of it: quoted titles, the dateline's place and the
wire agency in its parentheses ("ISLAMABAD, Feb 28 (APP):")."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"“[^”]{3,300}”|\"[^\"\n]{3,300}\"|‘[^’]{3,200}’")
# "DHAKA, April 5 (UNB) - ": a place in capitals opening a line, a date, maybe a wire agency
# the wire agency or outlet may be several words ("(Mekong News Service)", "(Agence Océan
# Indien)"), and a country may follow the place ("LONGYEARBYEN, Norway, Feb 25 (Nordic Wire)")
_AGENCY = r"[A-Z][\w'’.&-]*(?:[ \t]+(?:de|du|des|di|del|[A-Z][\w'’.&-]*)){0,4}"
_DATELINE_LINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,2}),[ \t]*"
    r"(?:[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},[ \t]*)?"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})[^\n(]{0,20}"
    rf"(?:\(({_AGENCY})\))?"
)
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'’-]{2,40}?)(?=[,:]|\s+[-–—(]|\s*\()")


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def dateline_place(text: str) -> tuple[str, int, int] | None:
    """The place of a dateline opening the body ("VIENNA, 17 April 2012 - ", "Islamabad: ")."""
    first = text.lstrip()[:80]
    m = _DATELINE.match(first)
    if not m:
        m = re.match(r"^\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=:\s)", first)
    if not m:
        return None
    offset = len(text) - len(text.lstrip())
    name = m.group(1).strip()
    return name.title() if name.isupper() else name, offset + m.start(1), offset + m.end(1)


def blocked_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges where no name is an actor: quotations, datelines, wire agencies."""
    dl = dateline_place(text)
    blocked = quoted_ranges(text) + ([(dl[1], dl[2])] if dl else [])
    agency = re.match(rf"[^\n]{{0,60}}?\(({_AGENCY})\)\s*[:\-–—]", text[:120]) if dl else None
    if agency:  # "ISLAMABAD, Feb 28 (APP):" names the news agency, not an actor of the report
        blocked.append((agency.start(1), agency.end(1)))
    for line in _DATELINE_LINE.finditer(text):  # a dateline below a headline: its place and wire
        blocked.append((line.start(1), line.end(1)))
        if line.group(2):
            blocked.append((line.start(2), line.end(2)))
    for line in (_ISSUER_LINE.finditer(text) if "Source" in text or "Issued by" in text
                 else ()):  # "Source: Communications Unit, X Institute" (its words first)
        blocked.append((line.start(1), line.end(1)))
    return sorted(set(blocked))


# "PUNTA ARENAS - The institute ...": a place in capitals and a dash open the story, no date
_PLACE_DASH = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,2})[ \t]+[-–—][ \t]"
)


def dateline_places(text: str) -> set[str]:
    """The places of the report's datelines, as written in a sentence ("Punta Arenas"): the same
    words met later in the text name that place, whatever the model makes of them."""
    found = [m.group(1) for m in _DATELINE_LINE.finditer(text)]
    found += [m.group(1) for m in _PLACE_DASH.finditer(text[:3000])]
    dl = dateline_place(text)
    if dl:
        found.append(dl[0])
    return {p.title() if p.isupper() else p for p in found}


# a line naming who issued the report: metadata, like a byline, not an actor of its story
_ISSUER_LINE = re.compile(r"(?m)^[ \t]*(?:Source|Issued by)\b:?[ \t]*([^\n]{2,120})$")
