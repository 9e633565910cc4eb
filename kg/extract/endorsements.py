"""Who praised whom: "X praised / commended / thanked / paid tribute to Y"."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.cooperation import cooperation
from kg.extract.lexicon import Lexicon, lexicon
from kg.extract.members import (
    counted_group,
    members_body,
    qualified_ref,
    titled_person,
    we_body,
)
from kg.extract.parsed import lower_text, sent_of, sents, span_tokens
from kg.extract.parsed import text as doc_text
from kg.extract.refs import PRONOUNS, Refs
from kg.extract.signatories import signed_groups


def endorsements(doc: Doc, refs: Refs, lex: Lexicon) -> list[tuple[str, str, int]]:
    """(source, target, offset) for "X praised / commended / thanked / paid tribute to Y", and
    "X was grateful to Y"."""
    out: list[tuple[str, str, int]] = []
    grateful = cooperation().grateful
    for sent in sents(doc):
        for tok in span_tokens(sent):
            if tok.lower_ in grateful and tok.pos_ == "ADJ":
                out += _grateful(tok, refs)
                continue
            if tok.dep_ == "nsubj" and tok.lemma_.lower() in cooperation().thanks and \
                    tok.pos_ == "NOUN":
                out += _thanks_went(tok, refs)
                continue
            given = _thanks_noun(tok)
            if given is not None:
                out += _thanks_given(tok, given, refs)
                continue
            phrase_hit = tok.lemma_ in ("pay", "express") and any(
                p in lower_text(sent) for p in lex.phrases["endorse"]
            )
            if not (tok.lemma_ in lex.verbs["endorse"] and tok.pos_ == "VERB") and not phrase_hit:
                continue
            source = _praiser(tok, refs)
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            # "the work of X was praised by Y": Y praised X; else what follows the verb ("In
            # talks with A, he thanked B": not A, a circumstance before the verb)
            objs = [c for c in tok.children if c.dep_ == "nsubjpass"] if passive else [
                c for c in tok.children if (c.dep_ in ("dobj", "prep", "dative", "attr")
                                            or c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN"))
                and c.i > tok.i and c.lower_ not in _CIRCUMSTANCES
            ]  # a noun in conjunction with the verb: "thanked A for X, and B for Y"
            targets = _targets([t for o in objs for t in _object_words(o, tok, refs)], refs)
            if tok.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("whom", "who")
                                           and c.i < tok.i for c in tok.children):
                targets += [a for a in [_antecedent(tok, refs)] if a and a not in targets]
            for who in _who_together(tok, source, refs):
                for target in targets:
                    if target != who:
                        out.append((who, target, sent.start_char))
    return list(dict.fromkeys(out))


def _who_together(verb: Token, source: str | None, refs: Refs) -> list[str]:
    """ "..., A and B, who praised C": a "who" after people named together is each of them,
    not only the one named last; any other praiser is the one source found."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who"
                                       for c in verb.children):
        return [source] if source else []
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    people: list[str] = []
    # "the two envoys, A and B, who praised": the names in apposition to the noun
    todo = [first] + [c for c in first.children if c.dep_ == "appos"]
    while todo:
        t = todo.pop(0)
        a = refs.by_token.get(t.i)
        if a and refs.table.actors[a].type == "Person" and a not in people:
            people.append(a)
        todo += [c for c in t.children if c.dep_ == "conj"]
    if len(people) > 1 and source in people:
        return people
    return [source] if source else []


# clauses inside the praised object that name others: "an example to the world that B would
# follow", "the agencies, which C funds"
_CLAUSES = {"relcl", "acl", "advcl", "ccomp"}


# prepositions of time, place or circumstance hung on the verb: "thanked A, after two years of
# talks with B" does not thank B
_CIRCUMSTANCES = {"after", "before", "during", "since", "following", "despite", "amid",
                  "throughout", "until", "within", "at", "in", "with", "while"}


# prepositions that give the reason of praise, not its target: "thanked X for Y",
# "congratulated X on its contribution to Y"
_REASONS = {"for", "on", "upon", "over"}


def _object_words(obj: Token, verb: Token, refs: Refs, reach: Token | None = None) -> list[Token]:
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
    for t in obj.subtree:
        if t.i in skip:
            continue
        node = t
        while node.i != obj.i and node.dep_ not in _CLAUSES:
            node = node.head
        if node.i == obj.i or _doer_of_praised(t, node):
            out.append(t)
    return out


def _doer_of_praised(t: Token, clause: Token) -> bool:
    """ "the role played by A", "the work done by A": the doer of a praised thing, named as the
    agent of a participle that qualifies it."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN":
        return False
    agent = next((c for c in clause.children if c.dep_ == "agent"), None)
    return agent is not None and any(g.i == t.i for g in agent.subtree)


def _grateful(adj: Token, refs: Refs) -> list[tuple[str, str, int]]:
    """ "X was grateful to Y": X thanks Y. Said for a body by its official ("he said the Fund
    was grateful to Y"), the one who says it."""
    to = [g for p in adj.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.subtree]
    targets = _targets(to, refs)
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


def _thanks_noun(verb: Token) -> Token | None:
    """The noun of thanks a verb gives: "expressed its gratitude", "extended her thanks",
    "paid tribute"; None for any other verb or object."""
    lex = cooperation()
    if verb.lemma_ not in lex.give_thanks or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in lex.thanks), None)


