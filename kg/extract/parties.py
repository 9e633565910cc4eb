"""The bodies a counted group stands for when the report never names them together: "the
five universities" whose heads signed one by one, or the bodies of that kind named just before
("Universiti X", "Y University")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.parsed import sents

if TYPE_CHECKING:
    from kg.extract.refs import Refs


def of_kind(refs: Refs, tok: Token, k: int, size: int) -> list[str]:
    """ "the five universities" never named together: the bodies named in this sentence or
    the three before whose names hold the noun ("Universiti", "University" for
    "universities"), when just that many."""
    stem = tok.lemma_.lower()[:6]
    all_sents = sents(refs.doc)
    start = all_sents[max(0, k - 3)].start
    found = [a for a in refs.actors_in(refs.doc[start : tok.i])
             if refs.table.actors[a].type == "Organization"
             and any(w.lower().startswith(stem) for w in refs.table.actors[a].name.split())]
    return found if len(found) == size else []


def signed_for(refs: Refs, k: int, size: int) -> list[str]:
    """ "The agreement was signed by A, rector of X; B, president of Y; ... Under it, the
    five universities will ...": the bodies the signers of the last agreement signed in
    sentence ``k`` or the three before hold posts in, when just that many."""
    all_sents = sents(refs.doc)
    for j in range(k, max(-1, k - 4), -1):
        for verb in all_sents[j]:
            if verb.lemma_ != "sign" or verb.pos_ != "VERB":
                continue
            signers = refs.subject(verb) or refs.actors_in(
                t for c in verb.children if c.dep_ == "agent" for t in c.subtree)
            bodies: list[str] = []
            for a in signers:
                held = [o for o, people in refs.posts_at.items() if a in people]
                if refs.table.actors[a].type == "Organization":
                    held = [a]
                bodies += [o for o in held[:1] if o not in bodies]
            if len(bodies) == size:
                return bodies
    return []
