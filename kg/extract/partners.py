"""Who works with whom, as the syntax of a sentence says it.

- "an MoU between A and B" pairs A and B, and no one else the sentence names (a list of
  memoranda, each between two bodies, is as many pairs);
- the parties of a signed document ("A has signed an agreement with B"; "the MoU was signed
  by X of A and Y of B": the bodies the signers hold posts in);
- "A and B launched / unveiled / announced a partnership", "a partnership that A and B
  announced";
- "A provides the response through B, C and D": A works through its implementing partners
  (funding alone, "with funding from E", is no partnership);
- "A and B worked with C and D": each of A, B with each of C, D, and A with B.
"""

from __future__ import annotations

from itertools import combinations, product

from spacy.tokens import Doc, Span, Token

from kg.extract.cooperation import cooperation
from kg.extract.cowork import TWINNED_NOUNS, counted_group, doers, members, twinned
from kg.extract.parsed import sent_of, tokens_among
from kg.extract.refs import Refs
from kg.extract.signatories import bodies_of_signers, signed_groups
from kg.extract.signings import DOCUMENTS

Pair = tuple[str, str, int]
# nouns that name working together: "launched a partnership", "formed an alliance"
PARTNERSHIPS = {"partnership", "alliance", "collaboration", "cooperation", "consortium",
                "coalition", "joint venture", "twinning"}
# the words that open each shape below: a sentence is read only at its tokens of these
# (:func:`tokens_among`), not token by token in every one of the shapes
_BETWEEN = frozenset({"between"})
_THROUGH = frozenset({"through"})
_JOINT = frozenset({"jointly", "together", "joint", "collaborative"})
_PARTNERSHIP_LEMMAS = frozenset(PARTNERSHIPS | TWINNED_NOUNS)


def _orgs(refs: Refs, tokens) -> list[str]:
    return [a for a in refs.actors_in(tokens) if refs.table.actors[a].type == "Organization"]


def _all_pairs(keys: list[str], pos: int) -> list[Pair]:
    return [(a, b, pos) for a, b in combinations(dict.fromkeys(keys), 2) if a != b]


def between_pairs(sent: Span, refs: Refs) -> list[Pair] | None:
    """ "a memorandum between A and B on X; an agreement between C and D": the pairs of each
    "between" that follows a document in its clause, or None when the sentence pairs no
    document that way. The clause is read by its words (a list item ends at ";" or a line
    break), as the parse of a long list is not to be trusted."""
    out: list[Pair] = []
    doc = sent.doc
    ends = {";"}
    for t in tokens_among(sent, _BETWEEN):
        if t.lower_ != "between":
            continue
        k = t.i - 1
        while k >= sent.start and doc[k].text not in ends and "\n" not in doc[k].text:
            if doc[k].lower_ in DOCUMENTS:
                break
            k -= 1
        if k < sent.start or doc[k].lower_ not in DOCUMENTS:
            continue
        stop = next((x.i for x in doc[t.i + 1 : sent.end] if x.text in ends or "\n" in x.text),
                    sent.end)
        span = doc[t.i + 1 : stop]
        out += _all_pairs([a for a in _orgs(refs, span) if not _parent_named(a, span, refs)],
                          sent.start_char)
    return out or None


def _parent_named(actor: str, span: Span, refs: Refs) -> bool:
    """Whether the body is named in the span only as the one another party belongs to: "between
    A and the Research Council of the Ministry of Agriculture" (the Ministry is no party). Read
    by the words, as the parse of a long name is not to be trusted."""
    doc = span.doc
    starts = [t.i for t in span if refs.by_token.get(t.i) == actor
              and refs.by_token.get(t.i - 1) != actor]
    for i in starts:
        k = i - 1
        while k > span.start and doc[k].lower_ == "the":
            k -= 1
        if not (k > span.start and doc[k].lower_ == "of"
                and refs.by_token.get(k - 1) not in (None, actor)):
            return False
    return bool(starts)


def signed_pairs(doc: Doc, refs: Refs) -> list[Pair]:
    """Every pair of the parties of each document signed (see :mod:`kg.extract.signatories`)."""
    return [p for parties, pos in signed_groups(doc, refs) for p in _all_pairs(parties, pos)]


def partnership_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A and B unveiled a partnership", "a partnership that A and B announced", "A's
    partnership with B"."""
    out: list[Pair] = []
    for t in tokens_among(sent, lemmas=_PARTNERSHIP_LEMMAS):
        if not (t.lemma_.lower() in PARTNERSHIPS or twinned(t)) or t.pos_ != "NOUN":
            continue
        verbs = [t.head] if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB" else []
        verbs += [c for c in t.children if c.dep_ in ("relcl", "acl") and c.pos_ == "VERB"]
        for v in verbs:
            who = [a for a in refs.subject(v) if refs.table.actors[a].type == "Organization"]
            withs = [p for h in (v, t) for p in h.children if p.dep_ == "prep" and p.lower_
                     in ("with", "between")]
            who += _orgs(refs, (g for p in withs for g in p.subtree))
            if len(set(who)) >= 2:
                out += _all_pairs(who, sent.start_char)
        # "A's partnership with B", "A's cooperation with B and C": the owner with each
        owner = [a for c in t.children if c.dep_ == "poss" for a in members(c, refs)]
        withs = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "with"]
        partners = [a for p in withs for g in p.children if g.dep_ == "pobj"
                    for a in members(g, refs)]
        body = refs.table.actors
        out += [(a, b, sent.start_char) for a in owner for b in partners if a != b
                and body[a].type == body[b].type == "Organization"]
    return out