def _thanks_given(verb: Token, noun: Token, refs: Refs) -> list[tuple[str, str, int]]:
    """ "X expressed its gratitude to Y for Z": X thanks Y (not Z); "voiced appreciation for
    the work of Y", with no one thanked "to": Y."""
    source = _praiser(verb, refs)
    if source is None:
        return []
    preps = [p for h in (noun, verb) for p in h.children
             if p.dep_ in ("prep", "dative") and p.i > noun.i]
    to = [p for p in preps if p.lower_ == "to"]
    # the noun with what hangs on it (a list the parse hung on "tribute"), and "to" on the verb
    # (not its owner: "conveyed the Board's thanks to Y" is the Board's thanks, not to it)
    owner = {u.i for c in noun.children if c.dep_ == "poss" for u in c.subtree}
    words = [t for t in _object_words(noun, verb, refs, noun) if t.i not in owner]
    words += [t for p in to if p.head.i == verb.i for t in _object_words(p, verb, refs, noun)]
    if not to:  # "appreciation for the work of Y": no one thanked "to", the work's doer
        words += [t for p in preps if p.lower_ == "for" for t in _clause_free(p)]
    targets = [a for a in _targets(words, refs) if a != source]
    pos = sent_of(verb).start_char
    return [(source, t, pos) for t in targets]


def _thanks_went(noun: Token, refs: Refs) -> list[tuple[str, str, int]]:
    """ "Special thanks went to A, X said", "Her thanks go to A": the one who says it (or
    whose thanks they are) thanks A."""
    verb = noun.head
    to = [t for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ == "to"
          for t in _clause_free(p)]
    targets = _targets(to, refs)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    source = (refs.actor_of(owner) if owner is not None else None) or refs.speaker(verb)
    if not targets or source is None:
        return []
    pos = sent_of(noun).start_char
    return [(source, t, pos) for t in targets if t != source]


def _clause_free(prep: Token) -> list[Token]:
    """The words of a preposition's object, without the clauses inside it."""
    out = []
    for t in prep.subtree:
        node = t
        while node.i != prep.i and node.dep_ not in _CLAUSES:
            node = node.head
        if node.i == prep.i:
            out.append(t)
    return out


_WE = {"we", "our", "us"}
# where a person named in a sentence is not its subject: "In talks with A, he thanked B"
_ADJUNCT = {"prep", "pobj", "advcl", "appos", "npadvmod", "acl", "relcl"}


