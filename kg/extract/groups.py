"""Who an unnamed group stands for, and who reports a clause: rules over the report's named
actors for "Three observer missions asked ...", "They stressed ..." (after "The delegations
met"), "Both countries, they said, continue to call for ...".

- A plural noun with no name in it ("the missions", "three missions", "the delegations") stands
  for the actors named in a nearby sentence that uses the same noun ("The missions were those
  of A, B and C"): before it, or after it when it opens the story ("Three missions ..." with a
  number, or no "the"). A count must fit.
- "the delegations", "both sides" stand for the people who head or represent them ("India's
  delegation was headed by A together with B. Australia was represented by C and D").
- "they" stands for the plural subject of the sentence before.
- The reporter of a clause is the subject of the reporting verb above it ("X said the observers
  were asking ...") or beside it (", they said,").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.lexicon import lexicon
from kg.extract.parsed import sent_index, sent_of, sents

if TYPE_CHECKING:
    from kg.extract.refs import Refs

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
_LED = {"head", "lead", "represent"}  # "was headed by", "was represented by", "led by"
_HEADED_GROUPS = {"delegation", "side"}  # stand for the people heading them


def _size(tok: Token) -> int | None:
    for c in tok.children:
        if c.dep_ in ("nummod", "det", "predet") and c.lower_ in _NUMBERS:
            return _NUMBERS[c.lower_]
        if c.dep_ == "nummod" and c.text.isdigit():
            return int(c.text)
    return None


def resolved(tok: Token, refs: Refs) -> bool:
    """Does a subject already stand for actors through names, titles or coordinated groups?"""
    return bool(refs.actors_in(tok.subtree) or refs.group_of(tok) or refs.actor_of(tok))


def members(tok: Token, refs: Refs) -> list[str]:
    """The actors an unnamed plural subject stands for (see the module's notes); [] if none."""
    if tok.lower_ == "they":
        before = _plural_subject_before(tok)
        if before is None:
            return _people_before_verb(tok, refs)
        tok = before
    if tok.tag_ != "NNS" or tok.dep_ == "nsubjpass" or resolved(tok, refs):
        return []  # "the funds will be used": a passive's subject does nothing
    lemma, size = tok.lemma_.lower(), _size(tok)
    if not _kinds(lemma):
        return []  # "the funds", "the results": no group of actors
    if lemma in _HEADED_GROUPS:
        heads = _heads(tok, refs)
        if len(heads) >= 2 and size in (None, len(heads)):
            return heads
    k = sent_index(tok.doc)[tok.i]
    all_sents = sents(tok.doc)
    opening = size is not None or not any(c.lower_ == "the" for c in tok.children)
    order = [k + 1, k + 2, k - 1, k - 2] if opening else [k - 1, k - 2, k - 3, k + 1]
    for j in order:
        if not 0 <= j < len(all_sents):
            continue
        s = all_sents[j]
        if not any(t.lemma_.lower() == lemma and t.i != tok.i for t in s):
            continue
        named = refs.actors_in(s)
        for kind in _kinds(lemma):
            group = [a for a in named if refs.table.actors[a].type == kind]
            # a count bounds the group: "three missions" are not four (one may go unnamed)
            if len(group) >= 2 and (size is None or len(group) <= size):
                return group
    return []


def _kinds(lemma: str) -> tuple[str, ...]:
    """The kinds of actor a group noun can stand for: bodies ("missions", "agencies"), people
    ("ministers", "leaders"), or either ("sides", "parties")."""
    words = lexicon().verbs
    if lemma in words.get("group_bodies", frozenset()):
        return ("Organization",)
    if lemma in words.get("group_people", frozenset()) or lemma in lexicon().title_words:
        return ("Person",)
    if lemma in words["agent_nouns"]:
        return ("Organization", "Person")
    return ()


def _plural_subject_before(tok: Token) -> Token | None:
    """The plural subject "they" takes up: of the sentence before."""
    k = sent_index(tok.doc)[tok.i]
    if k == 0:
        return None
    root = sents(tok.doc)[k - 1].root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.tag_ == "NNS" else None


def _people_before_verb(tok: Token, refs: Refs) -> list[str]:
    """ "they" after "A, of X, and B, of Y, said ...": the people the sentence before names
    ahead of its main verb (its subject, however the parse cut it), when two or more."""
    k = sent_index(tok.doc)[tok.i]
    if k == 0:
        return []
    s = sents(tok.doc)[k - 1]
    named = refs.actors_in(tok.doc[s.start : s.root.i])
    people = [a for a in named if refs.table.actors[a].type == "Person"]
    return people if len(people) >= 2 else []


def _heads(tok: Token, refs: Refs) -> list[str]:
    """People the report says head, lead or represent a party before ``tok``: "was headed by
    A together with B", "was represented by C and D"."""
    out: list[str] = []
    for t in tok.doc[: tok.i]:
        if t.lemma_ not in _LED or t.pos_ != "VERB":
            continue
        agent = [c for c in t.children if c.dep_ == "agent"]
        if not agent:
            continue
        for a in refs.actors_in(x for c in agent + [c for c in t.children if c.dep_ == "prep"]
                                for x in c.subtree):
            if refs.table.actors[a].type == "Person" and a not in out:
                out.append(a)
    return out


def reporters(verb: Token, refs: Refs) -> list[str]:
    """Who reports the verb's clause: the subject of a reporting verb above it ("X said the
    observers were asking ...") or beside it ("Both countries, they said, continue to ...")."""
    speech = lexicon().verbs["speech"]
    tok = verb
    for _ in range(3):
        for c in tok.children:
            if c.dep_ == "parataxis" and c.lemma_ in speech:
                found = _speaker_of(c, refs)
                if found:
                    return found
        if tok.dep_ == "ccomp" and tok.head.lemma_ in speech:
            return _speaker_of(tok.head, refs)
        if tok.dep_ not in ("conj", "xcomp") or tok.head.i == tok.i:
            break
        tok = tok.head
    for t in sent_of(verb):  # ", he said," set off anywhere in the sentence
        if t.dep_ == "parataxis" and t.lemma_ in speech and t.i > t.head.i:
            found = _speaker_of(t, refs)
            if found:
                return found
    return []


def _speaker_of(say: Token, refs: Refs) -> list[str]:
    """The one who says (the first actor of a subject "A, head of B"), or the group that does
    ("they", "A and B")."""
    subj = next((c for c in say.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return []
    named = refs.subject(say)
    plural = subj.lower_ == "they" or any(c.dep_ == "conj" for c in subj.children)
    return (named if plural else named[:1]) or members(subj, refs)
