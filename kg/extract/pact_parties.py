"""The parties of the agreement a report tells about, for the words that take them up later:
"the parties", "the signatories", "the two ports", "the three regulators" (an MoU's terms are
pledges of each named party).

The parties are those of the latest signing told (:func:`kg.extract.signatories.signed_groups`:
"A and B signed a memorandum", "It was signed for A by its director; for B by its chair", "an
agreement between A and B"), with the bodies that joined it after ("C joined the memorandum as
a technical party").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.parsed import sents

if TYPE_CHECKING:
    from kg.extract.refs import Refs


def _joined(refs: Refs, sent: Span) -> list[str]:
    """ "C joined the memorandum as a technical party": C is a party too."""
    from kg.extract.signings import is_document  # signings reads Refs: imported when used

    out: list[str] = []
    for t in sent:
        if t.lemma_ in ("join", "accede") and t.pos_ == "VERB" and any(
            c.dep_ in ("dobj", "prep") and any(is_document(x) for x in c.subtree)
            for c in t.children
        ):
            out += [a for a in refs.subject(t) if refs.table.actors[a].type == "Organization"]
    return out


def signatories(refs: Refs, k: int) -> list[str]:
    """The bodies party to the agreement last signed in sentence ``k`` or before it, as the
    ties' reading of signings finds them (signed_groups), and those that joined it after
    ("C joined the memorandum as a technical party"); [] when fewer than two."""
    from kg.extract.signatories import signed_groups  # it reads Refs: imported when used

    if refs.signed is None:
        refs.signed = []  # none while they are read: reading them may take up a group
        refs.signed = signed_groups(refs.doc, refs)
    all_sents = sents(refs.doc)
    until = all_sents[k].end_char
    parties = next((list(p) for p, pos in reversed(refs.signed) if pos < until), [])
    if not parties:
        return []
    since = next(j for j in range(k, -1, -1) if all_sents[j].start_char <= until)
    for j in range(since, -1, -1):
        parties += [a for a in _joined(refs, all_sents[j]) if a not in parties]
    return parties if len(parties) >= 2 else []


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