def _praiser(verb: Token, refs: Refs) -> str | None:
    """Who praises: the subject nearest the verb; a pronoun subject is not someone named in an
    adjunct of the same sentence ("In talks with A, he thanked B": he is not A); the members
    of a body ("Participants praised", "the Heads of Government: - praised") are the body; "We
    ... commend" of a communique, or a list item with no lead-in, names no one."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: verb.i - c.i)
    if any(c.lower_ in _WE for c in subjects):
        return we_body(subjects[0], refs)  # "our network thanks": the body writing, if named
    if not subjects and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return _praiser(verb.head, refs)  # "We want to thank X", "he wished to thank X"
    if subjects:
        near = subjects[0]
        named = refs.actors_in(near.subtree)
        if named:  # "IOM's Chief of Mission, Ms X, appreciated": the person, not the body
            own = refs.by_token.get(near.i)
            people = [a for a in named if refs.table.actors[a].type == "Person"]
            return own if own in named else (people[0] if people else named[0])
        who = refs.actor_of(near) or _by_surname(near, refs) or members_body(near, refs) or \
            _body_by_word(near, refs)
        if who and near.lower_ in PRONOUNS and _in_adjunct(verb, who, refs):
            sent = sent_of(verb)
            who = refs.table.last_before(sent.start_char, "Person") if sent.start else None
        if who:
            return who
        if near.ent_type_ in ("GPE", "NORP", "LOC"):
            return None  # a country praises ("Britain praised"): no actor, not another one
        if near.pos_ == "PROPN" and any(c.lower_ == "the" for c in near.lefts) and \
                near.lower_ not in lexicon().title_words:
            return None  # "The Assembly thanked" with no such body: not the last speaker
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "X said the Board would act, and commended B": the doer of the verb it is
        # coordinated with (X), not the subject of a clause reported in between
        return _praiser(_coordinated_with(verb), refs)
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i:
        # "Thanking A for its support, X said ...": the subject of the clause it opens
        main = refs.subject(verb.head)
        if main:
            return main[0]
    if not subjects and (verb.i == _first_word(verb) or _opens_item(verb)):
        # "- praised X": an item of a list whose lead-in names who acts ("the Heads of
        # Government:"), else of a text adopted by all ("5. Commend the ACB")
        return _lead_in_body(verb, refs)
    subject = refs.subject(verb)
    return subject[0] if subject else refs.speaker(verb)


_MODALS = {"would", "will", "could", "can", "should", "might", "may", "'d", "'ll"}


def _coordinated_with(verb: Token) -> Token:
    """The verb a conjunct of praise shares its doer with. The parse may hang it on the verb of
    a reported clause ("X said the Board would open plants, and commended B"): when a comma
    sets it off, or it is a past tense after a modal, it is the reporting verb's (X's)."""
    head = verb.head
    said = head.head if head.dep_ == "ccomp" else None
    if said is None or said.lemma_ not in lexicon().verbs["speech"]:
        return head
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i < verb.i), None)
    comma = cc is not None and cc.i > 0 and verb.doc[cc.i - 1].text == ","
    modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children)
    return said if comma or (modal and verb.tag_ == "VBD") else head


def _by_surname(tok: Token, refs: Refs) -> str | None:
    """ "Commissioner Molibeli" where the report named "Holomo Molibeli": the one person whose
    last name the word is."""
    if tok.pos_ != "PROPN":
        return None
    people = {a.id for a in refs.table.actors.values()
              if a.type == "Person" and a.name.split()[-1] == tok.text}
    return people.pop() if len(people) == 1 else None


def _body_by_word(tok: Token, refs: Refs) -> str | None:
    """ "The Assembly", "the Forum" (a capitalized word after "the", as a communique refers to
    the body that met): the organization last named before it with that word in its name."""
    if tok.pos_ != "PROPN" or not any(c.lower_ == "the" for c in tok.lefts) or any(
        c.dep_ == "compound" for c in tok.lefts
    ):
        return None
    low = tok.lower_
    # a proper name, not a phrase taken for one ("next Assembly")
    return refs.table.last_before(tok.idx, "Organization", lambda a: a.name[:1].isupper()
                                  and low in a.name.lower().split())


_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s*")


def _opens_item(verb: Token) -> bool:
    """Whether the verb opens a line of a list ("- praised X", "5. Commend X"; the bullets of
    a Markdown list are gone from the text a loader gives)."""
    text = doc_text(verb.doc)
    start = text.rfind("\n", 0, verb.idx) + 1
    before = text[start : verb.idx]
    return not before.strip() or _BULLET.fullmatch(before) is not None


def _lead_in_body(verb: Token, refs: Refs) -> str | None:
    """The actor a list's lead-in names as acting, for an item with no subject: "On Haiti, the
    Heads of Government, expressing concern: - praised X" (the body the heads make up)."""
    text = doc_text(verb.doc)
    end = text.rfind("\n", 0, verb.idx)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.rstrip().endswith(":"):
            line_span = verb.doc.char_span(start, end, alignment_mode="expand")
            if line_span is None:
                return None
            # the lead-in is the line's last sentence: "X opened it. The delegates agreed:"
            colon = next((t for t in reversed(line_span) if t.text == ":"), None)
            if colon is None:
                return None
            span = verb.doc[max(line_span.start, sent_of(colon).start) : colon.i]
            named = refs.actors_in(span)
            if named:  # "the Heads of Government": the Conference of Heads of Government
                return _made_up_of(named[0], refs) or named[0]
            return next((b for t in span if (b := members_body(t, refs))), None)
        item = _BULLET.match(line) or line.rstrip().endswith((";", "; and", "; or"))
        if line.strip() and not item:
            return None  # a paragraph, not the list's lead-in
        end = start - 1
    return None


def _made_up_of(actor: str, refs: Refs) -> str | None:
    """The one organization whose name holds the name of the given one ("Conference of Heads
    of Government of X" for "Heads of Government"): the body those it names make up."""
    name = f" {refs.table.actors[actor].name.lower()} "
    bodies = [a.id for a in refs.table.actors.values() if a.id != actor
              and a.type == "Organization" and name in f" {a.name.lower()} "]
    return bodies[0] if len(bodies) == 1 else None


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


def _antecedent(clause: Token, refs: Refs) -> str | None:
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


def _targets(words: list[Token], refs: Refs) -> list[str]:
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
            return None
        return a
    the = any(c.lower_ == "the" for c in t.lefts)
    if t.pos_ in ("NOUN", "PROPN") and the:
        qualified = qualified_ref(t, refs)
        if qualified is not False:
            return qualified
    if t.pos_ == "NOUN" and t.tag_ == "NNS" and any(
        c.lower_ in ("both", "two", "three", "four", "five", "six") for c in t.children
    ):
        return None  # "the three regulators" that no group fits: not one body so named
    if t.pos_ == "NOUN":
        return refs.actor_of(t)
    if t.pos_ == "PROPN" and the:  # "the Amir", "the Bank"
        low = t.lower_
        return titled_person(t, refs) or refs.table.last_before(
            t.idx, "Organization", lambda a: low in a.name.lower().split())
    if t.lower_ == "it" and t.dep_ == "dobj":  # "hailed it as a new force": the body last named
        return refs.table.last_before(t.idx, "Organization")
    return None
