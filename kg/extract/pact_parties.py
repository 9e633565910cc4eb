"""The parties of the agreement a report tells about, for the words that take them up later:
"the parties", "the signatories", "the two ports", "the three regulators" (an MoU's terms are
pledges of each named party).

The parties are read from the sentences that sign or join the agreement, the latest first:
- the bodies that sign it ("A and B signed a memorandum");
- the bodies it is signed for ("It was signed for A by its director; for B by its chair"), or
  on behalf of; failing those, the bodies the people who sign it hold posts in;
- the bodies "between" which it is ("an agreement between A and B");
- the bodies that join it ("C joined the memorandum as a technical party").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.parsed import sents

if TYPE_CHECKING:
    from kg.extract.refs import Refs

# what is signed or joined: the agreement whose parties these are
AGREEMENTS = {"memorandum", "mou", "agreement", "accord", "pact", "protocol", "letter",
              "charter", "deal", "convention", "compact", "treaty", "arrangement"}


def _orgs(refs: Refs, toks) -> list[str]:
    return [a for a in refs.actors_in(toks) if refs.table.actors[a].type == "Organization"]


def _held(refs: Refs, people: list[str]) -> list[str]:
    """The bodies people hold posts in (the first each), for "signed by A, head of X"."""
    out: list[str] = []
    for p in people:
        held = sorted(o for o, holders in refs.posts_at.items() if p in holders)
        out += [o for o in held[:1] if o not in out]
    return out


def _signed(refs: Refs, verb: Token) -> list[str]:
    """The bodies one "sign" verb binds."""
    subj = refs.subject(verb)
    bodies = [a for a in subj if refs.table.actors[a].type == "Organization"]
    for c in verb.children:  # "signed for A by ...; for B by ...", "on behalf of A"
        if c.dep_ == "prep" and c.lower_ in ("for", "on"):
            bodies += [a for a in _orgs(refs, c.subtree) if a not in bodies]
        elif c.dep_ == "conj" and c.pos_ in ("ADP", "NOUN", "PROPN"):
            bodies += [a for a in _orgs(refs, c.subtree) if a not in bodies]
    if bodies:
        return bodies
    agent = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
    people = [a for a in subj + refs.actors_in(agent) if refs.table.actors[a].type == "Person"]
    return _held(refs, people)


def _between(refs: Refs, sent: Span) -> list[str]:
    for t in sent:
        if t.lemma_.lower() in AGREEMENTS:
            between = next((c for c in t.subtree if c.lower_ == "between"), None)
            if between is not None:
                found = _orgs(refs, between.subtree)
                if len(found) >= 2:
                    return found
    return []


def _joined(refs: Refs, sent: Span) -> list[str]:
    """ "C joined the memorandum as a technical party": C is a party too."""
    out: list[str] = []
    for t in sent:
        if t.lemma_ in ("join", "accede") and t.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "prep") and any(x.lemma_.lower() in AGREEMENTS for x in c.subtree)
            for c in t.children
        ):
            out += [a for a in refs.subject(t) if refs.table.actors[a].type == "Organization"]
    return out


def signatories(refs: Refs, k: int) -> list[str]:
    """The bodies party to the agreement last signed in sentence ``k`` or before it, as the
    ties' reading of signings finds them (signed_groups), those that joined it after
    ("C joined the memorandum as a technical party"); [] when fewer than two."""
    from kg.extract.signatories import signed_groups  # it reads Refs: imported when used

    groups = getattr(refs, "_signed_groups", None)
    if groups is None:
        groups = signed_groups(refs.doc, refs)
        refs._signed_groups = groups  # type: ignore[attr-defined]
    all_sents = sents(refs.doc)
    until = all_sents[k].end_char
    parties = next((list(p) for p, pos in reversed(groups) if pos < until), [])
    if not parties:
        return _read_signatories(refs, k)
    since = next(j for j in range(k, -1, -1) if all_sents[j].start_char <= until)
    for j in range(since, -1, -1):
        parties += [a for a in _joined(refs, all_sents[j]) if a not in parties]
    return parties if len(parties) >= 2 else []


def _read_signatories(refs: Refs, k: int) -> list[str]:
    """The parties read from the signing sentences themselves (see the module's notes), for
    the shapes signed_groups does not take: "It was signed for A by X; for B by Y" (the
    document named by a pronoun)."""
    all_sents = sents(refs.doc)
    parties: list[str] = []
    joined: list[str] = []
    for j in range(k, -1, -1):
        s = all_sents[j]
        joined += [a for a in _joined(refs, s) if a not in joined]
        found = _between(refs, s)
        for verb in s:
            if not found and verb.lemma_ == "sign" and verb.pos_ == "VERB":
                found = _signed(refs, verb)
        if len(found) >= 2 or (found and joined):
            parties = found
            break
    out = parties + [a for a in joined if a not in parties]
    return out if len(out) >= 2 else []


def named_kind(refs: Refs, tok: Token, size: int) -> list[str]:
    """ "the two institutes": the bodies named before the words whose names hold the noun
    ("Chilean Polar Institute", "Korea Ocean Institute"), when just that many."""
    stem = tok.lemma_.lower()[:6]
    if len(stem) < 4:
        return []
    found = [a for a in refs.actors_in(refs.doc[: tok.i])
             if refs.table.actors[a].type == "Organization"
             and any(w.lower().startswith(stem) for w in refs.table.actors[a].name.split())]
    return found if len(found) == size else []
