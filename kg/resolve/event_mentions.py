"""What one report's mention of an event says about which gathering it is, and how two
mentions compare.

A :class:`Mention` holds the signs read from an event and the facts around it: the content
words of its names (normalized as actor names are: case, accents, British spellings; cut to
their first six letters so "Africa" meets "African"), acronyms, the edition (ordinal,
year, "previous"/"next"), whether it is a gathering beside another one (a press conference, a
side meeting), its days, city and venue, the actors that organized it or took part (after
actor resolution), its topics and type.

:func:`score` weighs the evidence that two mentions are one gathering; :class:`EventTraits`
(one per cluster, merged as clusters merge) says what forbids it: another type of gathering,
another edition, days or places that disagree, a report in common (a report's own events are
distinct), a curator's "different".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

import pycountry
import yaml

from kg.model import Event
from kg.resolve.names import fold, initials, is_acronym, name_key, normalize
from kg.resources import read_text

__all__ = ["EventLexicon", "event_lexicon", "Mention", "EventTraits", "never_one", "score",
           "tokens_of"]


@dataclass(frozen=True)
class EventLexicon:
    generic: frozenset[str]
    side_markers: tuple[str, ...]
    other_edition: frozenset[str]
    ordinals: dict[str, int]
    tens: dict[str, int]
    type_groups: tuple[frozenset[str], ...]


@cache
def event_lexicon() -> EventLexicon:
    """Load ``kg/data/event_evidence.yaml`` (once)."""
    text = read_text("event_evidence.yaml")
    data: dict[str, Any] = yaml.safe_load(text)
    return EventLexicon(
        generic=frozenset(data["generic"]),
        side_markers=tuple(sorted(data["side_markers"], key=len, reverse=True)),
        other_edition=frozenset(data["other_edition"]),
        ordinals=dict(data["ordinals"]),
        tens=dict(data["tens"]),
        type_groups=tuple(frozenset(g) for g in data["type_groups"]),
    )


_STOP = frozenset("a an the of on for and in to at by with from against about its".split())
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def tokens_of(name: str) -> frozenset[str]:
    """The content words of an event's name that tell it from others, cut to six letters."""
    lex = event_lexicon()
    out = set()
    for word in normalize(name).split():
        if word in _STOP or word in lex.generic or word in _MONTHS or word.isdigit():
            continue
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", word) or len(word) < 2:
            continue
        out.add(word[:6])
    return frozenset(out)


def _ordinals(name: str) -> set[int]:
    lex = event_lexicon()
    found = {int(m) for m in re.findall(r"\b(\d{1,3})(?:st|nd|rd|th)\b", fold(name))}
    words = normalize(name).split()
    for k, w in enumerate(words):
        if w in lex.ordinals:  # ("sixty sixth": the tens before it belong to the number)
            found.add(lex.ordinals[w] + (lex.tens.get(words[k - 1], 0) if k else 0))
    return found


def _side(name: str, sentence: str) -> str:
    """The kind of side gathering a name says it is ("press conference"), else ""."""
    low = " " + re.sub(r"[^a-z]+", " ", fold(name)) + " "
    for marker in event_lexicon().side_markers:
        if f" {marker.replace('-', ' ')} " in low:
            return marker.replace("-", " ")
    if re.search(r"\bon the (?:sidelines|margins) of\b", fold(sentence)) and not _main_in(
        name, sentence
    ):
        return "sidelines"
    return ""


def _main_in(name: str, sentence: str) -> bool:
    """True when the sentence puts this name after "sidelines of" (it is the main event)."""
    m = re.search(r"\b(?:sidelines|margins) of (?:the )?(.+)", fold(sentence))
    return m is not None and fold(name)[:20] in m.group(1)


def _edition(name: str) -> str:
    first = normalize(name).split()[:1]
    return first[0] if first and first[0] in event_lexicon().other_edition else ""


@cache
def _is_country(place: str) -> bool:
    try:
        pycountry.countries.lookup(place.strip())
        return True
    except LookupError:
        return False


