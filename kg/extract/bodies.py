"""Is a name a body's? The tests that go beyond head words: a name the model reads as a body
and the report gives an acronym ("Tehrik-e-Taliban Pakistan (TTP)"), a programme or fund of a
body ("WHO Work Programme"), a person's name the model took for a body ("Co-ordinator Khushi
Kabir")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg import resources
from kg.extract.acronyms import Acronym
from kg.extract.lexicon import Lexicon, derived
from kg.extract.parsed import ents, span_text, tokens
from kg.extract.parsed import text as doc_text
from kg.extract.people import PARTICLES, titled
from kg.extract.spans import CONNECTORS, org_subtype, overlaps
from kg.extract.wordfind import word_spans

_SCHEMES = {"Programme", "Program", "Fund", "Initiative", "Project", "Scheme", "Facility"}
_FUNDS = {"Trust", "Relief", "Management", "Response"}  # "Trust Fund", "Disaster Relief Fund"


def owned_scheme(words: list[str], lex: Lexicon) -> bool:
    """Is the name a programme or fund of a body rather than a body: "Harbour Foundation
    Scholars Program", "WHO Work Programme" (a body's name or acronym, then the scheme), or a
    fund held for a purpose ("Multi-Donor Trust Fund", "Disaster Relief Fund")?"""
    if words[-1] not in _SCHEMES or len(words) < 2:
        return False
    if words[-1] == "Fund" and words[-2] in _FUNDS:
        # "Disaster Relief Fund" is money kept for a purpose; "Children's Relief Fund", named
        # for whom it serves, is a body that acts
        return not any(w.endswith(("'s", "\u2019s")) for w in words[:-2])
    owner = words[:-2]
    if not owner or any(w in CONNECTORS for w in words):
        return False
    first = owner[0]
    if first in ("UN", "U.N.") or " ".join(owner[:2]) == "United Nations":
        return False  # "UN Environment Programme" is a body of the United Nations
    named = first.isupper() and len(first) > 1 and first.isalpha()
    return named or any(w in lex.org_heads for w in owner)


def named_body(doc: Doc, a: Acronym, lex: Lexicon) -> bool:
    """Is a long form with no head word a body's name all the same ("Tehrik-e-Taliban Pakistan
    (TTP)", "National People's Power (NPP)")? The model reads it as an organization, it is a
    proper name (capitalized words, an acronym not of a plural) and no gathering or place."""
    words = a.long.split()
    if len(words) < 2 or a.short.endswith("s") or a.long in lex.countries:
        return False
    if not all(w[:1].isupper() or w.lower() in CONNECTORS for w in words):
        return False
    if any(w.lower() in lex.event_heads or w in lex.not_org_words for w in words):
        return False
    size = a.end - a.start
    at = doc_text(doc).find(a.short, a.end, a.end + 6 + len(a.short))
    short = doc.char_span(at, at + len(a.short)) if at >= 0 else None
    if short is not None and short[0].ent_type_ == "ORG":
        return True
    return any(
        e.label_ == "ORG" and min(e.end_char, a.end) - max(e.start_char, a.start) >= size / 2
        for e in ents(doc)
    )


def titled_name(doc: Doc, i: int, j: int, titles: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Is an "organization" of the model, with no head word, two to four capitalized words or
    initials right after a title ("Co-ordinator Khushi Kabir", "Judge, the Hon. Ana M. Sousa")?
    Then it is a person's name."""
    tk = tokens(doc)
    # words as written: a hyphenated surname is one ("Floor de Vries-Hartman")
    words = span_text(doc, i, j).split()
    if not 2 <= len(words) <= 4 or org_subtype(words, lex) or i == 0:
        return False
    if not all(
        (w[:1].isupper() and not w.isupper() and w.replace("-", "").isalpha())
        or _INITIAL.fullmatch(w)
        or (w in PARTICLES and 0 < k < len(words) - 1)
        for k, w in enumerate(words)
    ) or _INITIAL.fullmatch(words[-1]):
        return False
    before = tk[i - 1]
    # "the Chief Justice, the Honourable Ndapewa M. Haufiku": the title, a comma, the name
    return overlaps(before.idx, before.idx + len(before), titles) or titled(doc, i, j, titles)


_INITIAL = re.compile(r"(?:[A-Z]\.)+")


# a body's head word and its own name in quotes: 'Agency "Apele Moldovei"', 'Company "Velgaz"'
_QUOTED_NAME = re.compile(
    r"\b((?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*))\s+[\"“«]([A-Z][^\"”»\n]{1,50})[\"”»]"
)


