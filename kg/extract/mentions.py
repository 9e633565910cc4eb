"""Finding the names of people and organizations in a parsed report.

spaCy's entities are the seeds; rules then fix what news copy does to them: a title glued to a
name ("Director General Federal Investigation Agency"), an honorific left at the end ("National
Police Bureau Dr."), a name cut at a connector ("Coordination Group against"), organizations the
model missed ("Stability Pact for South-Eastern Europe"), surnames taken for places ("Jallow"),
venues taken for people ("Vigyan Bhawan"), and things that are not actors at all (a database,
a protocol, a quoted event title, an unnamed group).
"""

from __future__ import annotations

import re
from bisect import insort
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from kg.extract.acronyms import Acronym
from kg.extract.bodies import named_body, quoted_bodies, titled_name, unheld_scheme
from kg.extract.classify import (
    BRAND,
    after_is_thing,
    classify,
    country_from,
    is_venue,
    only_a_country,
)
from kg.extract.datelines import blocked_ranges, dateline_place, dateline_places, quoted_ranges
from kg.extract.governments import country_named, governments
from kg.extract.lexicon import Lexicon, derived
from kg.extract.parsed import ents, span_text, span_words, token_texts, tokens
from kg.extract.parsed import text as doc_text
from kg.extract.people import (
    addressed,
    cut_at_person,
    given_names,
    past_ranks,
    plausible_person,
    repeated_people,
    second_surname,
    surname_tail,
    titled,
)
from kg.extract.portfolios import with_portfolios
from kg.extract.rosters import find_rosters, set_roster_names
from kg.extract.spans import (
    CONNECTORS,
    cap_runs,
    cut_at_line,
    cut_before_in,
    extend_org,
    org_subtype,
    overlaps,
    trim,
)
from kg.extract.wordfind import word_spans

__all__ = ["Mention", "TitleMatch", "dateline_place", "find_mentions", "find_titles",
           "quoted_ranges", "span_of"]


@dataclass
class Mention:
    """A name in the text, classified as a person or an organization."""

    start: int
    end: int
    text: str
    type: str  # "Person" | "Organization"
    subtype: str | None = None
    actor: str | None = None  # the actor key, set when mentions are merged
    #: the body whose title a person holds ("Riverkeepers Co-ordinator X"): a name even alone
    heads: bool = False

    def __hash__(self) -> int:
        return hash((self.start, self.end))


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    text: str


def find_titles(text: str, lex: Lexicon) -> list[TitleMatch]:
    return [TitleMatch(m.start(), m.end(), m.group()) for m in lex.title_re.finditer(text)]


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "136th": the patterns compiled once
_TWO_CAPPED = re.compile(r" [A-Z][a-z]+ [A-Z][a-z]")


