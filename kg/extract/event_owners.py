"""Whose gathering it is: "the Union's 136th Assembly", "the 54th meeting of the X Cluster", "The
45th Meeting of the Conference of Heads of Government". A gathering that belongs to a body is
held by it (GUIDE: "the Forum held its 9th meeting" -> organizer), and its name says whose it is.

Also the heads that name a gathering only as an edition ("the 136th Assembly", not "the National
Assembly"), and "the first X ever held by Y", which is this X rather than an earlier one.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.refs import Refs
from kg.names import is_acronym

_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)",
    re.I,
)


def is_ordinal(tok: Token) -> bool:
    """ "136th", "Forty-Fifth", "tenth"."""
    return _ORDINAL.fullmatch(tok.text) is not None


def numbered(name: str) -> bool:
    """ "67th session of the X", "Seventh meeting": a name holding an ordinal."""
    return any(_ORDINAL.fullmatch(w) for w in re.findall(r"[\w-]+", name))


def has_edition(tok: Token, run: Span | None) -> bool:
    """Whether the head is numbered as an edition: an ordinal before it ("the 136th Assembly",
    "the Forty-Fifth Regular Meeting")."""
    before = list(run) if run is not None and len(run) > 1 else list(tok.lefts)
    if any(is_ordinal(t) or t.lower_ in _YEARLY for t in before if t.i < tok.i):
        return True  # ("the division's annual assembly": one sitting of a yearly series)
    if held_own(tok) is not None:
        return True  # "the Union held its assembly": a sitting the body held
    if _sitting(tok):
        return True
    # "the 136th" as a compound the parser split: look at the words right before the head
    return any(is_ordinal(t) for t in tok.doc[max(0, tok.i - 3) : tok.i])


def _sitting(tok: Token) -> bool:
    """ "The General Assembly was held on ...", "at the federation's General Assembly": a
    head a sentence says was held, or one a body owns that people are at, is a sitting (a body
    is not held, and "at the National Assembly" is where it sits)."""
    if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in ("hold", "convene", "open"):
        return True
    owned = any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.lefts)
    return owned and tok.dep_ == "pobj" and tok.head.lower_ in ("at", "during")


_YEARLY = {"annual", "biennial", "triennial"}
# verbs whose subject holds the gathering their object names: "the Board held its 41st meeting"
_HOLDS_OWN = {"hold", "convene", "host", "organize", "organise", "stage", "open", "conclude",
              "end", "close"}


def held_own(tok: Token) -> Token | None:
    """ "The Board held its 41st meeting", "the delegates ended their annual assembly": the
    subject of the verb whose object is the head with "its"/"their" before it (the body or
    people whose gathering it is), else None."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _HOLDS_OWN:
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.lefts):
        return None
    return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)


def first_ever(tok: Token) -> bool:
    """ "the first IPU Assembly ever hosted by ...": a superlative of this gathering, not an
    earlier edition of it."""
    doc = tok.doc
    return any(t.lower_ == "ever" for t in doc[tok.i + 1 : min(len(doc), tok.i + 3)])


def _org(refs: Refs, tok: Token) -> str | None:
    key = refs.by_token.get(tok.i)
    if key is not None and refs.table.actors[key].type == "Organization":
        return key
    return None


def owner(tok: Token, run: Span | None, refs: Refs) -> tuple[str | None, bool]:
    """The body whose gathering the head names, and whether its name is said only by the
    possessive (so the event's name should say it): "the Union's Assembly" -> (Union, True);
    "the meeting of the Council", "the 45th Meeting of the Conference of X" -> (body, False)."""
    for c in tok.lefts:
        if c.dep_ == "poss":
            for t in c.subtree:
                key = _org(refs, t)
                if key is not None:
                    return key, True
    subject = held_own(tok)
    if subject is not None:  # "the Board of X held its 41st meeting": the Board's meeting
        key = _org(refs, subject)  # (the body itself, not "ministers of the Union")
        if key is not None:
            return key, True
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            key = _org(refs, obj) if obj is not None else None
            if key is not None:
                return key, False
    if run is not None and len(run) > 1:  # "The 45th Meeting of the Conference of X": in the name
        of = next((t.i for t in run if t.lower_ == "of" and t.i > tok.i), None)
        if of is not None:
            for t in tok.doc[of + 1 : run.end]:
                key = _org(refs, t)
                if key is not None:
                    return key, False
    return None, False


