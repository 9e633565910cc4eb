"""Declarations, statements and communiqués adopted at events, one entry per call they make.

A declaration speaks in its own voice, and the rules follow that voice rather than any words of
its content:
- the text is the subject ("the declaration calls for X", "the text asks parliaments to ..."),
  or a relative clause hangs on it ("a resolution ..., which recommends that ...");
- "In the declaration / In it / in which, the leaders agree to ...";
- after such a sentence, in the same paragraph or the next, "it" / "they" / "the signatories"
  (a plural group no name stands for) go on saying what the text says;
- a list opened by a sentence that names the text or its decisions ("the NSC took the following
  decisions:", "Outcomes of the roundtable:"), or by a verbless lead-in over items that open
  with a verb ("the Heads of Government: - agreed to ...; - asked ...");
- the numbered paragraphs under a communiqué's heading ("1. We ...; 3. Are conscious that ...").
What the sentences of a declaration say is its calls, not any actor's commitments: those
sentences are handed back so that commitments pass over them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from kg.extract.clauses import clause_after
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sent_of, sents, tokens
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs

_BULLET = r"(?:[-•*–—]|\d{1,2}[.)]|\(\d{1,2}\)|\([a-z]\))"
_ITEM = re.compile(r"^[ \t]*" + _BULLET + r"[ \t]+([^\n]+)", re.M)
_LIST = re.compile(
    r"[ \t]*:[ \t]*\n(?:[ \t]*\n)?((?:[ \t]*" + _BULLET + r"[ \t]+[^\n]+(?:\n|$))+)"
)
# a numbered paragraph of a communique, blank lines around it
_PARA = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\))[ \t]+([^\n]+)")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# "Are conscious that ...", "Are determined to ...": a call made by an adjective
_STANCE = {"conscious", "aware", "convinced", "determined", "committed", "resolved", "agreed"}
_SUBJECT_WORDS = {"we", "they", "delegates", "participants", "ministers", "leaders", "members",
                  "signatories", "parties", "states"}
# a list of the improvements asked for ("stronger laws, more shelters, better training")
_BETTER = {"more", "better", "greater", "stronger", "closer", "wider", "deeper", "fuller",
           "faster", "increased", "enhanced", "improved", "new", "further"}
_DECL_NAME = re.compile(
    r"\b(?!The\b|In\b)((?:[A-Z][\w’'-]+\s+){1,5}(?:Declaration|Communiqu[eé]))\b"
)
_QUOTED_NAME = re.compile(
    r"[“\"]([^”\"]{0,80}(Declaration|Communiqu[eé]|Statement)[^”\"]{0,40})[”\"]"
)


def _is_doc(tok: Token, lex: Lexicon, seen: bool) -> bool:
    """Does the token name an adopted text: "declaration", "communique", "joint statement",
    "action plan"; once a text is named, also "the text", "the statement", "it"?"""
    low = tok.lemma_.lower()
    if tok.lower_ in lex.verbs["decl_docs"] or low in lex.verbs["decl_docs"]:
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
    if low == "statement" and mods & {"joint", "presidential", "final"} and "press" not in mods:
        return True
    if low == "plan" and "action" in mods:
        return True
    return seen and tok.lower_ != "it" and low in lex.verbs["decl_anaphors"] and tok.pos_ != "VERB"


def _paragraphs(text: str, sentences: list[Span]) -> list[int]:
    """The paragraph (blank-line separated block) of each sentence."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    return [bisect_left(breaks, s.start_char + 1) for s in sentences]


