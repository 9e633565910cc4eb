"""Meetings a report tells with a verb rather than a noun.

"A met B in Moscow on 26 April" is a meeting of A with B, whoever else the report is about;
"Meeting B, A acknowledged ..." too. "The Forum met on Tuesday ... The meeting was presided over
by ..." gives the body that met: the meeting is the Forum's ("Meeting of the X Forum").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.extract.parsed import sent_index, sent_of, tokens_among
from kg.extract.refs import Refs

# verbs that tell a body gathered, or gathered others: "the Forum met", "the Board convened",
# "the Council held its session"
_GATHER = {"meet", "convene", "hold", "host", "organize", "organise", "reconvene"}
_HOSTS = {"host", "organize", "organise"}


@dataclass
class Met:
    """One meeting told by "meet": who met whom, in which sentence."""

    name: str
    sent: int
    token: int
    members: list[str]


def _opens(tok: Token) -> bool:
    """ "Meeting in New York, the Council ...", "ISLAMABAD - Meeting on Friday, the Committee":
    the word opens its sentence (after a dateline, if any)."""
    if tok.lower_ != "meeting":
        return False
    before = tok.doc[sent_of(tok).start : tok.i]
    return all(t.is_punct or t.is_upper or t.is_space for t in before)


def _subject(refs: Refs, verb: Token) -> list[str]:
    """Who met: the verb's subject, or for "during which he met B" the subject of the verb the
    clause hangs on."""
    who = refs.subject(verb)
    if not who and verb.dep_ in ("advcl", "xcomp", "pcomp", "relcl", "conj") and verb.head != verb:
        who = refs.subject(verb.head)
    return who[:1]


def _met_together(refs: Refs, verb: Token) -> list[str]:
    """The people a "meet" with no object names in its subject, when they are two or more
    ("A and B met in Oslo"); else none."""
    if verb.lemma_ != "meet" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    people = [a for a in refs.subject(verb) if refs.table.actors[a].type == "Person"]
    return people if len(people) >= 2 else []


def _people_after(refs: Refs, start: int, tokens: list[Token]) -> list[list[str]]:
    """The people named in the tokens after ``start``, one group per meeting: "met X in Moscow
    on 26 April and Y in Kyiv on 28 April" is two meetings, "met X and Y" one."""
    doc = refs.doc
    found: list[tuple[int, str]] = []
    for t in tokens:
        a = refs.by_token.get(t.i)
        if t.i > start and a and refs.table.actors[a].type == "Person":
            if not found or found[-1][1] != a:
                found.append((t.i, a))
    groups: list[list[str]] = []
    for n, (i, a) in enumerate(found):
        if n and any(t.lower_ in ("in", "on") for t in doc[found[n - 1][0] : i]) and any(
            t.ent_type_ in ("GPE", "DATE") for t in doc[found[n - 1][0] : i]
        ):
            groups.append([a])  # each met where and when the report says
        elif groups:
            groups[-1].append(a)
        else:
            groups.append([a])
    return [list(dict.fromkeys(g)) for g in groups]


def _label(refs: Refs, keys: list[str]) -> str:
    names = [refs.table.actors[a].name for a in keys]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# the words the two loops below open on, for ``tokens_among`` (sets built once: the key)
_MET_WORDS = frozenset({"meeting", "met", "meet", "meets", "received", "receives", "receive",
                        "talks"})
_CONVENE_LEMMAS = frozenset({"meet", "convene", "reconvene"})