def owned_name(name: str, key: str, refs: Refs) -> str:
    """ "136th Assembly" of the Union -> "136th Assembly of the Inter-Parliamentary Union"."""
    actor = refs.table.actors[key]
    if any(n in name for n in actor.names):
        return name
    # ("their sixth summit" of the Bay of Bengal Initiative ... (BIMSTEC) -> "sixth summit of the
    # BIMSTEC": a reader names a body's sitting by the short name the report gave the body)
    short = next((n for n in actor.names if is_acronym(n)), actor.name)
    return f"{name} of the {short}"


# verbs that say who held a gathering (GUIDE: organized, hosted, convened, co-organized)
_HOLD = {"host", "cohost", "organize", "organise", "convene", "co-host", "co-organize",
         "co-organise"}
_HELD = {"hosted", "organized", "organised", "convened", "cohosted"}
_RELATIVE = {"who", "which", "that"}


def told_hosts(head: Token, refs: Refs) -> list[str]:
    """Who the sentence says held the gathering the head names, people included: "President
    X hosted a state banquet", "Macron, who hosted the pledging conference", "the summit,
    co-hosted by A and B", "the government, which is hosting the summit together with the
    Union"."""
    out: list[str] = []
    verb = head.head if head.dep_ == "dobj" else None
    if head.dep_ == "pobj" and head.head.lower_ == "for" and head.head.head.pos_ == "VERB" and (
            head.head.head.lemma_.lower() == "host"):
        verb = head.head.head  # "the Directorate-General hosted us for a second meeting"
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _HOLD:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            # the relative pronoun stands for the noun the clause hangs on, and for no one
            # named inside it ("the government of President X, which is hosting": not X)
            # ("which" stands for a thing or a body, "who" for a person)
            a = refs.by_token.get(verb.head.i) or refs.actor_of(verb.head)
            person = a is not None and refs.table.actors[a].type == "Person"
            if a and (person == (subj.lower_ == "who")) and (
                verb.head.i in refs.by_token or not person
            ):
                out.append(a)
        else:
            out += refs.subject(verb)
        for c in verb.children:  # "hosting the summit together with the African Union"
            for p in [c, *c.children] if c.lower_ == "together" else [c]:
                if p.dep_ == "prep" and p.lower_ == "with":
                    out += refs.actors_in(p.subtree)
    if head.dep_ == "dobj" and head.head.lemma_.lower() in ("hold", "convene", "stage"):
        for c in head.head.children:  # "X held its assembly in Y, hosted by A"
            if c.dep_ == "advcl" and (c.lemma_.lower() in _HOLD or c.lower_ in _HELD):
                out += [a for g in c.children if g.dep_ == "agent"
                        for a in refs.actors_in(g.subtree)]
    for c in head.children:  # "the summit, co-hosted by A, B and C"
        # (the tagger can take "co-hosted" for an adjective: its lemma stays "hosted")
        if c.dep_ == "acl" and (c.lemma_.lower() in _HOLD or c.lower_ in _HELD):
            named = [a for g in c.children if g.dep_ == "agent" for a in refs.actors_in(g.subtree)]
            out += named
            doc = head.doc
            if not named and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "by":
                # the parser hung the hosts on the head ("co-hosted by the President of X, Y,
                # the Z Commission and W"): read them up to the clause's verb
                end = head.head.i if head.head.i > c.i else head.right_edge.i + 1
                out += refs.actors_in(doc[c.i + 2 : end])
    return list(dict.fromkeys(out))
