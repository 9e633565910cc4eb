"""The calls of a declaration set out as a list: bulleted or semicolon items under a lead-in
("the NSC took the following decisions:", "the Heads of Government: - agreed to ..."), and the
numbered paragraphs under a communique's heading."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from kg.extract.decl_voice import (
    THAT_VERBS,
    decided,
    decl_trigger,
    doc_voice,
    is_doc,
    names_adopted,
    voice_of,
)
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import tokens
from kg.extract.refs import Refs

# "-", "1.", "6.1", "(2)", "(b)", "(iv)", "c)"
_BULLET = (r"(?:[-•*–—]|\d{1,2}\.\d{1,2}\.?|\d{1,2}[.)]|\(\d{1,2}\)|\((?:[a-z]|[ivx]{2,5})\)"
           r"|(?:[a-z]|[ivx]{2,5})\))")
_PARA = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]+([^\n]+)")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# "Are conscious that ...", "Are determined to ...": a call made by an adjective
_STANCE = {"conscious", "aware", "convinced", "determined", "committed", "resolved", "agreed"}
_SUBJECT_WORDS = {"we", "they", "delegates", "participants", "ministers", "leaders", "members",
                  "signatories", "parties", "states"}


def _token_at(doc: Doc, starts: list[int], pos: int) -> Token | None:
    k = bisect_left(starts, pos)
    return tokens(doc)[k] if k < len(starts) else None


def _verb_lemma(tok: Token, lex: Lexicon) -> str | None:
    """The lemma of a verb opening a list item; a capitalized "Urge" opening a numbered
    paragraph is often tagged a proper noun, so the word's forms are tried as well."""
    if tok.pos_ in ("VERB", "AUX"):
        return tok.lemma_.lower()
    word = tok.lower_
    known = lex.verbs["decl_verbs"] | lex.verbs["decl_skip"]
    for end in ("", "s", "es", "d", "ed"):
        if word.endswith(end) and word[: len(word) - len(end)] in known:
            return word[: len(word) - len(end)]
    return None


def _after_subject(first: Token) -> Token | None:
    """The verb after the subject an item opens with ("The Authority directs the Commission
    to ..."), when the subject is one short noun phrase."""
    subj = first
    while subj.dep_ in ("det", "compound", "amod", "poss") and subj.head.i > subj.i:
        subj = subj.head
    verb = subj.head
    if subj.dep_ != "nsubj" or verb.i <= subj.i or verb.i - first.i > 6:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and first.i >= subj.left_edge.i else None


def _item_call(doc: Doc, starts: list[int], lex: Lexicon, pos: int, item: str,
               need_verb: bool) -> str | None:
    """The call of one list item: "agreed to examine X" -> "examine X", "asked experts to
    report" -> "experts to report", "Delegates urge states to ..." -> "states to ...", "Are
    conscious that X" -> "X"; an item that praises or notes calls for nothing; without a verb
    the whole item is the call (unless ``need_verb``)."""
    item = item.strip()
    if item.endswith(":"):
        return None  # it opens a list of its own
    infinitive = re.match(r"to\s+(?=[a-z])", item, re.I)  # "decided: 1. To approve X"
    if infinitive:
        item, pos = item[infinitive.end():], pos + infinitive.end()
    words = item.split()
    k = 0
    while k < min(len(words), 3) and words[k].strip(",").lower() in (_SUBJECT_WORDS | {
        "also", "further", "the", "hereby", "jointly"}):
        k += 1
    offset = pos + len(" ".join(words[:k])) + (1 if k else 0)
    verb = _token_at(doc, starts, offset)
    if verb is not None and verb.idx == offset and not _verb_lemma(verb, lex):
        verb = _after_subject(verb) or verb  # "The Authority decides that ...": its own subject
        offset = verb.idx
    call = None
    lemma = _verb_lemma(verb, lex) if verb is not None and verb.idx == offset else None
    if verb is not None and lemma:
        rest = item[offset - pos + len(verb.text):]
        if lemma in lex.verbs["decl_skip"]:
            return None
        if lemma in lex.verbs["decl_verbs"] and (
            lemma not in THAT_VERBS or rest.split()[:1] == ["that"]
        ):
            call = rest
        elif lemma == "be" and rest.split() and rest.split()[0].lower() in _STANCE:
            call = rest.split(None, 1)[1] if len(rest.split()) > 1 else ""
        elif need_verb:
            return None
        if call is not None:
            call = re.sub(r"^\s*(?:for|on|upon|that,?|to|the need (?:for|to))\s+", "", call.strip())
    if call is None:
        if need_verb:
            return None
        call = item
    call = re.sub(r"[;,.]?\s*(?:and|or)?\s*$", "", call.strip()).strip(" ;,.")
    return call if len(call.split()) >= 2 else None


