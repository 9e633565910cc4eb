"""GraphStore.update: SPARQL Update through the store, which keeps the union its queries read
(``kg serve --allow-update`` goes through it rather than into the store's insides)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.errors import QueryError
from kg.graph import RemoteStore, Store, report_iri
from kg.graph.guard import QueryRefused

from .sample import conference_facts, signing_facts
from .test_graph_remote import needs_server, server  # noqa: F401 - server: a fixture

ASK_ADDED = 'ASK { <http://example.org/e> akg:name "Added" }'


def _insert(graph: str) -> str:
    return f'INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/e> akg:name "Added" }} }}'


def _delete(graph: str) -> str:
    return f'DELETE DATA {{ GRAPH <{graph}> {{ <http://example.org/e> akg:name "Added" }} }}'


@pytest.fixture
def loaded() -> Iterator[Store]:
    with Store.open() as store:
        store.put_report(conference_facts())
        store.put_report(signing_facts())
        yield store


def test_an_update_reaches_the_union(loaded: Store) -> None:
    graph = report_iri(signing_facts().report).value
    before = loaded.stats()
    loaded.update(_insert(graph))
    assert loaded.query(ASK_ADDED).rows == [{"result": True}]
    assert loaded.stats()["triples"] == before["triples"] + 1
    loaded.update(_delete(graph))
    assert loaded.query(ASK_ADDED).rows == [{"result": False}]
    assert loaded.stats() == before


def test_a_bad_update_is_a_query_error_and_changes_nothing(loaded: Store) -> None:
    before = loaded.stats()
    with pytest.raises(QueryError, match="invalid SPARQL update"):
        loaded.update("INSERT DATA {")
    with pytest.raises(QueryRefused, match="nest"):
        loaded.update("INSERT DATA { " + "(" * 100 + " }")
    assert loaded.stats() == before


def test_service_in_an_update_reaches_only_allowed_endpoints(loaded: Store) -> None:
    update = ("INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> "
              "{ ?s ?p ?o } }")
    with pytest.raises(QueryRefused, match="no endpoint is allowed"):
        loaded.update(update)


@needs_server
def test_the_remote_store_updates_and_keeps_its_union(server: str) -> None:  # noqa: F811
    with RemoteStore.open(server) as remote:
        remote._update("DROP ALL")
        remote.put_report(conference_facts())
        graph = report_iri(conference_facts().report).value
        remote.update(_insert(graph))
        assert remote.query(ASK_ADDED).rows == [{"result": True}]
        remote.update(_delete(graph))
        assert remote.query(ASK_ADDED).rows == [{"result": False}]
        with pytest.raises(QueryError):
            remote.update("INSERT DATA {")
