"""Whom a praise is aimed at: the actors named in the object of a verb of praise or in what
follows a noun of thanks, without the reason given ("thanked X for Y")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.cooperation import cooperation
from kg.extract.cowork import named_again
from kg.extract.members import counted_group, qualified_ref, titled_person
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.signatories import signed_groups

# clauses inside the praised object that name others: "an example to the world that B would
# follow", "the agencies, which C funds"
_CLAUSES = {"relcl", "acl", "advcl", "ccomp"}


# prepositions that give the reason of praise, not its target: "thanked X for Y",
# "congratulated X on its contribution to Y"
_REASONS = {"for", "on", "upon", "over"}


def object_words(obj: Token, verb: Token, refs: Refs, reach: Token | None = None) -> list[Token]:
    """The words of the praised object, without the reason ("for ...", "on ...") hung on the
    verb (or on ``reach``, the noun of thanks) or on an actor praised, and without the clauses
    inside it."""
    out: list[Token] = []
    # "for" gives a reason wherever it hangs; "on" only after a named actor ("congratulated
    # A on its gift"), not after a common noun ("thanked the agencies on the ground, notably A")
    named_obj = any(c.dep_ == "dobj" and c.i in refs.by_token for c in verb.children)
    reasons = [t for t in obj.subtree if t.dep_ == "prep" and t.lower_ in _REASONS and (
        t.head.i in refs.by_token or (t.lower_ == "for" or named_obj) and (
            t.head.i == verb.i or (reach is not None and t.head.i == reach.i)))]
    # what follows the reason's word (a misparse can hang a praised name just before it)
    skip = {u.i for t in reasons for u in t.subtree if u.i >= t.i}
    skip |= {u.i for t in obj.subtree for c in _affiliations(t, refs) for u in c.subtree}
    for t in obj.subtree:
        if t.i in skip:
            continue
        node = t
        while node.i != obj.i and node.dep_ not in _CLAUSES:
            node = node.head
        if node.i == obj.i or _doer_of_praised(t, node):
            out.append(t)
    return out


_AFFILIATED = {"of", "at", "from"}


def _affiliations(t: Token, refs: Refs) -> list[Token]:
    """What only says where a praised person works: "Dr X of the Agency", "Dr X, the head of
    the Agency", "the Director of the Agency, Dr X" (the praise is the person's, not the
    body's)."""
    a = refs.by_token.get(t.i)
    person = a is not None and refs.table.actors[a].type == "Person"
    titled = a is None and any(
        c.dep_ == "appos" and (p := refs.by_token.get(c.i)) and
        refs.table.actors[p].type == "Person" for c in t.children)
    if not (person or titled):
        return []
    return [c for c in t.children if c.i not in refs.by_token and (
        c.dep_ == "prep" and c.lower_ in _AFFILIATED or person and c.dep_ == "appos")]


def _doer_of_praised(t: Token, clause: Token) -> bool:
    """ "the role played by A", "the work done by A": the doer of a praised thing, named as the
    agent of a participle that qualifies it."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN":
        return False
    agent = next((c for c in clause.children if c.dep_ == "agent"), None)
    return agent is not None and any(g.i == t.i for g in agent.subtree)


def clause_free(prep: Token) -> list[Token]:
    """The words of a preposition's object, without the clauses inside it."""
    out = []
    for t in prep.subtree:
        node = t
        while node.i != prep.i and node.dep_ not in _CLAUSES:
            node = node.head
        if node.i == prep.i:
            out.append(t)
    return out


def antecedent(clause: Token, refs: Refs) -> str | None:
    """ "X, whom we thank", "X, a former member of the Forum, whom we thank": the one the
    relative clause is about, the person of the apposition it may hang inside, else the actor
    it hangs on."""
    node, first = clause.head, None
    for _ in range(6):
        a = refs.by_token.get(node.i)
        if a and refs.table.actors[a].type == "Person":
            return a
        first = first or a
        if node.dep_ not in ("pobj", "prep", "appos") or node.head.i == node.i:
            break
        node = node.head
    return first


def aimed_at(words: list[Token], refs: Refs) -> list[str]:
    """The actors the words of a praised object name, each once: "both ports", "the three
    regulators" are the bodies named together before (or the parties of a signing), one
    endorsement each."""
    out: list[str] = []
    for t in words:
        # a counted group praised ("praised both ports"), not one of a circumstance ("after
        # two years of talks")
        aimed = t.dep_ in ("dobj", "conj", "nsubjpass") or t.dep_ == "pobj" and t.head.lower_ \
            == "to"
        group = counted_group(t, refs, _signed(refs)) if t.tag_ == "NNS" and aimed else []
        if not group and t.tag_ == "NNS" and aimed:
            group = _counted_by_name(t, refs) or _bare_crews(t, refs)
        for a in group or [x for x in [_praised(t, refs)] if x]:
            if a and a not in out:
                out.append(a)
    return out


def _signed(refs: Refs) -> list[list[str]]:
    """The parties of each document the report says was signed, in order (read when a counted
    plural needs them)."""
    return [parties for parties, _ in signed_groups(refs.doc, refs)]