def quoted_bodies(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character ranges of the bodies named by a head word and a quoted name: the quotes hold
    the name, not a quotation ("the Agency "Apele Moldovei"")."""
    out: list[tuple[int, int]] = []
    if '"' not in text and "“" not in text and "«" not in text:
        return out  # no opening quote: the pattern cannot match (most reports: one scan each)
    for m in _QUOTED_NAME.finditer(text):
        # a name of a few words, not a quotation ("the Union "We will act, now"")
        named = len(m.group(3).split()) <= 5 and not re.search(r"[.,;:!?]", m.group(3))
        if m.group(2) in lex.org_heads and named:
            first = m.group(1).split()
            # "the Water Agency": the words before the head are the body's when capitalized
            article = first[0] in ("The", "A", "An")
            start = m.start(1) + (len(first[0]) + 1 if article else 0)
            out.append((start, m.end()))
    return out


def _scheme_words(lex: Lexicon) -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str],
                                         re.Pattern[str]]:
    o = resources.read_yaml("lexicons", "organizations.yaml")
    before = "|".join(re.escape(w) for w in sorted(o["scheme_body_before"], key=len, reverse=True))
    after = "|".join(re.escape(w) for w in o["scheme_body_after"])
    return (
        frozenset(o["scheme_heads"]),
        tuple(o["scheme_scope_openers"]),
        # "member states of the Bay of Bengal Initiative": the cue, "of", the name's opening
        re.compile(rf"\b(?:{before})\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+)?){{0,3}}$",
                   re.I),
        re.compile(rf"^\s*(?:\([^)]{{1,12}}\)\s*)?['’]s\s+(?:{after})\b"),
    )


# the scheme as the agent of support: "support from the X Initiative", "funded by the X Fund"
_AGENT = re.compile(r"(?:\b(?:support|assistance|grants?)\s+from|\b(?:supported|funded|financed|"
                    r"sponsored|organi[sz]ed|hosted|convened)\s+by)\s+(?:the\s+)?$", re.I)


# the scheme as a party that acts or meets: "the X Initiative (XI) on Monday signed", "the XI
# will train", "the XI held its fourth summit"
_PARTY = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?(?:(?:on|this|last)\s+\w+\s+)?(?:also\s+)?"
                    r"(?:signed|agreed|will|pledged|committed|undertook|held|hosted|convened|"
                    r"organi[sz]ed)\b")


# money put into a pool: "NZ$6 million for the X Fund", "funds from its X Fund"
_FUND_CUE = re.compile(r"(?:\b(?:for|into|its|their)\s+(?:the\s+)?|['’]s\s+)$", re.I)


def unheld_scheme(text: str, start: int, end: int, lex: Lexicon, short: str = "") -> bool:
    """Is the name at text[start:end] a programme, initiative, facility or fund rather than a
    body ("the Black Sea Grain Initiative", "its Contingency Fund for Emergencies")? The GUIDE
    makes programmes and funds no actors; a body named like one shows itself by a name of
    international scope ("World Food Programme") or by the members, staff or sittings the text
    gives it ("the Initiative's head of policy", "member states of the X Initiative"), found at
    any use of the name or of its acronym ``short``. A fund is a pool of money only where the
    text puts money into it or names its owner ("for the X Fund", "its X Fund", "X Fund of Y")."""
    heads, openers, body_before, body_after = derived(lex, "scheme_words", _scheme_words)
    name = " ".join(text[start:end].split())
    words = name.split()
    head_part = []
    for w in words:
        if w.lower() in CONNECTORS:
            break
        head_part.append(w)
    if not head_part or head_part[-1] not in heads or len(words) < 2:
        return False
    if name.startswith(openers) or head_part[0].isupper() and len(head_part[0]) > 1:
        # "UN Environment Programme"; "OPEC Fund": an acronym owns it, owned_scheme decides
        return False
    for form in {name, short} - {""}:
        for s, e in word_spans(text, form):
            before = text[max(0, s - 80) : s]
            if (body_before.search(before) or _AGENT.search(before)
                    or body_after.match(text[e : e + 40])
                    or (" of " not in name and _PARTY.match(text, e))):
                return False
            after = text[e : e + 40]
            m = re.match(r"\s*(?:\([^)]{1,12}\)\s*)?(?:['’]s\s+)?", after)
            if m and lex.title_re.match(after, m.end()) and after[m.end() : m.end() + 1].isupper():
                return False  # "X Initiative Chair Y", "X Initiative's Director General"
    if head_part[-1] != "Fund":
        return True
    rest = text[end : end + 30]
    return bool(_FUND_CUE.search(text[max(0, start - 20) : start])
                or re.match(r"\s+of\s+(?:the\s+)?[A-Z]", rest)) or " of " in name
