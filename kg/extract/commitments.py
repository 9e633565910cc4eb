"""Commitments (pledges and calls) of actors; the declarations adopted at events are in
:mod:`kg.extract.declarations`.

A pledge is what an actor promises ("assured continuous support", "will continue to", "is
committed to"); a call is what an actor asks for ("called for", "urged", "stressed the need to",
"must"). The speaker is the subject of the trigger, else of the reporting verb above it, else the
"According to X" of the sentence, else the person last named.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_of, sents
from kg.extract.refs import Refs

_CUT_DEPS = {
    "advcl",
    "parataxis",
    "punct",
    "cc",
    "mark",
    "nsubj",
    "nsubjpass",
    "aux",
    "auxpass",
    "neg",
}
_PLEDGE_MODALS = {"will", "would", "shall"}
_NAMED_SUBJECT = "named subject"  # a trigger that counts only when named bodies are its subject
_CALL_MODALS = {"must", "should"}
_CALL_ADJ = {"essential", "necessary", "vital", "crucial", "imperative"}
_PLEDGE_ADJ = {"committed", "determined", "ready", "willing"}


def _finite_conj(tok: Token) -> bool:
    """A coordinated verb that makes its own statement ("... and assured support"), unlike the
    infinitives of one list ("to coordinate, to share and to widen")."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and tok.tag_ in ("VBD", "VBZ", "VBP", "MD")
    )


def _span_text(doc, toks: list[Token]) -> str:
    """The text of the tokens up to the first one left out (a side clause cut from the middle
    ends the demand there), passing over an aside that reports it ("Every ministry, he added,
    had a responsibility to ...")."""
    if not toks:
        return ""
    kept = {t.i for t in toks}
    pieces: list[str] = []
    start = end = toks[0].i
    while True:
        while end + 1 in kept or (
            end + 1 <= toks[-1].i
            and (doc[end + 1].is_punct or doc[end + 1].is_space)
            and end + 2 in kept
        ):
            end += 1
        pieces.append(doc[start : end + 1].text)
        nxt = next((t.i for t in toks if t.i > end), None)
        gap = doc[end + 1 : nxt] if nxt is not None else []
        if not (
            2 <= len(gap) <= 6
            and gap[0].text == ","
            and gap[-1].text == ","
            and any(t.lemma_ in _ASIDE_VERBS for t in gap)
        ):
            break
        start = end = nxt  # type: ignore[assignment]
    text = " ".join(" ".join(pieces).split()).strip(" ,;:.\"“”‘’")
    text = re.sub(r"^(that|to|for|on)\s+", "", text)
    return re.sub(r"\s*\([A-Z][\w.&-]*\)", "", text)


# a clause these open says when or how the demand is met: part of it
_KEPT_MARKS = {"until", "till", "while", "before", "once", "so"}
_ASIDE_VERBS = {"say", "add", "note", "tell", "stress", "explain", "insist", "observe", "argue"}


def clause_after(head: Token, start: Token | None = None) -> str:
    """The words the head governs after ``start`` (or after itself), without side clauses."""
    after = (start or head).i
    toks: list[Token] = []
    for child in head.children:
        if (
            child.i <= after
            or (child.dep_ in _CUT_DEPS and child.dep_ != "advcl")
            or _side_clause(child)
        ):
            continue
        toks.extend(_without_side_clauses(child))
    return _span_text(head.doc, sorted(t for t in toks if t.i > after))


def _side_clause(c: Token) -> bool:
    """A clause beside the demand ("highlighting ...", "if ...", ", he said"), not a purpose
    ("to help member states ...") that belongs to it."""
    if c.dep_ == "parataxis" or _finite_conj(c):
        return True
    if c.dep_ != "advcl":
        return False
    if any(x.dep_ == "mark" and x.lower_ in _KEPT_MARKS for x in c.children):
        return False  # "will not rest until every trafficker is caught": the pledge itself
    purpose = c.tag_ == "VB" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
    # a participle glued to the words before it is part of them ("more awareness raising");
    # one set off by a comma is a side clause (", highlighting the need to ...")
    glued = c.tag_ == "VBG" and c.i > 0 and c.doc[c.left_edge.i - 1].text != ","
    return not (purpose or glued)


