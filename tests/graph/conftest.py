from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.graph import Store

from .sample import conference_facts, signing_facts


@pytest.fixture(params=["memory", "disk"])
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:
    """An empty store, in memory and on disk."""
    opened = Store.open(None if request.param == "memory" else tmp_path / "store")
    yield opened
    opened.close()


@pytest.fixture
def loaded(store: Store) -> Store:
    """The store holding both sample reports."""
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    return store
