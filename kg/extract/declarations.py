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

from kg.extract.body_decisions import body_calls, meeting_bodies
from kg.extract.clauses import clause_after
from kg.extract.decl_lists import list_calls, numbered_calls
from kg.extract.decl_voice import THAT_VERBS, decl_trigger, doc_voice, is_doc, speaks_for_text
from kg.extract.lexicon import Lexicon, derived
from kg.extract.parsed import sent_of, sents, span_tokens, token_pos, token_starts, tokens_among
from kg.extract.parsed import text as doc_text
from kg.extract.refs import Refs
from kg.extract.term_lists import term_lists

# a list of the improvements asked for ("stronger laws, more shelters, better training")
_BETTER = {"more", "better", "greater", "stronger", "closer", "wider", "deeper", "fuller",
           "faster", "increased", "enhanced", "improved", "new", "further"}
_DECL_NAME = re.compile(
    r"\b(?!The\b|In\b)((?:[A-Z][\w’'-]+\s+){1,5}(?:Declaration|Communiqu[eé]))\b"
)
_OPENS_LIST = re.compile(r":[ \t]*\n")
# the that-clauses of one verb set out one after another ("that A; that B; and that C")
_THAT_ITEMS = re.compile(r"(?:^|[;,]\s*(?:and\s+)?)that\s+")
_QUOTED_NAME = re.compile(
    r"[“\"]([^”\"]{0,80}(Declaration|Communiqu[eé]|Statement)[^”\"]{0,40})[”\"]"
)


# the heading of a report that is the adopted text itself, not a story about one
_IS_TEXT = re.compile(
    r"^[ \t#*]*(?:final\s+|joint\s+)?(?:communiqu[eé]|declaration)\b|^[ \t#*]*joint\s+statement\b",
    re.IGNORECASE | re.MULTILINE,
)
# the closing line of an adopted text, its heading lost to the loader's header ("Issued at
# Apia, 3 May 2024", "Adopted in Lima on 2 June 2023", "Done at Geneva")
_CLOSING = re.compile(r"^[ \t*_]*(?:issued|adopted|done)\s+(?:at|in)\s+[A-Z]", re.IGNORECASE)


def _paragraphs(text: str, sentences: list[Span]) -> list[int]:
    """The paragraph (blank-line separated block) of each sentence."""
    breaks = [m.end() for m in re.finditer(r"\n[ \t]*\n", text)]
    return [bisect_left(breaks, s.start_char + 1) for s in sentences]


def find_declarations(
    doc: Doc, refs: Refs, lex: Lexicon, title: str = ""
) -> tuple[set[int], str, list[tuple[str, int]]]:
    """(the sentences a declaration speaks in, its name, its calls with their offsets); the
    report's ``title`` may say the report is the text itself ("JOINT STATEMENT")."""
    text = doc_text(doc)
    all_sents = sents(doc)
    para = _paragraphs(text, all_sents)
    starts = token_starts(doc)
    tags = token_pos(doc)
    skip: set[int] = set()
    calls: list[tuple[str, int]] = []
    # a report that is itself the text ("JOINT STATEMENT", "Communiqué of the ... Meeting"
    # heading it) speaks in the text's voice from its first paragraph to its last
    last = text.rstrip().rpartition("\n")[2]
    whole = _IS_TEXT.search("\n".join([title, *text.lstrip().splitlines()[:2]])) is not None or (
        _CLOSING.match(last) is not None)
    seen = whole  # a text has been named
    doc_para = 10**9 if whole else -10  # the paragraph it was last named in
    covered = -1  # the end of a list already read
    # lists of an agreement's terms bind named parties: their pledges, not a text's calls
    _, terms = term_lists(doc, refs)
    bodies = meeting_bodies(doc, refs)
    took: set[int] = set()  # the sentences that took a body's decisions
    for k, sent in enumerate(all_sents):
        if sent.end_char <= covered:
            skip.add(k)
            continue
        term = next((end for start, end in terms if start <= sent.start_char < end), None)
        if term is not None:
            skip.add(k)
            covered = max(covered, term)
            continue
        named = any(is_doc(t, lex, seen)
                    for t in tokens_among(sent, *derived(lex, "doc_words", _doc_words))
                    if tags[t.i] in ("NOUN", "PROPN"))  # (the tags listed once: read per token)
        in_chain = seen and (whole or para[k] - doc_para <= 1)
        if named and not whole:
            seen, doc_para, in_chain = True, para[k], True
        if sent.start_char < covered:
            skip.add(k)  # a list's last item runs on into this sentence
        chained = k - 1 in took and para[k - 1] == para[k]
        lists = _OPENS_LIST.search(text, sent.start_char, sent.end_char + 2) is not None
        decided = body_calls(sent, refs, lex, bodies, chained) if (
            sent.start_char >= covered and not lists) else []  # (a list's lead-in: its list)
        if decided:  # "The Council approved X and requested Y to ...": the meeting's decisions
            calls += [(c, sent.start_char) for c in decided]
            skip.add(k)
            took.add(k)
            continue
        while True:  # the lists and numbered paragraphs this sentence opens
            block = list_calls(doc, sent, covered, text, starts, lex, refs, named or in_chain,
                               we=whole)
            if block is None:
                block = numbered_calls(doc, sent, covered, text, starts, lex)
            if block is None:
                break
            found, covered = block
            calls += [(c, sent.start_char) for c in found]
            skip.add(k)
        if not in_chain or sent.end_char <= covered:
            continue
        said = False
        for tok in span_tokens(sent):
            if tok.idx < covered or not decl_trigger(tok, lex):
                continue
            if not doc_voice(tok, refs, lex, seen, we=whole):
                continue
            said = True
            calls += [(c, sent.start_char) for c in _calls_of(tok, lex)]
        if said or speaks_for_text(sent, refs, lex, seen, we=whole):
            skip.add(k)
        if said:  # the text's voice goes on into the paragraph after ("7. The leaders ...")
            doc_para = max(doc_para, para[k])
    return skip, _name(text, all_sents, skip), _without_repeats(calls)


