"""From a report to its facts: spaCy parses, the rules of this package read the parse."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.acronyms import find_acronyms
from kg.extract.actors import merge_mentions
from kg.extract.attendance import attendees
from kg.extract.commitments import commitments
from kg.extract.decl_events import declaration_event
from kg.extract.declarations import find_declarations
from kg.extract.event_actors import forget, unlink
from kg.extract.event_extras import name_by_organizer, name_unheld
from kg.extract.event_info import event_words
from kg.extract.events import find_events
from kg.extract.lexicon import lexicon
from kg.extract.mentions import dateline_place, find_mentions, find_titles
from kg.extract.nlp import load_nlp
from kg.extract.parsed import release, sents, use_text
from kg.extract.posts import find_posts
from kg.extract.refs import Refs
from kg.extract.relations import collaborations, endorsements, organizers, participants
from kg.extract.topics import topics_of
from kg.model import (
    Collaboration,
    Commitment,
    CommitmentKind,
    Declaration,
    Endorsement,
    Evidence,
    Facts,
    Participation,
    Report,
)

#: Characters of a long report parsed at once (spaCy's parser needs memory in proportion).
PIECE_CHARS = 100_000


def extract(report: Report, nlp: Language | None = None) -> Facts:
    """The facts of one report. Actor ids are local to the report ("a1", "a2"...)."""
    nlp = nlp or load_nlp()
    return extract_doc(report, parse(nlp, report.text))


def extract_many(
    reports: Iterable[Report], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Facts]:
    """The facts of many reports, parsed in batches with ``nlp.pipe``; a report longer than
    spaCy's ``max_length`` is parsed apart, in pieces (:func:`parse`)."""
    nlp = nlp or load_nlp()
    pairs = (("" if len(r.text) > nlp.max_length else r.text, r) for r in reports)
    for doc, report in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if len(report.text) > nlp.max_length:
            doc = parse(nlp, report.text)
        yield extract_doc(report, doc)


def parse(nlp: Language, text: str) -> Doc:
    """``nlp(text)``; a text over ``nlp.max_length`` (spaCy refuses it, error E088) is parsed
    in pieces cut after paragraph, line or sentence ends, joined back into one Doc whose text
    is exactly ``text``, so every character offset, and evidence span, holds."""
    if len(text) <= nlp.max_length:
        return nlp(text)
    docs = [nlp(piece) for piece in pieces(text, min(PIECE_CHARS, nlp.max_length))]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # the pieces are cut between tokens, so this holds; say so if not
        raise ValueError("a long report's pieces did not join back into its text")
    return doc


