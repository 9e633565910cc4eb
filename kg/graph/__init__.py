"""Facts -> RDF (one named graph per report) and the store that holds and queries them."""

from kg.graph.protocol import GraphStore, open_store
from kg.graph.rdf import actor_iri, event_iri, facts_to_quads, report_iri
from kg.graph.remote import RemoteStore
from kg.graph.result import QueryResult
from kg.graph.store import Store
from kg.graph.terms import iri

__all__ = [
    "GraphStore", "open_store", "Store", "RemoteStore", "QueryResult", "facts_to_quads",
    "report_iri", "actor_iri", "event_iri", "iri",
]