def _without_side_clauses(tok: Token) -> list[Token]:
    cut = [c for c in tok.subtree if c.i != tok.i and _side_clause(c)]
    drop = {t.i for c in cut for t in c.subtree}
    return [t for t in tok.subtree if t.i not in drop]


def _modal_clause(verb: Token) -> str:
    """The clause of a "will" / "must", without its source ("According to X, ...") or the
    frame before its subject ("Under the agreement, ...")."""
    drop = {
        t.i
        for c in verb.children
        if c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("according", "under", "for")
        for t in c.subtree
    }
    toks = [t for t in _without_side_clauses(verb) if t.i not in drop]
    return _span_text(verb.doc, toks)


def _reported(verb: Token, lex: Lexicon) -> bool:
    """Is the clause what someone said (a reporting verb in the sentence, "According to")?"""
    return any(
        t.lemma_ in lex.verbs["speech"]
        or t.lemma_ in ("hope", "promise")
        or t.lower_ == "according"
        for t in sent_of(verb)
    )


def _with_conjuncts(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it ("bring X and adhere to Y")."""
    return [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]]


def _split_list(text: str) -> list[str]:
    """ "four priorities on Member States: A; B; C; and D" -> [A, B, C, D]."""
    head, colon, rest = text.partition(":")
    if colon and rest.count(";") >= 1:
        items = [re.sub(r"^\s*and\s+", "", x).strip(" .") for x in rest.split(";")]
        return [x for x in items if x]
    return [text]


_EMPHASIS = {"stress", "emphasize", "emphasise", "underline", "underscore", "highlight"}
_DEMAND_NOUNS = {"need", "importance", "necessity", "urgency", "part", "value", "priority"}


def _calls_for(tok: Token) -> bool:
    """ "called for X", "called on X to Y" (not "called X a crime")."""
    kids = list(tok.children)
    return any(c.lower_ == "for" for c in kids) or (
        any(c.lower_ == "on" for c in kids) and any(c.dep_ in ("xcomp", "ccomp") for c in kids)
    )


def _asks_to(tok: Token) -> bool:
    """ "directed all prosecutors to act", "encouraged the police to share" (active voice: in
    "officers were directed to act" the one who asks is not named)."""
    kids = list(tok.children)
    to_verb = any(
        any(x.lower_ == "to" for x in c.children if x.dep_ == "aux")
        for c in kids
        if c.dep_ in ("xcomp", "ccomp")
    )
    return to_verb and not any(c.dep_ == "auxpass" for c in kids)


def _demand(tok: Token) -> bool:
    """Does an emphasis verb ask for something: a clause, or "the need / importance of X"?"""
    kids = list(tok.children)
    if any(c.dep_ == "ccomp" for c in kids):
        return True
    return any(c.dep_ == "dobj" and c.lemma_ in _DEMAND_NOUNS for c in kids)


def _under_trigger(verb: Token, lex: Lexicon) -> bool:
    """Is a "would" clause already the object of a pledge or call verb ("promised that the
    office would ...") or itself one ("would demand")? Then it is one commitment, not two."""
    tok = verb
    while True:
        if tok.lemma_ in lex.verbs["pledge"] or tok.lemma_ in lex.verbs["call"]:
            return True
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        tok = tok.head


def _hedged(verb: Token, lex: Lexicon) -> bool:
    """Is the clause what someone hopes, expects or fears ("hoped the talks would succeed",
    "voiced the hope that trade would grow", "warning that inaction would drag ...")?"""
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("ccomp", "xcomp", "acl", "advcl", "relcl") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.lemma_.lower() in lex.verbs["hedge"] or any(
            c.dep_ == "acomp" and c.lemma_.lower() in lex.verbs["hedge"] for c in tok.children
        ):
            return True
    return False


def _clause_subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = next(
            (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")), None
        )
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None


def _foreseen(verb: Token, refs: Refs, lex: Lexicon) -> bool:
    """A "will"/"would" clause that says what will happen rather than what someone will do:
    its subject is a thing ("the deal would create jobs", "the gap would be closed" stays a
    pledge: a passive leaves the doer to the speaker), or it is hoped or expected."""
    if _hedged(verb, lex):
        return True
    subj = _clause_subject(verb)
    if subj is None or subj.dep_ == "nsubjpass":
        return False
    if subj.i in refs.by_token or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    words = lex.verbs["agent_nouns"]
    return not (
        subj.lower_ in words
        or subj.lemma_.lower() in words
        or subj.lower_ in lex.title_words
        or subj.pos_ == "PROPN"
    )


_CURRENCY = {"$", "us$", "€", "£", "eur", "euro", "euros", "usd", "dollars", "pounds"}


def _sum(tok: Token) -> bool:
    """Does the phrase hold a sum of money ("$60 million", "EUR 550 million")?"""
    return any(t.ent_type_ == "MONEY" or t.lower_ in _CURRENCY for t in tok.subtree)


def _np_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text.strip(" ,;.")


def _commitment_noun(tok: Token) -> Token | None:
    """ "renewed their commitment to X", "restated its pledge to": the noun that commits."""
    return next(
        (c for c in tok.children
         if c.dep_ == "dobj" and c.lemma_.lower() in ("commitment", "pledge", "determination",
                                                       "resolve", "resolution", "promise")),
        None,
    )


def _triggers(sent: Span, lex: Lexicon, refs: Refs):
    """(token, kind, text, speaker_only) for each commitment trigger in the sentence.
    ``speaker_only``: the clause's subject is who is asked, so the speaker is the actor; or
    ``_NAMED_SUBJECT``: the trigger counts only when named organizations are its subject."""
    for tok in sent:
        lemma = tok.lemma_
        if tok.pos_ == "VERB" and lemma == "commit" and _committed(tok, refs):
            continue  # read with its object in commitments(): "commits both parties to X"
        if tok.pos_ == "VERB" and lemma in lex.verbs["pledge"]:
            yield tok, "pledge", clause_after(tok), False
        elif tok.pos_ == "VERB" and lemma in lex.verbs["agree"] and any(
            c.dep_ == "xcomp" and any(x.lower_ == "to" for x in c.children) for c in tok.children
        ):  # "agreed (on Monday) to set up a task force": a pledge to do it
            x = next(c for c in tok.children if c.dep_ == "xcomp")
            yield tok, "pledge", clause_after(tok, tok.doc[x.left_edge.i - 1]), False
        elif tok.pos_ == "VERB" and lemma in lex.verbs["renew"] and _commitment_noun(tok):
            yield tok, "pledge", clause_after(tok), False
        elif tok.pos_ == "VERB" and lemma in lex.verbs["money"] and tok.dep_ != "acl" and any(
            c.dep_ == "dobj" and _sum(c) for c in tok.children
        ):  # "announced $1.5 billion", "put in a further $60 million": a sum pledged
            prt = next((c for c in tok.children if c.dep_ == "prt"), None)
            yield tok, "pledge", clause_after(tok, prt), False
        elif tok.pos_ == "NOUN" and tok.lemma_ in ("pledge", "commitment", "contribution") and (
            any(c.dep_ == "prep" and c.lower_ == "of" and _sum(c) for c in tok.children)
        ):  # "followed with the EU's pledge of EUR 550 million"
            at = tok.head if tok.head.pos_ in ("VERB", "ADP") else tok
            yield at, "pledge", _np_text(tok), False
        elif tok.pos_ == "VERB" and lemma in lex.verbs["call"]:
            if lemma == "call" and not _calls_for(tok):
                continue  # "called trafficking a crime" names; "called for X" asks
            if lemma == "appeal" and not any(c.lower_ in ("for", "to") for c in tok.children):
                continue  # "will appeal the ruling" goes to court; "appealed for calm" asks
            if lemma in _EMPHASIS and not _demand(tok):
                continue  # "highlighted the actions taken" reports; "stressed the need" asks
            xcomp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
            if lemma in ("ask", "urge") and xcomp and len(_with_conjuncts(xcomp[0])) > 1:
                for v in _with_conjuncts(xcomp[0]):  # "asked them to look at X and to extend Y"
                    yield tok, "call", _modal_clause(v), False
                continue
            if lemma in ("ask", "urge", "press") or any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "prep") for c in tok.children
            ):
                for item in _split_list(clause_after(tok)):
                    yield tok, "call", item, False
        elif tok.pos_ == "VERB" and lemma in lex.verbs["call_to"] and _asks_to(tok):
            yield tok, "call", clause_after(tok), False
        elif lemma in ("lay", "place", "put") and any(
            c.lower_ in ("stress", "emphasis") for c in tok.children
        ):
            on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
            if on:
                yield tok, "call", clause_after(on[0]), False
        elif (
            tok.lower_ in _PLEDGE_MODALS
            and tok.dep_ == "aux"
            and _reported(tok.head, lex)
            and not _under_trigger(tok.head, lex)
            and not _foreseen(tok.head, refs, lex)
        ):
            yield tok.head, "pledge", _modal_clause(tok.head), False
        elif (
            tok.lower_ in ("will", "shall")
            and tok.dep_ == "aux"
            and tok.head.pos_ == "VERB"
            and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)
            and not _under_trigger(tok.head, lex)
            and not _foreseen(tok.head, refs, lex)
        ):  # "UNODC and IOM will share data": what named bodies will do, stated by the report
            yield tok.head, "pledge", _modal_clause(tok.head), _NAMED_SUBJECT
        elif tok.lower_ in _CALL_MODALS and tok.dep_ == "aux":
            for v in _with_conjuncts(tok.head):
                yield v, "call", _modal_clause(v), True
        elif lemma in ("need", "require") and tok.pos_ == "VERB" and _reported(tok, lex):
            yield tok, "call", _modal_clause(tok), True
        elif tok.lower_ in _CALL_ADJ and tok.dep_ == "acomp" and _reported(tok.head, lex):
            yield tok.head, "call", _modal_clause(tok.head), True
        elif tok.lower_ in _PLEDGE_ADJ and any(c.dep_ in ("xcomp", "prep") for c in tok.children):
            yield tok, "pledge", clause_after(tok), False
        elif tok.lower_ == "responsibility" and any(
            c.dep_ in ("acl", "relcl") for c in tok.children
        ):
            yield tok.head, "call", _modal_clause(tok.head), True


