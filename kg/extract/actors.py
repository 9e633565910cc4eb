"""Merging the names of one report into actors, and finding what a reference points back to.

Within a report: an acronym defined in it is an alias of its long form; a shorter form of a
person's name ("Syed Kausar", "Jallow") or of an organization's name ("Home Ministry" beside
"Ministry of Home Affairs", "Stability Pact" beside "Stability Pact for South-Eastern Europe")
is an alias of the fuller one when it keeps its head word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from kg.extract.acronyms import Acronym
from kg.extract.governments import is_country
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import Mention
from kg.extract.spans import CONNECTORS
from kg.extract.wordfind import word_spans
from kg.model import Actor
from kg.names import spelling_form


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name folded for comparison: no accents, case, possessives, dots or leading "the";
    British spellings made American (:func:`kg.names.spelling_form`). Cached: the same names
    are folded again and again."""
    return spelling_form(name)


def content_words(name: str) -> set[str]:
    return {w for w in fold(name).replace("-", " ").split() if w not in CONNECTORS and w != "us"}


def head_word(name: str, lex: Lexicon) -> str | None:
    """The organization head of a name: the last head word before its first connector."""
    head = None
    for w in name.split():
        if w.lower() in CONNECTORS:
            break
        if w in lex.org_heads:
            head = w
    if head is None:
        head = next((w for w in name.split() if w in lex.org_heads), None)
    return head


@dataclass
class ActorTable:
    """The actors of one report, keyed "a1", "a2"... in order of first mention."""

    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    #: folded word -> keys of the actors with a name holding it: the candidates of a match
    words: dict[str, set[str]] = field(default_factory=dict)

    def new(self, m: Mention) -> str:
        key = f"a{len(self.actors) + 1}"
        self.actors[key] = Actor(id=key, name=m.text, type=m.type, subtype=m.subtype)  # type: ignore[arg-type]
        return key

    def attach(self, m: Mention, key: str) -> None:
        m.actor = key
        actor = self.actors[key]
        actor.aliases.add(m.text)
        for w in fold(m.text).split():
            self.words.setdefault(w, set()).add(key)
        if actor.subtype is None and m.subtype:
            actor.subtype = m.subtype
        self.mentions.append(m)

    def sharing_words(self, *names: str) -> list[str]:
        """Keys of the actors whose names share a word with one of ``names``, in order."""
        keys: set[str] = set()
        for name in names:
            for w in fold(name).split():
                keys |= self.words.get(w, set())
        return sorted(keys, key=lambda k: int(k[1:]))

    def last_before(self, pos: int, typ: str, test=lambda a: True) -> str | None:
        for m in reversed(self.mentions):
            if m.start < pos and m.type == typ and m.actor and test(self.actors[m.actor]):
                return m.actor
        return None


def _person_match(table: ActorTable, m: Mention) -> str | None:
    toks = fold(m.text).split()
    best = None
    for key in table.sharing_words(m.text):
        a = table.actors[key]
        if a.type != "Person":
            continue
        for name in a.aliases | {a.name}:
            other = fold(name).split()
            if toks == other:
                return key
            if len(toks) == 1 and toks[0] in (other[0], other[-1]) and len(other) > 1:
                best = key if best in (None, key) else "ambiguous"
            elif (
                len(toks) > 1
                and len(other) > 1
                and (set(toks) <= set(other) or set(other) <= set(toks))
                and toks[-1] == other[-1]
                or (len(toks) > 1 and toks == other[: len(toks)])
            ):
                best = key if best in (None, key) else "ambiguous"
    return best if best != "ambiguous" else None


