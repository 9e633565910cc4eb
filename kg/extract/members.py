"""References that :mod:`kg.extract.refs` leaves open, read for relations between actors.

- "the Heads of Government", "Participants" -> the body they make up: the organization named
  after them ("Conference of Heads of Government of ..."), else the body the report says met;
- "the Philippine government" -> the government of the Philippines, not the last government
  named (a qualifier that fits no actor names none);
- "the Amir" -> the person named in apposition to that title earlier ("the Amir of Kuwait,
  Sheikh X").
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from kg.extract.cooperation import cooperation
from kg.extract.meetings import gathered_body
from kg.extract.parsed import sent_index
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
        return gathered_body(refs, tok.doc, range(k, -1, -1))
    return None


def _stem_fits(modifier: str, word: str) -> bool:
    """ "Philippine" / "Philippines", "Kenyan" / "Kenya", "Sri Lankan" / "Lanka"."""
    m, w = modifier.lower(), word.lower()
    return len(m) >= 4 and len(w) >= 4 and (w.startswith(m[:-1]) or m.startswith(w))


def qualified_ref(tok: Token, refs: Refs) -> str | None | Literal[False]:
    """ "the Philippine government": the organization last named before it with the noun and
    the qualifier in its name; None when none fits (not the last government named); False
    when the noun has no capitalized qualifier."""
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
            and c.i not in refs.by_token]
    if not mods:
        return False
    head = tok.lower_

    def fits(actor) -> bool:
        words = actor.name.split()
        return head in (w.lower() for w in words) and all(
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
