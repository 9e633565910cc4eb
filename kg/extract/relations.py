"""Who organized and who took part in each event.

Who works with whom is read in :mod:`kg.extract.collaborations`, who praised whom in
:mod:`kg.extract.endorsements`; both are named here too, for the pipeline."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from kg.extract.absent import absent_at, away_sentences
from kg.extract.actors import ActorTable
from kg.extract.collaborations import collaborations
from kg.extract.cowork import members
from kg.extract.credits import credited
from kg.extract.endorsements import endorsements
from kg.extract.events import EventInfo
from kg.extract.lexicon import Lexicon
from kg.extract.members import we_body
from kg.extract.parsed import lower_text, sents, span_tokens
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
        for tok in span_tokens(sent):
            if (tok.lemma_ in lex.verbs["organize"] and tok.pos_ == "VERB" and not _asked(tok, lex)
                    and not _yet_to_come(tok) and _of_a_gathering(tok, lex, events, ev)):
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
                    who = who + [a for a in _unparsed_subject(tok, refs, bool(who))
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
                inner = _in_relative_clauses(tok, refs)
                who = [a for a in who if a not in inner]
                # a person who hosts, with bodies or alone, organizes ("co-hosted by President
                # X, the AUC and the UNFCCC"); other verbs take bodies only
                people = tok.lemma_ in _HOST and len(who) <= 4
                found += [a for a in who if refs.table.actors[a].type == "Organization"
                          or (people and not _only_of_a_noun(a, tok, refs))]
                found += _co_organizers(tok, refs)
        for phrase in (*lex.phrases["organize"], *_CLOSE):
            pos = _phrase_at(sent, phrase)
            if pos is None or not (found or any(k in e.mentions for e in events)):
                continue
            tail = [t for t in sent if t.idx > pos + len(phrase)]
            # the list ends at a clause, or at a means ("..., with funding from C")
            stop = next(
                (t.i for t in tail if t.text in (";",) or (t.pos_ == "VERB" and t.dep_ != "amod")
                 or _means(t, refs)),
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
        owners = _named_in(e.event.name, refs) if e.event.id in told else set()
        for a in e.hosts:
            if a in owners:
                continue
            out.setdefault((a, e.event.id), sents(doc)[e.sent].start_char)
    return [(a, e, pos) for (a, e), pos in out.items()]


_HOST = {"host", "co-host", "cohost"}
# the organizing phrases with "close" in them (GUIDE: "in close cooperation with" -> organizer)
_CLOSE = ("in close cooperation with", "in close collaboration with",
          "in close partnership with", "in close association with")
def _named_in(name: str, refs: Refs) -> set[str]:
    """The bodies whose name (or short name) a gathering's name holds: "91st meeting of the
    Interstate Commission ...", "32nd Meeting of the MRC Council"."""
    low = f" {name.lower()} "
    out = set()
    for a, actor in refs.table.actors.items():
        names = [actor.name, *getattr(actor, "aliases", ())]
        if actor.type == "Organization" and any(
                n and re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", low) for n in names):
            out.add(a)
    return out


# verbs whose "to" + organizing verb tells a gathering yet to be held, by others: "asked A and B
# to hold a follow-up workshop", "agreed to host the next meeting", "offered to convene"
_NOT_YET = {"invite", "offer", "agree", "decide", "plan", "propose", "hope", "intend", "want",
            "encourage", "request", "ask", "urge", "call"}


def _asked(verb: Token, lex: Lexicon) -> bool:
    """Whether an organizing verb is an infinitive that tells no gathering held: one asked for,
    offered or agreed to ("asked A and B to hold a workshop"; the parse may leave "to hold"
    with no verb above it). A purpose keeps it ("A and B joined forces to organize it")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    asked = head.lemma_ in _NOT_YET or head.lemma_ in lex.verbs["call"] or \
        head.lemma_ in lex.verbs["call_to"]
    return verb.dep_ != "advcl" or asked
def _yet_to_come(verb: Token) -> bool:
    """ "TCRA would host the next meeting", "A and B will jointly organize a course in 2026": a
    gathering yet to be held, not one the report tells."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
               for c in verb.children)


# organizing verbs that as often bring about a programme, a fund or a scheme as a gathering:
# "jointly launched the Global Shield", "the programme is run jointly by A and B"
_NOT_ONLY_GATHERINGS = {"launch", "run", "sponsor"}


def _of_a_gathering(verb: Token, lex: Lexicon, events: list[EventInfo], ev: EventInfo) -> bool:
    """Whether what the verb organizes is a gathering: its object (or passive subject) is the
    head of an event or a word that heads one ("launched a workshop", "the forum was run by"),
    or, for "launch", the sentence tells a launch (whose organizer launched the thing)."""
    if verb.lemma_ not in _NOT_ONLY_GATHERINGS:
        return True
    if verb.lemma_ == "launch" and ev.event.type == "Launch":
        return True
    heads = {e.head for e in events}
    what = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not what and verb.dep_ in ("acl", "relcl"):  # "the course, run by A"
        what = [verb.head]
    return any(t.i in heads or t.lemma_.lower() in lex.event_heads for t in what)