def _org_match(
    table: ActorTable, m: Mention, acronyms: dict[str, Acronym], lex: Lexicon
) -> str | None:
    text = m.text
    if text in acronyms:  # a defined acronym, in capitals or not ("MoWCSC")
        text = acronyms[text].long
    f = fold(text)
    words, head = content_words(text), head_word(text, lex)
    if m.text.isupper() and m.text not in acronyms and len(m.text) > 1:
        # "ADB" in a report that names the Asian Development Bank but never defines it
        spelt = [k for k, a in table.actors.items()
                 if a.type == "Organization" and _initials(a.name) == m.text]
        if len(spelt) == 1:
            return spelt[0]
    best = None
    for key in table.sharing_words(text, m.text):
        a = table.actors[key]
        if a.type != "Organization":
            continue
        for name in a.aliases | {a.name}:
            g = fold(name)
            if g == f or _unincorporated(g) == _unincorporated(f):
                return key
            if _owner_first(g) == f or g == _owner_first(f):
                return key  # "Executive Secretariat of the CIGCI" is the "CIGCI Executive ..."

            if name.isupper() and name == m.text:
                return key
            other = content_words(name)
            if (
                head
                and head == head_word(name, lex)
                and _may_stand_for(words, text)
                and _may_stand_for(other, name)
                and (words < other or other < words)
                and not _conflicts(words, a)
                # "African Union" is no short form of "Pan African Postal Union": the shorter
                # name is a known body's own, not written inside the longer ("US Embassy
                # Kathmandu" is the US Embassy)
                and not _known_apart(f, fold(name), words < other)
            ):
                best = key if best in (None, key) else "ambiguous"
    return best if best != "ambiguous" else None


# a company's legal form closing its name, folded: "TransMilenio S.A." is "TransMilenio"
_LEGAL_FORM = re.compile(r"(?<=\w)\s+(?:s a s|s a|sas|sa|s p a|spa|s l|s r l|srl|n v|b v|ltd|"
                         r"limited|inc|plc|llc|llp|gmbh|corp|pty ltd|pty|ag|jsc|bhd|berhad|tbk|"
                         r"oyj)$")


_OF_OWNER = re.compile(r"([a-z][\w ]*?) of (?:the )?([\w][\w ]*)")


def _owner_first(folded: str) -> str | None:
    """"secretariat of the cigci" -> "cigci secretariat": a body named after its owner, as
    written the other way round (one "of" only: "Ministry of Health of X" is left alone)."""
    m = _OF_OWNER.fullmatch(folded)
    if m is None or " of " in m.group(2):
        return None
    return f"{m.group(2)} {m.group(1)}"


def _unincorporated(folded: str) -> str:
    return _LEGAL_FORM.sub("", folded)


@lru_cache(maxsize=1)
def _registered() -> frozenset[str]:
    """The folded names of the organizations in the registry of known actors."""
    from kg import resources

    return frozenset(fold(e["name"]) for e in resources.read_yaml("registry.yaml")
                     if e.get("type") == "Organization" and e.get("name"))


def _known_apart(mention: str, name: str, mention_shorter: bool) -> bool:
    """Is the shorter of two folded names a known body's, its words apart in the longer?"""
    short, long = (mention, name) if mention_shorter else (name, mention)
    return short in _registered() and f" {short} " not in f" {long} "


def _conflicts(words: set[str], a: Actor) -> bool:
    """Does a name of two words or more of the actor differ from ``words`` both ways? Then a
    short form it holds ("Nuclear Regulatory Authority") does not make "Kenya Nuclear
    Regulatory Authority" the "Nuclear Regulatory Authority of Ghana"."""
    for name in a.aliases | {a.name}:
        if name.isupper() or len(name.split()) < 2:
            continue
        other = content_words(name)
        if words - other and other - words:
            return True
    return False


def _initials(name: str) -> str:
    """The initials of a name's capitalized words: "Asian Development Bank" -> "ADB"."""
    return "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() not in CONNECTORS)


def _may_stand_for(words: set[str], name: str) -> bool:
    """A one-word name stands for a longer one only as its common head ("the Assembly"),
    never as an acronym ("UN" is not "UN Women")."""
    return len(words) > 1 or (len(words) == 1 and not name.isupper())