def find_declarations(
    doc: Doc, refs: Refs, lex: Lexicon
) -> tuple[set[int], str, list[tuple[str, int]]]:
    """(the sentences a declaration speaks in, its name, its calls with their offsets)."""
    text = doc_text(doc)
    all_sents = sents(doc)
    para = _paragraphs(text, all_sents)
    starts = [t.idx for t in tokens(doc)]
    skip: set[int] = set()
    calls: list[tuple[str, int]] = []
    seen = False  # a text has been named
    doc_para = -10  # the paragraph it was last named in
    covered = -1  # the end of a list already read
    for k, sent in enumerate(all_sents):
        if sent.end_char <= covered:
            skip.add(k)
            continue
        named = any(_is_doc(t, lex, seen) for t in sent if t.pos_ in ("NOUN", "PROPN"))
        in_chain = seen and para[k] - doc_para <= 1
        if named:
            seen, doc_para, in_chain = True, para[k], True
        if sent.start_char < covered:
            skip.add(k)  # a list's last item runs on into this sentence
        while True:  # the lists and numbered paragraphs this sentence opens
            block = _list_calls(doc, sent, covered, text, starts, lex, refs, named or in_chain)
            if block is None:
                block = _numbered_calls(doc, sent, covered, text, starts, lex)
            if block is None:
                break
            found, covered = block
            calls += [(c, sent.start_char) for c in found]
            skip.add(k)
        if not in_chain or sent.end_char <= covered:
            continue
        said = False
        for tok in sent:
            if tok.idx < covered or not _decl_trigger(tok, lex):
                continue
            if not _doc_voice(tok, refs, lex, seen):
                continue
            said = True
            calls += [(c, sent.start_char) for c in _calls_of(tok, lex)]
        if said or _speaks_for_text(sent, refs, lex, seen):
            skip.add(k)
    return skip, _name(text, all_sents, skip), calls


def _name(text: str, all_sents: list[Span], skip: set[int]) -> str:
    m = _QUOTED_NAME.search(text)
    if m:
        return m.group(1)
    found = _DECL_NAME.search(text)  # "adopted the Windhoek Communique": a capitalized name
    return found.group(1) if found and skip else ""


def _decl_trigger(tok: Token, lex: Lexicon) -> bool:
    if tok.pos_ == "NOUN" and tok.lemma_ == "call":  # "a rallying call for the world to act"
        return tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "for"
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_ not in lex.verbs["decl_verbs"]:
        return False
    kids = list(tok.children)
    if tok.lemma_ == "call":  # "calls for X", "calls on X to": not "called it a crime"
        return any(c.lower_ in ("for", "on", "upon") for c in kids)
    if tok.lemma_ == "provide":  # "provides that each state ...": not "provide direction"
        return any(c.dep_ == "ccomp" for c in kids)
    return True


def _subject(verb: Token) -> Token | None:
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or tok.dep_ != "conj":
            return subj
        tok = tok.head
    return None


def _voice_of(subj: Token, refs: Refs, lex: Lexicon, seen: bool) -> bool:
    """Is the subject the text, "it" / "they" for it, or a group no name stands for?"""
    if _is_doc(subj, lex, seen) or subj.lower_ in ("it", "they", "which", "that"):
        return subj.lower_ != "they" or not refs.group_of(subj)
    if refs.actors_in(subj.subtree) or refs.group_of(subj):
        return False
    return subj.tag_ in ("NNS", "NNPS") and subj.lower_ not in ("countries", "nations")


def _doc_voice(tok: Token, refs: Refs, lex: Lexicon, seen: bool) -> bool:
    """Does the trigger speak for a text (see the module's notes)?"""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("relcl", "acl") and _is_doc(head.head, lex, True):
        return True  # "a declaration that called for ...", "the resolution, which urges"
    if _named_speaker(head, refs, lex):
        return False
    return _in_text_frame(sent_of(tok), lex) or _voiced(tok, head, refs, lex, seen)


def _in_text_frame(sent: Span, lex: Lexicon) -> bool:
    """Does the sentence open with "In the declaration," / "In it" / "In its conclusions,"?"""
    if len(sent) < 3 or sent[0].lower_ != "in":
        return False
    for t in sent[1:5]:
        if _is_doc(t, lex, True) or t.lower_ == "it":
            return True
        if t.pos_ not in ("DET", "PRON", "ADJ"):
            return False
    return False


