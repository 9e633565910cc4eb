"""Who organized and who took part in each event.

Who works with whom is read in :mod:`kg.extract.collaborations`, who praised whom in
:mod:`kg.extract.endorsements`; both are named here too, for the pipeline."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span

from kg.extract.absent import absent_at, away_sentences, passing_at
from kg.extract.actors import ActorTable
from kg.extract.collaborations import collaborations
from kg.extract.credits import credited
from kg.extract.endorsements import endorsements
from kg.extract.events import EventInfo
from kg.extract.lexicon import Lexicon, derived
from kg.extract.members import we_body
from kg.extract.members_at import present_members
from kg.extract.minutes import people_in
from kg.extract.organizer_verbs import (
    asked,
    co_organizers,
    in_relative_clauses,
    means,
    named_in,
    of_a_gathering,
    only_of_a_noun,
    unparsed_subject,
    yet_to_come,
)
from kg.extract.parsed import lower_text, sents, tokens_among
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs

__all__ = ["collaborations", "endorsements", "organizers", "participants"]


def _event_for(
    sent_index: int, events: list[EventInfo], sent: Span | None = None
) -> EventInfo | None:
    """The event a sentence is about: one it names, else the latest introduced before it."""
    if not events:
        return None
    named = [e for e in events if sent_index in e.mentions]
    if named:
        return named[-1]
    before = [e for e in events if e.sent <= sent_index]
    if not before:
        return events[0]
    # the one last talked about ("the summit ... a drill in Gaborone ... the workshop"), which
    # need not be the last one introduced
    return max(reversed(before), key=lambda e: max([m for m in e.mentions if m <= sent_index]
                                                   or [e.sent]))


def _phrase_at(sent: Span, phrase: str) -> int | None:
    low = lower_text(sent)
    k = low.find(phrase)
    return sent.start_char + k if k >= 0 else None


def _organize(lex: Lexicon) -> frozenset[str]:
    """The organizing verbs in lower case: the word index's keys (only their tokens are read)."""
    return frozenset(w.lower() for w in lex.verbs["organize"])


