"""Actors-and-commitments knowledge graph: reports in; an RDF graph, SPARQL answers and
network views out.

    >>> import kg
    >>> g = kg.open()                      # or kg.open("kg-store") on disk
    >>> g.ingest_text("Pact signed\\n\\nVIENNA - The agency signed it.", "demo").failed
    []
"""

from kg.api import IngestSummary, KnowledgeGraph, facts_of, open
from kg.extract.topics import use_topics
from kg.owl import load_ontology as ontology

__all__ = ["open", "KnowledgeGraph", "IngestSummary", "facts_of", "ontology", "use_topics"]
