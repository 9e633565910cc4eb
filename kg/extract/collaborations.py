"""Who works with whom: co-organizers of one event, and the pairs the syntax of a sentence
names (see :mod:`kg.extract.partners` for the shapes it reads)."""

from __future__ import annotations

import re
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from kg.extract.cooperation import cooperation
from kg.extract.cowork import (
    joined_pairs,
    partner_of_pairs,
    reciprocal_pairs,
    venture_pairs,
    with_pairs,
)
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import lower_text, sent_of, sents, span_tokens
from kg.extract.parsed import text as doc_text
from kg.extract.partners import (
    between_pairs,
    joint_pairs,
    partnership_pairs,
    signed_pairs,
    through_pairs,
)
from kg.extract.refs import Refs


def collaborations(
    doc: Doc, refs: Refs, lex: Lexicon, organizer_pairs: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """Pairs of organizations that work together, with the offset of the sentence saying so."""
    pairs: dict[frozenset[str], int] = {}
    by_event: dict[str, list[tuple[str, int]]] = {}
    for a, e, pos in organizer_pairs:
        by_event.setdefault(e, []).append((a, pos))
    for hosts in by_event.values():  # co-organizers: the later of the two statements says it
        # a body named only as the one another organizer belongs to organizes nothing itself
        parents = {b for b, pb in hosts for a, _ in hosts if a != b and _named_of(a, b, pb, refs)}
        for (a, pa), (b, pb) in combinations(hosts, 2):
            if not (_office_of(a, b, refs) or _office_of(b, a, refs) or {a, b} & parents):
                pairs.setdefault(frozenset((a, b)), max(pa, pb))
    found: list[tuple[str, str, int]] = signed_pairs(doc, refs) + _header_pairs(doc, refs)
    for sent in sents(doc):
        found += between_pairs(sent, refs) or []
        found += partnership_pairs(sent, refs) + through_pairs(sent, refs)
        found += joint_pairs(sent, refs) + with_pairs(sent, refs) + venture_pairs(sent, refs)
        # a verb ("X collaborates with Y") pairs its doers with its object, and nothing when
        # one is not a body ("states needed to cooperate with INTERPOL"); a pair of bodies
        # merely named in one sentence is no collaboration
        found += partner_of_pairs(sent, refs) + reciprocal_pairs(sent, refs)
        found += joined_pairs(sent, refs, found)
        if not any(sent.start_char == pos for *_, pos in found):
            found += _phrase_pair(sent, refs, lex)
    for a, b, pos in found:
        if a != b:
            pairs.setdefault(frozenset((a, b)), pos)
    kept = [(sorted(p), pos) for p, pos in pairs.items() if len(p) == 2]
    return [(a, b, pos) for (a, b), pos in kept
            if not (_part_and_whole(a, b, refs) or _holds_post(a, b, refs))]


def _holds_post(a: str, b: str, refs: Refs) -> bool:
    """Whether one of the two is a person holding a post at the other: "the Union's Executive
    Director hosted the launch" (co-organizer beside the Union) does not partner her own body,
    as a body does not partner its own unit."""
    return a in refs.posts_at.get(b, ()) or b in refs.posts_at.get(a, ())


# a header line of minutes or a programme that names who holds the gathering: "Host: A, in
# cooperation with B", "Organisers: A and B", "Co-hosted by: A; B"
_HEADER = re.compile(r"(?im)^[ \t*]*(?:co-?)?(?:hosts?|organi[sz]ers?|conveners?|"
                     r"(?:hosted|organi[sz]ed|convened) by)[ \t*]*:[ \t*]*(.+)$")


def _header_pairs(doc: Doc, refs: Refs) -> list[tuple[str, str, int]]:
    """Every pair of the bodies a header line names as holding the gathering together."""
    out: list[tuple[str, str, int]] = []
    for line in _HEADER.finditer(doc_text(doc)):
        span = doc.char_span(line.start(1), line.end(1), alignment_mode="expand")
        if span is None:
            continue
        orgs = [a for a in refs.actors_in(span) if refs.table.actors[a].type == "Organization"]
        out += [(a, b, line.start()) for a, b in combinations(dict.fromkeys(orgs), 2)]
    return out


def _part_and_whole(a: str, b: str, refs: Refs) -> bool:
    """Whether one of the two is named as a part of the other: "Space Section of the Arlow
    Agency" and the Arlow Agency, "the ASA Secretariat" and the ASA (ASA its acronym). A body
    does not partner its own unit."""
    actors = refs.table.actors

    def names(key: str) -> list[str]:
        actor = actors[key]
        return [actor.name] + [n for n in actor.names if n.isupper() and len(n) >= 2]

    def holds(part: str, whole: str) -> bool:
        inner = f" {re.sub(r'[^a-z0-9]+', ' ', actors[part].name.lower()).strip()} "
        return any(f" {re.sub(r'[^a-z0-9]+', ' ', n.lower()).strip()} " in inner
                   for n in names(whole) if n != actors[part].name)

    return holds(a, b) or holds(b, a)


def _named_of(part: str, whole: str, pos: int, refs: Refs) -> bool:
    """Whether, in the sentence at ``pos`` that makes ``whole`` an organizer, it is named only
    as the body ``part`` belongs to: "in association with the Traffic Department of the Police
    Service" (the department organizes; the Police Service is no co-organizer beside it)."""
    k = refs.doc.char_span(pos, pos + 1, alignment_mode="expand")
    if k is None:
        return False
    sent = sent_of(k[0])  # (``Token.sent`` scans for the sentence's bounds)
    named = [t for t in span_tokens(sent) if refs.by_token.get(t.i) == whole]
    return bool(named) and all(
        t.dep_ == "pobj" and t.head.lower_ == "of" and refs.by_token.get(t.head.head.i) == part
        for t in named if refs.by_token.get(t.head.i) != whole)


def _office_of(part: str, whole: str, refs: Refs) -> bool:
    """Whether ``part`` is named as an office of ``whole``: "OSCE Secretariat" of the OSCE,
    "UNESCO Moscow Office" of UNESCO (a name of the whole, then the office's words)."""
    actors = refs.table.actors
    words = actors[part].name.split()
    if len(words) < 2 or words[-1].lower() not in cooperation().units:
        return False
    return any(actors[part].name.startswith(n + " ") for n in actors[whole].names)


# clauses that qualify a body rather than say who works with whom: "ICMR, which functions
# under the Ministry, and the company may take up a joint programme"
_QUALIFYING = {"relcl", "acl", "appos", "advcl"}


def _phrase_pair(sent: Span, refs: Refs, lex: Lexicon) -> list[tuple[str, str, int]]:
    """A phrase of working together ("memorandum of understanding", "implementing partner")
    the parse did not tie to anyone: the two bodies named on its line of the sentence, outside
    clauses that qualify them, when there are just two."""
    low = lower_text(sent)
    at = [k for p in lex.phrases["collaborate"] if (k := low.find(p)) >= 0]
    if not at:
        return []
    line_start = low.rfind("\n", 0, min(at)) + 1
    line_end = low.find("\n", max(at))
    line_end = len(low) if line_end < 0 else line_end
    root = sent.root.i  # (``Span.root`` walks the span's tokens on each access: once here)
    tokens = [t for t in span_tokens(sent) if line_start <= t.idx - sent.start_char < line_end
              and not _in_qualifier(t, root)]
    orgs = [a for a in refs.referred_in(tokens) if refs.table.actors[a].type == "Organization"]
    return [(orgs[0], orgs[1], sent.start_char)] if len(orgs) == 2 else []


def _in_qualifier(t: Token, root: int) -> bool:
    """Whether the token sits in a clause qualifying a body, or names one a thing goes to or
    comes from ("report jointly to A and B": A and B receive, they do not work together)."""
    node = t  # up to the sentence's root, token ``root``
    while node.head.i != node.i and node.i != root:
        if node.dep_ in _QUALIFYING or node.dep_ == "pobj" and node.head.lower_ in ("to", "from"):
            return True
        node = node.head
    return False

