"""From a report to its facts: spaCy parses, the rules of this package read the parse."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.acronyms import find_acronyms
from kg.extract.actors import merge_mentions
from kg.extract.commitments import commitments
from kg.extract.declarations import declaration_calls, declaration_sentences
from kg.extract.events import find_events
from kg.extract.lexicon import lexicon
from kg.extract.mentions import dateline_place, find_mentions, find_titles
from kg.extract.nlp import load_nlp
from kg.extract.parsed import release, sents
from kg.extract.posts import find_posts
from kg.extract.refs import Refs
from kg.extract.relations import collaborations, endorsements, organizers, participants
from kg.extract.topics import topics_of
from kg.model import (
    Collaboration,
    Commitment,
    Declaration,
    Endorsement,
    Evidence,
    Facts,
    Participation,
    Report,
)


def extract(report: Report, nlp: Language | None = None) -> Facts:
    """The facts of one report. Actor ids are local to the report ("a1", "a2"...)."""
    nlp = nlp or load_nlp()
    return extract_doc(report, nlp(report.text))


def extract_many(
    reports: Iterable[Report], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Facts]:
    """The facts of many reports, parsed in batches with ``nlp.pipe``."""
    nlp = nlp or load_nlp()
    pairs = ((r.text, r) for r in reports)
    for doc, report in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield extract_doc(report, doc)


def extract_doc(report: Report, doc: Doc) -> Facts:
    """The facts of a report already parsed by spaCy."""
    try:
        return _extract(report, doc)
    finally:
        release(doc)


def _extract(report: Report, doc: Doc) -> Facts:
    lex = lexicon()
    text = report.text
    sentences = [(s.start_char, s.end_char) for s in sents(doc)]

    starts = [s for s, _ in sentences]

    def evidence(pos: int) -> Evidence | None:
        """The sentence holding character ``pos`` (a binary search over sentence starts)."""
        k = max(0, bisect_right(starts, pos) - 1)
        if not sentences:
            return None
        s, e = sentences[k]
        return Evidence(text[s:e].strip(), s, e)

    acronyms = find_acronyms(text)
    titles = find_titles(text, lex)
    table = merge_mentions(find_mentions(doc, lex, acronyms, titles), acronyms, lex, text)
    facts = Facts(report=report, actors=list(table.actors.values()))
    for m in table.mentions:
        actor = table.actors[m.actor or ""]
        ev = evidence(m.start)
        if ev and len(actor.evidence) < 3 and ev not in actor.evidence:
            actor.evidence.append(ev)
    facts.posts = find_posts(text, titles, table, lex, evidence)
    refs = Refs(doc, table, facts.posts)
    dl = dateline_place(text)

    events = find_events(doc, lex, report.published, dl[0] if dl else None, refs)
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
    for e in events:  # "Training workshop" says less than "INTERPOL training workshop"
        first_org = next((a for a, ev, _ in org_pairs if ev == e.event.id), None)
        if first_org and not e.proper:
            short = min(table.actors[first_org].names, key=len)
            e.event.name = f"{short} {e.event.name[:1].lower()}{e.event.name[1:]}"
    for who, event, pos in participants(doc, table, refs, events):
        facts.participations.append(Participation(who, event, "participant", evidence(pos)))
    for a, b, pos in collaborations(doc, refs, lex, org_pairs):
        facts.collaborations.append(Collaboration((a, b), evidence(pos)))
    for s, t, pos in endorsements(doc, refs, lex):
        facts.endorsements.append(Endorsement(s, t, evidence(pos)))
    decl = declaration_sentences(doc)
    main = facts.events[0].id if facts.events else None
    for who, kind, what, pos in commitments(doc, refs, lex, decl):
        facts.commitments.append(
            Commitment(
                who,
                kind,  # type: ignore[arg-type]
                what,
                main,
                topics_of(what),  # type: ignore[arg-type]
                evidence(pos),
            )
        )
    if decl:
        name, calls = declaration_calls(doc, lex, decl)
        if calls:
            first = all_sents[min(decl)]
            facts.declarations.append(
                Declaration(
                    main,
                    [c for c, _ in calls],
                    name,
                    topics_of(" ".join(c for c, _ in calls)),
                    evidence(first.start_char),
                )
            )
    return facts