def _praised(t: Token, refs: Refs) -> str | None:
    """The actor a token of the praised object names: "the ACB", "the coalition" (the one
    last named), "the Philippine government" (the one of the Philippines), "the Amir" (the
    person named in apposition to that title), "it" (the body last named). Not a body that
    only qualifies the noun praised: "thanked the UN agencies on the ground" thanks the
    agencies."""
    a = refs.by_token.get(t.i)
    if a is not None:
        last = t  # the name's last word, and what it hangs on
        while last.head.i != last.i and refs.by_token.get(last.head.i) == a:
            last = last.head
        head = last.head
        if last.dep_ == "compound" and head.pos_ == "NOUN" and head.i not in refs.by_token:
            # "the UN agencies" are not the UN; "the NRC staff", "the IOM team" are its people
            return a if head.lemma_.lower() in cooperation().crews else None
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if last.dep_ == "compound" and head.i not in refs.by_token and any(
                c.dep_ == "appos" and (p := refs.by_token.get(c.i)) and
                refs.table.actors[p].type == "Person" for c in head.children):
            return None  # "thanked the Agency Director, Dr X": Dr X, not the Agency
        return a
    if t.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in t.lefts):
        again = named_again(t, refs)
        if again:
            return again
    the = any(c.lower_ == "the" for c in t.lefts)
    placed = any(c.dep_ == "poss" and c.text[:1].isupper() and c.i not in refs.by_token
                 for c in t.lefts)  # "praised Colombia's government"
    if t.pos_ in ("NOUN", "PROPN") and (the or placed):
        qualified = qualified_ref(t, refs)
        if qualified is not False:
            return qualified or _short_form(t, refs)
    if t.pos_ == "NOUN" and t.tag_ == "NNS" and any(
        c.lower_ in ("both", "two", "three", "four", "five", "six") for c in t.children
    ):
        return None  # "the three regulators" that no group fits: not one body so named
    if t.pos_ == "NOUN":
        return refs.actor_of(t)
    if t.pos_ == "PROPN" and the:  # "the Amir", "the Bank"
        low = t.lower_
        # not the praiser's own body named with him ("X, Secretary at the Economic Commission,
        # congratulated the Commission on its plan": the body the report is about)
        own = _praisers_phrase(t, refs)
        return titled_person(t, refs) or refs.titled_proper(t) or refs.table.last_before(
            t.idx, "Organization", lambda a: low in a.name.lower().split() and a.id not in own)
    if t.lower_ in ("his", "her") and t.dep_ == "poss" and t.head.pos_ == "NOUN" and \
            t.head.dep_ in ("pobj", "dobj"):  # not "thanked Mr X and his staff"
        return refs.actor_of(t)  # "paid tribute to his patient work": to him
    if t.lower_ in ("him", "her") and t.dep_ == "dobj":  # "thanked him": the man last named
        return refs.actor_of(t)
    if t.lower_ == "it" and t.dep_ == "dobj":  # "hailed it as a new force": the body last named
        return refs.table.last_before(t.idx, "Organization")
    return None


def _praisers_phrase(t: Token, refs: Refs) -> set[str]:
    """The actors named in the subject of the verb the praised word hangs on."""
    verb = t
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return {a for c in verb.children if c.dep_ == "nsubj" for u in c.subtree
            if (a := refs.by_token.get(u.i))}


def _short_form(t: Token, refs: Refs) -> str | None:
    """ "the Red Cross" for the "Honduran Red Cross" named before: the organization last named
    whose name holds the capitalized words of the phrase, in that order (a short qualifier
    such as "Red" that no stem test can weigh)."""
    words = [c for c in t.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    if not words or t.pos_ != "PROPN" or any(c.i in refs.by_token for c in words):
        return None
    phrase = " " + " ".join(w.lower_ for w in [*words, t]) + " "
    return refs.table.last_before(
        t.idx, "Organization", lambda a: phrase in f" {a.name.lower()} ")


def _counted_by_name(tok: Token, refs: Refs) -> list[str]:
    """ "the two regional centres" when no list names them together: the last organizations
    named apart whose names hold the noun and its qualifiers ("Regional Centre for ... West
    Africa", "Regional Centre for ... Central Africa"), just that many, else none."""
    size = next((_COUNTED[c.lower_] for c in tok.children
                 if c.dep_ in ("nummod", "det", "predet") and c.lower_ in _COUNTED), None)
    if size is None or tok.lemma_.lower() in cooperation().crews:
        return []  # "lauded the two teams that drafted it": the teams, not two bodies
    nouns = {tok.lemma_.lower(), tok.lemma_.lower().replace("re", "er")}  # centre / center
    mods = [c.lower_ for c in tok.lefts if c.dep_ in ("amod", "compound") and c.is_alpha]

    def fits(name: str) -> bool:
        words = [w.lower() for w in name.split()]
        return bool(nouns & set(words)) and all(m in words for m in mods)

    found: list[str] = []
    text = doc_text(tok.doc)
    for m in reversed(refs.table.mentions):
        # the words as written, with the one before (a mention may start after its qualifier:
        # "the [Regional] Centre for ..."), or the actor's name
        written = " ".join(text[max(0, m.start - 20) : m.start].split()[-1:]) + " " + m.text
        if m.start < tok.idx and m.actor and m.type == "Organization" and m.actor not in found \
                and (fits(written) or fits(refs.table.actors[m.actor].name)):
            found.append(m.actor)
    # as many as the count, no more: "the two centres" among three so named is no one
    return found[::-1] if len(found) == size else []


_COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _bare_crews(tok: Token, refs: Refs) -> list[str]:
    """ "commended both teams" after a signing of two bodies, the noun bare: the two parties
    (the teams that signed). Not "the two teams that drafted it", "the teams of A": people
    the words single out, not the bodies."""
    if tok.lemma_.lower() not in cooperation().crews or any(
        c.dep_ in ("relcl", "acl", "prep", "poss", "compound", "amod") for c in tok.children
    ):
        return []
    size = next((_COUNTED[c.lower_] for c in tok.children
                 if c.dep_ in ("nummod", "det", "predet") and c.lower_ in _COUNTED), None)
    groups = [g for g in _signed(refs) if len(g) == size]
    return groups[-1] if groups else []
