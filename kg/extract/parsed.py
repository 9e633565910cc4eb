"""Views of a parsed report computed once per document: its sentences, its entities, and the
sentence of each token. spaCy recomputes ``Doc.sents``, ``Doc.ents``, ``Span.ents`` and
``Token.sent`` on every access, which made extraction quadratic in the length of a report."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.attrs import HEAD, IDX, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token


def sents(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("kg_sents")
    if cached is None:
        cached = doc.user_data["kg_sents"] = list(doc.sents)
    return cached


def ents(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("kg_ents")
    if cached is None:
        cached = doc.user_data["kg_ents"] = list(doc.ents)
    return cached


def sent_index(doc: Doc) -> list[int]:
    """For each token, the index of its sentence."""
    cached = doc.user_data.get("kg_sent_index")
    if cached is None:
        cached = [0] * len(doc)
        for k, s in enumerate(sents(doc)):
            for i in range(s.start, s.end):
                cached[i] = k
        doc.user_data["kg_sent_index"] = cached
    return cached


def sent_of(tok: Token) -> Span:
    """The sentence of a token (``Token.sent``, without spaCy's scan)."""
    return sents(tok.doc)[sent_index(tok.doc)[tok.i]]


def ents_in(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities within tokens [start, end)."""
    all_ents = ents(doc)
    k = bisect_left([e.start for e in all_ents], start)
    out = []
    while k < len(all_ents) and all_ents[k].end <= end:
        out.append(all_ents[k])
        k += 1
    return out


def text(doc: Doc) -> str:
    """The document's text (``Doc.text`` joins every token on each access)."""
    cached = doc.user_data.get("kg_text")
    if cached is None:
        cached = doc.user_data["kg_text"] = doc.text
    return cached


def use_text(doc: Doc, text: str) -> None:
    """Take ``text``, the string the document was parsed from, as its text: spaCy keeps every
    character, so it is ``Doc.text``, which would otherwise be joined from every token (a
    twentieth of the rules' time on the eval reports)."""
    doc.user_data["kg_text"] = text


def tokens(doc: Doc) -> list[Token]:
    """The document's tokens as a list (``doc[i]`` builds a new Token object on each access)."""
    cached = doc.user_data.get("kg_tokens")
    if cached is None:
        cached = doc.user_data["kg_tokens"] = list(doc)
    return cached


#: string id -> string, for every string a document's tokens have shown (the words of a
#: language's texts: bounded); spaCy decodes the string anew on each ``Token.text`` access
_STRINGS: dict[int, str] = {}
_MOST_STRINGS = 200_000


def _per_token(doc: Doc, key: str, attr: int) -> list[str]:
    """The string of attribute ``attr`` (``ORTH``, ``LOWER``...) of each token, in order,
    computed once per document: one array of string ids, each decoded once per process."""
    cached = doc.user_data.get(key)
    if cached is None:
        ids = doc.to_array(attr).tolist()
        strings, known = doc.vocab.strings, _STRINGS
        if len(known) > _MOST_STRINGS:
            known.clear()  # (a bound on memory over a long run: the cache only saves time)
        for h in set(ids).difference(known):
            known[h] = strings[h]
        cached = doc.user_data[key] = [known[h] for h in ids]
    return cached


def token_texts(doc: Doc) -> list[str]:
    """Each token's text (``Token.text`` looks the string up anew on each access)."""
    return _per_token(doc, "kg_token_texts", ORTH)


def token_lowers(doc: Doc) -> list[str]:
    """Each token's text in lower case (``Token.lower_``, looked up once per document)."""
    return _per_token(doc, "kg_token_lowers", LOWER)


def token_lemmas(doc: Doc) -> list[str]:
    """Each token's lemma in lower case (``Token.lemma_``, looked up once per document)."""
    cached = doc.user_data.get("kg_token_lemmas")
    if cached is None:
        cached = doc.user_data["kg_token_lemmas"] = [
            w.lower() for w in token_lemmas_as_is(doc)]
    return cached


def token_lemmas_as_is(doc: Doc) -> list[str]:
    """Each token's lemma as spaCy gives it (``Token.lemma_``, looked up once per document)."""
    return _per_token(doc, "kg_token_lemmas_as_is", LEMMA)


def token_pos(doc: Doc) -> list[str]:
    """Each token's coarse part of speech (``Token.pos_``, looked up once per document)."""
    return _per_token(doc, "kg_token_pos", POS)


_NONE: frozenset[str] = frozenset()


def _where(doc: Doc, key: str, words: Callable[[Doc], list[str]]) -> dict[str, list[int]]:
    """Each word of ``words(doc)`` -> its positions, in order (built once per document)."""
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = {}
        for k, w in enumerate(words(doc)):
            cached.setdefault(w, []).append(k)
    return cached


def among(doc: Doc, lowers: frozenset[str] = _NONE, lemmas: frozenset[str] = _NONE
          ) -> list[int]:
    """The positions of the document's tokens whose text in lower case is one of ``lowers`` or
    whose lemma in lower case is one of ``lemmas``, in order (see :func:`tokens_among`)."""
    found = doc.user_data.setdefault("kg_among", {})
    at = found.get((lowers, lemmas))
    if at is None:
        low_at, lem_at = _where(doc, "kg_lower_at", token_lowers), _where(
            doc, "kg_lemma_at", token_lemmas)
        # the words of the set the document holds (a set intersection: no loop over either)
        at = found[lowers, lemmas] = sorted(
            {k for w in low_at.keys() & lowers for k in low_at[w]}
            | {k for w in lem_at.keys() & lemmas for k in lem_at[w]}
        )
    return at


def doc_tokens_among(doc: Doc, lowers: frozenset[str] = _NONE,
                     lemmas: frozenset[str] = _NONE) -> list[Token]:
    """:func:`tokens_among` over the whole document: the only tokens a rule's trigger words
    can open, without reading every token's strings (most reports hold none of them)."""
    tk = tokens(doc)
    return [tk[k] for k in among(doc, lowers, lemmas)]


def tokens_among(
    span: Span, lowers: frozenset[str] = _NONE, lemmas: frozenset[str] = _NONE
) -> list[Token]:
    """The span's tokens, in order, whose text in lower case is one of ``lowers`` or whose lemma
    in lower case is one of ``lemmas``: the few a rule's trigger words can open, without reading
    every token of every sentence in each of the rules (``Token.lower_`` and ``Token.lemma_``
    look their string up on each access). The document's positions of each pair of word sets
    are found once, from the document's index of where each word stands; give sets built
    once (module-level), they are the key."""
    doc = span.doc
    at = among(doc, lowers, lemmas)
    tk = tokens(doc)
    return [tk[k] for k in at[bisect_left(at, span.start) : bisect_left(at, span.end)]]


def head_ids(doc: Doc) -> list[int]:
    """The position of each token's syntactic head (its own for a root), once per document."""
    cached = doc.user_data.get("kg_heads")
    if cached is None:
        cached = doc.user_data["kg_heads"] = [
            k + r for k, r in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
    return cached


def child_ids(doc: Doc) -> list[list[int]]:
    """The positions of each token's children, in order (``Token.children``), computed once per
    document: spaCy scans every token between a head and its subtree's edges on each access,
    and builds each child anew."""
    cached = doc.user_data.get("kg_children")
    if cached is None:
        cached = doc.user_data["kg_children"] = [[] for _ in range(len(doc))]
        for k, h in enumerate(head_ids(doc)):
            if h != k:
                cached[h].append(k)
    return cached


def children(tok: Token) -> list[Token]:
    """``list(tok.children)``, from the document's lists."""
    tk = tokens(tok.doc)
    return [tk[k] for k in child_ids(tok.doc)[tok.i]]


def subtree_ids(doc: Doc, i: int) -> list[int]:
    """The positions of ``doc[i].subtree``, in spaCy's order (the subtree of each left child,
    the token, the subtree of each right child: a non-projective parse is not in text order),
    kept per document: spaCy walks the subtree through nested generators on each access."""
    memo = doc.user_data.setdefault("kg_subtrees", {})
    out = memo.get(i)
    if out is None:
        kids = child_ids(doc)
        out, todo = [], [i]  # (an explicit stack: a long chain of conjuncts is a deep tree)
        while todo:
            k = todo.pop()
            if k < 0:  # a token whose left children are all out
                out.append(~k)
                continue
            done = memo.get(k)
            if done is not None:
                out += done
                continue
            lefts = [c for c in kids[k] if c < k]
            rights = [c for c in kids[k] if c > k]
            todo += reversed(rights)
            todo.append(~k)
            todo += reversed(lefts)
        memo[i] = out
    return out


def subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, from the document's lists."""
    tk = tokens(tok.doc)
    return [tk[k] for k in subtree_ids(tok.doc, tok.i)]


def token_starts(doc: Doc) -> list[int]:
    """Each token's first character (``Token.idx``), once per document."""
    cached = doc.user_data.get("kg_token_starts")
    if cached is None:
        cached = doc.user_data["kg_token_starts"] = doc.to_array(IDX).tolist()
    return cached


def char_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The token range of ``doc.char_span(start, end, alignment_mode="expand")``, or None
    where it is None: a binary search over the token starts, without the Span (the tokens of
    a parsed text follow one another with no gap, each with its trailing space)."""
    starts, size = token_starts(doc), len(text(doc))
    if not (0 <= start < size and 0 < end <= size):
        span = doc.char_span(start, end, alignment_mode="expand")
        return None if span is None else (span.start, span.end)
    i, j = bisect_right(starts, start) - 1, bisect_right(starts, end - 1) - 1
    if start == starts[i] + len(token_texts(doc)[i]):
        i += 1  # the start is the token's trailing space: the name begins after it
    if i > j + 1:
        span = doc.char_span(start, end, alignment_mode="expand")  # (spaCy's own answer)
        return None if span is None else (span.start, span.end)
    return i, j + 1


def span_text(doc: Doc, i: int, j: int) -> str:
    """``doc[i:j].text`` from the cached text: a Span and each of its Tokens are built anew on
    every access, and names are tested this way tens of thousands of times per report."""
    if not 0 <= i < j <= len(doc):
        return doc[i:j].text  # spaCy's own slicing rules (negative, empty, past the end)
    tk = tokens(doc)
    last = tk[j - 1]
    return text(doc)[tk[i].idx : last.idx + len(last)]


def span_words(doc: Doc, i: int, j: int) -> list[str]:
    """``[t.text for t in doc[i:j]]``, from the cached tokens."""
    if not 0 <= i <= j <= len(doc):
        return [t.text for t in doc[i:j]]
    return [t.text for t in tokens(doc)[i:j]]


def span_tokens(span: Span) -> list[Token]:
    """A span's tokens, from the document's list (iterating a span builds each Token anew)."""
    return tokens(span.doc)[span.start : span.end]


def release(doc: Doc) -> None:
    """Drop the cached views: they point back at the document (tokens, spans), a cycle the
    garbage collector cannot see through spaCy's ``Doc``, so each parsed report would stay in
    memory for good."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("kg_")]:
        del doc.user_data[key]


def lower_text(sent: Span) -> str:
    """A sentence's text in lower case, computed once per sentence (phrase look-ups)."""
    cache = sent.doc.user_data.setdefault("kg_lower_sents", {})
    key = (sent.start, sent.end)  # any span, not only a sentence, gets its own text
    if key not in cache:
        cache[key] = span_text(sent.doc, sent.start, sent.end).lower()
    return cache[key]
