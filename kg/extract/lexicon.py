"""The extraction's lexicons, read from the YAML files in ``kg/data/lexicons``.

Loaded lazily and once (``functools.cache``), never at import time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeVar

from kg import resources


def _read(name: str) -> Any:
    return resources.read_yaml("lexicons", name)


_T = TypeVar("_T")
_DERIVED: dict[str, tuple[Any, Any]] = {}


def derived(lex: Lexicon, name: str, build: Callable[[Lexicon], _T]) -> _T:
    """``build(lex)``, computed once per lexicon: what a rule derives from a lexicon (its head
    words sorted, its venue words compiled) would otherwise be rebuilt on every call, tens of
    thousands of times per report. Kept by name with the lexicon it came from (one lexicon is
    in use; another one, as in a test, builds its own value): no key tuple to hash per call."""
    hit = _DERIVED.get(name)
    if hit is None or hit[0] is not lex:
        hit = _DERIVED[name] = (lex, build(lex))
    return hit[1]


@dataclass(frozen=True)
class Lexicon:
    titles: dict[str, str]  # surface form (lowercased unless an abbreviation) -> full title
    title_words: frozenset[str]  # every title, lowercased
    title_modifiers: frozenset[str]
    title_re: re.Pattern[str]
    portfolio_words: frozenset[str]  # words naming a government portfolio ("Interior", "Affairs")
    verbs: dict[str, frozenset[str]]
    phrases: dict[str, tuple[str, ...]]
    org_heads: dict[str, str]  # head word -> subtype
    head_suffixes: tuple[str, ...]  # heads ending a compound word ("Wereldmuseum"), lowercase
    opening_heads: frozenset[str]  # heads that open a name ("Stichting X"), also in org_heads
    field_endings: tuple[str, ...]  # endings of nouns of action ("-tion"): fields, not bodies
    not_org_followers: frozenset[str]
    not_org_words: frozenset[str]
    modifier_followers: frozenset[str]
    groups: frozenset[str]
    referring_nouns: dict[str, list[str]]  # "mayor" -> head words of the body it stands for
    org_nouns: tuple[str, ...]  # common nouns for a body ("agency", "non-profit"), lowercase
    event_heads: dict[str, str]  # lowercase head -> event type
    event_type_hints: dict[str, str]
    place_words: frozenset[str]
    venue_words: tuple[str, ...]
    place_followers: frozenset[str]  # "coast", "basin": after a name, it names a place
    local_bodies: tuple[tuple[str, ...], ...]  # "city council": after a place, its government
    demonyms: dict[str, str]
    topics: dict[str, tuple[str, tuple[str, ...]]]  # slug -> (label, words)
    countries: frozenset[str]  # names of countries (ISO 3166, from pycountry): places
    country_ends: frozenset[str]  # their last words, to test a name cheaply first
    known_acronyms: frozenset[str]  # acronyms of the organizations in kg/data/registry.yaml


def _title_pattern(
    titles: dict[str, str], modifiers: list[str], portfolios: list[str], held: list[str]
) -> re.Pattern[str]:
    """One regex for every title: abbreviations match case-sensitively, full forms in any case;
    a portfolio before a minister's title is part of it when capitalized ("Home Affairs
    Minister")."""
    full = sorted((t for t in titles if not t.isupper()), key=len, reverse=True)
    abbr = sorted((t for t in titles if t.isupper()), key=len, reverse=True)
    esc = [re.escape(t).replace(r"\ ", r"[\s-]+").replace("'", "['’]") for t in full]
    mods = _by_first_char([re.escape(m) for m in modifiers], fold=True)
    ports = _by_first_char(
        [re.escape(p) for p in sorted(portfolios, key=len, reverse=True)], fold=False
    )
    heads = _by_first_char([re.escape(h).replace(r"\ ", r"[\s-]+")
                            for h in sorted(held, key=len, reverse=True)], fold=True)
    portfolio = rf"(?-i:(?:(?:{ports})[\s-]+(?:(?:and|&)[\s-]+)?)+)(?:{heads})"
    full_re = rf"(?i:(?:(?:{mods})[\s-]+)*(?:{portfolio}|{_by_first_char(esc, fold=True)}))"
    abbr_re = _by_first_char([re.escape(a) for a in abbr], fold=False)
    return re.compile(rf"(?<![\w-])(?:{full_re}|(?:{abbr_re}))(?![\w-])")


