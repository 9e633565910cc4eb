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
from bisect import bisect_left, insort
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.extract.acronyms import Acronym
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import ents, ents_in
from kg.extract.parsed import text as doc_text

HONORIFICS = {
    "Dr",
    "Dr.",
    "Mr",
    "Mr.",
    "Ms",
    "Ms.",
    "Mrs",
    "Mrs.",
    "Prof",
    "Prof.",
    "H.E.",
    "Engr",
    "Engr.",
    "Madam",
    "Dame",
}
CONNECTORS = {"of", "for", "on", "against", "in", "and", "to", "the", "&", "de", "la", "du"}
_QUOTED = re.compile(r"“[^”]{3,300}”|\"[^\"\n]{3,300}\"|‘[^’]{3,200}’")
_DATELINE = re.compile(r"^\s*([A-Z][A-Z .'’-]{2,40}?)(?=[,:]|\s+[-–—(]|\s*\()")


@dataclass
class Mention:
    """A name in the text, classified as a person or an organization."""

    start: int
    end: int
    text: str
    type: str  # "Person" | "Organization"
    subtype: str | None = None
    actor: str | None = None  # the actor key, set when mentions are merged

    def __hash__(self) -> int:
        return hash((self.start, self.end))


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    text: str


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


def dateline_place(text: str) -> tuple[str, int, int] | None:
    """The place of a dateline opening the body ("VIENNA, 17 April 2012 - ", "Islamabad: ")."""
    first = text.lstrip()[:80]
    m = _DATELINE.match(first)
    if not m:
        m = re.match(r"^\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=:\s)", first)
    if not m:
        return None
    offset = len(text) - len(text.lstrip())
    name = m.group(1).strip()
    return name.title() if name.isupper() else name, offset + m.start(1), offset + m.end(1)


def find_titles(text: str, lex: Lexicon) -> list[TitleMatch]:
    return [TitleMatch(m.start(), m.end(), m.group()) for m in lex.title_re.finditer(text)]


def _inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def _overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
    """Does [start, end) overlap one of the ranges? ``ranges`` are sorted and do not overlap
    one another (title matches, names taken), so only the last one starting before ``end``
    can (a binary search: a report naming thousands of people stays linear)."""
    k = bisect_left(ranges, (end, -1))
    return any(ranges[i][1] > start for i in range(max(0, k - 2), k))


def org_subtype(words: list[str], lex: Lexicon) -> str | None:
    """The organization subtype given by a head word in the name, or None when it has none."""
    joined = " ".join(words)
    for head in sorted(lex.org_heads, key=len, reverse=True):
        if " " in head and head in joined:
            return lex.org_heads[head]
    for w in words:
        if w in lex.org_heads:
            return lex.org_heads[w]
    return None


def _is_cap(tok: Token) -> bool:
    t = tok.text
    if not t[:1].isupper() and not (
        t[:1].isdigit() and t.lower().endswith(("st", "nd", "rd", "th"))
    ):
        return False
    return not (tok.is_sent_start and tok.pos_ not in ("PROPN", "NUM") and not tok.is_upper)


def _trim(doc: Doc, i: int, j: int, titles: list[tuple[int, int]]) -> tuple[int, int]:
    """Shrink token range [i, j) to the name proper."""
    for k in range(i + 1, j):
        if doc[k].text == "(":
            j = k
            break
    while i < j and (
        doc[i].lower_ in ("the", "a", "an")
        or doc[i].text in HONORIFICS
        or _overlaps(doc[i].idx, doc[i].idx + len(doc[i]), titles)
        or not (doc[i].text[:1].isalnum())
    ):
        i += 1
    while j > i and (
        doc[j - 1].text in ("'s", "’s", "'", "’")
        or doc[j - 1].is_punct
        or doc[j - 1].text in HONORIFICS
        or doc[j - 1].lower_ in CONNECTORS
        or _overlaps(doc[j - 1].idx, doc[j - 1].idx + len(doc[j - 1]), titles)
    ):
        j -= 1
    return i, j