def commitments(
    doc: Doc, refs: Refs, lex: Lexicon, skip: set[int]
) -> list[tuple[str, str, str, int]]:
    """(actor, kind, text, offset) for every pledge and call outside declaration sentences."""
    out: list[tuple[str, str, str, int]] = []
    for k, sent in enumerate(sents(doc)):
        if k in skip:
            continue
        for verb, kind, text, speaker_only in _triggers(sent, lex, refs):
            if len(text.split()) < 2:
                continue
            explicit = verb.lemma_ in lex.verbs["pledge"] or verb.lemma_ in lex.verbs["call"]
            if speaker_only is False and explicit and _someone_unnamed(verb, refs, lex):
                continue  # "Britain promised $150 million": no actor promised it
            subject = [] if speaker_only is True else refs.subject(verb)
            if speaker_only is _NAMED_SUBJECT:
                if not subject or refs.table.actors[subject[0]].type != "Organization":
                    continue
                speaker_only = False
            actors: list[str | None]
            if speaker_only:
                head = verb.head if verb.head.i != verb.i else verb
                actors = [refs.speaker(head, addressed=head.i == verb.i)]
            elif (
                len(subject) > 1
                and all(
                    refs.table.actors[a].type == refs.table.actors[subject[0]].type for a in subject
                )
                and (
                    any(t.dep_ == "cc" for t in sent_of(verb))
                    or any(refs.group_of(c) for c in verb.children if c.dep_ == "nsubj")
                )
            ):
                actors = list(subject)  # "UNODC and IOM signed a memorandum committing them to"
                said = _reporter(verb, refs, lex)
                if said and any(c.lower_ in _PLEDGE_MODALS for c in verb.children):
                    actors = [said]  # "X said the two forces would ...": X pledges it; "X
                    # said the two sides had resolved to ..." stays the pledge of each side
            else:
                actors = [subject[0] if subject else refs.speaker(verb)]
                said = _reporter(verb, refs, lex)
                if said and actors[0] and refs.table.actors[actors[0]].type == "Organization":
                    actors = [said]  # "X said the agency would ...": X speaks for it
            for actor in actors:
                if actor:
                    out.append((actor, kind, text, sent.start_char))
        out += [(a, "pledge", text, sent.start_char) for a, text in _mou_terms(sent, refs)]
        for tok in sent:
            bound = _committed(tok, refs) if tok.lemma_ == "commit" else []
            if bound:  # "commits both cities to keep up ...": a pledge of each one bound
                obj = next(c for c in tok.children if c.dep_ == "dobj")
                text = clause_after(tok, obj.right_edge)
                if len(text.split()) >= 2:
                    out += [(a, "pledge", text, sent.start_char) for a in bound]
    return _without_fragments(out)