def _by_first_char(alternatives: list[str], fold: bool) -> str:
    """``A1|A2|...`` with the alternatives that begin with the same letter behind it once:
    "C(?:hair|hief)|D(?:irector)". The same matches, in the same order (at any place only the
    alternatives of one letter can match, kept in their order), but ``re`` tries one letter per
    group instead of every title at every word (a tenth of the rules' time went there).
    ``fold``: the alternatives are read in any case, so "c" and "C" are one group."""
    if not all(a[:1].isascii() and a[:1].isalnum() for a in alternatives):
        return "|".join(alternatives)  # an escape or a class first: leave it whole
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0].lower() if fold else a[0], []).append(a)
    out = []
    for members in groups.values():
        if len(members) == 1:
            out.append(members[0])
        else:
            out.append(members[0][0] + "(?:" + "|".join(m[1:] for m in members) + ")")
    return "|".join(out)

@cache
def lexicon() -> Lexicon:
    t = _read("titles.yaml")
    titles: dict[str, str] = {}
    for full, abbrs in t["titles"].items():
        titles[full] = full
        for a in abbrs or []:
            titles[a] = full
    v = _read("verbs.yaml")
    verbs = {k: frozenset(x) for k, x in v.items() if not k.endswith("_phrases")}
    phrases = {k[: -len("_phrases")]: tuple(x) for k, x in v.items() if k.endswith("_phrases")}
    o = _read("organizations.yaml")
    opening = {w: sub for sub, words in o.get("opening_heads", {}).items() for w in words}
    heads = {**opening, **{w: sub for sub, words in o["heads"].items() for w in words}}
    e = _read("events.yaml")
    ev_heads = {w: typ for typ, words in e["heads"].items() for w in words}
    hints = {w: typ for typ, words in e["type_hints"].items() for w in words}
    p = _read("places.yaml")
    topics = {k: (x["label"], tuple(x["words"])) for k, x in _read("topics.yaml").items()}
    return Lexicon(
        titles=titles,
        title_words=frozenset(t.lower() for t in titles),
        title_modifiers=frozenset(t["modifiers"]),
        title_re=_title_pattern(titles, t["modifiers"], t["portfolios"], t["portfolio_titles"]),
        portfolio_words=frozenset(w for p in t["portfolios"] for w in p.split()),
        verbs=verbs,
        phrases=phrases,
        org_heads=heads,
        head_suffixes=tuple(o.get("head_suffixes", ())),
        opening_heads=frozenset(opening),
        field_endings=tuple(o.get("field_endings", ())),
        not_org_followers=frozenset(o["not_org_followers"]),
        not_org_words=frozenset(o["not_org_words"]),
        modifier_followers=frozenset(o["modifier_followers"]),
        groups=frozenset(g.lower() for g in o["groups"]),
        org_nouns=tuple(o["org_nouns"]),
        referring_nouns={k: [w.lower() for w in v] for k, v in o["referring_nouns"].items()},
        event_heads=ev_heads,
        event_type_hints=hints,
        place_words=frozenset(p["place_words"]),
        venue_words=tuple(p["venue_words"]),
        place_followers=frozenset(p.get("place_followers", ())),
        local_bodies=tuple(
            tuple(b.split()) for b in sorted(p.get("local_bodies", ()), key=len, reverse=True)
        ),
        demonyms=dict(p["demonyms"]),
        topics=topics,
        countries=_countries(),
        country_ends=frozenset(c.split()[-1] for c in _countries()),
        known_acronyms=_known_acronyms(),
    )


def _known_acronyms() -> frozenset[str]:
    """ "IOM", "UNICEF": a report may use them without ever spelling them out. Not those that
    are also words ("WHO" of a headline in capitals) or hold a stop ("GLO.ACT", a programme)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(
        a for e in resources.read_yaml("registry.yaml") if e.get("type") == "Organization"
        # a one-word name in capitals is read as an acronym too ("INTERPOL")
        for a in [*(e.get("acronyms") or ()), e.get("name", "")]
        if a.isalpha() and a.isupper() and a.lower() not in STOP_WORDS
    )


@cache
def _countries() -> frozenset[str]:
    """Short, official and common names of every country ("Russian Federation", "Republic of
    Moldova"): a name such as "Russian Federation" has an organization's head word."""
    import pycountry

    names = set()
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.add(re.sub(r"^the\s+", "", value))
    return frozenset(names)


def _lowered_titles(lex: Lexicon) -> dict[str, str]:
    return {k.lower(): v for k, v in lex.titles.items() if not k.isupper()}


def full_title(surface: str) -> str:
    """Write a title out in full: "DG" -> "Director General", modifiers kept, case normalized."""
    lex = lexicon()
    surface = re.sub(r"\s+", " ", surface.strip())
    if surface in lex.titles:
        return lex.titles[surface]
    words = surface.split(" ")
    lowered = derived(lex, "lowered_titles", _lowered_titles)
    for i in range(len(words)):
        rest = " ".join(words[i:])
        if rest.lower() in lowered or rest in lex.titles:
            head = lowered.get(rest.lower()) or lex.titles[rest]
            mods = [w[:1].upper() + w[1:] for w in words[:i]]
            return " ".join([*mods, head])
    return " ".join(w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in words)
