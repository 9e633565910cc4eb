"""Who signed a document together: its parties, each pair of them a collaboration.

- "A and B signed an MoU", "A signed an agreement with B", "an MoU between A and B";
- "the four regulators - A, B, C and D - signed" (the list in apposition to the signers);
- "It was signed for A by X; for B by Y; and for C by Z", "signed by X for A and by Y for B",
  "signed by A's Rector, X; the President of B, Y" (each signer for his own body);
- "signed by X, Secretary at A, and Y of B": the bodies whose officials signed.

Not parties: a body named only as a witness or host of the signing ("in the presence of the
Chair of C", "at a ceremony hosted by C", "at C's headquarters"), nor one named only on another
line (an issuer line, "Source: Press Unit, A", the parser glued to the story's first sentence).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.cowork import doers
from kg.extract.parsed import doc_tokens_among, sent_index, sent_of
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.signings import (
    DOCUMENTS,
    SIGN,
    _binding_verbs,
    lines_apart,
    signing_parties,
)

Group = tuple[list[str], int]  # the parties, and the offset of the sentence telling it

_MOST_SIGNERS = 6
# papers that bind their signers without being named an agreement: "a letter of intent", "a
# letter of agreement", "a declaration of intent"
_INTENT_PAPERS = {"letter", "declaration", "statement"}
_INTENT_OF = {"intent", "agreement", "understanding", "cooperation", "collaboration"}
# papers that bind those who sign them though they are no agreement by name: "signed the Safe
# Roads Pledge", "signed a pledge to halve deaths", "the city compact"
_PLEDGES = {"pledge", "compact", "covenant"}
# words under which a body is a witness, host or place of a signing, not a party
_ASIDE = {"presence", "witness", "host", "co-host", "headquarters", "auspices", "patronage",
          "invitation", "attendance", "premises", "ceremony"}
# prepositions that name the body a signer signs for: "for A", "on behalf of A"
_FOR = {"for", "behalf"}


def _orgs(refs: Refs, keys) -> list[str]:
    return [a for a in keys if refs.table.actors[a].type == "Organization"]


def _intents(doc: Doc) -> list[tuple[Token, Token]]:
    """(verb, paper) for "A and B signed a letter of intent / of agreement"."""
    out = []
    for verb in doc_tokens_among(doc, lemmas=SIGN):
        if verb.lemma_ != "sign" or verb.pos_ != "VERB":
            continue
        for paper in verb.children:
            if paper.dep_ in ("dobj", "nsubjpass") and paper.lower_ in _INTENT_PAPERS and any(
                p.lower_ == "of" and any(g.lower_ in _INTENT_OF for g in p.children)
                for p in paper.children
            ):
                out.append((verb, paper))
    return out


def _it_signed(doc: Doc, refs: Refs) -> list[tuple[Token, Token]]:
    """(verb, document) for "It was signed for A by X; ...": "it" is the document last named
    in the sentence before; where that sentence names none ("A hosted the signing. It was
    signed for A by X; for B by Y"), the pronoun itself stands for the document when the
    sentence names the bodies it was signed for."""
    out = []
    for verb in doc_tokens_among(doc, lemmas=SIGN):
        if verb.lemma_ != "sign" or verb.pos_ != "VERB":
            continue  # (before its children: building them for every token was the cost)
        it = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ == "it"),
                  None)
        if it is None:
            continue
        start = sent_of(verb).start
        before = sent_of(doc[start - 1]).start if start else start
        document = next((t for t in reversed(doc[before:start]) if t.lower_ in DOCUMENTS
                         or t.lower_ in _INTENT_PAPERS), None)
        if document is None and len(_listed(verb, refs) or _signed_for(verb, refs)) >= 2:
            document = it
        if document is not None:
            out.append((verb, document))
    return out


def _pledged(doc: Doc, refs: Refs) -> list[Group]:
    """ "The two councils and the Police Service signed the Safe Roads Pledge": every body
    that signs it, a counted group among them."""
    out: list[Group] = []
    for verb in doc_tokens_among(doc, lemmas=SIGN):
        if verb.lemma_ != "sign" or verb.pos_ != "VERB" or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PLEDGES
            for c in verb.children
        ):
            continue
        signers = [a for a in _orgs(refs, doers(verb, refs)) if not _aside(a, verb, refs)]
        if 2 <= len(signers) <= _MOST_SIGNERS:
            out.append((signers, sent_of(verb).start_char))
    return out


def _signed_it(doc: Doc, refs: Refs, groups: list[Group]) -> list[Group]:
    """ "D and E signed it as supporting partners": the bodies that sign a document told in
    the sentence before join its parties."""
    out: list[Group] = []
    where = sent_index(doc)
    for verb in doc_tokens_among(doc, lemmas=SIGN):
        if verb.lemma_ != "sign" or verb.pos_ != "VERB" or not any(
            c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children
        ):
            continue
        k = where[verb.i]
        start = sent_of(doc[sent_of(verb).start - 1]).start_char if k else 0
        told = [(pos, p) for p, pos in groups if start <= pos < sent_of(verb).start_char]
        newcomers = [a for a in _orgs(refs, doers(verb, refs)) if not _aside(a, verb, refs)]
        if told and newcomers:
            parties = list(dict.fromkeys(max(told, key=lambda g: g[0])[1] + newcomers))
            if len(parties) <= _MOST_SIGNERS:
                out.append((parties, sent_of(verb).start_char))
    return out


def _aside(actor: str, verb: Token, refs: Refs) -> bool:
    """Whether the sentence names ``actor`` only as a witness, host or place of the signing,
    or only on another line than the verb."""
    text = doc_text(verb.doc)
    sent = sent_of(verb)
    seen = False  # named in the sentence at all (a list may run on past a cut at "Prof.")
    for i, a in refs.by_token.items():
        if a != actor or not (sent.start <= i < sent.end):
            continue
        seen = True
        tok = verb.doc[i]
        if lines_apart(text, tok.idx, verb.idx):
            continue  # (a line of prose wrapped at a fixed width is the same line)
        node, aside = tok, False
        while node.head.i != node.i and node.i != verb.i:
            node = node.head
            if node.i != verb.i and node.lemma_.lower() in _ASIDE and \
                    node.i not in refs.by_token:  # not a word of a name ("X Office")
                aside = True
                break
        if not aside:
            return False
    return seen


def _signed_for(verb: Token, refs: Refs) -> list[str]:
    """ "signed for A by X, and for B by Y", "signed by X for A": the bodies after "for" or
    "on behalf of" that hang on the verb, on a signer, or on another such "for"."""
    out: list[str] = []
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.subtree]
    hangs = {verb.i} | {t.i for t in agents}
    for t in sent_of(verb):
        if t.lower_ not in _FOR or t.i <= verb.i or t.i in refs.by_token:
            continue  # not the "for" of a name ("Body of Regulators for Communications")
        if t.lower_ == "behalf" and not (t.i and verb.doc[t.i - 1].lower_ == "on"):
            continue
        prep = t.head if t.lower_ == "behalf" else t
        anchor = prep.head
        while anchor.dep_ == "conj" and anchor.lower_ in _FOR:
            anchor = anchor.head
        if anchor.i not in hangs and anchor.i not in refs.by_token:
            continue
        for obj in (prep if t.lower_ == "for" else t).children:
            if obj.dep_ == "pobj" or t.lower_ == "behalf" and obj.dep_ == "prep":
                out += [a for a in refs.actors_in(obj.subtree) if a not in out]
    return _orgs(refs, out)


def _listed(verb: Token, refs: Refs) -> list[str]:
    """ "signed for A by X; for B by Y; and for C by Z", "signed by A's Rector, X; the
    President of B, Y": a list cut by semicolons, each item naming the body a signer signs for
    (its "for" body, else its first body, else the body of the person it names)."""
    sent = sent_of(verb)
    end = sent.end
    while end < len(sent.doc) and _cut_at_title(sent.doc[end - 1], refs):
        end = sent_of(sent.doc[end]).end  # "Assoc. Prof. X" cut after "Assoc." by the parser
    items: list[list[Token]] = [[]]
    for t in sent.doc[verb.i + 1 : end]:
        if t.text == ";":
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < 2:
        return []
    bodies: list[str] = []
    for item in items:
        named = [a for a in refs.actors_in(item) if not _aside(a, verb, refs)]
        after_for = [a for t in item if t.lower_ in _FOR and t.i not in refs.by_token
                     for a in refs.actors_in(t.subtree) if a in named]
        orgs = _orgs(refs, after_for) or _orgs(refs, named)
        if not orgs:
            people = [a for a in named if refs.table.actors[a].type == "Person"]
            orgs = [o for p in people[:1] for o, held in refs.posts_at.items() if p in held]
        if not orgs:
            return []
        bodies.append(orgs[0])
    return list(dict.fromkeys(bodies))


def _cut_at_title(last: Token, refs: Refs) -> bool:
    """Whether a sentence ends on an abbreviated title ("Assoc.", "Prof."), where the parser
    may cut a list of signers in two (not on a name: "..., Ms. Anna Velde.")."""
    word_tok = last if last.text != "." or last.i == 0 else last.doc[last.i - 1]
    if word_tok.i in refs.by_token:
        return False
    word = last.text if last.text != "." or last.i == 0 else last.doc[last.i - 1].text + "."
    return word.endswith(".") and 3 <= len(word) <= 7 and word[:1].isupper() and \
        word[:-1].isalpha()


def bodies_of_signers(parties: list[str], verb: Token, refs: Refs) -> list[str]:
    """ "Prime Minister A of the Ruritanian Government and Prime Minister B of the Government
    of Brenzia signed": the bodies each person is named "of" beside the verb (else the one
    body the report gives him a post at) sign, when every person signing has a body of his
    own; else the parties as they are."""
    people = [a for a in parties if refs.table.actors[a].type == "Person"]
    if not people:
        return parties
    sent = sent_of(verb)
    body: dict[str, str] = {}
    for t in sent:
        a = refs.by_token.get(t.i)
        if a not in people or refs.by_token.get(t.head.i) == a:
            continue  # the last word of the name, what "of" hangs on
        org = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"
                    if (o := refs.by_token.get(g.i)) and
                    refs.table.actors[o].type == "Organization"), None)
        if org:
            body.setdefault(a, org)
    for a in people:  # "the vice-chairman of C, Mr. X": the one body X holds a post at
        held = [o for o, holders in refs.posts_at.items() if a in holders]
        if a not in body and len(held) == 1:
            body[a] = held[0]
    if set(body) != set(people) or len(set(body.values())) < len(people):
        return parties
    return list(dict.fromkeys(body.get(a, a) for a in parties))


def signed_groups(doc: Doc, refs: Refs) -> list[Group]:
    """The parties of every document signed: the bodies named as signing, else the bodies
    whose officials signed (only when no sentence names the parties themselves)."""
    out: list[Group] = []
    holds: dict[str, list[str]] = {}
    for org, people in refs.posts_at.items():
        for p in people:
            holds.setdefault(p, []).append(org)
    by_posts: list[Group] = []
    known: set[str] = set()  # documents whose parties a sentence named
    for verb, document in _binding_verbs(doc) + _intents(doc) + _it_signed(doc, refs):
        if document.lower_ in known and any(
            c.lower_ in ("the", "this") for c in document.children
        ) and not (_signed_for(verb, refs) or _listed(verb, refs)):
            continue  # "The agreement ... was signed by X of A and Y of B": named already
        pos = sent_of(verb).start_char
        subject = _orgs(refs, refs.subject(verb))
        parties = [a for a in signing_parties(refs, verb, document) if not _aside(a, verb, refs)]
        parties = bodies_of_signers(parties, verb, refs)
        plural = document.tag_ == "NNS"  # "signed three agreements": pairs apart
        listed = [] if plural else _listed(verb, refs) or _signed_for(verb, refs)
        if len(listed) > len(parties) and len(listed) <= _MOST_SIGNERS:
            parties = listed  # each signer for his own body: a consortium may have five
        structural = parties is listed or (len(subject) >= 2 and set(parties) <= set(subject))
        if 2 <= len(parties) <= 3 or structural and 2 <= len(parties) <= _MOST_SIGNERS:
            out.append((parties, pos))
            known.add(document.lower_)
            continue
        # "signed by X, Secretary at A, and Y of B": the bodies whose officials signed
        signers = refs.subject(verb) + [
            a for c in verb.children if c.dep_ == "agent" for a in refs.actors_in(c.subtree)
        ]
        parties = list(dict.fromkeys(o for a in signers for o in holds.get(a, [])))
        if 2 <= len(parties) <= _MOST_SIGNERS and not plural:
            by_posts.append((parties, pos))
    found = out + _pledged(doc, refs) or by_posts
    return found + _signed_it(doc, refs, found)
