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