def _cap_runs(doc: Doc, titles: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Maximal runs of capitalized tokens joined by connectors and hyphens, ending where a
    person's name begins."""
    person_starts = {
        e.start for e in ents(doc) if e.label_ == "PERSON" and _namelike(e.text.split(), lex)
    }
    runs, i, n = [], 0, len(doc)
    while i < n:
        if (
            not _is_cap(doc[i])
            or doc[i].text in HONORIFICS
            or _overlaps(doc[i].idx, doc[i].idx + len(doc[i]), titles)
        ):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = doc[j]
            if t.text in HONORIFICS or _overlaps(t.idx, t.idx + len(t), titles):
                break
            if j in person_starts and doc[j - 1].ent_type_ != "PERSON":
                break
            if _is_cap(t) and not t.is_sent_start:
                j += 1
            elif ends_name(doc, j):
                break
            elif (
                (
                    t.lower_ in CONNECTORS
                    or (t.text == "-" and not doc[j - 1].whitespace_ and not t.whitespace_)
                )
                and j + 1 < n
                and (
                    _is_cap(doc[j + 1])
                    or (doc[j + 1].lower_ == "the" and j + 2 < n and _is_cap(doc[j + 2]))
                )
            ):
                if t.lower_ == "and" and doc[j + 1].lower_ == "the":
                    break
                j += 1
            elif (
                t.text == "-"
                and not doc[j - 1].whitespace_
                and not t.whitespace_
                and j + 2 < n
                and doc[j + 1].is_lower
                and (doc[j + 2].lower_ in CONNECTORS or _is_cap(doc[j + 2]))
            ):
                j += 2  # "Co-operation in Europe": a hyphenated word inside the name
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def ends_name(doc: Doc, j: int) -> bool:
    """Does the connector at j start a date or a place rather than go on with the name
    ("Agency on Wednesday", "Workshop in Lahore")? "of" keeps a place ("Government of Pakistan")."""
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if nxt is None or doc[j].lower_ not in ("on", "in", "at", "from", "to", "for"):
        return False
    if nxt.ent_type_ in ("DATE", "TIME"):
        return True
    # a country or city ends the name; a region may belong to it ("Co-operation in Europe")
    return doc[j].lower_ in ("in", "at", "from") and nxt.ent_type_ in ("GPE", "FAC")


def _not_org_context(doc: Doc, j: int, lex: Lexicon) -> bool:
    """Is the name at tokens [..j) followed by a word showing it names a thing, not a body?"""
    k = j
    if k < len(doc) and doc[k].text == "(":
        while k < len(doc) and doc[k].text != ")":
            k += 1
        k += 1
    return k < len(doc) and doc[k].lower_ in lex.not_org_followers


def classify(
    doc: Doc,
    i: int,
    j: int,
    label: str,
    lex: Lexicon,
    acronyms: dict[str, Acronym],
    non_org_acronyms: set[str],
) -> tuple[str, str | None] | None:
    """Decide whether tokens [i, j) name a person, an organization, or neither."""
    words = [t.text for t in doc[i:j]]
    text = doc[i:j].text
    if not words or text.lower() in lex.groups:
        return None
    if any(v in text for v in lex.venue_words):
        return None
    subtype = org_subtype(words, lex)
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        if words[0] in non_org_acronyms:
            return None
        long = acronyms.get(words[0])
        if long is not None:
            return (
                ("Organization", org_subtype(long.long.split(), lex))
                if long.short not in non_org_acronyms
                else None
            )
        if label == "ORG" or subtype:
            return "Organization", subtype
        return None
    head_part = []
    for w in words:
        if w.lower() in CONNECTORS:
            break
        head_part.append(w)
    if any(w in lex.not_org_words for w in head_part):
        return None
    if j < len(doc) and doc[j].lower_ in lex.modifier_followers:
        return None
    if label == "PERSON" and not subtype:
        return "Person", None
    if label == "TITLED" and not subtype and 2 <= len(words) <= 4:
        return "Person", None
    if subtype and not _not_org_context(doc, j, lex) and words[-1] not in lex.not_org_words:
        return "Organization", subtype
    return None


def find_mentions(
    doc: Doc, lex: Lexicon, acronyms: list[Acronym], titles: list[TitleMatch]
) -> list[Mention]:
    """Every person and organization name in the report, without overlaps, in text order."""
    text = doc_text(doc)
    quoted = quoted_ranges(text)
    title_ranges = [(t.start, t.end) for t in titles]
    dl = dateline_place(text)
    blocked = quoted + ([(dl[1], dl[2])] if dl else [])
    agency = re.match(r"[^\n]{0,60}?\(([A-Z]{2,8})\)\s*[:\-–—]", text[:80]) if dl else None
    if agency:  # "ISLAMABAD, Feb 28 (APP):" names the news agency, not an actor of the report
        blocked.append((agency.start(1), agency.end(1)))
    blocked.sort()
    acr = {a.short: a for a in acronyms}
    non_org = {
        a.short
        for a in acronyms
        if org_subtype(a.long.split(), lex) is None
        or a.long.split()[-1] in lex.not_org_words
        or _after_is_thing(text, a.end, lex)
    }
    cands: list[tuple[int, int, str]] = []  # token ranges with the NER label (or "RUN")
    for ent in ents(doc):
        if ent.label_ in ("PERSON", "ORG", "FAC", "GPE", "NORP", "LOC"):
            cands.append((ent.start, ent.end, ent.label_))
    people = _repeated_people(doc, lex)
    cands += [(i, j, "PERSON") for i, j in people]
    runs = [_cut_at_person(i, j, people) for i, j in _cap_runs(doc, title_ranges, lex)]
    for i, j in runs:
        cands.append((i, j, "RUN"))
    for a in acronyms:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            cands.append((span.start, span.end, "ACRONYM"))
    for tok in doc:  # every use of an acronym the report defines names its organization
        if tok.text in acr and tok.text not in non_org:
            cands.append((tok.i, tok.i + 1, "ACRONYM"))
    for tok in doc:  # every use of an acronym the report defines names its organization
        if tok.text in acr and tok.text not in non_org:
            cands.append((tok.i, tok.i + 1, "ACRONYM"))
    found: list[tuple[int, int, str, str | None, int]] = []
    for i, j, label in cands:
        i, j = _trim(doc, i, j, title_ranges)
        if label == "RUN":
            i = _cut_before_in(doc, i, j, lex)
        if i >= j:
            continue
        if label in ("ORG", "FAC"):
            i, j = _extend(doc, i, j, runs, lex)
        if label == "PERSON":
            i = _given_names(doc, i, title_ranges)
        start, end = doc[i].idx, doc[j - 1].idx + len(doc[j - 1])
        if _overlaps(start, end, blocked):
            continue
        lab = "ORG" if label in ("ORG", "FAC", "ACRONYM") else label
        if lab in ("GPE", "LOC", "NORP") and _titled(doc, i, j, title_ranges):
            lab = "PERSON"
        elif lab == "RUN" and _titled(doc, i, j, title_ranges):
            lab = "TITLED"  # "Deputy Chief of Mission Andrew Schoofer": a name the model missed
        kind = classify(doc, i, j, lab, lex, acr, non_org)
        if kind is None:
            continue
        if kind[0] == "Person" and not _plausible_person(doc, i, j, lex):
            continue
        tier = 1 if label == "RUN" else 0
        found.append((start, end, kind[0], kind[1], tier))
    # the model's entities first, longest first; capitalized runs only fill the gaps
    found.sort(key=lambda f: (f[4], -(f[1] - f[0]), f[0]))
    taken: list[tuple[int, int]] = []
    mentions = []
    for start, end, typ, sub, _ in found:
        if _overlaps(start, end, taken):
            continue
        insort(taken, (start, end))
        mentions.append(Mention(start, end, " ".join(text[start:end].split()), typ, sub))
    mentions.sort(key=lambda m: m.start)
    return _join(mentions, text)


def _given_names(doc: Doc, i: int, titles: list[tuple[int, int]]) -> int:
    """Take back a given name the model left out ("Sadiya" of "Sadiya Umar Farouq")."""
    for _ in range(2):
        t = doc[i - 1] if i > 0 else None
        if (
            t is None
            or t.pos_ != "PROPN"
            or not t.is_title
            or t.ent_type_
            or t.is_sent_start
            or t.text in HONORIFICS
            or _overlaps(t.idx, t.idx + len(t), titles)
        ):
            break
        i -= 1
    return i


def _namelike(words: list[str], lex: Lexicon) -> bool:
    """A person's name does not end in the head word of a body, a gathering or a title."""
    last = words[-1].lower() if words else ""
    return not (
        words[-1] in lex.org_heads
        or last in lex.event_heads
        or last in {t.lower() for t in lex.titles}
    )


def _repeated_people(doc: Doc, lex: Lexicon) -> list[tuple[int, int]]:
    """Every occurrence of a full name the model recognized somewhere in the report: it misses
    the same name in a long chain ("of the Netherlands Pieter van Dam") that it finds alone."""
    names = sorted(
        {
            e.text
            for e in ents(doc)
            if e.label_ == "PERSON" and len(e) > 1 and _namelike(e.text.split(), lex)
        },
        key=len,
        reverse=True,
    )
    if not names:
        return []
    pattern = "|".join(re.escape(n) for n in names)  # one pass over the text for all names
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        if span is not None:
            out.append((span.start, span.end))
    return sorted(out)


def _cut_at_person(i: int, j: int, people: list[tuple[int, int]]) -> tuple[int, int]:
    """End a run where a known person's name starts inside it (``people`` sorted)."""
    k = bisect_left(people, (i + 1, -1))
    return (i, people[k][0]) if k < len(people) and people[k][0] < j else (i, j)


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
        elif prev and prev.type == m.type == "Person" and gap == " ":
            out[-1] = Mention(prev.start, m.end, text[prev.start : m.end], "Person")
        else:
            out.append(m)
    return out


def _cut_before_in(doc: Doc, i: int, j: int, lex: Lexicon) -> int:
    """A run whose organization head comes after "in" names the organization after it."""
    for k in range(i, j):
        if doc[k].text in lex.org_heads:
            return i
        if doc[k].lower_ == "in":
            return k + 1 if doc[k + 1].lower_ != "the" else k + 2
    return i


def _titled(doc: Doc, i: int, j: int, titles: list[tuple[int, int]]) -> bool:
    """Is the name next to a title ("Adil Al-Agib, Deputy Director", "Minister X")?"""
    before = doc[i - 1] if i > 0 else None
    if before is not None and _overlaps(before.idx, before.idx + len(before), titles):
        return True
    k = j
    if k < len(doc) and doc[k].text == ",":
        k += 1
        while k < len(doc) and doc[k].lower_ in ("the", "then", "a", "former"):
            k += 1
        if k < len(doc) and _overlaps(doc[k].idx, doc[k].idx + len(doc[k]), titles):
            return True
    # "Regional Director for Asia and the Pacific, Chihoko Asada-Miyakawa": a title, its
    # portfolio, a comma, then the name
    start = doc[i].idx
    k = bisect_left(titles, (start, -1))
    if k:
        gap = doc_text(doc)[titles[k - 1][1] : start]
        return bool(re.fullmatch(r"\s+(?:for|of|to|in)\s+[^,;.()]{2,60},\s*", gap))
    return False


def _after_is_thing(text: str, end: int, lex: Lexicon) -> bool:
    m = re.match(r"\s*\([^)]*\)\s*(\w+)", text[end : end + 60])
    return bool(m and m.group(1).lower() in lex.not_org_followers)


def _extend(doc: Doc, i: int, j: int, runs: list[tuple[int, int]], lex: Lexicon) -> tuple[int, int]:
    """Extend an organization name the model cut short at a connector ("Group against ...",
    "Ministry of Labour and Vocational Training"). ``runs`` are sorted and disjoint: only the
    one starting at or before ``i`` can hold it."""
    k = bisect_left(runs, (i + 1, -1))
    for ri, rj in runs[max(0, k - 1) : k]:
        if ri <= i < rj and rj > j and doc[j].lower_ == "and":
            rest = [t.text for t in doc[j + 1 : rj]]
            # "and Vocational Training" goes on with the name; "and UNODC", "and the Ministry
            # of Justice" name another body
            if not org_subtype(rest, lex) and not any(w.isupper() for w in rest):
                return i, rj
            return i, j
        if ri <= i < rj and rj > j and doc[j].lower_ in CONNECTORS:
            if doc[j].lower_ == "to" and not any(
                w in ("Delegation", "Embassy", "Mission", "Commission")
                for w in (t.text for t in doc[i:j])
            ):
                return i, j
            ext = [e for e in ents_in(doc, j, rj) if e.label_ == "GPE"]
            if ext and doc[j].lower_ != "to":
                return i, j
            return i, rj
    return i, j


def _plausible_person(doc: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """Reject person names the model guessed from a place, a venue ("at Vigyan Bhawan") or a
    body ("Vocational Training" of a ministry's name)."""
    words = doc[i:j].text.split()
    if not _namelike(words, lex):
        return False
    if any(ch.isdigit() for w in words for ch in w):
        return False
    if not all(
        w[:1].isupper()
        or w.lower() in ("bin", "al", "de", "van", "von", "da", "ul", "-")
        or "-" in w
        for w in words
    ):
        return False
    if i > 0 and doc[i - 1].lower_ in ("at", "in", "from") and j - i >= 1:
        return False
    return not (
        j < len(doc)
        and _is_cap(doc[j])
        and doc[j].pos_ == "PROPN"
        and doc[j].ent_type_ not in ("PERSON",)
    )


def span_of(doc: Doc, m: Mention) -> Span | None:
    return doc.char_span(m.start, m.end, alignment_mode="expand")