def merge_mentions(
    mentions: list[Mention], acronyms: list[Acronym], lex: Lexicon, text: str
) -> ActorTable:
    """Group the mentions of one report into actors; drop names that stand for no actor."""
    acr = {a.short: a for a in acronyms}
    table = ActorTable()
    # full names first, so that a short form met before its full form still finds it
    ordered = sorted(
        mentions, key=lambda m: (len(m.text.split()) < 2 or m.text.isupper() or m.text in acr,
                                 m.start)
    )
    former = _former_names(mentions, text)
    for m in ordered:
        if m.type == "Organization" and _a_country(m.text, lex):
            continue  # "Togolese Republic" of a roster's body field: a country is a place
        single = len(m.text.split()) == 1
        if id(m) in former and former[id(m)].actor is not None:
            table.attach(m, former[id(m)].actor or "")
            continue
        if m.type == "Person":
            key = _person_match(table, m)
            if key is None and single and not _titled_single(m, text, lex):
                continue  # a lone given name or surname with no full name to stand for
        else:
            key = _org_match(table, m, acr, lex)
            # "Assembly", "Government": a head word alone is a reference, resolved later or
            # dropped; a one-word name found a body by its context ("Afripol's director") stays
            bare_head = (
                m.subtype is not None
                and not (m.text.isupper() or m.text in acr)
                # "Interpol": a registry's acronym written as a word is a name, not a head
                and m.text.upper() not in lex.known_acronyms
            )
            if key is None and single and bare_head and not m.heads:
                continue
        table.attach(m, key if key is not None else table.new(m))
    _add_surnames(table, text)
    for a in table.actors.values():
        a.name = _fullest(a)
        a.aliases.discard(a.name)
        # "the Secretariat", "the Council": a head word alone refers to the body within this
        # report only; kept as an alias it would join every report's secretariat into one
        a.aliases -= {n for n in a.aliases if _bare_head(n, lex)}
    table.mentions.sort(key=lambda m: m.start)
    return table


def _a_country(name: str, lex: Lexicon) -> bool:
    """Is a name a country's, as written ("Republic of The Gambia", "Timor-Leste")? Countries
    are places, never actors (GUIDE), whichever rule took the name for a body."""
    return is_country(re.sub(r"^[Tt]he\s+", "", name), lex)


_HONORIFIC_BEFORE = re.compile(r"(?:^|\s)(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+$")


# "X, formerly Y", "X (formerly known as Y)", "X, previously called the Y": one body, two names
_FORMERLY = re.compile(
    r"\s*[,(]\s*(?:formerly|previously|until \d{4})(?:\s+(?:known as|called|named))?"
    r"\s+(?:the\s+)?"
)


def _former_names(mentions: list[Mention], text: str) -> dict[int, Mention]:
    """The organizations named by their former name right after their own: id of the former
    name's mention -> the mention of the present one."""
    out: dict[int, Mention] = {}
    by_start = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(by_start, by_start[1:], strict=False):
        if a.type == b.type == "Organization" and _FORMERLY.fullmatch(text[a.end : b.start]):
            out[id(b)] = a
    return out


def _bare_head(name: str, lex: Lexicon) -> bool:
    """Is a name only an organization's head word, with or without "the" ("Council",
    "the Secretariat", "General Secretariat")? Not an acronym ("UN") or a registry name."""
    words = [w for w in name.split() if w.lower() != "the"]
    return bool(words) and words[-1] in lex.org_heads and not words[-1].isupper() and all(
        w in lex.org_heads or w.lower() in _HEAD_MODIFIERS for w in words
    )


# words that qualify a head word without naming the body ("the Executive Board", "the
# General Secretariat", "the Permanent Secretariat")
_HEAD_MODIFIERS = {"general", "executive", "permanent", "technical", "central", "joint",
                   "governing", "standing", "steering"}


def _titled_single(m: Mention, text: str, lex: Lexicon) -> bool:
    """Is a one-word person's name the whole name a title and an honorific give ("Executive
    Director Dr Iftekharuzzaman"): someone known by one name, not a surname standing alone?"""
    before = text[max(0, m.start - 60) : m.start]
    honorific = _HONORIFIC_BEFORE.search(before)
    if honorific is None or len(m.text) < 4:
        return False
    rest = before[: honorific.start() + 1].rstrip()
    return any(t.end() == len(rest) for t in lex.title_re.finditer(rest))


def _fullest(a: Actor) -> str:
    names = a.aliases | {a.name}
    full = [n for n in names if not n.isupper()] or list(names)
    return max(full, key=lambda n: (len(n.split()), len(n), n))


def _add_surnames(table: ActorTable, text: str) -> None:
    """Mentions of a person by surname alone ("Jallow was opening...")."""
    taken = sorted((m.start, m.end) for m in table.mentions)
    for key, a in list(table.actors.items()):
        if a.type != "Person":
            continue
        parts = a.name.split()
        if len(parts) < 2:
            continue
        for word in {parts[-1], parts[0]}:
            if len(word) < 3:
                continue
            for start, end in word_spans(text, word):
                k = bisect_right(taken, (start, len(text)))
                if k and taken[k - 1][0] <= start < taken[k - 1][1]:
                    continue
                owner = _person_match(table, Mention(start, end, word, "Person"))
                if owner == key:
                    table.attach(Mention(start, end, word, "Person"), key)
