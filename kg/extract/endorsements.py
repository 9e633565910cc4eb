"""Who praised whom: "X praised / commended / thanked / paid tribute to Y"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import lower_text, sent_of, sents
from kg.extract.refs import PRONOUNS, Refs


def endorsements(doc: Doc, refs: Refs, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(source, target, offset) for "X praised / commended / thanked / paid tribute to Y"."""
    out: list[tuple[str, str, int]] = []
    for sent in sents(doc):
        for tok in sent:
            phrase_hit = tok.lemma_ in ("pay", "express") and any(
                p in lower_text(sent) for p in lex.phrases["endorse"]
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
