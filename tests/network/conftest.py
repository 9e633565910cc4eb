"""A source holding the two hand-written reports of ``fixtures/two_reports.trig``.

The project's ``kg.graph.store.Store`` is used when it is importable, else the small
``MemorySource`` adapter: both answer ``query(sparql, bindings)`` over the union graph.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph
import pytest

from kg.network.source import MemorySource

FIXTURES = Path(__file__).parent / "fixtures"


def _store_from_trig(text: str) -> Any:
    try:
        from kg.graph.store import Store
    except ImportError:
        return MemorySource.from_trig(text)
    inner = pyoxigraph.Store()
    inner.load(input=text, format=pyoxigraph.RdfFormat.TRIG)
    store = Store(inner)
    store.rebuild_union()  # quads written around put_report: recompute the union it keeps
    return store


@pytest.fixture(scope="module")
def source() -> Any:
    return _store_from_trig((FIXTURES / "two_reports.trig").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def memory_source() -> MemorySource:
    return MemorySource.from_trig((FIXTURES / "two_reports.trig").read_text(encoding="utf-8"))
