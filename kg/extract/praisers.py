"""Who praises: the subject of a verb of praise, or whom it stands for (a pronoun, a title, "we"
of a body, the body a list's lead-in names)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.lexicon import lexicon
from kg.extract.members import members_body, we_body
from kg.extract.parsed import doc_tokens_among, sent_of
from kg.extract.parsed import text as doc_text
from kg.extract.praise_lists import body_they_make_up, first_word, lead_in_body, opens_item
from kg.extract.refs import PRONOUNS, Refs

_WE = {"we", "our", "us"}


# where a person named in a sentence is not its subject: "In talks with A, he thanked B"
_ADJUNCT = {"prep", "pobj", "advcl", "appos", "npadvmod", "acl", "relcl"}


def praisers(verb: Token, refs: Refs) -> list[str]:
    """Who praises, as a list: the persons a relative clause of praise hangs on ("Dr A and Mr
    B, who praised X": both), else the one :func:`praiser` finds."""
    relative = _relative_subject(verb, refs)
    if relative:
        return relative
    one = praiser(verb, refs)
    return [one] if one else []


def _relative_subject(verb: Token, refs: Refs) -> list[str]:
    """ "..., Police General A, who commended X": the person named just before "who", with
    those named with him in one coordination ("Dr A and Mr B, who praised X": both), wherever
    the parse hangs the clause; none when no person stands just before it."""
    who = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "who"
                and c.i < verb.i), None)
    if verb.dep_ != "relcl" or who is None:
        return []
    k = who.i - 1
    while k >= 0 and verb.doc[k].text == ",":
        k -= 1
    people: list[str] = []
    node = verb.doc[k] if k >= 0 else None
    while node is not None:
        a = refs.by_token.get(node.i)
        if a is None or refs.table.actors[a].type != "Person":
            break
        if a not in people:
            people.append(a)
        node = node.head if node.dep_ == "conj" and node.head.i != node.i else None
    return people[::-1]


def praiser(verb: Token, refs: Refs) -> str | None:
    """Who praises: the subject nearest the verb; a pronoun subject is not someone named in an
    adjunct of the same sentence ("In talks with A, he thanked B": he is not A); the members
    of a body ("Participants praised", "the Heads of Government: - praised") are the body; "We
    ... commend" of a communique, or a list item with no lead-in, names no one."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i),
                      key=lambda c: verb.i - c.i)
    if any(c.lower_ in _WE for c in subjects):
        # "our network thanks": the body writing, if named; or "for us at X"
        return we_body(subjects[0], refs) or _we_at(verb.doc, refs)
    if not subjects and verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        return praiser(verb.head, refs)  # "We want to thank X", "he wished to thank X"
    if subjects:
        near = subjects[0]
        named = refs.actors_in(near.subtree)
        if named:  # "IOM's Chief of Mission, Ms X, appreciated": the person, not the body
            own = refs.by_token.get(near.i)
            people = [a for a in named if refs.table.actors[a].type == "Person"]
            # "the EBRD's head of office, Mr X, said ... and commended": the person in
            # apposition speaks, not the body the parse made the subject's head
            beside = [a for c in near.children if c.dep_ == "appos"
                      and (a := refs.by_token.get(c.i)) in people]
            if beside:
                return beside[0]
            return own if own in named else (people[0] if people else named[0])
        who = refs.actor_of(near) or _by_surname(near, refs) or refs.surname(near) or \
            members_body(near, refs) or \
            refs.titled_proper(near) or _body_by_word(near, refs) or _answerer(near, refs) or \
            body_they_make_up(near, refs)
        if who is None and _unquoted_i(near):
            return None  # "I want to thank A": the blog's writer, not A
        if who and near.lower_ in PRONOUNS and _in_adjunct(verb, who, refs):
            sent = sent_of(verb)
            who = refs.table.last_before(sent.start_char, "Person") if sent.start else None
        if who:
            return who
        if near.ent_type_ in ("GPE", "NORP", "LOC"):
            return None  # a country praises ("Britain praised"): no actor, not another one
        if near.ent_type_ == "PERSON" and near.pos_ == "PROPN":
            return None  # a person the table lacks ("Alam said ... and thanked"): not another
        if near.pos_ == "PROPN" and any(c.lower_ == "the" for c in near.lefts) and \
                near.lower_ not in lexicon().title_words:
            return None  # "The Assembly thanked" with no such body: not the last speaker
    if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # "X said the Board would act, and commended B": the doer of the verb it is
        # coordinated with (X), not the subject of a clause reported in between
        return praiser(_coordinated_with(verb), refs)
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i < verb.head.i:
        # "Thanking A for its support, X said ...": the subject of the clause it opens
        main = refs.subject(verb.head)
        if main:
            return main[0]
    if not subjects and (verb.i == first_word(verb) or opens_item(verb)):
        # "- praised X": an item of a list whose lead-in names who acts ("the Heads of
        # Government:"), else of a text adopted by all ("5. Commend the ACB")
        return lead_in_body(verb, refs)
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


_WE_US = frozenset({"us", "we"})


def _we_at(doc: Doc, refs: Refs) -> str | None:
    """The body a report's "we" write for, where it says so: "for us at X", "we at X", "those
    of us from X"; the one such body, else None."""
    found = set()
    for t in doc_tokens_among(doc, _WE_US):
        if t.lower_ in ("us", "we") and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in (
            "at", "from"
        ):
            a = refs.by_token.get(t.i + 2)
            if a is None and doc[t.i + 2].lower_ == "the":
                a = refs.by_token.get(t.i + 3)
            if a and refs.table.actors[a].type == "Organization":
                found.add(a)
    return found.pop() if len(found) == 1 else None