def _named_speaker(head: Token, refs: Refs, lex: Lexicon) -> bool:
    """ "X said the leaders agreed": a named speaker's words, not the text's."""
    anc = head
    for _ in range(4):
        if anc.head.i == anc.i:
            break
        anc = anc.head
        if anc.lemma_ in lex.verbs["speech"] and refs.actors_in(
            t for c in anc.children if c.dep_ == "nsubj" for t in c.subtree
        ):
            return True
    return False


def _voiced(tok: Token, head: Token, refs: Refs, lex: Lexicon, seen: bool) -> bool:
    """ "in which / in it" on the verb, or the text, "it", "they" or a nameless group as its
    subject."""
    for v in {tok, head}:
        for c in v.children:  # "In the declaration / In it / in which, the leaders agree"
            if c.dep_ == "prep" and c.lower_ == "in":
                obj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if obj is not None and (
                    _is_doc(obj, lex, True) or obj.lower_ in ("it", "which")
                ):
                    return True
    subj = _subject(tok) if tok.pos_ != "NOUN" else next(
        (c for c in tok.head.children if c.dep_ == "nsubj"), None
    )
    return subj is not None and _voice_of(subj, refs, lex, seen)


def _speaks_for_text(sent: Span, refs: Refs, lex: Lexicon, seen: bool) -> bool:
    """A sentence of the text's content ("These officials will ..." after "the declaration
    provides"): its main subject is the text or a group no name stands for."""
    root = sent.root
    subj = _subject(root)
    return subj is not None and subj.lower_ != "it" and _voice_of(subj, refs, lex, seen)


def _calls_of(tok: Token, lex: Lexicon) -> list[str]:
    rest = tok.doc[tok.i + 2 : sent_of(tok).end].text.strip().strip(" .;")
    if tok.pos_ == "NOUN":  # "a call for X to act, meet Y and honour Z": the rest of it
        return [rest] if len(rest.split()) >= 2 else []
    text = clause_after(tok)
    if len(text.split()) < 3 and tok.nbor().lower_ in ("for", "on", "upon", "to"):
        text = rest  # the parse lost the object's tail: "call for delivery, and more, in ..."
    head = tok.head
    if (
        tok.dep_ == "conj"
        and head.dep_ == "ROOT"
        and head.i < tok.i
        and head.lemma_ in _AS_VERBS
    ):  # "describe trafficking as X and agree to tackle it": keep both predicates
        text = f"{clause_after(head)} {text}"
    text = re.sub(r"^(?:in|under)\s+(?:the|this|that|its)\s+(?:text|declaration)\s+", "", text)
    head_part, colon, rest = text.partition(":")
    better = "|".join(_BETTER)
    items = [
        x.strip(" ,;.")
        for x in re.split(rf",\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+(?=(?:{better})\b)", rest)
    ]
    items = [x for x in items if x]
    if colon and len(items) > 2 and sum(x.split()[0].lower() in _BETTER for x in items) * 2 > len(
        items
    ):  # "work on several fronts: stronger laws, more shelters and better training"
        return [x for x in items if len(x.split()) >= 2]
    return [p for p in _coordinated(text) if len(p.split()) >= 2]


_AS_VERBS = {"describe", "define", "regard", "treat", "see", "consider", "characterize",
             "characterise", "recognise", "recognize", "identify"}


def _coordinated(text: str) -> list[str]:
    """ "the strengthening of X and the implementation of Y" -> two demands; a comma list
    ("prevention, protection of victims and the prosecution of traffickers") stays one."""
    parts = re.split(r",?\s+and\s+(?=the\s|to\s)", text)
    if len(parts) > 1 and any("," in p for p in parts[:-1]):
        return [text.strip(" ,;.")]
    return [p.strip(" ,;.") for p in parts]


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