_MOU = {"memorandum", "mou", "mous", "agreement", "accord", "pact", "protocol"}
_SCOPE = {"on", "for"}
_ITEM_END = {";", "\n", "."}


def _mou_terms(sent: Span, refs: Refs) -> list[tuple[str, str]]:
    """ "an MOU between A and B on X" / "an MOU on X between A and B": X is a pledge of A and
    of B (an MoU's terms are pledges of each named party). Read along the words, as the parse
    hangs "between" and "on" anywhere."""
    doc, out = sent.doc, []
    end_of_sent = sent.end
    read_to = -1
    for t in sent:
        if t.lower_ not in _MOU or t.i < read_to:
            continue
        i = t.i + 1
        while i < end_of_sent and (doc[i].lower_ in ("of", "understanding", "(", ")")
                                   or doc[i].lower_ in _MOU):
            i += 1
        parties: list[str] = []
        text = ""
        for _ in range(2):  # "between A and B on X" or "on X between A and B"
            if i >= end_of_sent:
                break
            word = doc[i].lower_
            j = i + 1
            while j < end_of_sent and not (
                doc[j].text in _ITEM_END or "\n" in doc[j].text
                or (j not in refs.by_token and doc[j].lower_ in ({"between"} | _SCOPE) - {word})
            ):
                j += 1
            if word == "between":
                parties = refs.actors_in(doc[i + 1 : j])
            elif word in _SCOPE:
                text = doc[i + 1 : j].text.strip(" ,;.")
            else:
                break
            i = j
        read_to = i
        types = {refs.table.actors[a].type for a in parties}
        if len(parties) >= 2 and len(types) == 1 and len(text.split()) >= 2:
            out += [(a, text) for a in parties]
    return out