_FUNCTION_WORDS = {"the", "and", "for", "with", "that", "this", "them", "their", "they", "its",
                   "his", "her", "our", "who", "which", "from", "into", "all"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower())
            if len(w) >= 3 and w not in _FUNCTION_WORDS}


def _without_repeats(calls: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """One call per demand: a call whose words another, longer call of the text holds nearly
    all of goes ("them to halve, by 2030" beside the item "halve, by 2030, the proportion of
    pupils who ..."; a lede's "approved a regulation on X" beside the list item "adoption of
    the regulation on X, to take effect ...")."""
    words = [_words(c) for c, _ in calls]
    keep = []
    for k, (call, pos) in enumerate(calls):
        mine = words[k]
        if len(mine) < 2 or any(c == call for c, _ in calls[:k]) or any(
            j != k and len(other) > len(mine) and len(mine & other) >= 0.75 * len(mine)
            for j, other in enumerate(words)
        ):
            continue
        keep.append((call, pos))
    return keep


def _doc_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words (lower case) and lemmas that can name a text (:func:`is_doc`: false for every
    other token), as keys of the document's word index."""
    docs = {w.lower() for w in lex.verbs["decl_docs"]}
    return frozenset(docs), frozenset(
        docs | {"statement", "plan"} | {w.lower() for w in lex.verbs["decl_anaphors"]})


def _name(text: str, all_sents: list[Span], skip: set[int]) -> str:
    m = _QUOTED_NAME.search(text)
    if m:
        return m.group(1)
    if not skip:
        return ""  # (before the search: the pattern tries every capitalized word of the text)
    found = _DECL_NAME.search(text)  # "adopted the Windhoek Communique": a capitalized name
    return found.group(1) if found else ""


def _calls_of(tok: Token, lex: Lexicon) -> list[str]:
    rest = tok.doc[tok.i + 2 : sent_of(tok).end].text.strip().strip(" .;")
    if tok.pos_ == "NOUN":  # "a call for X to act, meet Y and honour Z": the rest of it
        return [rest] if len(rest.split()) >= 2 else []
    thats = _THAT_ITEMS.split(tok.doc[tok.i + 1 : sent_of(tok).end].text.strip().strip(" .;"))
    if len(thats) > 2 and not thats[0]:  # "recommends that A; that B; and that C": three calls
        return [t.strip(" ,;.") for t in thats[1:] if len(t.split()) >= 2]
    nexts = _next_calls(tok, lex)
    text = clause_after(tok, drop=frozenset(t.i for v in nexts for t in v.subtree))
    if len(text.split()) < 3 and tok.nbor().lower_ in ("for", "on", "upon", "to"):
        text = rest  # the parse lost the object's tail: "call for delivery, and more, in ..."
    head = tok.head
    if (
        tok.dep_ == "conj"
        and head.dep_ == "ROOT"
        and head.i < tok.i
        and head.lemma_ in _AS_VERBS
        and not decl_trigger(head, lex)
    ):  # "describe trafficking as X and agree to tackle it": keep both predicates
        text = f"{clause_after(head)} {text}"
    calls = [c for part in _split_verbs(text, lex) for c in _split_items(part)]
    for verb in nexts:  # "call upon A to X, and urge B to Y": two calls
        calls += [c for c in _calls_of(verb, lex) if c not in calls]
    return calls


def _next_calls(tok: Token, lex: Lexicon) -> list[Token]:
    """The verbs of calls coordinated after the trigger, with no subject of their own, which
    the parse may hang on the trigger or on the verb of its complement: "urge" in "call upon
    A to X, and urge B to Y", "called" in "recognised X and called for Y"."""
    return [
        t for t in tok.subtree
        if t.i > tok.i + 2 and t.dep_ == "conj" and decl_trigger(t, lex)
        and (t.tag_ in ("VBP", "VBD", "VBZ")  # (", and urge" after an infinitive: its own)
             or (t.tag_ == "VB" and t.doc[t.i - 1].lower_ == "and" and t.doc[t.i - 2].text == ","))
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    ]


def _split_verbs(text: str, lex: Lexicon) -> list[str]:
    """ "governments to fund X, and urge utilities to Y" -> two calls, where the parse took
    the second verb for a noun; its "on" / "upon" / "for" goes."""
    verbs = "|".join(sorted(lex.verbs["decl_verbs"] - THAT_VERBS))
    parts = re.split(rf",\s+and\s+(?:also\s+)?(?:{verbs})(?:s|d|ed|es)?\s+", text)
    return [re.sub(r"^(?:upon|on|for)\s+", "", p).strip(" ,;.") for p in parts if p.strip()]


def _split_items(text: str) -> list[str]:
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
