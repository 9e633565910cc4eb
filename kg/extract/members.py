"""References that :mod:`kg.extract.refs` leaves open, read for relations between actors.

- "the Heads of Government", "Participants" -> the body they make up: the organization named
  after them ("Conference of Heads of Government of ..."), else the body the report says met;
- "the Philippine government" -> the government of the Philippines, not the last government
  named (a qualifier that fits no actor names none);
- "the Amir" -> the person named in apposition to that title earlier ("the Amir of Kuwait,
  Sheikh X");
- "we", "our" in a report an organization writes of itself -> that organization, when the
  report says "our network" (or "our association" ...) and one body's name holds that noun;
- "both ports", "the three regulators" -> the bodies (or, for "both ministers", the people)
  last named together, just that many.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Literal

from spacy.tokens import Token

from kg.extract.cooperation import cooperation
from kg.extract.cowork import members
from kg.extract.lexicon import lexicon
from kg.extract.meetings import gathered_body
from kg.extract.parsed import sent_index, sents
from kg.extract.refs import Refs


def _phrase(tok: Token) -> str:
    """ "the Heads of Government" -> "heads of government": the noun with its modifiers and an
    "of" complement, without determiners."""
    words = [c for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok]
    for p in tok.rights:
        if p.dep_ == "prep" and p.lower_ == "of":
            words += [g for g in p.subtree if g.dep_ != "det"]
            break
    return " ".join(w.lower_ for w in sorted(words, key=lambda w: w.i))


def members_body(tok: Token, refs: Refs) -> str | None:
    """The body a plural noun of members stands for, or None."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.i in refs.by_token:
        return None
    phrase = _phrase(tok)
    if len(phrase.split()) >= 2:
        bodies = [a.id for a in refs.table.actors.values() if a.type == "Organization"
                  and f" {phrase} " in f" {a.name.lower()} "]
        if len(bodies) == 1:
            return bodies[0]
    if tok.lemma_.lower() in cooperation().members:
        k = sent_index(tok.doc)[tok.i]
        # the body named as the one whose sitting it is, before one a verb says gathered them
        # (the host of "It was hosted by X" is not the body that met)
        return _body_whose_meeting(tok, refs) or gathered_body(refs, tok.doc, range(k, -1, -1),
                                                                  hosts=False)
    return None


# the nouns of a body's own gathering: "the Annual Meeting of the X Network was held"
_SITTINGS = {"meeting", "session", "assembly", "conference", "congress", "summit", "forum",
             "plenary", "retreat"}


