"""kg.graph.protocol: both stores implement GraphStore, chosen by the location's URL scheme."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.graph import GraphStore, RemoteStore, Store, open_store, protocol
from kg.graph.remote import Endpoints


def test_both_stores_implement_the_protocol() -> None:
    with Store.open() as embedded:
        assert isinstance(embedded, GraphStore)
    remote = RemoteStore(Endpoints.from_url("http://127.0.0.1:9/sparql"))  # not contacted
    assert isinstance(remote, GraphStore)


def test_a_path_or_nothing_opens_the_embedded_store(tmp_path: Path) -> None:
    with open_store(None) as memory:
        assert isinstance(memory, Store) and memory.path is None
    with open_store(tmp_path / "s") as disk:
        assert isinstance(disk, Store) and disk.path == tmp_path / "s"
    with open_store(str(tmp_path / "t")) as disk:
        assert isinstance(disk, Store)


def test_a_url_opens_the_store_its_scheme_names(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []

    def fake(location: object) -> GraphStore:
        opened.append(location)
        return Store.open()

    monkeypatch.setitem(protocol.SCHEMES, "mem", fake)
    with open_store("MEM://anything"):
        assert opened == ["MEM://anything"]
    with pytest.raises(StoreError):  # http goes to the remote store, which finds no server
        open_store("http://127.0.0.1:9/sparql")


def test_the_remote_store_leaves_bulk_loading_to_the_server(tmp_path: Path) -> None:
    remote = RemoteStore(Endpoints.from_url("http://127.0.0.1:9/sparql"))
    with pytest.raises(StoreError, match="server's own loader"):
        remote.load_nquads([tmp_path / "x.nq"])
