"""Lines that credit who wrote, posted or answers for a report, not who took part in its story:
"Media contact: A, Press Officer", "Interview by B, Weekly News", "Posted by C, Programme
Officer", "Our correspondent D spoke to ...". A person named there reports the gathering or
answers the press about it; the report must say so elsewhere for them to take part ("A
attended the meeting")."""

from __future__ import annotations

import re

# a credit or contact line, from its opening words to its end; markup may open it ("*Posted
# by ...*", "<p>Media contact: ...")
_LINE = re.compile(
    r"(?im)^[ \t>*_#|-]*(?:<[a-z]+[^>\n]*>[ \t]*)*"
    r"((?:(?:posted|written|reported|compiled|edited|interview(?:ed)?|photos?|pictures?|"
    r"reporting|text|words)(?:[ \t]+and[ \t]+\w+)?[ \t]+by"
    r"|(?:media|press|communications?)[ \t]+(?:contacts?|enquiries|inquiries|office)"
    r"|contacts?[ \t]*:"
    r"|for[ \t]+(?:further|more)[ \t]+(?:information|details)[^\n:]{0,40}:)"
    r"[^\n]*)"
)
# "our correspondent D", "our reporter D": the name right after the word
_WRITER = re.compile(r"(?i)\b(?:our|a|the)[ \t]+(?:own[ \t]+)?(?:correspondent|reporter)s?"
                     r",?[ \t]+(?=[A-Z])")

_NAME = re.compile(r"(?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’.-]*")


def credit_ranges(text: str) -> list[tuple[int, int]]:
    """The character ranges of the credit lines and of the name after "our correspondent"."""
    out = [(m.start(1), m.end(1)) for m in _LINE.finditer(text)]
    folded = text.casefold()  # (the pattern ignores case; most reports have neither word)
    writers = _WRITER.finditer(text) if "correspondent" in folded or "reporter" in folded else ()
    for m in writers:
        name = _NAME.match(text, m.end())
        out.append((m.end(), name.end() if name else m.end()))
    return out


def credited(text: str, mentions) -> set[str]:
    """The people (actor ids) a credit line names: they report or answer for the report."""
    spans = credit_ranges(text)
    return {m.actor for m in mentions if m.type == "Person" and m.actor
            and any(s <= m.start < e for s, e in spans)}