def meetings(doc: Doc, refs: Refs) -> list[Met]:
    """The meetings told by "A met B", "Meeting B, A said", "In talks with B, A ..."."""
    out: list[Met] = []
    sent_at = sent_index(doc)
    for tok in tokens_among(doc[:], _MET_WORDS):  # (the test below kept: a superset look-up)
        if tok.lower_ not in ("meeting", "met", "meet", "meets", "meeting", "received",
                              "receives", "receive", "talks"):
            continue  # (cheap test first: most words are none of these)
        together: list[str] = []  # those who met each other, named as one subject
        root = sent_of(tok).root
        if _opens(tok):  # "Meeting B, A acknowledged": B right after the word
            b = refs.by_token.get(tok.i + 1) if tok.i + 1 < len(doc) else None
            if b is None or refs.table.actors[b].type != "Person":
                continue
            # who met B: the person named last before the main verb ("..., Paudel said")
            who = [a for a in refs.actors_in(doc[tok.i + 2 : root.i])
                   if a != b and refs.table.actors[a].type == "Person"][-1:]
            groups = [[b]]
        elif tok.lemma_ in ("meet", "receive") and tok.pos_ == "VERB":
            who = _subject(refs, tok)
            groups = _people_after(refs, tok.i, list(tok.subtree))
            together = _met_together(refs, tok) if not groups else []
            if together:
                # "Blinken and Lavrov met for two hours": those the subject names met each other
                who, groups = together[:1], [together[1:]]
        elif tok.lower_ == "talks" and tok.pos_ == "NOUN" and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in tok.children
        ):
            who = refs.subject(root)[:1]
            groups = _people_after(refs, tok.i, list(tok.subtree))[:1]
        else:
            continue
        if who and any(who[0] in g for g in groups):
            # "In talks with A and B, he thanked": "he" is not one of those he talked with
            sent = sent_of(tok)
            last = refs.table.last_before(sent.start_char, "Person") if sent.start else None
            who = [last] if last else []
        if not who:
            continue
        for group in groups:
            others = [a for a in group if a not in who]
            if not others:
                continue
            name = f"Meeting of {_label(refs, who)} with {_label(refs, others)}"
            if together:  # neither received the other: "Meeting of A and B"
                name = f"Meeting of {_label(refs, who + others)}"
            out.append(Met(name, sent_at[tok.i], tok.i, who + others))
    return out


def gathered_body(refs: Refs, doc: Doc, sent_range: range, hosts: bool = True) -> str | None:
    """The body that met in the sentences: "The Forum met on Tuesday", "Meeting on Friday,
    the Committee agreed", "the Council held its session"; with ``hosts`` False, not one said
    to host or organize it ("It was hosted by X": X received the members, it is not theirs)."""
    from kg.extract.parsed import sents

    all_s = sents(doc)
    for k in sent_range:
        if not 0 <= k < len(all_s):
            continue
        for tok in all_s[k]:
            if _opens(tok):  # "Meeting in New York, the Council adopted": the clause's subject
                tok = sent_of(tok).root
            elif not (tok.pos_ == "VERB" and tok.lemma_ in _GATHER) or (
                tok.lemma_ == "meet" and any(c.dep_ == "dobj" for c in tok.children)
            ):
                continue
            if not hosts and (tok.lemma_ in _HOSTS or any(c.dep_ == "auxpass"
                                                          for c in tok.children)):
                continue
            subject = refs.subject(tok)
            bodies = [a for a in subject if refs.table.actors[a].type == "Organization"]
            if bodies and len(subject) == 1:
                return bodies[0]
    return None


def _timetabled(verb: Token) -> bool:
    """ "The Council meets in Geneva in June.": a body's sitting told in the present with its
    date, in a sentence (not a headline, which tells what happened in the present: "EASC meets
    in Tashkent"), is one to come."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    sent = sent_of(verb)
    return sent.text.rstrip().endswith(".") and any(
        t.ent_type_ == "DATE" for t in sent if t.i > verb.i)


def body_meetings(doc: Doc, refs: Refs) -> list[tuple[str, int, int]]:
    """(body, sentence, token) for every body a sentence says met, with no one it met: "The
    Council met in Geneva on Tuesday", "The agency's Executive Committee, meeting behind closed
    doors, voted", "the Board convened on Monday" (a sitting of the body; GUIDE: a bare "the
    Board met" makes it no organizer)."""
    out: list[tuple[str, int, int]] = []
    sent_at = sent_index(doc)
    for tok in tokens_among(doc[:], lemmas=_CONVENE_LEMMAS):
        if tok.lemma_ not in ("meet", "convene", "reconvene") or tok.pos_ != "VERB" or (
            tok.tag_ == "VBN"  # "organised and convened by X": a passive names a gathering told
        ):
            continue
        if any(c.dep_ in ("dobj", "dative", "nsubjpass", "auxpass")
               or c.dep_ == "prep" and c.lower_ == "with"
               or c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "shall", "may", "could",
                                                   "might", "should", "must", "had", "'d")
               for c in tok.children):
            continue  # "met the minister", "met with the unions": a meeting with someone;
            # "was convened by X" (a gathering named apart); "would meet again", "had met"
        if _timetabled(tok):
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG":  # "the Committee, meeting in Lausanne"
            body = refs.by_token.get(tok.head.i) or refs.actor_of(tok.head)
            bodies = [body] if body else []
        else:
            bodies = refs.subject(tok)
        if len(bodies) == 1 and refs.table.actors[bodies[0]].type == "Organization":
            out.append((bodies[0], sent_at[tok.i], tok.i))
    return out
