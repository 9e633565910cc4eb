"""The stored rows of the costliest whole-graph queries (kg/graph/summary.py): same answers as
the plain queries, never read once a write has made them stale, written again at close."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.graph import Store
from kg.graph.summary import SUMMARIZED, SUMMARY_GRAPH, with_keys
from kg.query import run_query
from kg.query.library import get_query
from kg.query.run import _summary_text

from .sample import conference_facts, signing_facts

CASES = [
    ("actors", {}), ("actors", {"kind": "person"}), ("actors", {"kind": "GovernmentAgency"}),
    ("actors", {"kind": "nothing"}), ("co-participants", {}), ("events", {}),
    ("events", {"kind": "conference"}), ("events", {"since": "2024-01-01"}),
    ("events", {"until": "2020-01-01"}), ("events", {"topic": "human-trafficking"}),
    ("events", {"place": "nowhere"}), ("events", {"organizer": "Federal Investigation Agency"}),
    ("events", {"organizer": "fia", "kind": "conference"}),
    ("events", {"organizer": "FIA", "topic": "human-trafficking"}),
    ("events", {"organizer": "IOM", "since": "2024-06-01"}),
    ("collaborations", {}), ("collaborations", {"name": "FIA"}),
    ("collaborations", {"name": "international organization for migration"}),
]


def answers(store: Store) -> list[list[dict]]:
    return [run_query(store, name, params).rows for name, params in CASES]


def stored_rows(store: Store) -> set:
    return set(store.inner.quads_for_pattern(None, None, None, SUMMARY_GRAPH))


def test_the_stored_rows_answer_as_the_plain_queries(store: Store) -> None:
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    assert not store.summary_is_current()
    plain = answers(store)
    assert store.summarize() > 0 and store.summary_is_current()
    assert _summary_text(store, get_query("actors"), set()) is not None  # the stored rows are read
    assert answers(store) == plain
    assert any(plain)


def test_a_write_makes_the_rows_stale_and_close_writes_them_again(tmp_path: Path) -> None:
    where = tmp_path / "store"
    with Store.open(where) as store:
        store.put_report(conference_facts())
    with Store.open(where, read_only=True) as store:
        assert store.summary_is_current()  # written at close
        one = answers(store)
    with Store.open(where) as store:
        store.put_report(signing_facts())
        assert not store.summary_is_current()  # the plain queries answer from now on
        assert _summary_text(store, get_query("actors"), set()) is None
        both = answers(store)
    assert both != one
    with Store.open(where, read_only=True) as store:
        assert store.summary_is_current()
        assert answers(store) == both
        rows = stored_rows(store)
    with Store.open(where) as store:  # the same report again changes nothing
        store.put_report(signing_facts())
    with Store.open(where, read_only=True) as store:
        assert answers(store) == both
        assert stored_rows(store) == rows  # the same quads, blank nodes included
    with Store.open(where) as store:  # removal: the rows lose what only that report said
        assert store.remove_report(signing_facts().report.source)
    with Store.open(where, read_only=True) as store:
        assert store.summary_is_current()
        assert answers(store) == one


def test_an_update_or_a_bulk_load_makes_the_rows_stale(store: Store, tmp_path: Path) -> None:
    store.put_report(conference_facts())
    store.summarize()
    store.update("DELETE WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> "
                 "?o } }")
    assert not store.summary_is_current()
    store.summarize()
    path = tmp_path / "one.nq"
    buffer = io.BytesIO()
    loaded = Store.open(None)
    loaded.put_report(signing_facts())
    loaded.export("nquads", buffer)
    path.write_bytes(buffer.getvalue())
    store.load_nquads([path])
    assert not store.summary_is_current()


def test_the_rows_are_no_report_s(store: Store) -> None:
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    quads, size, stats = store.quads(), len(store), store.stats()
    store.summarize()
    assert (store.quads(), len(store), store.stats()) == (quads, size, stats)
    out = io.BytesIO()
    store.export("nquads", out)
    assert SUMMARY_GRAPH.value.encode() not in out.getvalue()
    store.rebuild_union()  # the union is the report graphs' only
    assert store.stats() == stats
    assert not store.query("ASK { ?s <https://w3id.org/akg/summary#actors> ?o }"
                           ).rows[0]["result"]


@pytest.mark.parametrize("name", sorted(SUMMARIZED))
def test_each_summarized_query_projects_its_keys(name: str) -> None:
    text = with_keys(get_query(name).sparql, SUMMARIZED[name])
    for key in SUMMARIZED[name]:
        assert f"SELECT ?{key} " in text


def test_a_query_file_elsewhere_never_reads_the_rows(store: Store, tmp_path: Path) -> None:
    store.put_report(conference_facts())
    store.summarize()
    copy = tmp_path / "actors.rq"
    copy.write_text(get_query("actors").sparql, encoding="utf-8")
    assert _summary_text(store, get_query(str(copy)), set()) is None


_CRASH = """
import os, sys
sys.path.insert(0, {tests!r})
from graph.sample import signing_facts
from kg.graph import Store
store = Store.open({where!r})
store.put_report(signing_facts())
store.inner.flush()
os._exit(0)  # killed between the write and the rows: close() never runs
"""


def test_a_crash_between_the_write_and_the_rows_leaves_no_stale_answer(tmp_path: Path) -> None:
    import subprocess
    import sys

    where = tmp_path / "store"
    with Store.open(where) as store:
        store.put_report(conference_facts())
    tests = str(Path(__file__).resolve().parents[1])
    subprocess.run([sys.executable, "-c", _CRASH.format(tests=tests, where=str(where))],
                   check=True, timeout=120)
    with Store.open(where, read_only=True) as store:
        assert not store.summary_is_current()  # the plain queries answer, with the new report
        after_crash = answers(store)
    with Store.open(None) as fresh:
        fresh.put_report(conference_facts())
        fresh.put_report(signing_facts())
        assert answers(fresh) == after_crash
    with Store.open(where):  # the next writer writes the rows (a store without them, at close)
        pass
    with Store.open(where, read_only=True) as store:
        assert store.summary_is_current()
        assert answers(store) == after_crash


def test_kg_stored_rows_0_turns_them_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_STORED_ROWS", "0")
    where = tmp_path / "store"
    with Store.open(where) as store:
        store.put_report(conference_facts())
    with Store.open(where, read_only=True) as store:
        assert not store.summary_is_current()
        assert not stored_rows(store)
    monkeypatch.delenv("KG_STORED_ROWS")
    with Store.open(where, read_only=True) as store:
        assert not store.summary_is_current()  # none were written
