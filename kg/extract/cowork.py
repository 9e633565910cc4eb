"""Working together told by the parse, beyond the shapes of :mod:`kg.extract.partners`:

- "A runs it in collaboration / partnership / cooperation with B" (not "with backing from C":
  what hangs on B, or a second "with", is no partner);
- "A joined forces / hands with B", "A will go on working with B";
- "the FBI and the ATF later joined the initiative": the newcomers with each other and with
  those who ran it (the pair named just before), or with its owner ("the initiative of C");
- "the partnership brings together A, B and C" (every pair), "its partners include A and B"
  (each with the body whose partners they are);
- "B serving as A's implementing partner", "B, A's partner".
"""

from __future__ import annotations

from functools import cache
from itertools import combinations

from spacy.tokens import Span, Token

from kg.extract.cooperation import cooperation
from kg.extract.parsed import sent_index, sent_of, sents, tokens_among
from kg.extract.refs import Refs
from kg.extract.signings import DOCUMENTS

Pair = tuple[str, str, int]
# "in collaboration with B": the nouns that make the "with" a partner
_WORKING = {"collaboration", "partnership", "cooperation", "association", "conjunction",
            "coordination", "concert", "tandem", "consultation"}
# the words that add members to a list: "partners including A, B", "such as"
_INCLUDING = {"including", "include", "like", "as", "among"}


# the words that open each shape below: a sentence is read only at its tokens of these
# (:func:`tokens_among`), not token by token in every one of the shapes
_WITH = frozenset({"with", "alongside"})
_BETWEEN_OF = frozenset({"between", "of"})
_JOIN = frozenset({"join"})


@cache
def _reciprocal_lemmas() -> frozenset[str]:
    """The lemmas of "A and B collaborate", "joined forces" (lower case: a superset)."""
    return frozenset(w.lower() for w in (_COOPERATE - {"work"}) | set(cooperation().idioms))


@cache
def _gather_lemmas() -> frozenset[str]:
    """The lemmas of "brings together", "includes", and "be" (lower case: a superset)."""
    return frozenset(w.lower() for w in cooperation().gather | {"be"})


def _pairs(left: list[str], right: list[str], pos: int) -> list[Pair]:
    out = [(a, b, pos) for a, b in combinations(dict.fromkeys(left), 2)]
    return out + [(a, b, pos) for a in left for b in right if a != b]


def members(tok: Token, refs: Refs) -> list[str]:
    """The actors a noun phrase lists: the one it names, its conjuncts ("A, B and C"), and the
    members of "partners including A and B"; not those named inside a qualifier ("A, which B
    leads")."""
    out: list[str] = []
    todo = [tok]
    seen: set[int] = set()
    while todo:
        t = todo.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        a = refs.by_token.get(t.i)
        if a is None and t.pos_ == "NOUN" and any(c.lower_ == "the" for c in t.lefts):
            a = refs.actor_of(t)
        if a is not None and a not in out:
            out.append(a)
        if a is None and t.tag_ == "NNS":  # "the two forces": the bodies named together
            out += [g for g in refs.group_of(t) if g not in out]
        if a is not None:  # "A, the Institute of Technology and C": C hung inside a name
            todo += [c for c in t.subtree if c.dep_ == "conj" and c.head.i != t.i
                     and refs.by_token.get(c.head.i) == a and refs.by_token.get(c.i) != a
                     and c.i not in seen]
        for c in t.children:
            if c.dep_ == "conj":
                todo.append(c)
            elif c.dep_ == "prep" and c.lower_ in _INCLUDING and a is None:
                todo += [g for g in c.children if g.dep_ == "pobj"]
            elif c.dep_ == "appos" and a is None and t.pos_ == "NOUN":
                todo.append(c)  # "its partners, A and B"
            elif c.dep_ == "appos" and a is not None and t.dep_ == "conj" and \
                    refs.by_token.get(c.i) not in (None, a):
                todo.append(c)  # "A, B, the University of C, D": a list read as apposition
    return out


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def counted_group(tok: Token, refs: Refs) -> list[str]:
    """ "The three have worked jointly": a bare number standing for the bodies last listed
    together, just that many of them (in its sentence before it, or the two before)."""
    size = _COUNTS.get(tok.lower_)
    if size is None or tok.pos_ != "NUM" or not any(c.lower_ == "the" for c in tok.children):
        return []
    k = sent_index(tok.doc)[tok.i]
    for j in range(k, max(-1, k - 3), -1):
        sent = sents(tok.doc)[j]
        end = tok.i if j == k else sent.end
        for t in reversed(tok.doc[sent.start : end]):
            if t.i not in refs.by_token or t.dep_ == "conj":
                continue
            listed = members(t, refs)
            if len(listed) >= 2:
                return listed if len(listed) == size else []
    return []