def list_calls(doc: Doc, sent: Span, covered: int, text: str, starts: list[int], lex: Lexicon,
                refs: Refs, docish: bool, we: bool = False) -> tuple[list[str], int] | None:
    """The calls of a list the sentence opens (after ``covered``), and where the list ends;
    None when the sentence opens no list of a declaration (``we``: the report is the text,
    and its "We" speaks for it)."""
    begin = max(sent.start_char, covered)
    opened = re.compile(r":[ \t]*\n").search(text, begin, sent.end_char + 2)
    if not opened:
        return None
    items, end = list_items(text, opened.end())
    if not items:
        return None
    lead = [t for t in sent if begin <= t.idx < opened.start()]
    verb_items = sum(
        1 for pos, item in items
        if (t := _token_at(doc, starts, pos)) is not None and (
            t.pos_ in ("VERB", "AUX") or _verb_lemma(t, lex) or _infinitive(item))
    )  # ("To approve X": the infinitives of minutes' decisions; "commit" parsed as a noun)
    # no verb of its own ("the Heads of Government:", "the parties will:")
    verbless = not any(
        t.tag_ in _FINITE - {"MD"} and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and not _bare_last(t, lead)
        for t in lead
    )
    named = any(is_doc(t, lex, True) for t in lead if t.pos_ in ("NOUN", "PROPN")) or (
        names_adopted(lead, lex))  # "Participants endorsed the Lima Agenda, in which they:"
    if named and not any(is_doc(t, lex, False) for t in lead) and _agreement_before(text, begin):
        return None  # "Under the revised text:" of a memorandum signed: its parties' terms
    trigger = next((t for t in reversed(lead) if decl_trigger(t, lex)), None)
    if trigger is not None:  # "in which they called for:" and a list
        # a list of decisions a gathering or the body meeting takes ("the parties agreed to:",
        # "the Commission decided:") is the text adopted there, whether or not it is named
        if not (((docish or named) and doc_voice(trigger, refs, lex, True, we))
                or decided(trigger, refs, lex, we)):
            return None
    minuted = _minuted(lead, lex)  # ("DECIDED:": its decisions are its infinitives alone)
    if trigger is None and not (
        named
        or minuted
        or (verbless and verb_items * 2 > len(items))
        or (docish and any(t.dep_ in ("nsubj", "nsubjpass") and voice_of(t, refs, lex, True, we)
                           for t in lead))
    ):  # "It is organized in three areas:" after the text was named
        return None
    found = [
        part for pos, item in items
        if not (minuted and not _infinitive(item))
        and (c := _item_call(doc, starts, lex, pos, item, need_verb=False))
        for part in _verb_parts(c, lex)
    ]
    return found, end


def _verb_parts(call: str, lex: Lexicon) -> list[str]:
    """ "establish a programme, and requested the Secretariat to prepare its terms" -> two
    calls: a second decision verb of the item's own subject."""
    verbs = "|".join(sorted(lex.verbs["decl_verbs"] - THAT_VERBS))
    parts = re.split(
        rf",\s+and\s+(?:also\s+)?(?:{verbs})(?:s|d|ed|es)?\s+(?:on\s+|upon\s+|for\s+)?", call)
    return [p.strip(" ,;.") for p in parts if len(p.split()) >= 2]


def _bare_last(verb: Token, lead: list[Token]) -> bool:
    """A "verb" ending the lead-in with nothing after it: a plural noun the parse misread
    ("the member states:")."""
    last = [t for t in lead if t.is_alpha]
    return bool(last) and verb.i == last[-1].i and verb.tag_ == "VBZ" and not any(
        c.i > verb.i and c.is_alpha for c in verb.children)


def _infinitive(item: str) -> bool:
    return re.match(r"\s*to\s+[a-z]", item, re.I) is not None


