"""Commitments (pledges and calls) of actors; the declarations adopted at events are in
:mod:`kg.extract.declarations`.

A pledge is what an actor promises ("assured continuous support", "will continue to", "is
committed to"); a call is what an actor asks for ("called for", "urged", "stressed the need to",
"must"). The speaker is the subject of the trigger, else of the reporting verb above it, else the
"According to X" of the sentence, else the person last named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.action_points import action_points
from kg.extract.checks import clause_subject, someone_unnamed
from kg.extract.clauses import clause_after, in_heading, modal_clause, run_on
from kg.extract.groups import members, reporters, resolved
from kg.extract.interviews import answering
from kg.extract.lexicon import Lexicon
from kg.extract.members import we_body
from kg.extract.pacts import committed, mou_terms, pact_terms, signed_terms
from kg.extract.parsed import sent_of, sents, tokens_among
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.term_lists import term_lists
from kg.extract.triggers import NAMED_SUBJECT, PLEDGE_MODALS, triggers


def commitments(
    doc: Doc, refs: Refs, lex: Lexicon, skip: set[int]
) -> list[tuple[str, str, str, int]]:
    """(actor, kind, text, offset) for every pledge and call outside declaration sentences."""
    terms, _ = term_lists(doc, refs)  # "Under the MoU, A and B will: - X; - Y"
    out: list[tuple[str, str, str, int]] = [(a, "pledge", t, pos) for a, t, pos in terms]
    # minutes' "ACTION POINTS: - X to circulate the report by May"
    out += [(a, "pledge", t, pos) for a, t, pos in action_points(doc_text(doc), refs)]
    for k, sent in enumerate(sents(doc)):
        if k in skip:
            continue
        for verb, kind, text, speaker_only in triggers(sent, lex, refs):
            if len(text.split()) < 2 or in_heading(verb):
                continue
            explicit = verb.lemma_ in lex.verbs["pledge"] or verb.lemma_ in lex.verbs["call"]
            if speaker_only is False and explicit and someone_unnamed(verb, refs, lex):
                # "Britain promised $150 million": no actor promised it; unless someone reports
                # it ("Both countries, they said, call for") or the doers are a group named
                # near by ("Three missions asked ..." before "The missions were those of A, B")
                doer = clause_subject(verb)
                stand_in = reporters(verb, refs) or (members(doer, refs) if doer else [])
                out += [(a, kind, text, sent.start_char) for a in stand_in]
                continue
            subject = [] if speaker_only is True else refs.subject(verb)
            main = _misattached(verb) if speaker_only is False and not subject else None
            if main is not None:
                subject = refs.subject(main)
            own_modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
            if speaker_only is False and not subject and not own_modal:
                # (a verb with its own "would" makes its own clause: its subject is not the
                # one of the verb it is coordinated with, "France would add ... while Gates
                # would match it")
                doer = clause_subject(verb, through=("conj", "xcomp"))
                if doer is not None and not resolved(doer, refs):
                    stand_in = reporters(verb, refs) or members(doer, refs)
                    out += [(a, kind, text, sent.start_char) for a in stand_in]
                    if stand_in:
                        continue
            if speaker_only is NAMED_SUBJECT:
                who = answering(verb, refs)  # "A: We will extend the wharf" in an interview
                if who:
                    out.append((who, kind, text, sent.start_char))
                    continue
                if not subject or refs.table.actors[subject[0]].type != "Organization":
                    continue
                speaker_only = False
            actors: list[str | None]
            if speaker_only:
                head = verb.head if verb.head.i != verb.i else verb
                actors = list(reporters(verb, refs)) or [
                    refs.speaker(head, addressed=head.i == verb.i)
                ]
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
                if said and any(c.lower_ in PLEDGE_MODALS for c in verb.children):
                    actors = [said]  # "X said the two forces would ...": X pledges it; "X
                    # said the two sides had resolved to ..." stays the pledge of each side
                else:
                    for v, term in _terms(verb):  # "the two ports will assess A, share B and
                        # set up C": the parties' terms, one pledge each
                        if v.i == verb.i:
                            text = term
                        else:
                            out += [(a, kind, term, sent.start_char) for a in actors if a]
            else:
                actors = [subject[0] if subject else
                          _we(verb, refs) or answering(verb, refs) or refs.speaker(verb)]
                said = _reporter(verb, refs, lex)
                if said and actors[0] and refs.table.actors[actors[0]].type == "Organization":
                    actors = [said]  # "X said the agency would ...": X speaks for it
            for actor in actors:
                if actor:
                    out.append((actor, kind, text, sent.start_char))
        out += [(a, "pledge", text, sent.start_char) for a, text in mou_terms(sent, refs)]
        out += [(a, "pledge", text, sent.start_char) for a, text in pact_terms(sent, refs)]
        out += [(a, "pledge", text, sent.start_char) for a, text in signed_terms(sent, refs)]
        for tok in tokens_among(sent, lemmas=_COMMIT):  # (the only tokens read below)
            bound = committed(tok, refs) if tok.lemma_ == "commit" else []
            if bound:  # "commits both cities to keep up ...": a pledge of each one bound
                obj = next(c for c in tok.children if c.dep_ == "dobj")
                text = clause_after(tok, obj.right_edge)
                if len(text.split()) >= 2:
                    out += [(a, "pledge", text, sent.start_char) for a in bound]
    return _without_fragments(out)


_COMMIT = frozenset({"commit"})
_OWN_WORDS = {"dobj", "prep", "xcomp", "ccomp", "attr", "dative", "acomp", "prt"}


def _terms(verb: Token) -> list[tuple[Token, str]]:
    """The verbs a "will" binds one subject to, each with its own words: "will exchange A,
    take part in B and run C" -> three terms; [] when the verb has no such list."""
    if not any(c.dep_ == "aux" and c.lower_ in PLEDGE_MODALS for c in verb.children):
        return []
    verbs = [verb]
    for v in verbs:
        verbs += [c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"
                  and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
                  and not run_on(c)  # "give researchers free access": one term
                  # "train and certify 30 observers": one object shared, one term
                  and any(x.dep_ in _OWN_WORDS and v.i < x.i < c.i for x in v.children)]
    if len(verbs) < 2:
        return []
    return [(v, t) for v in verbs if len((t := modal_clause(v, own=True)).split()) >= 2]


