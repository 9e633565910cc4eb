"""Who praised whom: "X praised / commended / thanked / paid tribute to Y"; the shapes told
with a noun or adjective of thanks are in :mod:`kg.extract.thanks`, who praises in
:mod:`kg.extract.praisers`, whom in :mod:`kg.extract.praised`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.cooperation import cooperation
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import lower_text, sents, tokens_among
from kg.extract.praised import aimed_at, antecedent, object_words
from kg.extract.praisers import praisers
from kg.extract.refs import Refs
from kg.extract.thanks import grateful_to, thanks_given, thanks_noun, thanks_went


def endorsements(doc: Doc, refs: Refs, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(source, target, offset) for "X praised / commended / thanked / paid tribute to Y", and
    "X was grateful to Y"."""
    out: list[tuple[str, str, int]] = []
    coop = cooperation()
    grateful = coop.grateful
    # the words the tests below can open (a superset: they still decide), so that the
    # sentence is not read token by token
    opening = frozenset(
        w.lower() for w in (*coop.thanks, *coop.give_thanks, *lex.verbs["endorse"], "pay",
                            "express")
    )
    for sent in sents(doc):
        for tok in tokens_among(sent, grateful, opening):
            if tok.lower_ in grateful and tok.pos_ == "ADJ":
                out += grateful_to(tok, refs)
                continue
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in cooperation().thanks and \
                    tok.pos_ == "NOUN":
                out += thanks_went(tok, refs)
                continue
            given = thanks_noun(tok)
            if given is not None:
                out += thanks_given(tok, given, refs)
                continue
            phrase_hit = tok.lemma_ in ("pay", "express") and any(
                p in lower_text(sent) for p in lex.phrases["endorse"]
            )
            if not (tok.lemma_ in lex.verbs["endorse"] and tok.pos_ == "VERB") and not phrase_hit:
                continue
            sources = praisers(tok, refs)
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            # "the work of X was praised by Y": Y praised X; else what follows the verb ("In
            # talks with A, he thanked B": not A, a circumstance before the verb)
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"] if passive else [
                c for c in tok.children if (c.dep_ in ("dobj", "prep", "dative", "attr")
                                            or c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"))
                and c.i > tok.i and c.lower_ not in _CIRCUMSTANCES
            ]  # a noun in conjunction with the verb: "thanked A for X, and B for Y"
            # "thanked the donors, among them A and B": a list the parse hangs on the verb apart
            # (or on "want" of "we want to thank A, and especially B")
            loose = [*tok.children, *(tok.head.children if tok.dep_ == "xcomp" else [])]
            objs += [c for c in loose if c.dep_ in ("dep", "appos", "npadvmod")
                     and c.i > tok.i and c.pos_ == "PROPN" and not passive
                     and any(w.lower_ in _LISTED for w in c.subtree if w.i < c.i)]
            # "commend its director, Mr X, for ...": the name in apposition to a title the
            # parse hung on the verb instead
            objs += [c for c in tok.children if c.dep_ in ("dep", "appos", "npadvmod")
                     and c.i > tok.i and not passive and _titled_name(c, tok, refs)]
            if tok.dep_ == "xcomp" and not passive:  # "We want to thank A for X, and B for Y"
                objs += [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i
                         and c.pos_ in ("PROPN", "NOUN")]
            targets = aimed_at([t for o in objs for t in object_words(o, tok, refs)], refs)
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who")
                                           and c.i < tok.i for c in tok.children):
                targets += [a for a in [antecedent(tok, refs)] if a and a not in targets]
            for source in sources:
                for target in targets:
                    if target != source:
                        out.append((source, target, sent.start_char))
    return list(dict.fromkeys(out))


# prepositions of time, place or circumstance hung on the verb: "thanked A, after two years of
# talks with B" does not thank B
_CIRCUMSTANCES = {"after", "before", "during", "since", "following", "despite", "amid",
                  "throughout", "until", "within", "at", "in", "with", "while"}


# words that open a list of some of those praised: "thanked the donors, among them A and B"
_LISTED = {"among", "including", "notably", "especially", "particularly", "namely"}


def _titled_name(name: Token, verb: Token, refs: Refs) -> bool:
    """Whether ``name`` is a person set off by a comma just after the verb's object, a title
    no actor fills ("thanked its director, Mr X"): the apposition a parse cut loose."""
    a = refs.by_token.get(name.i)
    if a is None or refs.table.actors[a].type != "Person":
        return False
    first = min(t.i for t in name.subtree)
    if first < 2 or name.doc[first - 1].text != ",":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.i not in refs.by_token and max(
        t.i for t in obj.subtree) == first - 2
