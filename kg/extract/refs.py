"""Who a stretch of text is about: actors named in it, pronouns and definite references resolved.

"he", "she" -> the person last named before; "the minister", "the ambassador" -> the person last
named with such a title; "the agency", "the embassy" -> the organization last named with that
head word; "According to X", "For X," and the subject of a reporting verb name the speaker.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorTable
from kg.extract.parsed import sent_of
from kg.model import Post

PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
ORG_PRONOUNS = {"it", "its"}


class Refs:
    """Resolves tokens of one report to the actors they stand for."""

    def __init__(self, doc: Doc, table: ActorTable, posts: list[Post]) -> None:
        self.doc, self.table = doc, table
        self.by_token: dict[int, str] = {}
        for m in table.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and m.actor:
                for t in span:
                    self.by_token[t.i] = m.actor
        self.titles: dict[str, str] = {}
        for p in posts:
            self.titles[p.person] = (self.titles.get(p.person, "") + " " + p.title).lower()

    def actor_of(self, tok: Token) -> str | None:
        """The actor a single token stands for, through names, pronouns or definite references."""
        if tok.i in self.by_token:
            return self.by_token[tok.i]
        low = tok.lower_
        if low in PRONOUNS:
            return self.table.last_before(tok.idx, "Person")
        if tok.pos_ == "NOUN" and any(c.lower_ == "the" for c in tok.lefts):
            person = self.table.last_before(
                tok.idx, "Person", lambda a: low in self.titles.get(a.id, "")
            )
            if person:
                return person
            return self.table.last_before(
                tok.idx,
                "Organization",
                lambda a: (
                    low in a.name.lower().split()
                    or low in {x.lower() for x in (a.subtype or "").split()}
                ),
            )
        return None

    def referred_in(self, tokens) -> list[str]:
        """Actors named in the tokens or referred to by a definite description ("the
        coalition"), in order, each once."""
        out: list[str] = []
        for t in tokens:
            a = self.by_token.get(t.i) or (self.actor_of(t) if t.pos_ == "NOUN" else None)
            if a and a not in out:
                out.append(a)
        return out

    def actors_in(self, tokens) -> list[str]:
        """Actors named in the tokens, in order, each once."""
        out: list[str] = []
        for t in tokens:
            a = self.by_token.get(t.i)
            if a and a not in out:
                out.append(a)
        return out

    def subject(self, verb: Token) -> list[str]:
        """The actors doing what the verb says: its subject, or the agent of a passive."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) > 1:  # a misparsed dateline can be a second subject
            subjects = [c for c in subjects if self.actors_in(c.subtree)] or subjects
        for c in subjects + [c for c in verb.children if c.dep_ == "agent"]:
            if c.dep_ in ("nsubj",):
                named = self.actors_in(c.subtree)
                # "UN Secretary-General Ban Ki-moon": the person, not the body named first
                if named:
                    own = self.by_token.get(c.i)
                    people = [a for a in named if self.table.actors[a].type == "Person"]
                    first = own if own in named else (people[0] if people else named[0])
                    return [first, *[a for a in named if a != first]]
                who = self.actor_of(c)
                if who is None and c.lower_ == "who" and verb.dep_ == "relcl":
                    # "X, chairperson of Y, who commended": "who" is the person named before
                    who = self.table.last_before(c.idx, "Person")
                elif who is None and c.lower_ in ("which", "that") and verb.dep_ == "relcl":
                    who = self._antecedent(verb.head)
                return [who] if who else []
            if c.dep_ == "agent":
                return self.actors_in(c.subtree)
        return []

    def _antecedent(self, tok: Token) -> str | None:
        """The actor a relative clause hangs on, through appositions ("X, the chair of Y")."""
        for _ in range(3):
            if tok.i in self.by_token:
                return self.by_token[tok.i]
            if tok.dep_ != "appos" or tok.head.i == tok.i:
                return None
            tok = tok.head
        return None

    def speaker(self, verb: Token) -> str | None:
        """Who says what the verb's clause says: climbing the reporting verbs, then the
        sentence's "According to X" / "For X" / "In his view", then the last person named."""
        tok: Token | None = verb
        while tok is not None:
            subj = self.subject(tok)
            if subj:
                return subj[0]
            tok = tok.head if tok.head.i != tok.i else None
        sent = sent_of(verb)
        for t in sent:
            if t.lower_ in ("according", "for") and t.i + 1 < len(self.doc):
                nxt = [c for c in t.children if c.dep_ in ("prep", "pobj")]
                for n in nxt:
                    named = self.actors_in(n.subtree)
                    if named:
                        return named[0]
                    ref = self.actor_of(n) or next(
                        (self.actor_of(x) for x in n.subtree if self.actor_of(x)), None
                    )
                    if ref:
                        return ref
        return self.table.last_before(sent.start_char + 1, "Person") or self.table.last_before(
            sent.end_char, "Person"
        )
