"""The action points of minutes: under a heading that names them ("ACTION POINTS", "Actions
agreed", "Follow-up actions"), each line "- Dr X to circulate the report by 31 May." (or a line
"Action: the Secretariat to ...") is a pledge of the one named at its start to do what follows
"to". Such lines have no verb a parser reads as a promise, so the commitment rules miss them."""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.refs import Refs

_HEADING = re.compile(
    r"(?im)^[ \t#*]*(?:[\d.]+[ \t]+)?(?:follow[- ]up[ \t]+)?actions?(?:[ \t]+(?:points?|items?|"
    r"agreed|arising))?[ \t*]*:?[ \t]*$")
_BULLET = re.compile(r"[ \t]*(?:[-•*–]|\d{1,2}[.)]|\([a-z\d]{1,3}\))[ \t]+")
_ACTION = re.compile(r"[ \t]*action[ \t]*:[ \t]*", re.I)
# what may stand before the name the table found: an honorific, a title or a given name
_HONORIFIC = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Hon)\.?[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,2}")
# "X to circulate ...": the one named, then "to" and a verb in lower case
_TO = re.compile(r"[ \t]+to[ \t]+(?=[a-z])")


def action_points(text: str, refs: Refs) -> list[tuple[str, str, int]]:
    """(actor, what they are to do, offset) for each action point of the report."""
    mentions = sorted((m.start, m.end, m.actor) for m in refs.table.mentions if m.actor)
    starts = [m[0] for m in mentions]
    out: list[tuple[str, str, int]] = []
    under = False  # in a list under an action points heading
    for found in re.finditer(r"[^\n]*", text):
        pos, line = found.start(), found.group(0)
        if _HEADING.match(line):
            under = True
            continue
        if not line.strip():
            continue
        lead = (_BULLET.match(line) if under else None) or _ACTION.match(line)
        if lead is None:
            under = False  # the list of action points has ended
            continue
        at = pos + lead.end()
        k = bisect_left(starts, at)
        if k >= len(mentions) or not _HONORIFIC.fullmatch(text[at : mentions[k][0]]):
            continue  # the line does not open with a name
        _, end, actor = mentions[k]
        to = _TO.match(text, end, pos + len(line))
        if to is None:
            continue
        what = text[to.end() : pos + len(line)].strip().rstrip(".;")
        if len(what.split()) >= 2:
            out.append((actor, what, pos))
    return out
