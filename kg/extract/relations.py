"""Who organized and who took part in each event, who works with whom, who praised whom."""

from __future__ import annotations

from bisect import bisect_right
from itertools import combinations

from spacy.tokens import Doc, Span, Token

from kg.extract.actors import ActorTable
from kg.extract.events import EventInfo
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_of, sents
from kg.extract.partners import (
    between_pairs,
    joint_pairs,
    partnership_pairs,
    signed_pairs,
    through_pairs,
    work_with_pairs,
)
from kg.extract.refs import PRONOUNS, Refs


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
    return before[-1] if before else events[0]


def _phrase_at(sent: Span, phrase: str) -> int | None:
    low = _lower_text(sent)
    k = low.find(phrase)
    return sent.start_char + k if k >= 0 else None


def _lower_text(sent: Span) -> str:
    """The sentence's text in lower case, computed once per sentence."""
    cache = sent.doc.user_data.setdefault("kg_lower_sents", {})
    if sent.start not in cache:
        cache[sent.start] = sent.text.lower()
    return cache[sent.start]


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
        for tok in sent:
            if tok.lemma_ in lex.verbs["organize"] and tok.pos_ == "VERB":
                if (
                    tok.lemma_ in ("hold", "run")
                    and not any(c.dep_ == "agent" for c in tok.children)
                    and not any(k in e.mentions for e in events)
                ):
                    continue
                who = refs.subject(tok)
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
                found += [a for a in who if refs.table.actors[a].type == "Organization"]
        for phrase in lex.phrases["organize"]:
            pos = _phrase_at(sent, phrase)
            if pos is None or not (found or any(k in e.mentions for e in events)):
                continue
            tail = [t for t in sent if t.idx > pos + len(phrase)]
            stop = next(
                (t.i for t in tail if t.text in (";",) or (t.pos_ == "VERB" and t.dep_ != "amod")),
                None,
            )
            named = refs.actors_in(t for t in tail if stop is None or t.i < stop)
            found += [a for a in named if refs.table.actors[a].type == "Organization"]
        for a in dict.fromkeys(found):
            out.setdefault((a, ev.event.id), sent.start_char)
    for e in events:  # "the missions briefed journalists jointly": who held the briefing
        for a in e.hosts:
            out.setdefault((a, e.event.id), sents(doc)[e.sent].start_char)
    return [(a, e, pos) for (a, e), pos in out.items()]


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
    if signing is not None:  # whoever the sentences telling the signing name took part in it
        spans = [(all_sents[k].start_char, all_sents[k].end_char) for k in signing.mentions]
        for m in table.mentions:
            if (
                m.type == "Person"
                and m.actor
                and m.actor not in out
                and any(s <= m.start < e for s, e in spans)
            ):
                out[m.actor] = (signing.event.id, m.start)
    main = [e for e in events if e.event.type != "Signing" and not e.members] or [
        e for e in events if not e.members
    ]
    for m in table.mentions:
        if m.type != "Person" or not m.actor or m.actor in out:
            continue
        k = bisect_right(starts, m.start) - 1
        if k in met.get(m.actor, ()):
            out[m.actor] = ("", m.start)  # named only as one who met: that meeting is theirs
            continue
        ev = _event_for(k, main or events, all_sents[k])
        if ev is not None:
            out[m.actor] = (ev.event.id, m.start)
    found = [(a, e, pos) for a, (e, pos) in out.items() if e]
    return list(dict.fromkeys(found + [x for x in extra if (x[0], x[1]) not in
                                       {(a, e) for a, e, _ in found}]))


def _with_object(tok: Token) -> list[Token]:
    return [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "with" for g in p.subtree]


def collaborations(
    doc: Doc, refs: Refs, lex: Lexicon, organizer_pairs: list[tuple[str, str, int]]
) -> list[tuple[str, str, int]]:
    """Pairs of organizations that work together, with the offset of the sentence saying so."""
    pairs: dict[frozenset[str], int] = {}
    by_event: dict[str, list[tuple[str, int]]] = {}
    for a, e, pos in organizer_pairs:
        by_event.setdefault(e, []).append((a, pos))
    for hosts in by_event.values():  # co-organizers: the later of the two statements says it
        for (a, pa), (b, pb) in combinations(hosts, 2):
            pairs.setdefault(frozenset((a, b)), max(pa, pb))
    found: list[tuple[str, str, int]] = signed_pairs(doc, refs)
    for sent in sents(doc):
        between = between_pairs(sent, refs)
        found += (between or []) + partnership_pairs(sent, refs) + through_pairs(sent, refs)
        found += joint_pairs(sent, refs)
        low = _lower_text(sent)
        phrase = any(p in low for p in lex.phrases["collaborate"])
        verbs = [t for t in sent if t.lemma_ in lex.verbs["collaborate"] and t.pos_ == "VERB"]
        if not phrase and not verbs:
            continue
        # a phrase ("jointly", "signed a memorandum") pairs the bodies of the sentence, unless
        # "between" says which pairs; a verb ("X collaborates with Y") pairs its subject with
        # its object, and nothing when one is not a body ("states needed to cooperate with
        # INTERPOL")
        orgs = [a for a in refs.referred_in(sent) if refs.table.actors[a].type == "Organization"]
        if not phrase or between is not None:
            orgs = []
        for tok in verbs:
            right = [
                a
                for a in refs.actors_in(_with_object(tok))
                if refs.table.actors[a].type == "Organization"
            ]
            with_pairs = work_with_pairs(tok, refs, right)
            if with_pairs:
                found += with_pairs
                orgs = []
                break
        for a, b in combinations(dict.fromkeys(orgs), 2):
            pairs.setdefault(frozenset((a, b)), sent.start_char)
    for a, b, pos in found:
        if a != b:
            pairs.setdefault(frozenset((a, b)), pos)
    return [(*sorted(p), pos) for p, pos in pairs.items() if len(p) == 2]  # type: ignore[misc]


