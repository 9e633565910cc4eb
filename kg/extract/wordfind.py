"""Finding a literal word or name in a text where it stands alone, without a regex built for
it: ``re.finditer(rf"(?<![\\w-]){re.escape(word)}(?![\\w-])", text)`` compiles a pattern per
name, and those patterns also push the rules' fixed patterns out of the ``re`` module's cache
(512 entries), which then compiles them again and again (a fifth of the rules' time on short
reports). The same matches, found with ``str.find``."""

from __future__ import annotations

import re
from collections.abc import Iterable


def _word_char(c: str) -> bool:
    """``\\w`` of a str pattern: alphanumeric (``str.isalnum``) or the underscore."""
    return c.isalnum() or c == "_"


def _alone(text: str, start: int, end: int) -> bool:
    """No word character or hyphen right before ``start`` or right at ``end``."""
    if start > 0 and (text[start - 1] == "-" or _word_char(text[start - 1])):
        return False
    return not (end < len(text) and (text[end] == "-" or _word_char(text[end])))


def word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """The (start, end) of each match of ``(?<![\\w-])WORD(?![\\w-])``, left to right, as
    ``re.finditer`` gives them (a match resumes the search at its end)."""
    if not word:
        return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]
    out = []
    size = len(word)
    k = text.find(word)
    while k != -1:
        if _alone(text, k, k + size):
            out.append((k, k + size))
            k = text.find(word, k + size)
        else:
            k = text.find(word, k + 1)
    return out


def names_spans(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """The (start, end) of each match of ``(?<![\\w-])(?:N1|N2|...)(?![\\w-])``, the names in
    the given order, as ``re.finditer`` gives them: at each place the first name (in that order)
    standing alone there, then on from its end."""
    names = list(names)
    if not names or not all(names):
        pattern = "|".join(re.escape(n) for n in names)
        return [m.span() for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text)]
    found = []  # every place where a name stands alone, overlapping ones too
    for rank, name in enumerate(names):
        size = len(name)
        k = text.find(name)
        while k != -1:
            if _alone(text, k, k + size):
                found.append((k, rank, k + size))
            k = text.find(name, k + 1)
    found.sort()
    out: list[tuple[int, int]] = []
    for start, _, end in found:
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def stands_alone(text: str, word: str) -> bool:
    """Does ``(?<![\\w-])WORD(?![\\w-])`` match somewhere in ``text`` (``re.search``)?"""
    if not word:
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
    k = text.find(word)
    while k != -1:
        if _alone(text, k, k + len(word)):
            return True
        k = text.find(word, k + 1)
    return False


def stands_as_word(text: str, word: str) -> bool:
    """Does ``(?<!\\w)WORD(?!\\w)`` match somewhere in ``text`` (``re.search``)? As
    ``stands_alone``, a hyphen beside it allowed."""
    if not word:
        return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
    k = text.find(word)
    size = len(word)
    while k != -1:
        end = k + size
        if not (k > 0 and _word_char(text[k - 1]) or end < len(text) and _word_char(text[end])):
            return True
        k = text.find(word, k + 1)
    return False


def ends_with_of(text: str, name: str) -> bool:
    """Does ``\\bof (?:the )?NAME$`` match in ``text`` (``re.search``): "the Space Applications
    Section of UNOOSA" ends with "of UNOOSA". ``$`` also matches before a final newline."""
    ends = [len(text)] + ([len(text) - 1] if text.endswith("\n") else [])
    for end in ends:
        head = text[:end]
        if not head.endswith(name):
            continue
        before = len(head) - len(name)
        for link in ("of the ", "of "):
            start = before - len(link)
            if (start >= 0 and head.startswith(link, start)
                    and (start == 0 or not _word_char(text[start - 1]))):
                return True
    return False