def through_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A is providing the response through B, C and D, and E through F": each body with
    the partners it works through."""
    out: list[Pair] = []
    doc = sent.doc
    throughs = [t for t in tokens_among(sent, _THROUGH) if t.dep_ == "prep"]
    for n, t in enumerate(throughs):
        if any(g.lower_ in ("which", "whom") for g in t.children if g.dep_ == "pobj"):
            out += _through_which(t, refs)
            continue
        end = throughs[n + 1].i if n + 1 < len(throughs) else sent.end
        stop = next((x.i for x in doc[t.i + 1 : end] if x.lower_ in _CLAUSE_ENDS), end)
        partners = _orgs(refs, doc[t.i + 1 : stop])
        if n + 1 < len(throughs) and partners and _owner_before(throughs[n + 1], refs) == \
                partners[-1]:
            partners = partners[:-1]  # "..., and E through F": E works through F, not A
        owner = _owner_before(t, refs)
        if owner is None or refs.table.actors[owner].type != "Organization":
            verb = t.head
            while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                verb = verb.head
            # "A would fund it, working through B": the doer of the clause the participle
            # hangs on
            who = refs.subject(verb) or (doers(verb, refs) if verb.dep_ == "advcl" and
                                         verb.tag_ == "VBG" else [])
            owner = next(iter(a for a in who if refs.table.actors[a].type == "Organization"),
                         None)
        if owner and t.head.lemma_ not in ("fund", "finance", "channel"):  # funding alone
            out += [(owner, p, sent.start_char) for p in partners if p != owner]
        elif owner is None and partners:
            out += [(a, p, sent.start_char) for a in _parties_carrying_out(t, refs)
                    for p in partners if p != a]
    return out


def _parties_carrying_out(through: Token, refs: Refs) -> list[str]:
    """ "The activities will be implemented through B" after "A and C signed an agreement":
    the work of a passive with no doer named is the parties' of the document last signed
    before it (A and C each work through B)."""
    verb = through.head
    if verb.lemma_ not in cooperation().done_with or not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or any(
            c.dep_ == "agent" for c in verb.children):
        return []
    start = sent_of(verb).start_char
    signed = [parties for parties, pos in signed_groups(verb.doc, refs) if pos < start]
    return signed[-1] if signed else []


def _through_which(through: Token, refs: Refs) -> list[Pair]:
    """ "B, through which A carries out its work": A works through B (the body the relative
    clause hangs on), not when A funds through it."""
    verb = through.head
    if verb.dep_ != "relcl" or verb.lemma_ in ("fund", "finance", "channel"):
        return []
    head = verb.head  # "the Deutsche Gesellschaft ... (GIZ), through which": the name or
    partner = refs.by_token.get(head.i) or next(  # its acronym in apposition
        (refs.by_token[c.i] for c in head.subtree if c.dep_ == "appos" and c.i in refs.by_token
         and c.i < verb.left_edge.i), None)
    owners = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Organization"]
    if partner is None or refs.table.actors[partner].type != "Organization":
        return []
    pos = sent_of(through).start_char
    return [(o, partner, pos) for o in owners[:1] if o != partner]


# where the list of partners after "through" ends: funding, place, purpose
_CLAUSE_ENDS = {"with", "from", "for", "in", ";", "to", "which", "who"}


def _owner_before(through: Token, refs: Refs) -> str | None:
    """ "IRD through VEER": the body named right before "through"."""
    doc = through.doc
    k = through.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    return refs.by_token.get(k) if k >= 0 else None


def work_with_pairs(verb: Token, refs: Refs, objects: list[str]) -> list[Pair]:
    """ "A and B worked with C and D": A, B each with C, D, and A with B (not C with D)."""
    left = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Organization"]
    pos = sent_of(verb).start_char
    if not left or not objects:
        return []
    return _all_pairs(left, pos) + [(a, b, pos) for a, b in product(left, objects) if a != b]


def _doers(verb: Token, refs: Refs) -> list[str]:
    """Every actor the verb's subject names, people and bodies, pronouns resolved: "he, X and
    Y would together press donors" -> the one "he" stands for, X and Y."""
    out: list[str] = []
    passive = any(c.dep_ == "agent" for c in verb.children)
    for c in verb.children:
        if c.dep_ not in ("nsubj", "agent") and not (c.dep_ == "nsubjpass" and not passive):
            continue
        if c.pos_ == "NUM":  # "the three have worked jointly"
            out += [a for a in counted_group(c, refs) if a not in out]
            continue
        if c.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
            # "A and B, which are setting up a joint degree": the bodies the clause hangs on
            out += [a for a in _antecedents(verb, refs) if a not in out]
            continue
        for t in c.subtree:
            a = refs.by_token.get(t.i) or (
                refs.actor_of(t) if t.pos_ == "PRON" or t.pos_ == "NOUN" and t.dep_ in (
                    "nsubj", "conj") else None)
            if a and a not in out and not _qualifies(t, c, refs, a):
                out.append(a)
    return out


