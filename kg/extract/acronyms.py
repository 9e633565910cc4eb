"""Acronyms defined in a report: "Federal Investigation Agency (FIA)" defines FIA.

The long form is found with the Schwartz-Hearst rule: the shortest run of words before the
parenthesis whose initials, in order, spell the acronym's letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "(FIA)", and a short form of two words whose first is an acronym: "(UN Women)", "(SADC LA)"
_DEF = re.compile(
    r"\(\s*([A-Z][A-Za-z0-9.&/-]{1,11}?s?|[A-Z]*[A-Z][A-Z][A-Z]* [A-Z][A-Za-z0-9-]{1,12})\s*\)"
)
_WORD = re.compile(r"[\w][\w.'’&-]*")
_CONNECT = {"of", "for", "and", "on", "in", "against", "to", "the", "&", "de", "la", "du"}


@dataclass(frozen=True)
class Acronym:
    short: str
    long: str
    start: int  # offsets of the long form in the text
    end: int


def _letters(short: str) -> str:
    s = short[:-1] if short.endswith("s") and short[:-1].isupper() else short
    return "".join(c for c in s.lower() if c.isalnum())


def _matches(letters: str, words: list[str]) -> bool:
    """Do the words' initials (and inner capitals, as in "GLO.ACT") spell the letters in order?"""
    i = 0
    for w in words:
        if i < len(letters) and w[0].lower() == letters[i]:
            i += 1
            for c in w[1:]:  # inner capitals: "Co-operation", "INTERPOL"
                if i < len(letters) and c.isupper() and c.lower() == letters[i]:
                    i += 1
        elif w.lower() not in _CONNECT and not w[0].isdigit():
            return False
    return i == len(letters)


def _loose(words: list[re.Match[str]], letters: str, line_start: int) -> tuple[int, int] | None:
    """A long form whose initials do not spell the acronym (UNICEF: "United Nations Children's
    Fund"): the capitalized run right before the parenthesis, from a word with its first letter."""
    run: list[re.Match[str]] = []
    for w in reversed(words):
        word = w.group()
        if w.start() < line_start or not (word[0].isupper() or word.lower() in _CONNECT):
            break
        # "the Space Agency (TUA) and the ...": another body's acronym ends the run
        if run and re.search(r"[()]", w.string[w.end() : run[0].start()]):
            break
        if run and w.string[w.end() : run[0].start()].strip() and _titled(run):
            break  # "Ana Ruiz, Director of the ... (ACSIS)": a name and a title before the body
        run.insert(0, w)
    while run and run[0].group().lower() in _CONNECT:
        run.pop(0)
    for k, w in enumerate(run):
        if w.group()[0] == letters[0].upper() and len(run) - k >= 2:  # not "and", "the"
            return run[k].start(), run[-1].end()
    return _foreign(run)


def _foreign(run: list[re.Match[str]]) -> tuple[int, int] | None:
    """A body's name whose acronym comes from its name in another language ("National
    Animal Health Service (SENACSA)"): the run after a possessive ("Paraguay's"), two words at
    least, holding the head word of a body."""
    from kg.extract.lexicon import lexicon

    heads = lexicon().org_heads
    owner = max((k for k, w in enumerate(run) if w.group().endswith(("'s", "’s"))), default=-1)
    # "In Santiago on Wednesday, the Chilean Agency (ANCI)": a comma ends what came before
    cut = max((k for k in range(1, len(run))
               if run[k].string[run[k - 1].end() : run[k].start()].strip()
               # "... Mr. Tarmo Kask. The Office of Latvia (VASES)": a stop ends a sentence
               or run[k - 1].group().endswith(".")), default=0)
    run = run[max(owner + 1, cut) :]
    while True:  # "Ana Ruiz of the Air Force (FACh)": a name before a link holds no head word
        link = next((k for k, w in enumerate(run) if w.group() in ("of", "for", "at")), None)
        if link is None or any(w.group() in heads for w in run[:link]):
            break
        run = run[link + 1 :]
    while run and run[0].group().lower() in _CONNECT:
        run.pop(0)
    if len(run) < 2 or not any(w.group() in heads for w in run):
        return None
    # "the Latin America Division of the International Association of Public Transport
    # (UITP)": a unit of a body, then the body; the acronym is the body's
    for k, w in enumerate(run):
        if w.group() == "of" and any(x.group() in heads for x in run[:k]):
            inner = run[k + 1 :]
            while inner and inner[0].group().lower() in _CONNECT:
                inner.pop(0)
            if len(inner) >= 2 and any(x.group() in heads for x in inner):
                return inner[0].start(), inner[-1].end()
            break
    return run[0].start(), run[-1].end()


