"""Serialize a store: N-Quads and TriG keep the report graphs; Turtle merges them; JSON-LD via
rdflib, whose compacted output (with a prefix context) reads better than the expanded form."""

from __future__ import annotations

import warnings
from typing import BinaryIO

from pyoxigraph import RdfFormat, Triple, serialize
from pyoxigraph import Store as OxStore

from kg.errors import StoreError
from kg.graph.terms import PREFIXES

FORMATS = ("nquads", "trig", "turtle", "jsonld")


def export_store(store: OxStore, fmt: str, out: BinaryIO) -> None:
    """Write ``store`` to ``out`` in ``fmt`` (one of :data:`FORMATS`)."""
    try:
        if fmt == "nquads":
            store.dump(out, RdfFormat.N_QUADS)
        elif fmt == "trig":
            store.dump(out, RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt == "turtle":
            # The merged view: a triple stated by several reports is written once.
            triples = {Triple(q.subject, q.predicate, q.object) for q in store}
            # sorted so each subject's triples sit together and the output is reproducible
            ordered = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate),
                                                      str(t.object)))
            serialize(ordered, out, RdfFormat.TURTLE, prefixes=PREFIXES)
        elif fmt == "jsonld":
            _jsonld(store, out)
        else:
            raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    except OSError as exc:
        raise StoreError(f"cannot export as {fmt}: {exc}") from exc


def _jsonld(store: OxStore, out: BinaryIO) -> None:
    from rdflib import Dataset  # imported here: only this format needs rdflib's parser

    with warnings.catch_warnings():
        # rdflib 7's own N-Quads parser and JSON-LD writer call its deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = Dataset()
        dataset.parse(data=store.dump(format=RdfFormat.N_QUADS), format="nquads")
        data = dataset.serialize(format="json-ld", context=dict(PREFIXES), indent=2,
                                 encoding="utf-8")
    out.write(data)