def find_mentions(
    doc: Doc, lex: Lexicon, acronyms: list[Acronym], titles: list[TitleMatch]
) -> list[Mention]:
    """Every person and organization name in the report, without overlaps, in text order."""
    tk = tokens(doc)
    text = doc_text(doc)
    title_ends = {t.start: t.end for t in titles}  # start -> end
    title_ranges = with_portfolios(doc, titles, lex)
    blocked = blocked_ranges(text)
    # "Punta Arenas": a dateline's place, or a name the model reads as a place somewhere in the
    # report, is that place wherever else the model takes it for a person
    places = dateline_places(text) | {
        e.text for e in ents(doc)
        if e.label_ in ("GPE", "LOC") and len(e) > 1 and e[0].lower_ != "the"
    }
    acr = {a.short: a for a in acronyms}
    non_org = {
        a.short
        for a in acronyms
        if (org_subtype(a.long.split(), lex) is None and not named_body(doc, a, lex))
        or a.long.split()[-1] in lex.not_org_words
        or after_is_thing(text, a.end, lex)
        or is_venue(a.long, lex)  # "Kenyatta Convention Centre (KCC)"
        or unheld_scheme(text, a.start, a.end, lex, a.short)  # a programme's acronym
    }
    cands: list[tuple[int, int, str]] = []  # token ranges with the NER label (or "RUN")
    for ent in ents(doc):
        if ent.label_ in ("PERSON", "ORG", "FAC", "GPE", "NORP", "LOC"):
            cands.append((ent.start, ent.end, ent.label_))
    people = repeated_people(doc, lex)
    cands += [(i, j, "PERSON") for i, j in people]
    cands += _split_names(doc, cands, title_ranges)
    runs = [cut_at_person(i, j, people) for i, j in cap_runs(doc, title_ranges, lex)]
    for i, j in runs:
        cands.append((i, j, "RUN"))
        # "Commissioner Holomo Molibeli of the Lesotho Police Service": the model's body ends
        # the run; the words before its link may be a name the model missed
        k = _link_to_body(doc, i, j)
        if k is not None:
            cands.append((i, k, "RUN"))
    for a in acronyms:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            # the model's name may begin before the letters do: "OECD | Anti-Corruption Network"
            k = span.start
            if k > 0 and tk[k - 1].ent_type_ == "ORG" and tk[k - 1].text.isupper():
                k -= 1
            cands.append((k, span.end, "ACRONYM"))
    words = token_texts(doc)
    brands = {w for w in set(words) if BRAND.fullmatch(w)}  # (each distinct word tried once)
    for k, word in enumerate(words):  # every use of an acronym the report defines
        if word in acr and word not in non_org or word in brands:  # names its body
            cands.append((k, k + 1, "ACRONYM"))
    for short in (a for a in acr if " " in a and a not in non_org):  # "UN Women", "SADC LA"
        for use_start, use_end in word_spans(text, short):
            span = doc.char_span(use_start, use_end)
            if span is not None:
                cands.append((span.start, span.end, "ACRONYM"))
    found: list[tuple[int, int, str, str | None, int, bool]] = []
    # the model's entity and a capitalized run often cover the same tokens: each range is
    # trimmed, and each name classified, once (both depend only on the tokens and this report)
    trimmed: dict[tuple[int, int], tuple[int, int]] = {}
    kinds: dict[tuple[int, int, str], tuple[str, str | None] | None] = {}
    for i, j, label in cands:
        if not (label == "ACRONYM" and j - i > 1 and span_text(doc, i, j) in acr):  # "SADC LA"
            ij = trimmed.get((i, j))
            if ij is None:
                ij = trimmed[i, j] = trim(doc, i, j, title_ranges)
            i, j = ij
        if only_a_country(doc, i, j, lex):
            continue  # a country is a place, whatever its head word ("Russian Federation")
        if _ORDINAL.fullmatch(tk[i].text) if i < j else False:
            # "136th Assembly of the Inter-Parliamentary Union": a session of the body after "of"
            k = next((k for k in range(i, j) if tk[k].lower_ == "of"), j - 1)
            i = k + 2 if k + 1 < j and tk[k + 1].lower_ == "the" else k + 1
        if label == "RUN":
            i = cut_before_in(doc, i, j, lex)
        if i >= j:
            continue
        if label in ("ORG", "GPE"):
            # "the governor of Norrbotten, Lars-Erik Hagg": a place, a comma, a titled name
            comma = next((k for k in range(i + 1, j - 1) if tk[k].text == ","), None)
            if comma is not None and titled(doc, comma + 1, j, title_ranges):
                i, label = comma + 1, "PERSON"
        if label in ("ORG", "FAC"):
            i, j = extend_org(doc, i, j, runs, lex)
        if (
            label == "PERSON" and i > 0 and tk[i - 1].text in lex.opening_heads
            and tk[i - 1].is_title and not overlaps(tk[i - 1].idx, tk[i - 1].idx + 1, title_ranges)
        ):
            i, label = i - 1, "ORG"  # "Stichting | Pusaka Maluku", "Fundación | Ana Ruiz"
        if (label == "PERSON" and span_text(doc, i, j) in places
                and not titled(doc, i, j, title_ranges)):
            continue
        if label == "PERSON":
            i, j = given_names(doc, i, title_ranges), surname_tail(doc, j)
            j = second_surname(doc, i, j, lex, title_ranges)
            j = surname_tail(doc, j)  # "Ana Le | Goff | -Tuilagi": the surname taken back goes on
            i = past_ranks(doc, i, j)
        start, end = tk[i].idx, tk[j - 1].idx + len(tk[j - 1])
        if label in ("ORG", "FAC", "RUN"):
            end = cut_at_line(start, end, text, lex)  # "... Government | Abuja, Nigeria"
            while j > i + 1 and tk[j - 1].idx >= end:
                j -= 1
        if overlaps(start, end, blocked):
            continue
        lab = "ORG" if label in ("ORG", "FAC", "ACRONYM") else label
        # a person's name the model took for a place or a building, next to a title
        if (lab in ("GPE", "LOC", "NORP") or label == "FAC") and titled(doc, i, j, title_ranges):
            lab = "PERSON"
        elif label == "ORG" and titled_name(doc, i, j, title_ranges, lex):
            lab = "PERSON"  # "Co-ordinator Khushi Kabir": a name after a title is a person's
        elif label in ("GPE", "LOC", "ORG", "FAC") and addressed(doc, i, j, lex):
            lab = "PERSON"  # "Cde. Mutinta Hamoonga", "..., Finland's Pekka Haavisto"
        elif lab == "RUN" and titled(doc, i, j, title_ranges):
            lab = "TITLED"  # "Deputy Chief of Mission Andrew Schoofer": a name the model missed
        elif lab == "RUN" and i > 0 and tk[i - 1].text in _PERSONAL:
            # "Ms Karin Lindqvist of IOM": an honorific opens a person's name, which ends
            # where a connector begins
            j = next((k for k in range(i, j) if tk[k].lower_ in CONNECTORS), j)
            lab = "TITLED"
            start, end = tk[i].idx, tk[j - 1].idx + len(tk[j - 1])
        local = _local_body(doc, j, lex)
        if local is not None and lab != "PERSON" or (
            local is not None and not titled(doc, i, j, title_ranges)
        ):
            # "the San Pedro Sula municipality": a place and its government, one body
            end = tk[local - 1].idx + len(tk[local - 1])
            found.append((start, end, "Organization", "Government", 0, False))
            continue
        if j < len(doc) and tk[j].is_lower and tk[j].lower_ in lex.place_followers:
            continue  # "Oman's Al Wusta coast": a place
        if (i, j, lab) in kinds:
            kind = kinds[i, j, lab]
        else:
            kind = kinds[i, j, lab] = classify(doc, i, j, lab, lex, acr, non_org, title_ranges)
        heads = False
        if label in ("RUN", "PERSON", "ACRONYM") and _heads_someone(doc, i, j, title_ends, text):
            # "Pourakhi Nepal chairperson Manju Gurung", "ADB President X"; in a list ("X
            # Co-ordinator A and BELA Chief Executive B") the body begins after the "and"
            cut = next((k for k in range(j - 1, i, -1) if tk[k].lower_ == "and"), None)
            if cut is not None and org_subtype(span_words(doc, cut + 1, j), lex) is None:
                i, start = cut + 1, tk[cut + 1].idx
            if tk[i].ent_type_ in ("GPE", "NORP", "DATE") or country_named(
                span_text(doc, i, j), lex
            ):
                continue  # "... and South Korean Prime Minister X": a nationality
            kind, heads = ("Organization", None), True
        if kind is None:
            continue
        if kind[0] == "Person" and (
            not plausible_person(doc, i, j, lex)
            or country_named(span_text(doc, i, j), lex)
        ):  # "a Sri Lankan head of state": a people, not a person
            continue
        if kind[0] == "Person" and country_from(doc, i + 1, j, lex) is not None:
            continue  # "Pourakhi Nepal": a name ending in a country is a body, not a person
        # capitalized runs only fill the model's gaps, unless they name a body of their own
        # around an acronym: "SADC Secretariat", "UNODC Regional Office"
        own_body = (
            kind[0] == "Organization"
            and j - i > 1
            and (tk[i].text in acr or tk[i].text in lex.known_acronyms)
            and tk[j - 1].text in lex.org_heads
        )
        tier = 1 if label == "RUN" and not own_body else 0
        found.append((start, end, kind[0], kind[1], tier, heads))
    named = {}  # "the German government" stands for "Government of Germany"
    for start, end, name in governments(doc, lex):
        found.append((start, end, "Organization", "Government", -1, False))
        named[start, end] = name
    # the model's entities first, longest first; capitalized runs only fill the gaps
    found.sort(key=lambda f: (f[4], -(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int]] = []
    mentions = []
    for start, end, typ, sub, _, heads in found:
        if overlaps(start, end, taken):
            continue
        insort(taken, (start, end))
        name = named.get((start, end)) or " ".join(text[start:end].split())
        mentions.append(Mention(start, end, name, typ, sub, None, heads))
    mentions.sort(key=lambda m: m.start)
    mentions = _owned_apart(_join(mentions, text), text, lex)
    for s, e in quoted_bodies(text, lex):  # 'the Agency "Apele Moldovei"': one body's name
        mentions = [m for m in mentions if m.end <= s or m.start >= e]
        insort(mentions, Mention(s, e, " ".join(text[s:e].split()), "Organization"),
               key=lambda m: m.start)
    # "Name, Title, Body" lines of a list: the fields say which words are whose
    return set_roster_names(mentions, find_rosters(text, lex), text,
                            lambda s, e, t: Mention(s, e, " ".join(text[s:e].split()), t))


def _split_names(
    doc: Doc, cands: list[tuple[int, int, str]], titles: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """ "Mrs. [Fatou] Ndiaye [Sarr]": a given name the model found alone and its next name,
    with only a capitalized word between them, are one person's (not across a title)."""
    tk = tokens(doc)
    found = sorted((i, j) for i, j, label in cands if label == "PERSON")
    out = []
    for (i, j), (k, m) in zip(found, found[1:], strict=False):
        if j == i + 1 and k == j + 1 and m - i <= 5 and all(
            t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in tk[j:k]
        ) and not any(overlaps(t.idx, t.idx + len(t), titles) for t in tk[i:m]):
            out.append((i, m, "PERSON"))
    return out


_OWNED = re.compile(r"['’]s\s+")


def _owned_apart(mentions: list[Mention], text: str | None = None, lex: Lexicon | None = None):
    """ "the Ministry of Health's Directorate of Primary Health Care": two bodies, the owner
    and its part, each named in full (a body's possessive, then a head word)."""
    out = []
    for m in mentions:
        cut = _OWNED.search(m.text) if m.type == "Organization" and lex else None
        if cut is not None and lex is not None:
            left, right = m.text[: cut.start()], m.text[cut.end() :]
            # the part named in full ("Directorate of X"), the owner a body ending in its
            # head word or its field: not "United Nations Children's Fund"
            part = right.split()
            if (left and len(part) > 1 and part[0] in lex.org_heads
                    and ("of" in part or left.split()[-1] in lex.org_heads)
                    and org_subtype(left.split(), lex) is not None):
                # the mention's text is the source's with its spaces folded
                k = m.start + len(left)
                r0 = m.end - len(right)
                out += [Mention(m.start, k, left, "Organization", org_subtype(left.split(), lex)),
                        Mention(r0, m.end, right, "Organization", org_subtype(right.split(), lex))]
                continue
        out.append(m)
    return out


def _local_body(doc: Doc, j: int, lex: Lexicon) -> int | None:
    """The end of a local government's noun right after token j ("municipality", "city
    council"), in lowercase, if one is there."""
    tk = tokens(doc)
    starts = derived(lex, "local_body_starts", _local_body_starts)
    if starts is not None and (j >= len(doc) or tk[j].lower_ not in starts):
        return None  # no local body begins with the next word (nearly every name)
    for words in lex.local_bodies:
        e = j + len(words)
        if e <= len(doc) and all(
            tk[k].is_lower and tk[k].lower_ == w for k, w in zip(range(j, e), words, strict=True)
        ):
            return e
    return None


def _local_body_starts(lex: Lexicon) -> frozenset[str] | None:
    """The first words of the local bodies (None if one has no words: it is found anywhere)."""
    if not all(lex.local_bodies):
        return None
    return frozenset(words[0] for words in lex.local_bodies)


# honorifics that open only a person's name ("Dr." also opens "Dr. Ambedkar Foundation")
_PERSONAL = {"Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Madam", "Dame", "Sir"}


_GOVERNS_PLACE = re.compile(r"(?i:(?:deputy |vice |acting )?(?:mayor|governor|president|premier|"
                            r"prime minister|chief minister))")


def _heads_someone(doc: Doc, i: int, j: int, title_ends: dict[int, int], text: str) -> bool:
    """Is the name the body whose title a person holds, right after it ("Maiti Nepal President
    Anuradha Koirala")? A person is no one's title-holder; one word may be a place.
    ``title_ends``: the end of each title, by its start."""
    tk = tokens(doc)
    if j >= len(doc) or (tk[j - 1].idx + len(tk[j - 1]) + 1) not in title_ends:
        return False  # (first: most names have no title right after them; all tests are pure)
    # one word heads someone when it is an acronym ("ADB President X") or opens an item of a
    # list ("..., Riverkeepers Co-ordinator X"); elsewhere it may be a place or a name
    listed = i > 0 and tk[i - 1].text in (",", ";", "and") and tk[i].is_alpha
    acronym = len(tk[i].text) > 1 and tk[i].text.isupper() and tk[i].is_alpha
    if (
        (j - i < 2 and not (acronym or listed))
        or j >= len(doc)
        or tk[i].ent_type_ in ("GPE", "NORP", "DATE")
    ):
        return False
    end = tk[j - 1].idx + len(tk[j - 1])
    title_end = title_ends.get(end + 1)
    if title_end is None or text[end] != " ":
        return False
    if j - i == 1 and not acronym and _GOVERNS_PLACE.fullmatch(text[end + 1 : title_end]):
        return False  # "Lindau Mayor X": the mayor of a place
    return bool(_TWO_CAPPED.match(text[title_end : title_end + 40]))


def _link_to_body(doc: Doc, i: int, j: int) -> int | None:
    """Where in run [i, j) a link ("of", "from", "at") opens an organization the model found,
    after two words at least."""
    tk = tokens(doc)
    for k in range(i + 2, j - 1):
        if tk[k].lower_ in ("of", "from", "at"):
            b = k + 2 if tk[k + 1].lower_ == "the" and k + 2 < j else k + 1
            if tk[b].ent_type_ == "ORG" and tk[b].ent_iob_ == "B" or (
                b > k + 1 and tk[k + 1].ent_type_ == "ORG" and tk[k + 1].ent_iob_ == "B"
            ):
                return k
            return None
    return None


def _join(mentions: list[Mention], text: str) -> list[Mention]:
    """Join "INTERPOL's Executive Committee" into one name, and a person split in two."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        gap = text[prev.end : m.start] if prev else ""
        if (
            prev
            and prev.type == m.type == "Organization"
            and gap in ("'s ", "’s ")
            and m.text[:1].isupper()
            and not m.text.isupper()
        ):
            out[-1] = Mention(prev.start, m.end, f"{prev.text} {m.text}", m.type, m.subtype)
        elif prev and prev.type == m.type == "Person" and (
            gap == " " or (gap in (".", ". ") and _cut_at_a_dot(prev.text, gap, m.text))
        ):
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "Person")
        else:
            out.append(m)
    return out


# initials the model cut a name at: "F.Sh", "Ch" of "Ch.A. Orazov", "Ma" of "Jose Ma. Cruz"
_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.)*[A-Z][a-z]?")


def _cut_at_a_dot(first: str, gap: str, second: str) -> bool:
    """Are two person names with a dot between them one name cut at the dot of an initial or
    an abbreviated given name ("Ch.A. Orazov", "F.Sh. Rakhimzoda", "Jose Ma. de la Cruz")?
    Not two sentences: "... met Wang Li. Chen Wei said" (a two-letter word ends a name)."""
    last = first.split()[-1]
    if not _INITIALS.fullmatch(last):
        return False
    if gap == "." or second.split()[0].islower():
        return True
    return len(last) == 1 or "." in last


def span_of(doc: Doc, m: Mention) -> Span | None:
    return doc.char_span(m.start, m.end, alignment_mode="expand")
