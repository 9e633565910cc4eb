"""How an organizing verb names who organized a gathering (for relations.organizers): its
subject even when the parse lost it ("A (AA) and B co-organised"), its fellow organizers
("together with B"), and the verbs that name no organizer of a gathering told (one asked for or
yet to come, a programme launched, "at the invitation of")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.cowork import members
from kg.extract.event_info import EventInfo
from kg.extract.lexicon import Lexicon
from kg.extract.refs import Refs
from kg.extract.wordfind import stands_as_word


def named_in(name: str, refs: Refs) -> set[str]:
    """The bodies whose name (or short name) a gathering's name holds: "91st meeting of the
    Interstate Commission ...", "32nd Meeting of the MRC Council"."""
    low = f" {name.lower()} "
    out = set()
    for a, actor in refs.table.actors.items():
        names = [actor.name, *getattr(actor, "aliases", ())]
        if actor.type == "Organization" and any(
                n and stands_as_word(low, n.lower()) for n in names):  # (no regex per name)
            out.add(a)
    return out


# verbs whose "to" + organizing verb tells a gathering yet to be held, by others: "asked A and B
# to hold a follow-up workshop", "agreed to host the next meeting", "offered to convene"
_NOT_YET = {"invite", "offer", "agree", "decide", "plan", "propose", "hope", "intend", "want",
            "encourage", "request", "ask", "urge", "call"}


def asked(verb: Token, lex: Lexicon) -> bool:
    """Whether an organizing verb is an infinitive that tells no gathering held: one asked for,
    offered or agreed to ("asked A and B to hold a workshop"; the parse may leave "to hold"
    with no verb above it). A purpose keeps it ("A and B joined forces to organize it")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    by_others = head.lemma_ in _NOT_YET or head.lemma_ in lex.verbs["call"] or \
        head.lemma_ in lex.verbs["call_to"]
    return verb.dep_ != "advcl" or by_others
def yet_to_come(verb: Token) -> bool:
    """ "TCRA would host the next meeting", "A and B will jointly organize a course in 2026": a
    gathering yet to be held, not one the report tells."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
               for c in verb.children)


# organizing verbs that as often bring about a programme, a fund or a scheme as a gathering:
# "jointly launched the Global Shield", "the programme is run jointly by A and B"
_NOT_ONLY_GATHERINGS = {"launch", "run", "sponsor"}


def of_a_gathering(verb: Token, lex: Lexicon, events: list[EventInfo], ev: EventInfo) -> bool:
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


def means(prep: Token, refs: Refs) -> bool:
    """ "with funding from C", "with the support of C", "under the auspices of C": a
    preposition whose object is a means, not a body (nor "with B", "with B as partner")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("with", "under") or prep.i in refs.by_token:
        return False
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.i not in refs.by_token for g in objs)


def co_organizers(verb: Token, refs: Refs) -> list[str]:
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


def unparsed_subject(verb: Token, refs: Refs, some: bool) -> list[str]:
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


def only_of_a_noun(actor: str, verb: Token, refs: Refs) -> bool:
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


def in_relative_clauses(verb: Token, refs: Refs) -> set[str]:
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
                if node.dep_ == "conj" and node.pos_ in ("NOUN", "PROPN") and (
                        node.head.dep_ in ("relcl", "acl")):
                    break  # "A, which B leads, and C": C joins A, not the clause's verb
                if node.dep_ in ("relcl", "acl"):
                    rel = True
                    break
                node = node.head
            (inside if rel else outside).add(a)
    return inside - outside
