"""Declarations, statements and communiqués adopted at events, one entry per call they make:
"the declaration calls for X and Y", "the Council: - urged ...; - requested ...".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.commitments import clause_after
from kg.extract.lexicon import Lexicon
from kg.extract.parsed import sents
from kg.extract.parsed import text as doc_text

_DECL = re.compile(r"\b(declaration|communiqu[eé]|joint statement|statement|the text)\b", re.I)
_DECL_TRIGGERS = {"call", "agree", "provide", "accept", "urge", "commit", "recommend", "resolve"}


def declaration_sentences(doc: Doc) -> set[int]:
    """Indexes of the sentences that state what a declaration says."""
    out: set[int] = set()
    for k, sent in enumerate(sents(doc)):
        low = sent.text.lower()
        if _DECL.search(sent.text) and any(
            t.lemma_ in _DECL_TRIGGERS | {"adopt", "sign"} for t in sent
        ):
            out.add(k)
        elif (
            out and k - 1 in out and re.match(r"\s*(the\s+)?(ministers|signatories|they|it)\b", low)
        ):
            out.add(k)
        elif out and re.match(r"\s*(they|the signatories)\b", low) and k - 2 in out:
            out.add(k)
    return out


def _coordinated(text: str) -> list[str]:
    """ "the strengthening of X and the implementation of Y" -> two demands; a comma list
    ("prevention, protection of victims and the prosecution of traffickers") stays one."""
    parts = re.split(r",?\s+and\s+(?=the\s|more\s|to\s)", text)
    if len(parts) > 1 and "," in parts[0]:
        return [text.strip(" ,;.")]
    return [p.strip(" ,;.") for p in parts]


# "... called for:" then a list, one item a line: "- A;", "• B", "1. C", "(a) D"
_BULLET = r"(?:[-•*–—]|\d{1,2}[.)]|\([a-z]\))"
_BULLETS = re.compile(
    r"(?:\s+for)?\s*:\s*\n((?:[ \t]*" + _BULLET + r"[ \t]+[^\n]+(?:\n|$))+)"
)
_ITEM = re.compile(r"^[ \t]*" + _BULLET + r"[ \t]+([^\n]+)", re.M)
_OPENS_LIST = re.compile(r":[ \t]*\n")
# the verb that opens a list item of a communique: what follows it is the call
_ITEM_VERB = re.compile(
    r"^(?:also\s+|further\s+)?(?:call(?:ed|s)?\s+(?:for|on|upon)|urg(?:ed|es?)|request(?:ed|s)?"
    r"|encourag(?:ed|es?)|invit(?:ed|es?)|recommend(?:ed|s)?|agree(?:d|s)?(?:\s+to)?"
    r"|commit(?:ted|s)?(?:\s+(?:themselves|ourselves))?\s+to|resolv(?:ed|es?)\s+to"
    r"|stress(?:ed|es)?(?:\s+the\s+need\s+(?:for|to))?|underlin(?:ed|es?)(?:\s+the\s+need"
    r"\s+(?:for|to))?|decid(?:ed|es?)\s+to|direct(?:ed|s)?)\s+",
    re.I,
)


def _listed(block: str, verbs: bool) -> list[str]:
    """The calls of a bulleted list, one per item of two words or more; with ``verbs``, each
    item's opening verb taken off ("urged Member States to ..." -> "Member States to ...")."""
    calls = []
    for item in _ITEM.finditer(block):
        call = item.group(1).strip()
        if verbs:
            call = _ITEM_VERB.sub("", call, count=1)
        call = re.sub(r"[;,.]?\s*(?:and|or)?\s*$", "", call)
        if len(call.split()) >= 2:
            calls.append(call)
    return calls


_DECL_NAME = re.compile(r"\b((?:[A-Z][\w’'-]+\s+){1,5}(?:Declaration|Communiqu[eé]))\b")


def declaration_calls(
    doc: Doc, lex: Lexicon, sentences: set[int]
) -> tuple[str, list[tuple[str, int]]]:
    """The declaration's name (when quoted) and its calls, one per coordinated demand."""
    all_sents = sents(doc)
    text_all = doc_text(doc)
    calls: list[tuple[str, int]] = []
    name = ""
    m = re.search(
        r"[“\"]([^”\"]{0,80}(Declaration|Communiqu[eé]|Statement)[^”\"]{0,40})[”\"]", text_all
    )
    if m:
        name = m.group(1)
    else:  # "adopted the Windhoek Communique": a capitalized name in a declaration sentence
        for k in sorted(sentences):
            found = _DECL_NAME.search(all_sents[k].text)
            if found:
                name = found.group(1)
                break
    listed_until = -1  # the end of a bulleted list already read as calls
    for k in sorted(sentences):
        sent = all_sents[k]
        if sent.start_char < listed_until:
            continue
        # "In the communique, the Ministers:" and a list whose items carry their own verbs
        # ("- urged member states to ...", "- called for ...")
        opened = _OPENS_LIST.search(text_all, sent.start_char, sent.end_char + 1)
        if opened and not any(
            t.lemma_ in _DECL_TRIGGERS and t.idx < opened.start() for t in sent
        ):
            block = _BULLETS.match(text_all, opened.start())
            if block:
                calls += [(c, sent.start_char) for c in _listed(block.group(1), verbs=True)]
                listed_until = block.end()
                continue
        for tok in sent:
            if tok.idx < listed_until:
                break
            if tok.lemma_ not in _DECL_TRIGGERS or tok.pos_ not in ("VERB", "AUX"):
                continue
            bullets = _BULLETS.match(text_all, tok.idx + len(tok))
            if bullets:  # "called for:" and a list, one call per item
                calls += [(c, sent.start_char) for c in _listed(bullets.group(1), verbs=False)]
                listed_until = bullets.end()
                break
            if tok.lemma_ == "call" and not any(c.lower_ == "for" for c in tok.children):
                continue
            if tok.lemma_ == "provide" and not any(c.dep_ == "ccomp" for c in tok.children):
                continue  # "provides that X" states a call; "provide direction" does not
            text = clause_after(tok)
            head = tok.head
            if (
                tok.dep_ == "conj"
                and head.dep_ == "ROOT"
                and head.i < tok.i
                and head.lemma_ not in _DECL_TRIGGERS
            ):
                # "describe trafficking as X and agree to tackle it": keep both predicates
                text = f"{clause_after(head)} {text}"
            text = text.split(":", 1)[-1].strip()  # "calls for: A, B and C"
            text = re.sub(
                r"^(?:in|under)\s+(?:the|this|that|its)\s+(?:text|declaration)\s+", "", text
            )
            for part in _coordinated(text):
                if len(part.split()) >= 2:
                    calls.append((part, sent.start_char))
    return name, calls
