"""The cached views of kg/extract/parsed.py give what spaCy's own objects give (speed work:
facts must not change). Sentences written here."""

from __future__ import annotations

from kg.extract.lexicon import derived, lexicon
from kg.extract.parsed import release, span_text, span_words
from kg.extract.spans import org_subtype

TEXT = (
    "The Director-General of the Harbour Agency (HA), Dr. Ana Ruiz, opened the talks.\n\n"
    "  Delegates  from Velland and the Coast Guard Service attended; they met again on 3 May."
)


def test_span_text_and_words_as_spacy_slices(nlp):
    doc = nlp(TEXT)
    n = len(doc)
    cases = [(i, j) for i in range(-3, n + 2) for j in range(-3, n + 2)]
    for i, j in cases:
        assert span_text(doc, i, j) == doc[i:j].text, (i, j)
        assert span_words(doc, i, j) == [t.text for t in doc[i:j]], (i, j)
    release(doc)


def test_a_lexicon_value_is_built_once():
    lex = lexicon()
    built = []

    def build(lx):
        built.append(lx)
        return len(lx.org_heads)

    assert derived(lex, "test-count", build) == derived(lex, "test-count", build)
    assert built == [lex]


def test_a_multiword_head_names_the_subtype():
    lex = lexicon()
    multi = [h for h in lex.org_heads if " " in h]
    assert multi, "the lexicon has heads of several words"
    head = max(multi, key=len)
    assert org_subtype(["The", *head.split(), "of", "Velland"], lex) == lex.org_heads[head]


def test_the_text_parsed_is_the_documents_text(nlp):
    """``use_text`` stands in for ``Doc.text``: spaCy keeps every character (odd spaces, tabs,
    blank lines, a line end in a name), so the two are equal."""
    from kg.extract.parsed import text, use_text
    from kg.extract.pipeline import parse

    odd = TEXT + "\r\n\t Mr.\u00a0Olu  Bakare\n\n\n(Chair)  signed.  "
    for doc, raw in ((nlp(odd), odd), (parse(nlp, odd * 3), odd * 3)):
        assert doc.text == raw
        use_text(doc, raw)
        assert text(doc) == doc.text
        release(doc)


def test_titles_grouped_by_letter_match_as_one_alternation():
    """The title pattern's alternatives behind their first letter (``_by_first_char``) match
    what the plain alternation matches, where it matches, in any case."""
    import re

    from kg.extract.lexicon import _by_first_char

    words = ["Chief Executive", "Chair", "chairperson", "CEO", "Director", "Deputy", "DG", "C"]
    sample = ("The chairperson, the CHIEF EXECUTIVE and a Chair-elect met the DG, the Dg, "
              "Directorate staff and the Deputy Director; C. Doe and a CEO's aide.")
    for fold in (True, False):
        plain = "|".join(re.escape(w) for w in words)
        grouped = _by_first_char([re.escape(w) for w in words], fold)
        flags = re.I if fold else 0
        for p in (rf"(?<![\w-])(?:{plain})(?![\w-])", rf"(?:{plain})"):
            q = p.replace(plain, grouped)
            assert [m.span() for m in re.finditer(p, sample, flags)] == [
                m.span() for m in re.finditer(q, sample, flags)]
    assert _by_first_char([r"\(x", "y"], True) == r"\(x|y"  # not a letter first: left whole


def test_tree_views_as_spacys(nlp):
    """``children`` and ``subtree`` list what spaCy's generators give, in the same order."""
    from kg.extract.parsed import children, head_ids, subtree

    doc = nlp(TEXT + " The council, which the mayor chairs, will meet and vote on Friday.")
    for tok in reversed(list(doc)):
        assert [t.i for t in children(tok)] == [t.i for t in tok.children]
        assert [t.i for t in subtree(tok)] == [t.i for t in tok.subtree]
        assert head_ids(doc)[tok.i] == tok.head.i
    release(doc)


def test_token_strings_as_spacys(nlp):
    from kg.extract.parsed import (
        token_lemmas,
        token_lemmas_as_is,
        token_lowers,
        token_pos,
        token_texts,
    )

    doc = nlp(TEXT)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_lemmas_as_is(doc) == [t.lemma_ for t in doc]
    assert token_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert token_pos(doc) == [t.pos_ for t in doc]
    release(doc)


def test_char_tokens_as_char_span_expand(nlp):
    """Every character range, inside and past the text, gives char_span's tokens or None."""
    from kg.extract.parsed import char_tokens

    doc = nlp(TEXT)
    size = len(doc.text)
    def spacy(a: int, b: int) -> object:
        try:
            span = doc.char_span(a, b, alignment_mode="expand")
        except IndexError:
            return IndexError
        return None if span is None else (span.start, span.end)

    def ours(a: int, b: int) -> object:
        try:
            return char_tokens(doc, a, b)
        except IndexError:
            return IndexError

    for a in range(-2, size + 2):
        for b in range(a - 3, min(a + 30, size + 2)):
            assert ours(a, b) == spacy(a, b), (a, b)
    release(doc)


def test_tokens_among_the_whole_document(nlp):
    from kg.extract.parsed import doc_tokens_among

    doc = nlp(TEXT)
    got = doc_tokens_among(doc, frozenset({"the"}), frozenset({"meet"}))
    assert [t.i for t in got] == [t.i for t in doc if t.lower_ == "the" or t.lemma_ == "meet"]
    release(doc)
