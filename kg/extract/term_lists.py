"""The terms of an agreement set out as a list under a lead-in that names who is bound:
"Under the memorandum, the parties will:", "A and B agreed to:", "The two agencies will:"
followed by bulleted or numbered items. Each item is a pledge of each party named (an MoU's
terms are pledges of each named party), not the call of a declaration: a text adopted at a
gathering speaks for no one named, while these words bind named bodies.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.extract.decl_lists import list_items
from kg.extract.parsed import sents
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs

_OPENS = re.compile(r":[ \t]*\n")
# how a lead-in binds its subject to what follows: "will:", "shall jointly:", "agreed to:"
_BINDING = {"will", "shall"}
_BOUND_TO = {"agree", "undertake", "commit", "pledge", "promise"}
_ADVERBS = {"jointly", "also", "together", "further", "each", "both"}


def _binds(lead: list[Token]) -> Token | None:
    """The verb of a lead-in that binds its subject to the items after it, if it ends so."""
    words = [t for t in lead if t.lower_ not in _ADVERBS and not t.is_punct]
    if not words:
        return None
    last = words[-1]
    if last.lower_ in _BINDING:
        return last.head if last.dep_ == "aux" else last
    if last.lower_ == "to" and len(words) > 1 and words[-2].lemma_ in _BOUND_TO:
        return words[-2]
    if last.lemma_ in _BOUND_TO and last.pos_ == "VERB":  # "the parties undertake:"
        return last
    return None


def _bound(verb: Token, lead: list[Token], refs: Refs) -> list[str]:
    """The named bodies the lead-in binds: its subject's names, or the group it stands for."""
    # (the parse may run the lead-in's "will" on into the first item's verb: "the two
    # universities will: - exchange ...", the subject hung on a word of the item)
    ids = {t.i for t in lead} | {verb.i}
    subj = next((t for t in lead if t.dep_ in ("nsubj", "nsubjpass") and t.head.i in ids), None)
    if subj is None:
        return []
    named = refs.actors_in(subj.subtree) or refs.group_of(subj)
    if not named:
        who = refs.actor_of(subj)
        named = [who] if who else []
    if not named or any(refs.table.actors[a].type != "Organization" for a in named):
        return []  # people who agree speak for themselves; their words stay commitments
    return named


def _item_text(item: str) -> str:
    item = re.sub(r"^\s*(?:to\s+)?", "", item.strip())
    return re.sub(r"[;,.]?\s*(?:and|or)?\s*$", "", item).strip(" ;,.")


def term_lists(doc: Doc, refs: Refs) -> tuple[list[tuple[str, str, int]], list[tuple[int, int]]]:
    """(party, term, offset) for every item of every list of terms, and the stretch of text
    (from its lead-in to its last item) each list takes."""
    text = doc_text(doc)
    pledges: list[tuple[str, str, int]] = []
    spans: list[tuple[int, int]] = []
    covered = -1
    for sent in sents(doc):
        if sent.start_char < covered:
            continue
        opened = _OPENS.search(text, sent.start_char, sent.end_char + 2)
        if not opened:
            continue
        lead = [t for t in sent if t.idx < opened.start()]
        verb = _binds(lead)
        if verb is None:
            continue
        parties = _bound(verb, lead, refs)
        items, end = list_items(text, opened.end())
        terms = [t for _, item in items if len((t := _item_text(item)).split()) >= 2]
        if not parties or not terms:
            continue
        pledges += [(a, t, sent.start_char) for t in terms for a in parties]
        spans.append((sent.start_char, end))
        covered = end
    return pledges, spans
