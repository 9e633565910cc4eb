"""The attendance sections of a minutes sheet: who was PRESENT (the members), who was IN
ATTENDANCE (staff, guests for an item, the minute-taker) and who sent APOLOGIES (absent). Each
section runs from its heading, alone on its line, to the next heading or numbered item."""

from __future__ import annotations

import re

# a section heading alone on its line, in capitals or with a capital and a colon
_HEADING = re.compile(
    r"(?m)^[ \t*#_]*((?:MEMBERS[ \t]+)?PRESENT|ALSO[ \t]+PRESENT|IN[ \t]+ATTENDANCE|"
    r"ATTENDING|APOLOGIES(?:[ \t]+FOR[ \t]+ABSENCE)?|ABSENT(?:[ \t]+WITH[ \t]+APOLOGIES)?|"
    r"(?:Members[ \t]+)?[Pp]resent|In[ \t]+attendance|Apologies(?:[ \t]+for[ \t]+absence)?|"
    r"Absent(?:[ \t]+with[ \t]+apologies)?)[ \t*_]*:?[ \t*_]*$"
)
# the same heading opening a line that lists them after a colon ("Present: Prof. A, Prof. B")
_INLINE = re.compile(
    r"(?im)^[ \t*_]*((?:members[ \t]+)?present|also[ \t]+present|in[ \t]+attendance|invited|"
    r"apologies(?:[ \t]+for[ \t]+absence)?|absent(?:[ \t]+with[ \t]+apologies)?)[ \t*_]*:"
    r"[ \t*_]*(\S[^\n]*)"
)
# what ends a section: another heading in capitals, or a numbered item ("1. WELCOME", "1.1 ...")
_END = re.compile(r"(?m)^[ \t*#_]*(?:\d+(?:\.\d+)*\.?[ \t]|[A-Z][A-Z ,'’&-]{3,}$)")


def sections(text: str) -> dict[str, list[tuple[int, int]]]:
    """ "present", "attending", "absent" -> the character ranges of those sections."""
    out: dict[str, list[tuple[int, int]]] = {"present": [], "attending": [], "absent": []}
    for m in _HEADING.finditer(text):
        end = _END.search(text, m.end() + 1)
        out[_kind(m.group(1))].append((m.end(), end.start() if end else len(text)))
    for m in _INLINE.finditer(text):
        out[_kind(m.group(1))].append((m.start(2), m.end(2)))
    return out


def _kind(heading: str) -> str:
    word = heading.lower()
    return ("absent" if word.startswith(("apolog", "absent")) else
            "attending" if word.startswith(("in", "attending", "also", "invited")) else "present")


def people_in(text: str, mentions, kind: str) -> set[str]:
    """The people (actor ids) a minutes sheet names in its sections of that kind."""
    spans = sections(text)[kind]
    return {m.actor for m in mentions if m.type == "Person" and m.actor
            and any(s <= m.start < e for s, e in spans)}
