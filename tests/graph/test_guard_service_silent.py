"""A query text ending at ``SERVICE SILENT`` names no endpoint: the guard says so (None), where
it raised IndexError and the endpoint answered with a crash (found by the SPARQL fuzz test)."""

from kg.graph.guard import service_targets


def test_service_silent_at_the_end_names_no_endpoint() -> None:
    assert service_targets('SERVICE"SILENT') == [None]
    assert service_targets("SELECT * { SERVICE SILENT") == [None]


def test_service_silent_with_an_iri_names_it() -> None:
    assert service_targets("SELECT * { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }") \
        == ["http://example.org/sparql"]
