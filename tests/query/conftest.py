from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.graph import Store

try:  # tests/graph is a package; tests/ itself may or may not be one
    from graph.sample import conference_facts, signing_facts
except ImportError:  # pragma: no cover - when tests/ becomes a package
    from tests.graph.sample import conference_facts, signing_facts


@pytest.fixture(scope="module", params=["memory", "disk"])
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
           ) -> Iterator[Store]:
    """Both sample reports, in an in-memory and an on-disk store (read-only in these tests)."""
    path = None if request.param == "memory" else tmp_path_factory.mktemp("q") / "store"
    store = Store.open(path)
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    yield store
    store.close()