def organizers(
    doc: Doc, refs: Refs, lex: Lexicon, events: list[EventInfo]
) -> list[tuple[str, str, int]]:
    """(actor, event id, offset of the sentence saying so) for every organizer: "organized by
    X", "X hosted", "in collaboration with Y"."""
    out: dict[tuple[str, str], int] = {}
    for k, sent in enumerate(sents(doc)):
        ev = _event_for(k, events, sent)
        if ev is None:
            continue
        found: list[str] = []
        for tok in tokens_among(sent, lemmas=derived(lex, "organize_lemmas", _organize)):
            if (tok.lemma_ in lex.verbs["organize"] and tok.pos_ == "VERB" and not asked(tok, lex)
                    and not yet_to_come(tok) and of_a_gathering(tok, lex, events, ev)):
                if (
                    tok.lemma_ in ("hold", "run")
                    and not any(c.dep_ == "agent" for c in tok.children)
                    and not any(k in e.mentions for e in events)
                ):
                    continue
                who = refs.subject(tok) or [a for c in tok.children if c.dep_ == "nsubj"
                                            for a in [we_body(c, refs)] if a]
                if not who and tok.i > 1 and doc[tok.i - 1].text == "-" and (
                    doc[tok.i - 2].lower_ == "co"
                ):  # "A and B co-organized": the parse makes "co" the subject, A and B its own
                    who = refs.subject(doc[tok.i - 2])
                if len(who) < 2:  # "A (AA) and B co-organised": the parse may lose A
                    who = who + [a for a in unparsed_subject(tok, refs, bool(who))
                                 if a not in who]
                if not who and tok.tag_ == "VBG" and tok.head.dep_ == "prep":
                    # "commended the efforts of X and Y for organizing": the bodies named
                    # between the praised object and "for"
                    governor = tok.head.head
                    if governor.pos_ != "VERB":
                        governor = governor.head
                    obj = [c for c in governor.children if c.dep_ == "dobj" and c.i < tok.i]
                    if obj:
                        span = tok.doc[obj[0].left_edge.i : tok.head.i]
                        who = refs.actors_in(span)
                # "organized by A, which B leads, and C": B only qualifies A
                inner = in_relative_clauses(tok, refs)
                who = [a for a in who if a not in inner]
                # a person who hosts, with bodies or alone, organizes ("co-hosted by President
                # X, the AUC and the UNFCCC"); other verbs take bodies only
                people = tok.lemma_ in _HOST and len(who) <= 4
                found += [a for a in who if refs.table.actors[a].type == "Organization"
                          or (people and not only_of_a_noun(a, tok, refs))]
                found += co_organizers(tok, refs)
        for phrase in (*lex.phrases["organize"], *_CLOSE):
            pos = _phrase_at(sent, phrase)
            if pos is None or not (found or any(k in e.mentions for e in events)):
                continue
            tail = [t for t in sent if t.idx > pos + len(phrase)]
            # the list ends at a clause, or at a means ("..., with funding from C")
            stop = next(
                (t.i for t in tail if t.text in (";",) or (t.pos_ == "VERB" and t.dep_ != "amod")
                 or means(t, refs)),
                None,
            )
            named = refs.actors_in(t for t in tail if stop is None or t.i < stop)
            found += [a for a in named if refs.table.actors[a].type == "Organization"]
        for a in dict.fromkeys(found):
            out.setdefault((a, ev.event.id), sent.start_char)
    told = {ev for _, ev in out}
    for e in events:  # "the missions briefed journalists jointly": who held the briefing
        # the body whose gathering it is ("the 91st meeting of the Commission was held")
        # organizes it only when the report names no one who did ("The meeting was organised
        # by the Ministry", "convened by the Secretariat"); "the Board held its 41st meeting,
        # hosted by X" names the Board by its verb, above
        # (a launch's own body launched itself: "the launch of UN Women")
        owners = named_in(e.event.name, refs) if e.event.id in told and (
            e.event.type != "Launch") else set()
        for a in e.hosts:
            if a in owners:
                continue
            out.setdefault((a, e.event.id), sents(doc)[e.sent].start_char)
    return [(a, e, pos) for (a, e), pos in out.items()]


_HOST = {"host", "co-host", "cohost"}
# the organizing phrases with "close" in them (GUIDE: "in close cooperation with" -> organizer)
_CLOSE = ("in close cooperation with", "in close collaboration with",
          "in close partnership with", "in close association with")