def _minuted(lead: list[Token], lex: Lexicon) -> bool:
    """Is the lead-in a decision verb alone, the heading of decisions in minutes ("DECIDED:",
    "Resolved:"), which a parse takes for a name?"""
    words = [t for t in lead if t.is_alpha]
    return len(words) == 1 and _verb_lemma(words[0], lex) in ("decide", "resolve", "agree")


_AGREEMENT = re.compile(r"\b(?:memorand(?:um|a)|MoU|agreement|protocol|treaty|accord|pact|"
                        r"contract)\b", re.I)
_ADOPTED = re.compile(r"\b(?:declaration|communiqu[eé]|statement|resolution|conclusions|"
                      r"decisions?|outcome)\b", re.I)


def _agreement_before(text: str, pos: int) -> bool:
    """Is the text last named before ``pos`` an agreement signed ("signed a revised memorandum
    ... Under the revised text:"), whose terms bind its parties, rather than a text adopted?"""
    agreed = [m.start() for m in _AGREEMENT.finditer(text, 0, pos)]
    adopted = [m.start() for m in _ADOPTED.finditer(text, 0, pos)]
    return bool(agreed) and (not adopted or agreed[-1] > adopted[-1])


_LINE = re.compile(r"(?:[ \t]*\n)*[ \t]*([^\n]+)")


def list_items(text: str, pos: int) -> tuple[list[tuple[int, str]], int]:
    """The items of a list starting at ``pos`` (after a colon and a line break), as (offset,
    text), and where the list ends. Items are bulleted lines ("- A", "1. B", "(a) C"), or, where
    the bullets were lost (Markdown read as text), lines in lower case each but the last
    closed by a semicolon ("agreed to ...;" ... "asked ...")."""
    items: list[tuple[int, str, bool]] = []  # offset, text, bulleted
    bullet = re.compile(r"[ \t]*" + _BULLET + r"[ \t]+")
    end = pos
    kind = ""
    while True:
        m = _LINE.match(text, end)
        if not m:
            break
        line = m.group(1)
        b = bullet.match(line)
        if b:
            if items and not items[-1][2]:
                break  # a bulleted line after plain ones: not one list
            if items and _bullet_kind(line[: b.end()]) != kind:
                break  # "(e) ..." then "6. ...": the numbered paragraphs the list sits in
            kind = _bullet_kind(line[: b.end()])
            items.append((m.start(1) + b.end(), line[b.end():], True))
        elif not items and line[:1].islower() or (
            items and not items[-1][2] and re.search(r"(?:;|;\s*(?:and|or)|,\s*and)\s*$",
                                                     items[-1][1])
        ):
            if items and items[-1][2]:
                break
            items.append((m.start(1), line, False))
        else:
            break
        end = m.end()
    return [(p, t) for p, t, _ in items], end


def _bullet_kind(mark: str) -> str:
    """The style of a bullet: "-" and "•" are one kind, "1." another, "(a)" a third."""
    mark = mark.strip()
    if not (mark[:1].isalnum() or mark[:1] == "("):
        return "-"
    return re.sub(r"[A-Za-z]+", "a", re.sub(r"\d+", "1", mark))  # "(iv)" is an "(ii)" too


_HEADING = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z’' \t-]+|.*\bfollowing\s+[\w ]+?)[ \t]*[.:]?[ \t]*$")


def numbered_calls(doc: Doc, sent: Span, covered: int, text: str, starts: list[int],
                    lex: Lexicon) -> tuple[list[str], int] | None:
    """The calls of a communique's numbered paragraphs under a heading naming it
    ("COMMUNIQUE") or after "the following communique." closing a line."""
    begin = max(sent.start_char, covered)
    for head in _HEADING.finditer(text, begin, sent.end_char):
        words = set(re.findall(r"\w+", head.group(0).lower()))
        if not words & set(lex.verbs["decl_docs"]):
            continue
        pos, found = head.end(), []
        while True:
            m = _PARA.match(text, pos)
            if not m:
                break
            if m.group(1).rstrip().endswith(":"):
                break  # "4. The Ministers:" opens a list of its own, read by list_calls
            call = _item_call(doc, starts, lex, m.start(1), m.group(1), need_verb=True)
            if call:
                found += _verb_parts(call, lex)
            pos = m.end()
        if pos > head.end():
            return found, pos
    return None