def doers(verb: Token, refs: Refs) -> list[str]:
    """Who does what the verb says: its subject's actors, the agent of a passive, the subject
    of the verb an infinitive or "going on" hangs on ("agreed to join", "will go on working")."""
    # "will go on working", "keep on working": the parser may hang the "-ing" on the "on"
    on = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "on" else None
    for v in (verb, verb.head if verb.dep_ in ("xcomp", "conj") else on):
        if v is None:
            continue
        for c in v.children:
            if c.dep_ == "nsubj":
                who = members(c, refs) or refs.subject(v)
                if who:
                    return who
            if c.dep_ == "agent":
                who = [a for g in c.children if g.dep_ == "pobj" for a in members(g, refs)]
                if who:
                    return who
        if verb.dep_ == "relcl" and v is verb:
            subj = refs.subject(verb)
            if subj:
                return subj
    if verb.dep_ in ("acl", "advcl") and verb.tag_ in ("VBG", "VBN", "VBD"):
        # "A, working with B, arrested ...", "A partnered with B to ...": the noun the
        # participle qualifies, else the subject of the clause it hangs on
        return members(verb.head, refs) or doers(verb.head, refs) if verb.head.i != verb.i \
            else []
    return []


def _with_partners(prep: Token, refs: Refs) -> list[str]:
    """The actors a preposition's object lists ("with A and B"; "with implementing partners
    such as A and B", which the parse makes a clause)."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    objs += [o for g in prep.children if g.dep_ == "pcomp" for o in g.children
             if o.dep_ == "dobj"]
    return [a for g in objs for a in members(g, refs)]


# those who signed one text, named apart from the signing: "the signatories were A and B"
_SIGNATORIES = {"signatory", "signatories", "signer", "signers", "co-signatory"}

_COOPERATE = {"collaborate", "cooperate", "co-operate", "partner", "team", "work"}
# doing this "together with" another is being there, not working together: "A attended the
# fair together with B", "chaired the session together with B"
_BESIDE = {"meet", "attend", "visit", "speak", "talk", "say", "sit", "stand", "arrive", "travel",
           "chair", "co-chair", "preside", "join", "welcome", "receive"}


def _orgs(refs: Refs, keys: list[str]) -> list[str]:
    return [a for a in keys if refs.table.actors[a].type == "Organization"]


def _working_verb(with_: Token) -> Token | None:
    """The verb whose doers work with the object of this "with", or None: "runs it in
    collaboration with", "join forces with", "worked with", "launched it jointly with",
    "conducted a joint operation with"."""
    head = with_.head
    idioms = cooperation().idioms
    if head.lower_ in _WORKING and head.dep_ == "pobj" and head.head.lower_ == "in":
        owner = head.head.head  # "prepared the agreement in close cooperation with B": the
        return owner.head if owner.dep_ == "dobj" else owner  # verb, past its object
    if head.lower_ == "together" and head.head.pos_ == "VERB":
        return head.head  # "A, together with B, launched the campaign"
    if head.pos_ == "VERB" and head.lemma_ not in _BESIDE and any(
        c.dep_ == "advmod" and c.lower_ == "together" for c in with_.children
    ):
        return head  # "A will run the research together with B" ("together" on the "with")
    if head.pos_ == "VERB" and any(
        p.dep_ == "prep" and p.lower_ == "as" and any(
            g.lemma_.lower() in cooperation().partners for g in p.children if g.dep_ == "pobj")
        for o in with_.children if o.dep_ == "pobj" for p in o.children
    ):
        return head  # "hosted by A, with B as technical partner"
    if head.pos_ == "NOUN" and any(c.lower_ == "joint" for c in head.lefts):
        return head.head if head.dep_ == "dobj" else None  # "a joint operation with B"
    if head.pos_ != "VERB":
        return None
    if head.lemma_ in _COOPERATE | cooperation().done_with or any(
        c.dep_ == "dobj" and c.lower_ in idioms.get(head.lemma_, ()) for c in head.children
    ) or any(c.lower_ == "jointly" for c in head.children):
        return head
    return None


# verbs of holding a gathering: "convened by A in close cooperation with B and C" makes B and C
# co-organizers (GUIDE), each pair of them partners, not only each with A
_CONVENE = {"organize", "organise", "convene", "host", "co-organize", "co-organise", "co-host",
            "stage"}


def with_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """Bodies that work with others: the doers of the working verb with the bodies the "with"
    names (its conjuncts, "partners including ..."), and the doers together."""
    out: list[Pair] = []
    for t in tokens_among(sent, _WITH):
        if t.lower_ not in ("with", "alongside") or t.dep_ != "prep":
            continue
        verb = _working_verb(t)
        if t.lower_ == "alongside" and (verb is None or verb.lemma_ not in _COOPERATE):
            continue  # "worked alongside B", not "cut the ribbon alongside B"
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        partners = _orgs(refs, _with_partners(t, refs))
        partners += [a for a in _orgs(refs, past_apposition(t, refs)) if a not in partners]
        left = _orgs(refs, doers(verb, refs)) or _owner_of_thing(verb, refs)
        if partners and left:
            out += _pairs(left, partners, sent.start_char)
            if verb.lemma_ in _CONVENE:  # the partners co-organize it too: each pair of them
                out += _pairs(partners, [], sent.start_char)
    return out


def named_again(t: Token, refs: Refs) -> str | None:
    """A one-word name of an actor written again where no mention was linked ("thanked
    AfricaCERT" after "AfricaCERT" was named): the one actor with that name or alias."""
    if t.i in refs.by_token or len(t.text) < 3:
        return None
    found = {a.id for a in refs.table.actors.values() if t.text in a.names}
    return found.pop() if len(found) == 1 else None


def past_apposition(prep: Token, refs: Refs) -> list[str]:
    """ "with A (AB), the regional section of W, and B": the bodies listed after an apposition
    that describes the one before (the parse may hang what follows it anywhere); none when no
    apposition breaks the list ("with A, and B said" is no list)."""
    doc, end = prep.doc, sent_of(prep).end
    k = prep.i + 1 + (prep.i + 1 < end and doc[prep.i + 1].lower_ == "the")
    a = refs.by_token.get(k) if k < end else None
    out: list[str] = []
    while a is not None:
        while k < end and refs.by_token.get(k) == a:
            k += 1  # the name
        if k < end and doc[k].text == "(":  # its acronym
            k = next((j + 1 for j in range(k, min(end, k + 8)) if doc[j].text == ")"), end)
        if not (k + 2 < end and doc[k].text == "," and doc[k + 1].lower_ in ("the", "a", "an")
                and doc[k + 2].i not in refs.by_token):
            break
        stop = next((j for j in range(k + 1, end) if doc[j].text in (",", ";")), end)
        if stop + 2 >= end or doc[stop].text != "," or doc[stop + 1].lower_ != "and" or any(
                j in refs.by_token or doc[j].pos_ in ("VERB", "AUX") for j in range(k + 1, stop)):
            break  # not a plain noun phrase set off by commas before "and"
        k = stop + 2 + (doc[stop + 2].lower_ == "the")
        a = (refs.by_token.get(k) or named_again(doc[k], refs)) if k < end else None
        if a is not None and a not in out:
            out.append(a)
    return out


def _owner_of_thing(verb: Token, refs: Refs) -> list[str]:
    """The body whose thing a passive with no agent tells of: "its depot" ("The depot was built
    in partnership with B" after "A opened its first depot"): the owner the subject names, else
    the body that was the subject of the sentence before when that sentence names the thing."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN" or any(c.dep_ == "agent" for c in verb.children):
        return []
    owners = [a for c in subj.children if c.dep_ == "poss" for a in members(c, refs)]
    if owners:
        return _orgs(refs, owners)
    k = sent_index(verb.doc)[verb.i]
    if k == 0:
        return []
    before = sents(verb.doc)[k - 1]
    if not any(t.lemma_ == subj.lemma_ and t.pos_ == "NOUN" for t in before):
        return []
    return _orgs(refs, [a for c in before.root.children if c.dep_ == "nsubj"
                        for a in members(c, refs)])[:1]


TWINNED_NOUNS = frozenset({"relationship", "link", "tie", "relation", "arrangement"})


def twinned(noun: Token) -> bool:
    """ "their sister-city relationship", "the twin-town link": a tie that twins two bodies."""
    if noun.lemma_.lower() not in TWINNED_NOUNS:
        return False
    words = {t.lower_ for t in noun.doc[noun.left_edge.i : noun.i]}
    return bool(words & {"sister", "twin", "twinning", "sister-city", "twin-city"})


def reciprocal_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "A and B collaborate", "agreed to cooperate", "joined forces to ...", "a collaboration
    between A and B": the bodies named together as the ones working together."""
    out: list[Pair] = []
    lex = cooperation()
    for t in tokens_among(sent, _BETWEEN_OF, _reciprocal_lemmas()):
        together: list[str] = []
        if t.pos_ == "VERB" and (
            t.lemma_ in _COOPERATE - {"work"} or any(
                c.dep_ == "dobj" and c.lower_ in lex.idioms.get(t.lemma_, ())
                for c in t.children)
        ) and not any(c.lower_ == "with" for c in t.children):  # (the cheaper tests first)
            together = _orgs(refs, doers(t, refs))
        elif t.lower_ == "between" and (t.head.lemma_.lower() in lex.ventures
                                        or twinned(t.head)):
            together = _orgs(refs, _with_partners(t, refs))
        elif t.lower_ == "of" and t.dep_ == "prep" and t.head.lemma_.lower() in lex.ventures:
            together = _orgs(refs, _with_partners(t, refs))  # "a coalition of A, B and C"
        if len(together) >= 2:
            out += _pairs(together, [], sent.start_char)
    return out


def venture_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "the partnership brings together A, B and C": every pair; "the partners include A and
    B", "its partners include": each with the body whose partners they are."""
    out: list[Pair] = []
    lex = cooperation()
    for verb in tokens_among(sent, lemmas=_gather_lemmas()):
        if not (verb.lemma_ in lex.gather and verb.pos_ == "VERB" or verb.lemma_ == "be"):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if verb.lemma_ == "be" and subj is not None and subj.lemma_.lower() == "member":
            # "the members of the consortium are A, B and C"
            obj = next((c for c in verb.children if c.dep_ == "attr"), None)
            if not any(p.lower_ == "of" and any(g.lemma_.lower() in lex.ventures
                                                for g in p.children) for p in subj.children):
                obj = None
        if subj is not None and subj.lemma_.lower() in _SIGNATORIES and subj.i not in \
                refs.by_token:
            # "the signatories were A and B", "the signatories include A, B and C"
            obj = next((c for c in verb.children if c.dep_ in ("attr", "dobj")), None)
            listed = members(obj, refs) if obj is not None else []
            out += _pairs(_orgs(refs, listed), [], sent.start_char)
            continue
        if verb.dep_ == "relcl" and subj is not None and subj.lower_ in ("which", "that"):
            subj = verb.head  # "the X Coalition, which comprises A, B and C"
        if subj is not None and obj is not None and _named_venture(subj, refs):
            out += _pairs(_orgs(refs, members(obj, refs)), [], sent.start_char)
            continue
        if subj is None or obj is None or subj.i in refs.by_token:
            continue
        listed = members(obj, refs)
        # "members of the coalition include A and B" (not "members attending included X and
        # Y", the members of a board at its meeting)
        of_venture = subj.lemma_.lower() == "member" and any(
            p.lower_ == "of" and any(g.lemma_.lower() in lex.ventures or _named_venture(g, refs)
                                     for g in p.children) for p in subj.children)
        if (subj.lemma_.lower() in lex.ventures or of_venture) and len(_orgs(refs, listed)) >= 2:
            # "the partnership brings together A, B and C", "members of X include A and B"
            out += _pairs(_orgs(refs, listed), [], sent.start_char)
        elif subj.lower_ in lex.partners and listed:
            owner = _owner(subj, refs)
            if owner:
                out += _pairs([owner], listed, sent.start_char)
    for made in tokens_among(sent, lemmas=_MADE_OF):  # "the X Coalition, made up of A, B, C"
        if made.dep_ == "acl" and made.lemma_ in _MADE_OF and (
            _named_venture(made.head, refs) or made.head.lemma_.lower() in lex.ventures
        ):
            listed = [a for p in made.children if p.dep_ == "prep" and p.lower_ == "of"
                      for a in _with_partners(p, refs)]
            ofs = [p for c in made.children if c.dep_ == "prt" for p in c.children
                   if p.lower_ == "of"]
            listed += [a for p in ofs for a in _with_partners(p, refs)]
            if len(listed) < 2 and ofs:  # the parse may hang the list's tail on the venture
                doc = made.doc
                stop = next((t.i for t in doc[ofs[0].i + 1 : sent.end]
                             if t.pos_ in ("VERB", "AUX") or t.text in (";", ".")), sent.end)
                listed = refs.actors_in(doc[ofs[0].i + 1 : stop])
            out += _pairs(_orgs(refs, listed), [], sent.start_char)
    return out


# "made up of", "composed of", "consisting of", "formed by": a venture and its members
_MADE_OF = frozenset({"make", "compose", "consist", "form", "comprise"})


def _named_venture(tok: Token, refs: Refs) -> bool:
    """Whether the token names a body that is a venture of others by its own name ("the Delta
    River Coalition", "the X Network"): its members, named together, work jointly (the
    venture itself is no partner of its own members)."""
    a = refs.by_token.get(tok.i)
    if a is None or refs.table.actors[a].type != "Organization":
        return False
    last = refs.table.actors[a].name.split()[-1].lower()
    return last in cooperation().ventures - {"programme", "program", "project", "initiative",
                                             "cooperation", "collaboration"}


def _owner(noun: Token, refs: Refs) -> str | None:
    """Whose partners: "its partners", "the Foundation's partners", else the body that was the
    subject of the sentence before, when it spoke of partners or a network."""
    for c in noun.children:
        if c.dep_ == "poss":
            return refs.by_token.get(c.i) or refs.actor_of(c) or (
                refs.table.last_before(c.idx, "Organization") if c.lower_ == "its" else None)
    k = sent_index(noun.doc)[noun.i]
    if k == 0:
        return None
    before = sents(noun.doc)[k - 1]
    if not any(t.lemma_.lower() in cooperation().partners | cooperation().ventures
               for t in before):
        return None
    subj = refs.subject(before.root)
    orgs = [a for a in subj if refs.table.actors[a].type == "Organization"]
    return orgs[0] if len(orgs) == 1 else None


def joined_pairs(sent: Span, refs: Refs, before: list[Pair]) -> list[Pair]:
    """ "the FBI and the ATF later joined the initiative": the newcomers with each other and
    with those already in it: the owner it names ("the initiative of C"), else the pair last
    found in this sentence or the one before."""
    out: list[Pair] = []
    efforts = cooperation().joined_efforts
    for verb in tokens_among(sent, lemmas=_JOIN):
        if verb.lemma_ != "join" or verb.pos_ != "VERB":
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in efforts | DOCUMENTS:
            continue  # "joined the initiative", "joined the memorandum as a party"
        newcomers = [a for a in doers(verb, refs) if refs.table.actors[a].type == "Organization"]
        if not newcomers:
            continue
        owners = [a for c in obj.children if c.dep_ == "poss" for a in members(c, refs)]
        owners += [a for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                   for a in _with_partners(p, refs)]
        if not owners:
            k = sent_index(sent.doc)[sent.start]
            start = sents(sent.doc)[k - 1].start_char if k else sent.start_char
            recent = [p for p in before if p[2] >= start]
            # every party of the latest pairs told ("A, B and C signed ...; D joined it")
            last = max((p[2] for p in recent), default=None)
            owners = list(dict.fromkeys(x for p in recent if p[2] == last for x in p[:2]))
        out += _pairs(newcomers, [o for o in owners if o not in newcomers], sent.start_char)
    return out


def partner_of_pairs(sent: Span, refs: Refs) -> list[Pair]:
    """ "B serving as A's implementing partner", "B, A's partner", "B is the implementing
    partner of A": B with A."""
    out: list[Pair] = []
    partners = cooperation().partners
    for t in tokens_among(sent, partners):
        if t.lower_ not in partners:
            continue
        owner = next((refs.by_token.get(c.i) for c in t.children if c.dep_ == "poss"), None)
        if owner is None:
            ofs = [p for p in t.children if p.dep_ == "prep" and p.lower_ == "of"]
            owner = next(iter(a for p in ofs for a in _with_partners(p, refs)), None)
        if owner is None:
            if t.dep_ == "attr" and t.tag_ == "NNS":  # "A and B are partners in the project"
                out += _pairs(_orgs(refs, doers(t.head, refs)), [], sent.start_char)
            continue
        who: list[str] = []
        apposed = [a for c in t.children if c.dep_ == "appos" for a in members(c, refs)]
        if apposed:  # "A's implementing partners, B and C, trained ..."
            who = apposed
        elif t.dep_ == "appos":
            who = [refs.by_token[t.head.i]] if t.head.i in refs.by_token else []
        elif t.dep_ == "pobj" and t.head.lower_ == "as":  # "serving / acting as"
            who = doers(t.head.head, refs) if t.head.head.pos_ in ("VERB", "AUX") else []
        elif t.dep_ == "attr":  # "B is A's partner"
            who = doers(t.head, refs)
        out += [(a, owner, sent.start_char) for a in _orgs(refs, who) if a != owner]
    return out