@dataclass(frozen=True)
class Days:
    """The days a mention may have taken place on; ``exact`` when a report states them."""

    lo: date
    hi: date
    exact: bool
    span: bool = False  # a stated span of days, not a single day

    def gap(self, other: Days) -> int:
        """Days between the two ranges (0 when they overlap)."""
        return max((other.lo - self.hi).days, (self.lo - other.hi).days, 0)

    def agrees(self, other: Days) -> bool:
        # a multi-day gathering: "opened on Monday" and "closed on Wednesday" are one; a
        # stated span leaves a day's slack, single days most of a week (a report dated by
        # its release, a week-long meeting)
        slack = 1 if self.span or other.span else 6
        return self.gap(other) <= slack


def days_of(event: Event, published: date | None) -> Days | None:
    """Stated days are exact; a day equal to the publication date may be the date line's, so
    it and an undated mention only say "in the weeks before publication"."""
    if event.start and event.end:
        return Days(event.start, event.end, True, span=event.end > event.start)
    if event.date and event.date != published:
        return Days(event.date, event.date, True)
    day = event.date or published
    if day is None:
        return None
    return Days(day - timedelta(days=21), day + timedelta(days=1), False)


@dataclass
class Mention:
    """One event of one report (or a known event), with the signs used to compare it."""

    sort_key: tuple[str, ...]
    event: Event
    reports: frozenset[str]
    organizers: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    known_id: str | None = None
    days: Days | None = None
    sentence: str = ""
    #: the content words of the organizations its name holds ("SSDO conference": ssdo)
    org_words: frozenset[str] = frozenset()
    # filled by analyse()
    names: list[str] = field(default_factory=list)
    tokens: list[frozenset[str]] = field(default_factory=list)
    acronyms: set[str] = field(default_factory=set)
    gives: set[str] = field(default_factory=set)
    ordinals: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    side: str = ""
    edition: str = ""
    city: str | None = None
    venue: frozenset[str] = frozenset()
    #: its names say no more than its kind and organizer ("SSDO international conference")
    bare: bool = False

    def analyse(self) -> None:
        self.names = self.event.names
        self.tokens = [t for t in (tokens_of(n) for n in self.names) if t]
        self.bare = all(t <= self.org_words for t in self.tokens)
        for name in self.names:
            words = re.findall(r"[\w.&-]+", name)
            self.acronyms |= {re.sub(r"[^A-Z0-9]", "", w) for w in words if is_acronym(w)}
            if not is_acronym(name):
                self.gives |= {a for a in initials(name) if len(a) >= 3}
            self.ordinals |= _ordinals(name)
            self.years |= {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", name)}
        main = self.event.name
        self.side = _side(main, self.sentence)
        self.edition = _edition(main)
        place = self.event.place
        self.city = name_key(place) if place and not _is_country(place) else None
        if self.event.venue:
            venue = self.event.venue
            self.venue = tokens_of(venue) | {a.lower() for a in initials(venue)}


@dataclass
class EventTraits:
    """What a cluster of mentions says of itself, for the checks that forbid a merge."""

    reports: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    ordinals: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    days: list[Days] = field(default_factory=list)
    cities: set[str] = field(default_factory=set)
    venues: list[frozenset[str]] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    tags: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, m: Mention) -> EventTraits:
        return cls(
            reports=set(m.reports),
            types={m.event.type} if m.event.type != "Event" else set(),
            kinds={f"{m.side}/{m.edition}"},
            ordinals=set(m.ordinals),
            years=set(m.years) | ({m.days.lo.year} if m.days and m.days.exact else set()),
            days=[m.days] if m.days else [],
            cities={m.city} if m.city else set(),
            venues=[m.venue] if m.venue else [],
            known={m.known_id} if m.known_id else set(),
        )

    def absorb(self, other: EventTraits) -> None:
        self.reports |= other.reports
        self.types |= other.types
        self.kinds |= other.kinds
        self.ordinals |= other.ordinals
        self.years |= other.years
        self.days += other.days
        self.cities |= other.cities
        self.venues += other.venues
        self.known |= other.known
        self.tags |= other.tags

    def conflict(self, other: EventTraits) -> bool:
        """True when the two clusters cannot be one gathering (see the module docstring)."""
        if self.reports & other.reports or _opposed(self.tags, other.tags):
            return True
        if _disjoint(self.kinds, other.kinds) or _disjoint(self.known, other.known):
            return True
        if not _types_fit(self.types | other.types):
            return True
        if _disjoint(self.ordinals, other.ordinals) or _disjoint(self.years, other.years):
            return True
        if _disjoint(self.cities, other.cities):
            return True
        if any(not (a & b) for a in self.venues for b in other.venues):
            return True
        return any(not a.agrees(b) for a in self.days for b in other.days)


