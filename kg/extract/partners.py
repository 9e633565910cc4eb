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

from kg.extract.cowork import counted_group, members, twinned
from kg.extract.parsed import sent_of, span_tokens, tokens
from kg.extract.refs import Refs
from kg.extract.signings import DOCUMENTS, _binding_verbs, signing_parties

Pair = tuple[str, str, int]
# nouns that name working together: "launched a partnership", "formed an alliance"
PARTNERSHIPS = {"partnership", "alliance", "collaboration", "cooperation", "consortium",
                "coalition", "joint venture", "twinning"}


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
    for t in span_tokens(sent):
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
        out += _all_pairs(_orgs(refs, doc[t.i + 1 : stop]), sent.start_char)
    return out or None


_MOST_SIGNERS = 6
# papers that bind their signers to work together without being an agreement: "a letter of
# intent", "a declaration of intent"
_INTENT_PAPERS = {"letter", "declaration", "statement"}


def _intents(doc: Doc) -> list[tuple[Token, Token]]:
    """(verb, paper) for "A and B signed a letter / declaration of intent"."""
    out = []
    for verb in tokens(doc):
        if verb.lemma_ != "sign" or verb.pos_ != "VERB":
            continue
        for paper in verb.children:
            if paper.dep_ in ("dobj", "nsubjpass") and paper.lower_ in _INTENT_PAPERS and any(
                p.lower_ == "of" and any(g.lower_ == "intent" for g in p.children)
                for p in paper.children
            ):
                out.append((verb, paper))
    return out


def _signer_bodies(verb: Token, refs: Refs) -> list[str]:
    """ "signed by A's Rector, X; the President of B, Y; and Z, Dean of C": a list of signers
    cut by semicolons, each item naming a signer and the body he signs for (its first named)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return []
    sent = sent_of(verb)
    end = sent.end
    while end < len(sent.doc) and _cut_at_title(sent.doc[end - 1]):
        end = sent_of(sent.doc[end]).end  # "Assoc. Prof. X" cut after "Assoc." by the parser
    items: list[list[Token]] = [[]]
    for t in sent.doc[agent.i + 1 : end]:
        if t.text == ";":
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < 2:
        return []
    bodies: list[str] = []
    for item in items:
        named = refs.actors_in(item)
        people = [a for a in named if refs.table.actors[a].type == "Person"]
        orgs = [a for a in named if refs.table.actors[a].type == "Organization"]
        if not people or not orgs:
            return []
        bodies.append(orgs[0])
    return list(dict.fromkeys(bodies))


def _cut_at_title(last: Token) -> bool:
    """Whether a sentence ends on an abbreviated title ("Assoc.", "Prof."), where the parser
    may cut a list of signers in two."""
    word = last.text if last.text != "." or last.i == 0 else last.doc[last.i - 1].text + "."
    return word.endswith(".") and 3 <= len(word) <= 7 and word[:1].isupper() and \
        word[:-1].isalpha()


def signed_pairs(doc: Doc, refs: Refs) -> list[Pair]:
    """The parties of every document signed: the bodies named as signing, else the bodies
    whose officials signed."""
    out: list[Pair] = []
    holds: dict[str, list[str]] = {}
    for org, people in refs.posts_at.items():
        for p in people:
            holds.setdefault(p, []).append(org)
    by_posts: list[Pair] = []
    known: set[str] = set()  # documents whose parties a sentence named
    for verb, document in _binding_verbs(doc) + _intents(doc):
        if document.lower_ in known and any(
            c.lower_ in ("the", "this") for c in document.children
        ):
            continue  # "The agreement ... was signed by X of A and Y of B": named already
        parties = signing_parties(refs, verb, document)
        listed = _signer_bodies(verb, refs) if document.tag_ != "NNS" else []
        if len(listed) > len(parties) and len(listed) <= _MOST_SIGNERS:
            parties = listed  # each signer for his own body: a consortium may have five
        if 2 <= len(parties) <= 3 or parties is listed:
            out += _all_pairs(parties, sent_of(document).start_char)
            known.add(document.lower_)
            continue
        # "signed by X, Secretary at A, and Y of B": the bodies whose officials signed, when
        # no sentence names the bodies as signing
        signers = refs.subject(verb) + [
            a for c in verb.children if c.dep_ == "agent" for a in refs.actors_in(c.subtree)
        ]
        parties = list(dict.fromkeys(o for a in signers for o in holds.get(a, [])))
        # each signer for his own body: a consortium's charter may have five or six
        if 2 <= len(parties) <= _MOST_SIGNERS and document.tag_ != "NNS":
            by_posts += _all_pairs(parties, sent_of(document).start_char)
    return out or by_posts


def partnership_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A and B unveiled a partnership", "a partnership that A and B announced"."""
    out: list[Pair] = []
    for t in span_tokens(sent):
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
    return out


def through_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A is providing the response through B, C and D, and E through F": each body with
    the partners it works through."""
    out: list[Pair] = []
    doc = sent.doc
    throughs = [t for t in sent if t.lower_ == "through" and t.dep_ == "prep"]
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
            owner = next(iter(a for a in refs.subject(verb)
                              if refs.table.actors[a].type == "Organization"), None)
        if owner and t.head.lemma_ not in ("fund", "finance", "channel"):  # funding alone
            out += [(owner, p, sent.start_char) for p in partners if p != owner]
    return out


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


def joint_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A and B jointly undertook", "X, Y and Z would together press donors", "run jointly by
    A and B", "In a joint message, A and B said", "A and B may take up a joint programme",
    "joint operations of A and B", "the Joint Representative of A and B": the actors named as
    doing it together, people or bodies."""
    out: list[Pair] = []
    pos = sent.start_char
    for t in span_tokens(sent):
        if t.lower_ in ("jointly", "together") and t.dep_ == "advmod" and t.head.pos_ in (
            "VERB", "AUX"
        ):
            out += _all_pairs(_doers(t.head, refs), pos)
        elif t.lower_ in ("joint", "collaborative") and t.dep_ in ("amod", "compound"):
            noun = t.head
            while noun.dep_ == "compound" and noun.head.i != noun.i:  # "joint relief operations"
                noun = noun.head
            ofs = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"]
            named = [a for p in ofs for a in refs.actors_in(p.subtree)]
            if len(named) >= 2:
                out += _all_pairs(named, pos)
            elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
                out += _all_pairs(_doers(noun.head.head, refs), pos)  # "In a joint message,"
            elif noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
                # "A and B take up a joint X", "the joint inspection was carried out by A, B"
                out += _all_pairs(_doers(noun.head, refs), pos)
    return out