_ANSWER = re.compile(r"\s*(?:\*\*)?A\s*[:.]")
_QUESTION = re.compile(r"^\s*(?:\*\*)?Q\s*[:.]", re.M)
_INTERVIEW = re.compile(r"\b(?:spoke|talked|talks|speaks) (?:to|with)\b|\binterview(?:ed)? with\b|"
                        r"\binterviewed\b", re.I)
# a speaker's label opening a line of a transcript: "Mensah: I think ...", "**Dr Osei:** I ..."
_LABEL = re.compile(r"[ \t]*(?:\*\*)?((?:[A-Z][\w.'\u2019-]*[ \t]?){1,4}?)(?:\*\*)?[ \t]*:"
                    r"(?:\*\*)?[ \t]")
# the interviewer's credit, whose name is not the one answering
_BY = re.compile(r"\b(?:interview(?:ed)?|questions?) by\b", re.I)


def _answerer(tok: Token, refs: Refs) -> str | None:
    """ "I" in the answer of an interview: the person a transcript's label names ("Osei: I
    want to thank ..."), else, in a report set out as questions and answers ("A:" lines, or
    paragraphs that follow a paragraph asking a question), the person interviewed."""
    if tok.lower_ != "i":
        return None
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    label = _LABEL.match(text, start)
    if label and label.group(1).strip() not in ("A", "Q"):
        return _labelled(label.group(1), refs)
    if _ANSWER.match(text, start) and _QUESTION.search(text):
        return _interviewee(tok, start, refs)
    asked = [p.strip() for p in text[:start].split("\n") if p.strip()]
    if asked and asked[-1].endswith("?") and not text[start:].split("\n")[0].rstrip(
    ).endswith("?") and _BY.search(text[:start]):
        return _interviewee(tok, start, refs)
    return None


def _labelled(label: str, refs: Refs) -> str | None:
    """The one person whose name ends with the label's last word ("Mensah-Bonsu:")."""
    last = label.split()[-1].lower()
    people = {a.id for a in refs.table.actors.values() if a.type == "Person"
              and a.name.split()[-1].lower() == last}
    return people.pop() if len(people) == 1 else None


def _interviewee(tok: Token, start: int, refs: Refs) -> str | None:
    """The person the report says it spoke to or interviewed, before the answer; else the
    first person it names who is not credited as asking the questions ("Interview by X")."""
    for sent in tok.doc.sents:
        if sent.start_char >= start:
            break
        said = _INTERVIEW.search(sent.text)
        if said:
            # the one spoken to, after the words, not the correspondent before them ("Our
            # correspondent X spoke to the General Manager, Ms Y")
            after = sent.start_char + said.end()
            people = [m.actor for m in refs.table.mentions if m.type == "Person" and m.actor
                      and sent.start_char <= m.start < sent.end_char]
            people.sort(key=lambda a: min(m.start for m in refs.table.mentions
                                          if m.actor == a and m.start >= sent.start_char) < after)
            if people:
                return people[0]
    text = doc_text(tok.doc)
    asking = {m.actor for m in refs.table.mentions if m.actor and _BY.search(
        text[text.rfind("\n", 0, m.start) + 1 : m.start])}
    return next((m.actor for m in refs.table.mentions if m.type == "Person" and m.actor
                 and m.start < start and m.actor not in asking), None)


def _unquoted_i(tok: Token) -> bool:
    """ "I" outside quotation marks: the writer of a blog or a column, who is no actor (the
    byline is the report's metadata), not the person named last."""
    if tok.lower_ not in ("i", "me"):
        return False
    text = doc_text(tok.doc)
    start = text.rfind("\n", 0, tok.idx) + 1
    before = text[start : tok.idx]
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 0