# words that say nothing of what is promised or asked: a text of these and one other word is
# a fragment ("will co" from "will co-supervise", "keep it")
_EMPTY_WORDS = {"will", "would", "shall", "must", "should", "to", "it", "them", "this", "that",
                "these", "those", "so", "the", "a", "an", "and", "or", "also", "not"}


def _without_fragments(
    found: list[tuple[str, str, str, int]],
) -> list[tuple[str, str, str, int]]:
    """One commitment per demand: a text that is part of another one of the same actor in the
    same sentence ("accept the results" in "stay calm and accept the results") goes, and so
    does a repeat and a fragment."""
    keep = []
    for k, (actor, kind, text, pos) in enumerate(found):
        if len([w for w in text.lower().split() if w not in _EMPTY_WORDS]) < 2:
            continue
        if any(
            j != k and a == actor and p == pos and text in t and (len(t) > len(text) or j < k)
            for j, (a, _, t, p) in enumerate(found)
        ):
            continue
        keep.append((actor, kind, text, pos))
    return keep


def _misattached(verb: Token) -> Token | None:
    """The main verb a past-tense pledge or call shares its doer with when the parse hung it
    on the clause reported before it ("She acknowledged that the delays had been too long,
    and vowed to cut them": she vowed, not the delays)."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp":
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    cc = next((c for c in head.children if c.dep_ == "cc" and c.i < verb.i), None)
    comma = cc is not None and cc.i > 0 and verb.doc[cc.i - 1].text == ","
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return head.head if head.head.tag_ == "VBD" and (comma or modal) else None


def _we(verb: Token, refs: Refs) -> str | None:
    """ "We will take the statement to the ministry" in a report an organization writes of
    itself ("our network"): that organization; not a "we" inside quotation marks, which is
    the quoted speaker's."""
    subj = clause_subject(verb, through=("conj", "xcomp"))
    if subj is None or subj.lower_ != "we":
        return None
    sent = sent_of(subj)
    before = sent.doc[sent.start : subj.i].text
    if sum(before.count(q) for q in "\"“”") % 2 or "“" in before:
        return None
    return we_body(subj, refs)


def _reporter(verb: Token, refs: Refs, lex: Lexicon) -> str | None:
    """The person whose words the verb's clause reports ("X said the agency would ..."), if
    the clause is the object of a reporting verb with a person for subject ("X said the EU
    stands ready to ...": from the adjective to the verb of its clause)."""
    if verb.dep_ in ("acomp", "xcomp") and verb.pos_ == "ADJ":
        verb = verb.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "said the GSO saw X and would open ...", "said ... and that ..."
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in lex.verbs["speech"]:
        return None
    say = verb.head
    who = refs.subject(say)
    if not who and say.dep_ == "conj":  # "X welcomed the plan and said the EU would ..."
        who = refs.subject(say.head)
    return who[0] if who and refs.table.actors[who[0]].type == "Person" else None
