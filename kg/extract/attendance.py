"""Who the parse puts at a given gathering: "X presided over the 136th Assembly", "Y joined a
joint meeting of governors", "A, B and C were among those present at the press conference", "Z
spoke at the side event". A person takes part in every gathering a sentence says they attended,
not only in the one their first mention is about (a report with a summit and a press conference
often has the same people at both).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.event_info import EventInfo
from kg.extract.parsed import sents, tokens_among
from kg.extract.refs import Refs

# verbs whose subject is at the gathering their object (or "at"/"over"/"in" object) names
_ATTEND = {"attend", "join", "address", "chair", "co-chair", "cochair", "preside", "open",
           "moderate", "participate", "speak", "present", "lead",
           # "told the meeting before the vote", "told a press briefing that"
           "tell"}
_PREPS = {"at", "over", "in", "to", "during"}
# prepositions that put the subject of any verb at the gathering: "At a press conference, X said",
# "Speaking at the ceremony, X announced", "During the session, Y presented"
_AT = {"at", "during"}
# verbs whose subject holds the gathering named by their object as one taking part in it:
# "X and Y held a joint press conference", "Z gave a news conference" (a body that holds one
# organizes it; people hold it by speaking there)
_HOLD = {"hold", "give", "call"}


def _verb_of(t: Token) -> Token | None:
    """The verb a head word is the object of: "attended the X", "presided over the X", "were
    among those present at the X" (through "present")."""
    if t.dep_ == "dobj":
        return t.head
    if t.dep_ != "pobj" or t.head.lower_ not in _PREPS:
        return None
    node = t.head.head
    for _ in range(4):  # "were among those present at": up to the verb, through "present"
        if node.lower_ == "present" or node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
    if node.lower_ == "present":  # the people present are the subject of the verb above
        while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
            node = node.head
        return node if node.pos_ in ("VERB", "AUX") else None
    return node if node.pos_ == "VERB" else None


def _attends(verb: Token, via_present: bool, head: Token) -> bool:
    if via_present:
        return True
    if verb.lemma_.lower() in _ATTEND:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in _AT and head.head.head.i == verb.i:
        return True  # "At a press conference, X said": whatever X did, X was there
    if head.dep_ == "dobj" and verb.lemma_.lower() in _HOLD:
        return True
    # "took part in the X"
    return verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "part"
                                         for c in verb.children)


def attendees(doc: Doc, refs: Refs, events: list[EventInfo]) -> list[tuple[str, str, int]]:
    """(person, event id, offset of the sentence saying so) for every person a sentence puts
    at an event by a verb of attending whose object is the event's head word."""
    out: list[tuple[str, str, int]] = []
    all_sents = sents(doc)
    for e in events:
        if not 0 <= e.head < len(doc):
            continue
        word = doc[e.head].lower_
        for k in sorted(set(e.mentions)):
            sent = all_sents[k]
            for t in tokens_among(sent, frozenset({word})):
                if t.lower_ != word:
                    continue
                for who in _by_agent(t, refs):  # "held a session, chaired by X"
                    out.append((who, e.event.id, sent.start_char))
                verb = _verb_of(t)
                if verb is None:
                    continue
                via_present = any(a.lower_ == "present" for a in t.ancestors
                                  if a.i > verb.i or a.head == verb)
                if not _attends(verb, via_present, t):
                    continue
                if not refs.subject(verb) and verb.tag_ == "VBG" and verb.dep_ == "advcl":
                    verb = verb.head  # "Speaking at the ceremony, X said": X of the main verb
                for who in refs.subject(verb):
                    if refs.table.actors[who].type == "Person":
                        out.append((who, e.event.id, sent.start_char))
    return list(dict.fromkeys(out))


def _by_agent(head: Token, refs: Refs) -> list[str]:
    """ "the meeting, chaired by X", "held a working session, chaired jointly by X and Y": the
    people a passive verb of attending (chaired, opened, moderated) says were at the gathering,
    hung on its head or on the verb that holds it."""
    holders = [head] + ([head.head] if head.dep_ == "dobj" else [])
    out: list[str] = []
    for h in holders:
        for c in h.children:
            if c.dep_ not in ("acl", "advcl") or c.tag_ != "VBN" or c.lemma_.lower() not in _ATTEND:
                continue
            for g in c.children:
                if g.dep_ == "agent":
                    out += [a for a in refs.actors_in(g.subtree)
                            if refs.table.actors[a].type == "Person"]
    return out
