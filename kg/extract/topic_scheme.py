"""A researcher's own topic scheme, in SKOS: read from Turtle, it extends or replaces the
project's (``kg/data/lexicons/topics.yaml``).

Each ``skos:Concept`` becomes a topic: its ``skos:prefLabel`` is the label, and the label with
its ``skos:altLabel`` and ``skos:hiddenLabel`` values are the words that signal it in a
sentence. The topic's slug is the concept IRI's last part, so the graph names it
``id:topic/<slug>`` as it does the shipped ones.

The scheme in use is named by ``$KG_TOPICS`` (a Turtle file; ``$KG_TOPICS_REPLACE=1`` to drop
the shipped topics), so worker processes, which inherit the environment, tag with it too;
:func:`kg.use_topics` and the ``--topics`` option set both.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kg.errors import KgError

Topics = dict[str, tuple[str, tuple[str, ...]]]  # slug -> (label, signal words)

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def read_skos(path: str | Path) -> Topics:
    """The topics of a SKOS Turtle file. Raises KgError naming the file when it cannot be read
    or parsed, holds no ``skos:Concept``, or a concept has no English or plain prefLabel."""
    from pyoxigraph import Literal, NamedNode, RdfFormat, parse

    where = Path(path)
    try:
        triples = list(parse(where.read_bytes(), format=RdfFormat.TURTLE, base_iri=where.as_uri()))
    except OSError as exc:
        raise KgError(f"{path}: cannot read the topic scheme: {exc.strerror or exc}") from None
    except SyntaxError as exc:
        raise KgError(f"{path}: not a Turtle file: {' '.join(str(exc).split())[:200]}") from None
    concepts = [t.subject for t in triples if t.predicate.value == _RDF_TYPE
                and isinstance(t.object, NamedNode) and t.object.value == _SKOS + "Concept"]
    if not concepts:
        raise KgError(f"{path}: no skos:Concept in this topic scheme")
    labels: dict[object, dict[str, list[str]]] = {c: {} for c in concepts}
    for t in triples:
        if t.subject in labels and isinstance(t.object, Literal) and \
                t.predicate.value.startswith(_SKOS) and \
                (t.object.language or "en").split("-")[0] == "en":
            kind = t.predicate.value[len(_SKOS):]
            labels[t.subject].setdefault(kind, []).append(t.object.value)
    topics: Topics = {}
    for concept, found in labels.items():
        name = getattr(concept, "value", str(concept))
        if not found.get("prefLabel"):
            raise KgError(f"{path}: the concept {name} has no skos:prefLabel (in English or "
                          "without a language)")
        label = sorted(found["prefLabel"])[0]
        words = {w.lower() for w in [label, *found.get("altLabel", []),
                                      *found.get("hiddenLabel", [])] if w.strip()}
        topics[_slug(name)] = (label, tuple(sorted(words, key=lambda w: (-len(w), w))))
    return topics


def _slug(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return re.sub(r"[^0-9a-z]+", "-", tail.lower()).strip("-") or "topic"


def in_use(shipped: Topics) -> Topics:
    """The topics tagging uses: the shipped ones, extended or replaced by ``$KG_TOPICS``."""
    path = os.environ.get("KG_TOPICS")
    if not path:
        return shipped
    own = read_skos(path)
    return own if os.environ.get("KG_TOPICS_REPLACE") == "1" else {**shipped, **own}