def endorsements(doc: Doc, refs: Refs, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(source, target, offset) for "X praised / commended / thanked / paid tribute to Y"."""
    out: list[tuple[str, str, int]] = []
    for sent in sents(doc):
        for tok in sent:
            phrase_hit = tok.lemma_ in ("pay", "express") and any(
                p in _lower_text(sent) for p in lex.phrases["endorse"]
            )
            if not (tok.lemma_ in lex.verbs["endorse"] and tok.pos_ == "VERB") and not phrase_hit:
                continue
            source = _praiser(tok, refs)
            deps: tuple[str, ...] = ("dobj", "prep", "dative", "attr")
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
                deps = ("nsubjpass",)  # "the work of X was praised by Y": Y praised X
            objs = [c for c in tok.children if c.dep_ in deps]
            targets: list[str] = []
            for o in objs:
                for t in o.subtree:
                    if t.dep_ == "prep" and t.lower_ == "for" and t.head.i == tok.i:
                        break
                    a = _praised(t, refs)
                    if a and a not in targets:
                        targets.append(a)
            for target in targets:
                if source and target != source:
                    out.append((source, target, sent.start_char))
    return list(dict.fromkeys(out))


_WE = {"we", "our", "us"}
# where a person named in a sentence is not its subject: "In talks with A, he thanked B"
_ADJUNCT = {"prep", "pobj", "advcl", "appos", "npadvmod", "acl", "relcl"}


def _praiser(verb: Token, refs: Refs) -> str | None:
    """Who praises: the subject nearest the verb; a pronoun subject is not someone named in an
    adjunct of the same sentence ("In talks with A, he thanked B": he is not A); "We ...
    commend" of a communique, or a list item with no subject, names no one."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: verb.i - c.i)
    if any(c.lower_ in _WE for c in subjects):
        return None
    if subjects:
        near = subjects[0]
        named = refs.actors_in(near.subtree)
        if named:  # "IOM's Chief of Mission, Ms X, appreciated": the person, not the body
            own = refs.by_token.get(near.i)
            people = [a for a in named if refs.table.actors[a].type == "Person"]
            return own if own in named else (people[0] if people else named[0])
        who = refs.actor_of(near)
        if who and near.lower_ in PRONOUNS and _in_adjunct(verb, who, refs):
            sent = sent_of(verb)
            who = refs.table.last_before(sent.start_char, "Person") if sent.start else None
        if who:
            return who
    if not subjects and verb.i == _first_word(verb):
        return None  # "5. Commend the ACB": an item of a text adopted by all
    subject = refs.subject(verb)
    return subject[0] if subject else refs.speaker(verb)


def _in_adjunct(verb: Token, who: str, refs: Refs) -> bool:
    """Whether ``who`` is named before the verb in its sentence inside an adjunct ("In talks
    with A, ...", "Meeting A, ...") rather than as a subject."""
    for t in sent_of(verb):
        if t.i >= verb.i:
            return False
        if refs.by_token.get(t.i) == who:
            node = t
            while node.i != verb.i and node.head.i != node.i:
                if node.dep_ in _ADJUNCT:
                    return True
                node = node.head
            return False
    return False


def _first_word(verb: Token) -> int:
    """The first word of the verb's sentence, after a list number or bullet."""
    for t in sent_of(verb):
        if t.is_alpha:
            return t.i
    return sent_of(verb).start


def _praised(t: Token, refs: Refs) -> str | None:
    """The actor a token of the praised object names: "the ACB", "the coalition" (the one
    last named), "it" (the body last named). Not a body that only qualifies the noun praised:
    "thanked the UN agencies on the ground" thanks the agencies."""
    a = refs.by_token.get(t.i)
    if a is not None:
        last = t  # the name's last word, and what it hangs on
        while last.head.i != last.i and refs.by_token.get(last.head.i) == a:
            last = last.head
        head = last.head
        if last.dep_ == "compound" and head.pos_ == "NOUN" and head.i not in refs.by_token:
            return None
        return a
    if t.pos_ == "NOUN":
        return refs.actor_of(t)
    if t.lower_ == "it" and t.dep_ == "dobj":  # "hailed it as a new force": the body last named
        return refs.table.last_before(t.idx, "Organization")
    return None