def pieces(text: str, size: int) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters that join back into it, each
    ending after a blank line, else a line end, else a sentence end, else a space, where one
    lies in its second half."""
    out, start = [], 0
    while len(text) - start > size:
        window = text[start + size // 2:start + size]
        cut = size
        for separator in ("\n\n", "\n", ". ", " "):
            found = window.rfind(separator)
            if found != -1:
                cut = size // 2 + found + len(separator)
                break
        out.append(text[start:start + cut])
        start += cut
    out.append(text[start:])
    return out


def extract_doc(report: Report, doc: Doc) -> Facts:
    """The facts of a report already parsed by spaCy."""
    try:
        return _extract(report, doc)
    finally:
        release(doc)


def _extract(report: Report, doc: Doc) -> Facts:
    lex = lexicon()
    text = report.text
    use_text(doc, text)  # the text parsed (``parse`` and ``nlp.pipe`` keep every character)
    sentences = [(s.start_char, s.end_char) for s in sents(doc)]

    starts = [s for s, _ in sentences]
    said: dict[int, Evidence] = {}  # by sentence: one (frozen) Evidence each, built once

    def evidence(pos: int) -> Evidence | None:
        """The sentence holding character ``pos`` (a binary search over sentence starts)."""
        k = max(0, bisect_right(starts, pos) - 1)
        if not sentences:
            return None
        ev = said.get(k)
        if ev is None:
            s, e = sentences[k]
            ev = said[k] = Evidence(text[s:e].strip(), s, e)
        return ev

    acronyms = find_acronyms(text)
    titles = find_titles(text, lex)
    table = merge_mentions(find_mentions(doc, lex, acronyms, titles), acronyms, lex, text)
    facts = Facts(report=report, actors=list(table.actors.values()))
    for m in table.mentions:
        actor = table.actors[m.actor or ""]
        ev = evidence(m.start)
        if ev and len(actor.evidence) < 3 and ev not in actor.evidence:
            actor.evidence.append(ev)
    units: set[str] = set()  # bodies that are only a unit named inside a title
    facts.posts = find_posts(text, titles, table, lex, evidence, units)
    refs = Refs(doc, table, facts.posts)
    dl = dateline_place(text)

    gatherings: set[str] = set()  # names the actor rules kept that are gatherings (events')
    events = find_events(doc, lex, report.published, dl[0] if dl else None, refs, gatherings,
                         report.title)
    gatherings |= units
    unlink(refs, gatherings)
    for e in events:  # event ids are global: the report's id and the event's rank in it
        e.event.id = f"{report.id}-{e.event.id}"
    facts.events = [e.event for e in events]
    all_sents = sents(doc)
    for e in events:
        e.event.evidence = evidence(all_sents[e.sent].start_char)
        e.event.topics = topics_of(all_sents[e.sent].text + " " + e.event.name)
    org_pairs = organizers(doc, refs, lex, events)
    for who, event, pos in org_pairs:
        facts.participations.append(Participation(who, event, "organizer", evidence(pos)))
    heads = set(lex.event_heads) | set(event_words()["edition_heads"])
    name_unheld(refs, events, [(who, ev) for who, ev, _ in org_pairs], heads)  # a bare one's body
    name_by_organizer(table, events, org_pairs)  # "INTERPOL training workshop"
    for who, event, pos in participants(doc, table, refs, events):
        facts.participations.append(Participation(who, event, "participant", evidence(pos)))
    present = {(p.actor, p.event) for p in facts.participations if p.role == "participant"}
    for who, event, pos in attendees(doc, refs, events):  # at every gathering said attended
        if (who, event) not in present:
            facts.participations.append(Participation(who, event, "participant", evidence(pos)))
    present = {(p.actor, p.event) for p in facts.participations if p.role == "participant"}
    outer = {e.event.id: e.within.event.id for e in events
             if e.within is not None and any(e.within is o for o in events)}
    for p in list(facts.participations):  # at a panel of a conference: at the conference too
        whole = outer.get(p.event)
        if p.role == "participant" and whole is not None and (p.actor, whole) not in present:
            present.add((p.actor, whole))
            facts.participations.append(Participation(p.actor, whole, "participant", p.evidence))
    for a, b, pos in collaborations(doc, refs, lex, org_pairs):
        facts.collaborations.append(Collaboration((a, b), evidence(pos)))
    for s, t, pos in endorsements(doc, refs, lex):
        facts.endorsements.append(Endorsement(s, t, evidence(pos)))
    decl, decl_name, calls = find_declarations(doc, refs, lex, report.title)
    main = facts.events[0].id if facts.events else None
    for who, kind, what, pos in commitments(doc, refs, lex, decl):
        facts.commitments.append(
            Commitment(
                who,
                _commitment_kind(kind),
                what,
                main,
                topics_of(what),
                evidence(pos),
            )
        )
    if calls:
        # the gathering that adopted the text, which may be one the events missed
        at = declaration_event(doc, events, lex, report.id, decl, refs)
        if at.new is not None:
            at.new.evidence = evidence(calls[0][1])
            facts.events.append(at.new)
        facts.declarations.append(
            Declaration(
                at.event_id,
                [c for c, _ in calls],
                decl_name,
                topics_of(" ".join(c for c, _ in calls)),
                evidence(calls[0][1]),
            )
        )
    forget(facts, gatherings)
    return facts


def _commitment_kind(kind: str) -> CommitmentKind:
    """The rules name a commitment's kind as a plain string; any other than these is a bug."""
    if kind == "pledge":
        return "pledge"
    if kind == "call":
        return "call"
    raise ValueError(f"not a kind of commitment: {kind!r}")