def _body_whose_meeting(tok: Token, refs: Refs) -> str | None:
    """ "Members thanked X" in the minutes of "the Annual Meeting of the Y Network" (or "Y's
    annual meeting"): Y, the body whose own sitting the report told of first, when the first
    such sitting named before the members is of one organization."""
    for t in tok.doc[: tok.i]:
        if t.lemma_.lower() not in _SITTINGS or t.pos_ not in ("NOUN", "PROPN"):
            continue
        owners = [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
        owners += [c for c in t.children if c.dep_ == "poss"]
        bodies = [a for g in owners if (a := refs.by_token.get(g.i))
                  and refs.table.actors[a].type == "Organization"]
        if bodies:
            return bodies[0]
    return None


def _stem_fits(modifier: str, word: str) -> bool:
    """ "Philippine" / "Philippines", "Kenyan" / "Kenya", "Sri Lankan" / "Lanka", and an
    adjective written in another language ("Togolese" / "Togolaise")."""
    m, w = _folded(modifier), _folded(word)
    return len(m) >= 4 and len(w) >= 4 and (
        w.startswith(m[:-1]) or m.startswith(w) or len(_bare(m)) >= 4 and _bare(m) == _bare(w))


def _folded(word: str) -> str:
    """Lowercased, without accents ("Fédération" -> "federation")."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower())
                   if not unicodedata.combining(c))


# endings of adjectives of a place, in English and French: "Togol-ese", "Togol-aise"
_PLACE_ENDINGS = ("aise", "ais", "ese", "ian", "ien", "ienne", "an", "ane", "ish", "ic", "i")


def _bare(word: str) -> str:
    return next((word[: -len(e)] for e in sorted(_PLACE_ENDINGS, key=len, reverse=True)
                 if word.endswith(e)), word)


def qualified_ref(tok: Token, refs: Refs) -> str | None | Literal[False]:
    """ "the Philippine government": the organization last named before it with the noun and
    the qualifier in its name; None when none fits (not the last government named); False
    when the noun has no capitalized qualifier."""
    # "the Philippine government", and "Colombia's government" (a place, no actor, as owner)
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "poss")
            and c.text[:1].isupper() and c.i not in refs.by_token]
    if not mods:
        return False
    head = tok.lower_

    def fits(actor) -> bool:
        words = actor.name.split()
        return _folded(head) in (_folded(w) for w in words) and all(
            any(_stem_fits(m.text, w) for w in words) for m in mods)

    return refs.table.last_before(tok.idx, "Organization", fits)


def titled_person(tok: Token, refs: Refs) -> str | None:
    """ "the Amir": the person last named beside the same title word ("the Amir of Kuwait,
    Sheikh X", "Amir Sheikh X")."""
    for k in range(tok.i - 1, -1, -1):
        u = tok.doc[k]
        if u.lower_ != tok.lower_ or u.i in refs.by_token:
            continue
        near = [c for c in u.children if c.dep_ == "appos"]
        near += [u.head] if u.dep_ in ("appos", "compound") else []
        for n in near:
            a = refs.by_token.get(n.i)
            if a and refs.table.actors[a].type == "Person":
                return a
    return None


# "both ports", "the three regulators": how many a counted plural stands for
_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def counted_group(tok: Token, refs: Refs, listed: Sequence[list[str]] = ()) -> list[str]:
    """The actors a counted plural stands for ("praised both ports", "commended the three
    regulators"): the last ones of its kind named together (in a list, in this sentence or
    the three before), else the last of ``listed`` (groups told apart, such as the parties of
    a signing) just that many; none when no group has that size."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.i in refs.by_token or \
            tok.lemma_.lower() in cooperation().crews:
        return []
    size = next((_COUNTED[c.lower_] for c in tok.children
                 if c.dep_ in ("det", "nummod", "predet") and c.lower_ in _COUNTED), None)
    if size is None:
        return []
    people = tok.lemma_.lower() in lexicon().verbs.get("group_people", frozenset())
    kind = "Person" if people else "Organization"
    k = sent_index(tok.doc)[tok.i]
    all_sents = sents(tok.doc)
    for j in range(k, max(-1, k - 4), -1):
        end = tok.i if j == k else all_sents[j].end
        for t in reversed(tok.doc[all_sents[j].start : end]):
            if t.i not in refs.by_token or t.dep_ == "conj":
                continue
            group = [a for a in members(t, refs) if refs.table.actors[a].type == kind]
            if len(group) == size:
                return group
    for group in reversed(list(listed)):
        group = [a for a in group if refs.table.actors[a].type == kind]
        if len(group) == size:
            return group
    return []


_WE = {"we", "us", "our", "ours"}


def we_body(tok: Token, refs: Refs) -> str | None:
    """The organization "we" stand for in a report written in its name ("We organized our side
    event ...", "We want to thank ..."): the one body whose name holds a noun the report puts
    after "our" ("our network", "our association"); None in any other report (a communique's
    "We, the Heads of State" speaks for no one body)."""
    if tok.lower_ not in _WE:
        return None
    found: set[str] = set()
    for t in tok.doc:
        if t.lower_ != "our" or t.dep_ != "poss" or t.head.pos_ != "NOUN":
            continue
        word = t.head.lower_
        bodies = {a.id for a in refs.table.actors.values() if a.type == "Organization"
                  and word in (w.lower() for w in a.name.split())}
        if len(bodies) == 1:
            found |= bodies
    return found.pop() if len(found) == 1 else None