def _titled(run: list[re.Match[str]]) -> bool:
    """Does a run of words open with a post's title ("Director of the Institute")?"""
    from kg.extract.lexicon import lexicon

    text = run[0].string[run[0].start() : run[-1].end()]
    m = lexicon().title_re.match(text)
    return m is not None and m.start() == 0


def find_acronyms(text: str) -> list[Acronym]:
    """Every "Long Form (LF)" definition in the text, first definition of each acronym kept."""
    found: dict[str, Acronym] = {}
    for m in _DEF.finditer(text):
        short = m.group(1).rstrip(".")
        letters = _letters(short)
        if len(letters) < 2 or short in found:
            continue
        before = text[max(0, m.start() - 200) : m.start()]
        words = list(_WORD.finditer(before))
        line_start = before.rfind("\n") + 1
        for n in range(1, min(len(words), len(letters) * 2 + 3) + 1):
            cand = words[-n:]
            if cand[0].start() < line_start or not cand[0].group()[0].isupper():
                continue
            if _matches(letters, [w.group() for w in cand]):
                start = m.start() - len(before) + cand[0].start()
                end = m.start() - len(before) + cand[-1].end()
                found[short] = Acronym(short, text[start:end], start, end)
                break
        else:
            loose = _loose(words, letters, line_start)
            if loose is not None:
                start = m.start() - len(before) + loose[0]
                end = m.start() - len(before) + loose[1]
                found[short] = Acronym(short, text[start:end], start, end)
        defined = found.get(short)
        known = _KNOWN_AS.match(text, m.end()) if defined else None
        if defined and known and known.group(1) not in found:
            # "the Health Organisation (WAHO), known in French as the OOAS": a second acronym
            found[known.group(1)] = Acronym(known.group(1), defined.long, defined.start,
                                            defined.end)
    for m in _NAMED.finditer(text):  # "CRUP - Council of ...", "FIDE, the International ..."
        short, long = m.group(1), m.group(2)
        named = long.split()
        # the initials spell the acronym, or the name holds a body's head word ("Council of
        # Rectors of Portuguese Universities", "International Chess Federation")
        spelt = _matches(_letters(short), named)
        if short in found or len(named) < 2 or not (spelt or set(named) & set(_heads())):
            continue
        found[short] = Acronym(short, long, m.start(2), m.end(2))
    return list(found.values())


# an acronym, then its body's name: a heading ("CRUP - Council of Rectors of Portuguese
# Universities") or an apposition ("FIDE, the International Chess Federation, ...")
_NAMED = re.compile(
    r"(?:^|(?<=[\s(]))([A-Z][A-Z0-9&]{1,11})(?:[ \t]+[-–—:][ \t]+|,[ \t]+the[ \t]+)"
    r"((?:[A-Z][\w'’&-]*)(?:[ \t]+(?:(?:of|for|and|on|in|the|de|la|du)[ \t]+)*[A-Z][\w'’&-]*)*)"
    r"(?=[ \t]*(?:[,.;:)\n]|$))",
    re.M,
)


def _heads() -> dict[str, str]:
    from kg.extract.lexicon import lexicon

    return lexicon().org_heads


# ", the region's health agency known in French as the OOAS": another acronym of the body
_KNOWN_AS = re.compile(
    r",[^.;()\n]{0,60}?\b(?:known|referred to)\s+(?:\w+\s+){0,3}?as\s+(?:the\s+)?"
    r"([A-Z][A-Z0-9&]{1,11})\b"
)