def participants(
    doc: Doc, table: ActorTable, refs: Refs, events: list[EventInfo]
) -> list[tuple[str, str, int]]:
    """(person, event id, offset of the evidence): every person the report names took part in
    the event their first mention is about; a signer took part in the signing; those who met
    took part in their meeting (and no more, when that is all the report says of them)."""
    all_sents = sents(doc)
    starts = [s.start_char for s in all_sents]
    out: dict[str, tuple[str, int]] = {}
    extra: list[tuple[str, str, int]] = []
    met: dict[str, set[int]] = {}  # person -> sentences where a meeting of theirs is told
    for e in events:
        for a in e.members:
            if table.actors[a].type == "Person":
                extra.append((a, e.event.id, all_sents[e.sent].start_char))
                met.setdefault(a, set()).update(e.mentions)
    signing = next((e for e in events if e.event.type == "Signing"), None)
    # a signer told first at the gathering the signing was on the sidelines of took part in both
    signed: dict[str, tuple[str, int]] = {}
    if signing is not None:  # whoever the sentences telling the signing name took part in it
        spans = [(all_sents[k].start_char, all_sents[k].end_char) for k in signing.mentions]
        for m in table.mentions:
            if (
                m.type == "Person"
                and m.actor
                and m.actor not in signed
                and any(s <= m.start < e for s, e in spans)
            ):
                signed[m.actor] = (signing.event.id, m.start)
    main = [e for e in events if e.event.type != "Signing" and not e.members] or [
        e for e in events if not e.members
    ]
    # who a credit line names ("Media contact: A", "Interview by B") reports the story: only a
    # sentence saying they attended puts them at a gathering (attendance.attendees)
    writers = credited(doc_text(doc), table.mentions)
    # a minutes sheet's APOLOGIES: named as absent
    writers |= people_in(doc_text(doc), table.mentions, "absent")
    away = away_sentences(doc, events)  # "In Moscow, A said": A was not there
    for m in table.mentions:
        if m.type != "Person" or not m.actor or m.actor in out or m.actor in writers:
            continue
        k = bisect_right(starts, m.start) - 1
        if k in away or absent_at(doc, m.start) or passing_at(doc, refs, m.start):
            continue  # a later mention may still put them at a gathering
        if m.actor in signed and signing is not None and k in signing.mentions:
            out[m.actor] = signed[m.actor]  # told first as a signer: the signing is theirs
            continue
        if k in met.get(m.actor, ()):
            out[m.actor] = ("", m.start)  # named only as one who met: that meeting is theirs
            continue
        ev = _event_for(k, main or events, all_sents[k])
        if ev is not None:
            out[m.actor] = (ev.event.id, m.start)
    found = [(a, e, pos) for a, (e, pos) in out.items() if e]
    found += [(a, e, pos) for a, (e, pos) in signed.items() if out.get(a, ("",))[0] != e]
    found += [x for x in _at_press(table, events, all_sents)
              if (x[0], x[1]) not in {(a, e) for a, e, _ in found}]
    # "the members took part in an open seminar": those of the main gathering
    listed = people_in(doc_text(doc), table.mentions, "present")  # a minutes sheet's PRESENT
    found += [x for x in present_members(doc, events, found, listed)
              if (x[0], x[1]) not in {(a, e) for a, e, _ in found}]
    return list(dict.fromkeys(found + [x for x in extra if (x[0], x[1]) not in
                                       {(a, e) for a, e, _ in found}]))


_PRESS = re.compile(r"\b(?:press|news) (?:conference|briefing)\b", re.I)


def _at_press(table: ActorTable, events: list[EventInfo], all_sents) -> list[tuple[str, str, int]]:
    """ "UNMA held a joint press briefing, where Dr. X and Mr. Y answered questions", "At a
    closing press conference, X said": the people the sentence telling a press conference
    names speak at it, whatever gathering they were told at first."""
    out = []
    for e in events:
        if not _PRESS.search(e.event.name):
            continue
        s = all_sents[e.sent]
        out += [(m.actor, e.event.id, m.start) for m in table.mentions if m.type == "Person"
                and m.actor and s.start_char <= m.start < s.end_char]
        if re.search(r"\bthe (?:two |three )?co-chairs\b", s.text, re.I):
            # "held at the close of the meeting by the two co-chairs": those it was co-chaired by
            out += [(a, e.event.id, s.start_char) for a in _co_chairs(table, all_sents)]
    return out


def _co_chairs(table: ActorTable, all_sents) -> list[str]:
    """The people a sentence says a gathering was co-chaired by, in order."""
    for n, s in enumerate(all_sents):
        at = s.text.lower().find("co-chaired by")
        if at < 0:
            continue
        start = s.start_char + at
        # (to the end of the paragraph at most one sentence on: the splitter may cut the list
        # at a title's stop, "... of Ruritania, and Hon. | Kofi Mensah, Minister ...")
        end = all_sents[min(n + 1, len(all_sents) - 1)].end_char
        text = doc_text(s.doc)
        line = text.find("\n", start)
        end = min(end, line) if line >= 0 else end
        return list(dict.fromkeys(m.actor for m in table.mentions if m.type == "Person"
                                  and m.actor and start <= m.start < end))
    return []