def _without_fragments(
    found: list[tuple[str, str, str, int]],
) -> list[tuple[str, str, str, int]]:
    """One commitment per demand: a text that is part of another one of the same actor in the
    same sentence ("accept the results" in "stay calm and accept the results") goes, and so
    does a repeat."""
    keep = []
    for k, (actor, kind, text, pos) in enumerate(found):
        if any(
            j != k and a == actor and p == pos and text in t and (len(t) > len(text) or j < k)
            for j, (a, _, t, p) in enumerate(found)
        ):
            continue
        keep.append((actor, kind, text, pos))
    return keep


def _someone_unnamed(verb: Token, refs: Refs, lex: Lexicon) -> bool:
    """Is the verb's subject a doer that is no actor of the report ("Britain", "the German
    government", "they")? A thing as subject ("success would demand ...") leaves the words to
    the speaker."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        doer = (
            c.lower_ == "they"
            or c.pos_ == "PROPN"
            or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")
            or c.tag_ == "NNS"
            or c.lemma_.lower() in lex.verbs["agent_nouns"]
        )
        return doer and refs.unresolved_subject(verb)
    return False


def _committed(tok: Token, refs: Refs) -> list[str]:
    """The actors a "commit" binds through its object ("committing the two bodies to ...")."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in ("itself", "themselves", "ourselves", "himself", "herself"):
        return []
    return refs.actors_in(obj.subtree) or refs.group_of(obj)


def _reporter(verb: Token, refs: Refs, lex: Lexicon) -> str | None:
    """The person whose words the verb's clause reports ("X said the agency would ..."), if
    the clause is the object of a reporting verb with a person for subject."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in lex.verbs["speech"]:
        return None
    who = refs.subject(verb.head)
    return who[0] if who and refs.table.actors[who[0]].type == "Person" else None
