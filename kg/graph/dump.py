"""Serialize a store: N-Quads, TriG and JSON-LD keep the report graphs; Turtle writes their
union (the store's default graph). JSON-LD goes through rdflib, whose compacted output (with a
prefix context) reads better than pyoxigraph's expanded form."""

from __future__ import annotations

import warnings
from typing import BinaryIO

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Triple, serialize
from pyoxigraph import Store as OxStore

from kg.errors import StoreError
from kg.graph.terms import ID_NS, PREFIXES

STAGING = ID_NS + "staging/"

FORMATS = ("nquads", "trig", "turtle", "jsonld")


def export_store(store: OxStore, fmt: str, out: BinaryIO) -> None:
    """Write ``store`` to ``out`` in ``fmt`` (one of :data:`FORMATS`)."""
    try:
        if fmt == "nquads":
            serialize(_report_quads(store), out, RdfFormat.N_QUADS)
        elif fmt == "trig":
            serialize(_report_quads(store), out, RdfFormat.TRIG, prefixes=PREFIXES)
        elif fmt == "turtle":
            triples = [Triple(q.subject, q.predicate, q.object)
                       for q in store.quads_for_pattern(None, None, None, DefaultGraph())]
            # sorted so each subject's triples sit together and the output is reproducible
            triples.sort(key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
            serialize(triples, out, RdfFormat.TURTLE, prefixes=PREFIXES)
        elif fmt == "jsonld":
            _jsonld(store, out)
        else:
            raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    except OSError as exc:
        raise StoreError(f"cannot export as {fmt}: {exc}") from exc


def _report_quads(store: OxStore) -> list[Quad]:
    """The quads of the report graphs, leaving out the derived default graph and rows."""
    from kg.graph.summary import SUMMARY_GRAPH  # stored query rows, derived like the union

    return [q for q in store if isinstance(q.graph_name, NamedNode)
            and not q.graph_name.value.startswith(STAGING) and q.graph_name != SUMMARY_GRAPH]


def _jsonld(store: OxStore, out: BinaryIO) -> None:
    from rdflib import Dataset  # imported here: only this format needs rdflib's parser

    with warnings.catch_warnings():
        # rdflib 7's own N-Quads parser and JSON-LD writer call its deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        dataset = Dataset()
        dataset.parse(data=serialize(_report_quads(store), format=RdfFormat.N_QUADS),
                      format="nquads")
        data = dataset.serialize(format="json-ld", context=dict(PREFIXES), indent=2,
                                 encoding="utf-8")
    out.write(data)