# words that make the "with" of an organizing verb a fellow organizer: "organised by A together
# with B", "jointly convened with B", "co-organised with B" (not "with the support of B")
_TOGETHER = {"together", "jointly"}


def _means(prep: Token, refs: Refs) -> bool:
    """ "with funding from C", "with the support of C", "under the auspices of C": a
    preposition whose object is a means, not a body (nor "with B", "with B as partner")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "under") or prep.i in refs.by_token:
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.i not in refs.by_token for g in objs)


def _co_organizers(verb: Token, refs: Refs) -> list[str]:
    """The bodies of "with B" hung on an organizing verb that says it is done together."""
    # "organised by A with B": a body beside the agent of a passive organizes with it
    together = verb.lemma_.startswith("co") or any(
        c.dep_ == "advmod" and c.lower_ in _TOGETHER or c.dep_ == "agent"
        for c in verb.children)
    out: list[str] = []
    # "with" on the verb, or inside its object when "together" says so ("organized our side
    # event, X, together with B")
    inside = [p for c in verb.children if c.dep_ == "dobj" for p in c.subtree
              if p.lower_ == "with" and any(g.lower_ in _TOGETHER for g in p.children)]
    for p in [*verb.children, *inside]:
        if p.dep_ != "prep" or p.lower_ != "with":
            continue
        if not (together or any(c.lower_ in _TOGETHER for c in p.children)):
            continue
        # the object itself names a body ("with B"), not a means ("with funding from C")
        out += [a for g in p.children if g.dep_ == "pobj" and g.i in refs.by_token
                for a in members(g, refs) if refs.table.actors[a].type == "Organization"]
    return out


# words before "of" that make the body named after them no organizer (GUIDE: "at the invitation
# of", "under the auspices of")
_NOT_BY = {"invitation", "auspices", "patronage", "support", "behalf"}


def _unparsed_subject(verb: Token, refs: Refs, some: bool) -> list[str]:
    """The bodies before an active organizing verb the parse gave no subject, or only part of
    it (``some``) when a split "co-" says there are several: "A (AA) and B co-organised a
    forum" is often parsed with "co" and "-" as verbs and A hung on an opening "In the
    afternoon". The bodies named from the clause's start up to the verb organize."""
    split_co = verb.i > 1 and verb.doc[verb.i - 1].text == "-" and (
        verb.doc[verb.i - 2].lower_ == "co")
    if verb.tag_ not in ("VBD", "VBP", "VBZ") or (some and not split_co) or any(
        c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass", "expl") or c.lower_ == "by"
        for c in verb.children  # "the forum co-organised by A" tagged as a past tense
    ):
        return []
    start = verb.sent.start
    for t in verb.doc[verb.sent.start : verb.i]:
        piece = t.i >= verb.i - 2 and t.lower_ in ("co", "-")  # the split "co-"
        if t.text in (";", ":") or (t.pos_ in ("VERB", "AUX") and not piece):
            start = t.i + 1
    out: list[str] = []
    for t in verb.doc[start : verb.i]:
        a = refs.by_token.get(t.i)
        if a is None or a in out or refs.table.actors[a].type != "Organization":
            continue
        before = {w.lower_ for w in verb.doc[max(start, t.i - 4) : t.i]}
        if not before & _NOT_BY:
            out.append(a)
    return out


def _only_of_a_noun(actor: str, verb: Token, refs: Refs) -> bool:
    """Whether every mention of ``actor`` in the verb's sentence qualifies a common noun ("the
    government of President X, which is hosting": the government hosts, not X)."""
    seen = False
    for i, a in refs.by_token.items():
        if a != actor or not (verb.sent.start <= i < verb.sent.end):
            continue
        seen = True
        t = verb.doc[i]
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
            t = t.head
        of = t.head if t.dep_ == "pobj" else None
        if not (of is not None and of.lower_ == "of" and of.head.pos_ == "NOUN"):
            return False
    return seen


def _in_relative_clauses(verb: Token, refs: Refs) -> set[str]:
    """Actors named only inside relative clauses of the verb's subject or agent."""
    inside: set[str] = set()
    outside: set[str] = set()
    for c in verb.children:
        if c.dep_ not in ("nsubj", "agent"):
            continue
        for t in c.subtree:
            a = refs.by_token.get(t.i)
            if a is None:
                continue
            node, rel = t, False
            while node.i != c.i and node.head.i != node.i:
                if node.dep_ in ("relcl", "acl"):
                    rel = True
                    break
                node = node.head
            (inside if rel else outside).add(a)
    return inside - outside


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
    writers = credited(doc.text, table.mentions)
    away = away_sentences(doc, events)  # "In Moscow, A said": A was not there
    for m in table.mentions:
        if m.type != "Person" or not m.actor or m.actor in out or m.actor in writers:
            continue
        k = bisect_right(starts, m.start) - 1
        if k in away or absent_at(doc, m.start):
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
        text = s.doc.text
        line = text.find("\n", start)
        end = min(end, line) if line >= 0 else end
        return list(dict.fromkeys(m.actor for m in table.mentions if m.type == "Person"
                                  and m.actor and start <= m.start < end))
    return []
