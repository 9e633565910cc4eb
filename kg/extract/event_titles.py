"""A report whose title is the gathering's own name: the minutes headed "NORDIC BOARD MEETING
2024", the communique headed "Annual Meeting of the X, Y and Z Network". The title is a name,
not a headline, when every word of it is capitalized (or a number, or a small word such as
"of"), a head word of a gathering stands among its first words, and it is not the name of an
organization the report tells of ("STANDING CONFERENCE OF X ASSOCIATIONS" heads the minutes
of that body's council). The report's main event takes that name when it shares the head word
and its own name says no more than the title (a reader names it as the heading does)."""

from __future__ import annotations

import re

from kg.extract.event_info import EventInfo
from kg.extract.refs import Refs

_SMALL = {"of", "the", "and", "on", "for", "in", "to", "at", "&", "-", "–", "de", "du", "des"}
_MAX_WORDS = 16
_HEAD_WITHIN = 6  # "2025 National Road Safety Stakeholders' Conference": the head comes early


def _is_name(words: list[str]) -> bool:
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL or not w[:1].isalnum()
        for w in words
    )


def _cased(word: str) -> str:
    """ "OMBUDSMEN'S" -> "Ombudsmen's", "OF" -> "of"; a word not all in capitals is kept."""
    if not word.isupper() or len(word) < 2 and word.isalpha():
        return word
    low = word.lower()
    if low in _SMALL:
        return low
    return low[:1].upper() + low[1:]


def title_name(title: str, heads: set[str]) -> tuple[str, str] | None:
    """The gathering's name a report's title is, with its head word; None for a headline."""
    phrase = re.sub(r"\s*\([^)]*\)\s*$", "", (title or "").strip()).rstrip(".:;")
    # "Annual Meeting of the X Network, Apia, Samoa": the place after a comma is no part of it
    # (a comma inside a name goes on with a capitalized word and "and": "Pacific Islands,
    # Australia and New Zealand")
    words = phrase.split()
    if not words or len(words) > _MAX_WORDS or not _is_name(words):
        return None
    at = next((n for n, w in enumerate(words)
               if re.sub(r"[^\w]", "", w).lower() in heads), None)
    if at is None or at >= _HEAD_WITHIN or at == 0 and len(words) == 1:
        return None
    if any(w.lower() in _SMALL for w in words[:at]):
        return None  # "Communique of the 12th Meeting of X": the name of what it adopted
    if phrase.isupper():
        phrase = " ".join(_cased(w) for w in words)
        phrase = phrase[:1].upper() + phrase[1:]
    return phrase, re.sub(r"[^\w]", "", words[at]).lower()


def _fold(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _an_actor(phrase: str, refs: Refs | None) -> bool:
    if refs is None:
        return False
    said = _fold(phrase)
    return any(_fold(n) == said for a in refs.table.actors.values()
               for n in [a.name, *a.aliases])


def name_from_name_title(title: str, events: list[EventInfo], heads: set[str],
                         refs: Refs | None = None) -> None:
    found = title_name(title, heads)
    if found is None:
        return
    phrase, head = found
    if _an_actor(phrase, refs):
        return
    main = next((e for e in events if e.event.type not in ("Signing", "Signing ceremony")
                 and not e.event.name.lower().startswith(("press", "news", "joint press"))),
                None)
    if main is None:
        return
    told = {w.lower() for w in re.findall(r"\w+", main.event.name)}
    said = {w.lower() for w in re.findall(r"\w+", phrase)}
    if head not in told:
        return
    if main.proper and not told <= said:
        return  # the body names it otherwise: "the 7th Forum of X" under "Forum of X 2024"
    main.event.name, main.proper = phrase, True