def never_one(a: Mention, b: Mention) -> bool:
    """True when no cluster holding ``a`` can ever merge with one holding ``b``, whatever
    else they hold, short of a curator's ``same``: the checks of :meth:`EventTraits.conflict`
    that a merge cannot undo. A cluster has one kind, one known id, one city (merging two
    would conflict); a set of types that fits no group, a venue disjoint from another, days
    that disagree or a report in common stay so in every larger cluster. (Ordinals and years
    are not among them: one name may carry two.)"""
    if a.reports & b.reports or (a.known_id and b.known_id and a.known_id != b.known_id):
        return True
    if (a.side, a.edition) != (b.side, b.edition):
        return True
    if a.city and b.city and a.city != b.city:
        return True
    if a.venue and b.venue and not a.venue & b.venue:
        return True
    if a.days and b.days and not a.days.agrees(b.days):
        return True
    types = {t for t in (a.event.type, b.event.type) if t != "Event"}
    return not _types_fit(types)


def _disjoint(a: set[Any], b: set[Any]) -> bool:
    return bool(a) and bool(b) and not (a & b)


def _opposed(a: set[str], b: set[str]) -> bool:
    return any(f"{t[:-1]}{'b' if t.endswith('a') else 'a'}" in b for t in a)


def _types_fit(types: set[str]) -> bool:
    return len(types) <= 1 or any(types <= g for g in event_lexicon().type_groups)


def name_similarity(a: Mention, b: Mention) -> float:
    """How far the names agree: the share of the shorter name's content words the other has,
    1 when one's acronym is the other's initials ("ACS", "Africa Climate Summit")."""
    if a.acronyms and not (a.acronyms.isdisjoint(b.gives) and a.acronyms.isdisjoint(b.acronyms)):
        return 1.0
    if b.acronyms and not b.acronyms.isdisjoint(a.gives):
        return 1.0
    best = 0.0
    for x in a.tokens:
        for y in b.tokens:
            best = max(best, len(x & y) / min(len(x), len(y)))
    return best


def score(a: Mention, b: Mention) -> float:
    """The evidence that two mentions are one gathering; 0 when there is too little to say:
    names that share few words and no organizer, or an organizer but neither a word, three
    actors, nor a bare name ("SSDO conference") and days that agree."""
    agree = a.days.agrees(b.days) if a.days and b.days else None
    if agree is False:
        return 0.0  # days apart: the clusters would conflict anyway
    organizers = len(a.organizers & b.organizers)
    shared = len(a.actors & b.actors)
    # two bare names ("CRF conference") agree by their organizers' names, which the
    # organizers compare better (one acronym may stand for two organizations)
    name = 0.0 if a.bare and b.bare else name_similarity(a, b)
    # a bare name ("the NBT conference") meets a title by its organizer and days
    dated = bool(agree and (a.days.exact or b.days.exact))  # type: ignore[union-attr]
    bare = (a.bare or b.bare) and dated
    if not (name >= 0.5 or (organizers and (name >= 0.2 or shared >= 3 or bare))):
        return 0.0
    total = 2.0 * name + (1.0 if organizers else 0.0) + min(shared, 3) * 0.5
    if agree:
        total += 0.8 if a.days.exact and b.days.exact else 0.3  # type: ignore[union-attr]
    if a.city and a.city == b.city:
        total += 0.5
    if a.venue and b.venue and a.venue & b.venue:
        total += 0.5
    if a.event.topics & b.event.topics:
        total += 0.3
    if a.event.type == b.event.type and a.event.type != "Event":
        total += 0.2
    if a.ordinals & b.ordinals or a.years & b.years:
        total += 0.3
    return round(total, 6)