def _antecedents(clause: Token, refs: Refs) -> list[str]:
    """The actors a relative clause hangs on: "A and B, which ..." (its conjuncts; or, where
    the parse tangled the list in a name, every actor of the phrase before the clause when
    only names and "and" make it up)."""
    head = clause.head
    plural = any(c.lower_ in ("are", "were", "have") for c in clause.children) or \
        clause.tag_ == "VBP"
    while plural and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "A and B, which are setting up ...": the clause hangs on the last
    listed = members(head, refs)
    if len(listed) >= 2:
        return listed
    words = [t for t in head.subtree if t.i < clause.left_edge.i and not t.is_punct]
    if any(t.lower_ == "and" for t in words) and all(
        t.i in refs.by_token or t.lower_ in ("and", "the") for t in words
    ):
        return refs.actors_in(words)
    return listed


# the dependents that qualify a doer rather than add one: "Bono, co-founder of ONE", "the
# Fund's Executive Director X"
_QUALIFIERS = {"appos", "prep", "poss", "acl", "relcl", "npadvmod"}


def _qualifies(t: Token, top: Token, refs: Refs, actor: str) -> bool:
    """Whether the token naming ``actor`` sits in a qualifier of another doer."""
    node = t
    while node.i != top.i and node.head.i != node.i:
        owner = refs.by_token.get(node.head.i)
        # "Norway's Representative, Ambassador X": an apposition names the doer when what it
        # hangs on is no actor; "Bono, co-founder of ONE" qualifies Bono
        if node.dep_ == "appos" and (owner is None or any(
            c.dep_ == "conj" and c.i in refs.by_token for c in node.children
        )):
            pass  # "by A, B and C" parsed as A with an apposition "B and C": a list
        elif node.dep_ in _QUALIFIERS and owner != actor:
            return True
        node = node.head
    return False


# co-chairing alone is no collaboration: "chaired jointly by A and B"
_CHAIRING = {"chair", "co-chair", "cochair", "preside", "moderate", "co-moderate"}


def joint_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A and B jointly undertook", "X, Y and Z would together press donors", "run jointly by
    A and B", "In a joint message, A and B said", "A and B may take up a joint programme",
    "joint operations of A and B", "the Joint Representative of A and B": the actors named as
    doing it together, people or bodies."""
    out: list[Pair] = []
    pos = sent.start_char
    for t in tokens_among(sent, _JOINT):
        if t.lower_ in ("jointly", "together") and t.dep_ == "advmod" and t.head.pos_ in (
            "VERB", "AUX"
        ) and t.head.lemma_.lower() not in _CHAIRING:
            out += _all_pairs(_doers(t.head, refs), pos)
        elif t.lower_ in ("joint", "collaborative") and t.dep_ in ("amod", "compound"):
            noun = t.head
            # "joint relief operations", "a joint master's programme"
            while noun.dep_ in ("compound", "poss") and noun.head.i != noun.i:
                noun = noun.head
            if _before_the_press(noun):
                continue
            ofs = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
            named = [a for p in ofs for a in refs.actors_in(p.subtree)]
            signed = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ == "sign"
                           and any(g.dep_ == "agent" for g in c.children)), None)
            if len(named) >= 2:
                out += _all_pairs(named, pos)
            elif signed is not None:  # "a joint communique signed by IGP A and Commissioner B"
                signers = [a for g in signed.children if g.dep_ == "agent"
                           for p in g.children if p.dep_ == "pobj" for a in members(p, refs)]
                out += _all_pairs(bodies_of_signers(signers, signed, refs), pos)
            elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                out += _all_pairs(_doers(noun.head.head, refs), pos)  # "In a joint message,"
            elif noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
                # "A and B take up a joint X", "the joint inspection was carried out by A, B"
                # "PM A of the Government of X and PM B of Y signed a joint declaration": X, Y
                out += _all_pairs(bodies_of_signers(_doers(noun.head, refs), noun.head, refs),
                                  pos)
    return out


def _before_the_press(noun: Token) -> bool:
    """ "held a joint press conference", "at a joint press briefing": speaking to journalists
    side by side after a meeting, which is no working together (GUIDE: a pair that merely met
    or spoke)."""
    lemma = noun.lemma_.lower()
    return lemma in ("briefing", "appearance", "interview") or lemma == "conference" and any(
        c.dep_ == "compound" and c.lower_ in ("press", "news", "media") for c in noun.children)
