"""Praise told with a noun or an adjective of thanks: "expressed its gratitude to X", "special
thanks went to X", "was grateful to X"."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.cooperation import cooperation
from kg.extract.lexicon import lexicon
from kg.extract.parsed import sent_of
from kg.extract.praised import aimed_at, clause_free, object_words
from kg.extract.praisers import praiser
from kg.extract.refs import Refs


def grateful_to(adj: Token, refs: Refs) -> list[tuple[str, str, int]]:
    """ "X was grateful to Y": X thanks Y. Said for a body by its official ("he said the Fund
    was grateful to Y"), the one who says it."""
    to = [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.subtree]
    if not to:  # "grateful for the support of Y", "for Y's help": the doer of what is thanked
        to = [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "for"
              for g in clause_free(p)]
    targets = aimed_at(to, refs)
    if not targets:
        return []
    verb = adj.head if adj.dep_ in ("acomp", "amod", "attr") else adj
    source = next(iter(refs.subject(verb)), None)
    said = verb.head if verb.dep_ == "ccomp" and verb.head.lemma_ in lexicon().verbs[
        "speech"] else None
    if said is not None:
        speaker = next(iter(refs.subject(said)), None)
        if speaker and refs.table.actors[speaker].type == "Person":
            source = speaker
    pos = sent_of(adj).start_char
    return [(source, t, pos) for t in dict.fromkeys(targets) if source and t != source]


def thanks_noun(verb: Token) -> Token | None:
    """The noun of thanks a verb gives: "expressed its gratitude", "extended her thanks",
    "paid tribute"; None for any other verb or object."""
    lex = cooperation()
    if verb.lemma_ not in lex.give_thanks or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in lex.thanks), None)


def thanks_given(verb: Token, noun: Token, refs: Refs) -> list[tuple[str, str, int]]:
    """ "X expressed its gratitude to Y for Z": X thanks Y (not Z); "voiced appreciation for
    the work of Y", with no one thanked "to": Y."""
    source = praiser(verb, refs)
    if source is None:
        return []
    preps = [p for h in (noun, verb) for p in h.children
             if p.dep_ in ("prep", "dative") and p.i > noun.i]
    to = [p for p in preps if p.lower_ == "to"]
    # the noun with what hangs on it (a list the parse hung on "tribute"), and "to" on the verb
    # (not its owner: "conveyed the Board's thanks to Y" is the Board's thanks, not to it)
    owner = {u.i for c in noun.children if c.dep_ == "poss" for u in c.subtree}
    words = [t for t in object_words(noun, verb, refs, noun) if t.i not in owner]
    words += [t for p in to if p.head.i == verb.i for t in object_words(p, verb, refs, noun)]
    if not to:  # "appreciation for the work of Y": no one thanked "to", the work's doer
        words += [t for p in preps if p.lower_ == "for" for t in clause_free(p)]
    targets = [a for a in aimed_at(words, refs) if a != source]
    pos = sent_of(verb).start_char
    return [(source, t, pos) for t in targets]


def thanks_went(noun: Token, refs: Refs) -> list[tuple[str, str, int]]:
    """ "Special thanks went to A, X said", "Her thanks go to A": the one who says it (or
    whose thanks they are) thanks A."""
    verb = noun.head
    to = [t for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
          for t in clause_free(p)]
    targets = aimed_at(to, refs)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = (refs.actor_of(owner) if owner is not None else None) or refs.speaker(verb)
    if not targets or source is None:
        return []
    pos = sent_of(noun).start_char
    return [(source, t, pos) for t in targets if t != source]