def _item_call(doc: Doc, starts: list[int], lex: Lexicon, pos: int, item: str,
               need_verb: bool) -> str | None:
    """The call of one list item: "agreed to examine X" -> "examine X", "asked experts to
    report" -> "experts to report", "Delegates urge states to ..." -> "states to ...", "Are
    conscious that X" -> "X"; an item that praises or notes calls for nothing; without a verb
    the whole item is the call (unless ``need_verb``)."""
    item = item.strip()
    if item.endswith(":"):
        return None  # it opens a list of its own
    words = item.split()
    k = 0
    while k < min(len(words), 3) and words[k].strip(",").lower() in (_SUBJECT_WORDS | {
        "also", "further", "the", "hereby", "jointly"}):
        k += 1
    offset = pos + len(" ".join(words[:k])) + (1 if k else 0)
    verb = _token_at(doc, starts, offset)
    call = None
    lemma = _verb_lemma(verb, lex) if verb is not None and verb.idx == offset else None
    if verb is not None and lemma:
        rest = item[offset - pos + len(verb.text):]
        if lemma in lex.verbs["decl_skip"]:
            return None
        if lemma in lex.verbs["decl_verbs"]:
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


def _list_calls(doc: Doc, sent: Span, covered: int, text: str, starts: list[int], lex: Lexicon,
                refs: Refs, docish: bool) -> tuple[list[str], int] | None:
    """The calls of a list the sentence opens (after ``covered``), and where the list ends;
    None when the sentence opens no list of a declaration."""
    begin = max(sent.start_char, covered)
    opened = re.compile(r":[ \t]*\n").search(text, begin, sent.end_char + 2)
    if not opened:
        return None
    items, end = _list_items(text, opened.end())
    if not items:
        return None
    lead = [t for t in sent if begin <= t.idx < opened.start()]
    verb_items = sum(
        1 for pos, _ in items
        if (t := _token_at(doc, starts, pos)) is not None and t.pos_ in ("VERB", "AUX")
    )
    # no verb of its own ("the Heads of Government:", "the parties will:")
    verbless = not any(
        t.tag_ in _FINITE - {"MD"} and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in lead
    )
    named = any(_is_doc(t, lex, True) for t in lead if t.pos_ in ("NOUN", "PROPN"))
    trigger = next((t for t in reversed(lead) if _decl_trigger(t, lex)), None)
    if trigger is not None:  # "in which they called for:" and a list
        if not ((docish or named) and _doc_voice(trigger, refs, lex, True)):
            return None
    elif not (
        named
        or (verbless and verb_items * 2 > len(items))
        or (docish and any(t.dep_ in ("nsubj", "nsubjpass") and _voice_of(t, refs, lex, True)
                           for t in lead))
    ):  # "It is organized in three areas:" after the text was named
        return None
    found = [
        c for pos, item in items
        if (c := _item_call(doc, starts, lex, pos, item, need_verb=False))
    ]
    return found, end


_LINE = re.compile(r"(?:[ \t]*\n)*[ \t]*([^\n]+)")


def _list_items(text: str, pos: int) -> tuple[list[tuple[int, str]], int]:
    """The items of a list starting at ``pos`` (after a colon and a line break), as (offset,
    text), and where the list ends. Items are bulleted lines ("- A", "1. B", "(a) C"), or, where
    the bullets were lost (Markdown read as text), lines in lower case each but the last
    closed by a semicolon ("agreed to ...;" ... "asked ...")."""
    items: list[tuple[int, str, bool]] = []  # offset, text, bulleted
    bullet = re.compile(r"[ \t]*" + _BULLET + r"[ \t]+")
    end = pos
    while True:
        m = _LINE.match(text, end)
        if not m:
            break
        line = m.group(1)
        b = bullet.match(line)
        if b:
            if items and not items[-1][2]:
                break  # a bulleted line after plain ones: not one list
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


_HEADING = re.compile(r"(?m)^[ \t]*(?:[A-Z][A-Z’' \t-]+|.*\bfollowing\s+[\w ]+?)[ \t]*[.:]?[ \t]*$")


def _numbered_calls(doc: Doc, sent: Span, covered: int, text: str, starts: list[int],
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
            if not m.group(1).rstrip().endswith(":"):
                call = _item_call(doc, starts, lex, m.start(1), m.group(1), need_verb=True)
                if call:
                    found.append(call)
            pos = m.end()
        if pos > head.end():
            return found, pos
    return None
