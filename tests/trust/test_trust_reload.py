"""Repeatable loading through the real CLI: re-ingesting changes nothing, a changed report
replaces its own facts only, ``kg remove`` takes a report out but keeps what others state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.graph.rdf import report_iri
from kg.model import Report

from .conftest import graph_of, kg, nquads, report_graphs, union_mismatch

A = """Border agencies sign an agreement in Karachi
Published: 28 February 2024

KARACHI, 28 February 2024 - The Federal Investigation Agency (FIA) and the National Border Agency
signed a memorandum of understanding on human trafficking. Director General Ahmad Ishaq Jahangir
of the Federal Investigation Agency praised the National Border Agency.
"""

B = """Labour ministry and FIA hold a workshop in Lahore
Published: 4 March 2024

LAHORE, 4 March 2024 - The Ministry of Labour and the Federal Investigation Agency (FIA) organized
a workshop on forced labour in brick kilns. Secretary Nadia Rahman of the Ministry of Labour
pledged to inspect every kiln in Punjab.
"""

C = """Coast guard trains officers in Gwadar
Published: 9 April 2024

GWADAR, 9 April 2024 - The Pakistan Coast Guards organized a training course on maritime
smuggling. Commander Tariq Mehmood of the Pakistan Coast Guards urged closer cooperation.
"""

A_CHANGED = """Border agencies sign an agreement in Karachi
Published: 28 February 2024

KARACHI, 28 February 2024 - The Federal Investigation Agency (FIA) and the Anti-Narcotics Force
signed a memorandum of understanding on drug trafficking. Director General Ahmad Ishaq Jahangir
of the Federal Investigation Agency praised the Anti-Narcotics Force.
"""

FIA = "https://w3id.org/akg/id/actor/federal-investigation-agency"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _graph_iri(path: Path) -> str:
    return report_iri(Report(text="", source=str(path))).value


@pytest.fixture
def loaded(tmp_path: Path) -> tuple[Path, Path, set[str]]:
    """A folder of three reports ingested once: (folder, store, N-Quads)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in (("a.txt", A), ("b.txt", B), ("c.txt", C)):
        (folder / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    run = kg("ingest", folder, "--store", store)
    assert run.code == 0, run.err
    assert "loaded 3, skipped 0 (unchanged), failed 0" in run.err
    return folder, store, nquads(store)


def test_ingesting_a_folder_twice_changes_nothing(loaded: tuple[Path, Path, set[str]]) -> None:
    folder, store, first = loaded
    run = kg("ingest", folder, "--store", store)
    assert run.code == 0
    assert "loaded 0, skipped 3 (unchanged), failed 0" in run.err
    assert nquads(store) == first
    assert union_mismatch(store) == (set(), set())


def test_a_fresh_store_gets_the_same_quads(loaded: tuple[Path, Path, set[str]],
                                           tmp_path: Path) -> None:
    folder, _, first = loaded
    other = tmp_path / "other"
    assert kg("ingest", folder, "--store", other).code == 0
    assert nquads(other) == first


def test_a_changed_report_replaces_only_its_own_facts(
        loaded: tuple[Path, Path, set[str]]) -> None:
    folder, store, before = loaded
    a = folder / "a.txt"
    a.write_text(A_CHANGED, encoding="utf-8")
    run = kg("ingest", folder, "--store", store)
    assert run.code == 0
    assert "loaded 1, skipped 2 (unchanged), failed 0" in run.err
    after = nquads(store)
    old, new = graph_of(before, _graph_iri(a)), graph_of(after, _graph_iri(a))
    assert "National Border Agency" in "".join(old)
    assert "National Border Agency" not in "".join(after)  # gone from every graph
    assert "Anti-Narcotics Force" in "".join(new)
    for other in ("b.txt", "c.txt"):
        iri = _graph_iri(folder / other)
        assert graph_of(after, iri) == graph_of(before, iri)
    assert union_mismatch(store) == (set(), set())


def test_remove_keeps_what_another_report_states(loaded: tuple[Path, Path, set[str]]) -> None:
    folder, store, before = loaded
    a = folder / "a.txt"
    run = kg("remove", a, "--store", store)
    assert run.code == 0
    assert f"removed {a}" in run.err
    after = nquads(store)
    assert _graph_iri(a) not in report_graphs(after)
    assert after == before - graph_of(before, _graph_iri(a))
    assert "National Border Agency" not in "".join(after)  # only a.txt named it
    # the FIA is named by a.txt and b.txt: it stays, with its name
    b_graph = graph_of(after, _graph_iri(folder / "b.txt"))
    assert any(q.startswith(f"<{FIA}> {LABEL}") for q in b_graph)
    assert union_mismatch(store) == (set(), set())
    actors = kg("actors", "--store", store)
    assert "Federal Investigation Agency" in actors.out
    assert "National Border Agency" not in actors.out


def test_remove_then_ingest_again_restores_the_same_quads(
        loaded: tuple[Path, Path, set[str]]) -> None:
    folder, store, before = loaded
    assert kg("remove", folder / "a.txt", "--store", store).code == 0
    assert kg("ingest", folder, "--store", store).code == 0
    assert nquads(store) == before


def test_removing_a_report_that_is_not_there_fails(loaded: tuple[Path, Path, set[str]]) -> None:
    _, store, before = loaded
    run = kg("remove", "nowhere.txt", "--store", store)
    assert run.code == 2 and "kg: nowhere.txt: no such report in the store" in run.err
    assert nquads(store) == before


def _record(source: str, text: str) -> str:
    return json.dumps({"source": source, "title": "Wire story", "text": text})


def test_two_records_with_one_source_do_not_swap_on_reingest(tmp_path: Path) -> None:
    """Regression: both records were "loaded" into one graph, the later replacing the earlier,
    and every re-ingest swapped them back (the store changed on each run)."""
    wire = tmp_path / "wire.jsonl"
    wire.write_text("\n".join([
        _record("wire-1", "KARACHI - The Federal Investigation Agency organized a workshop."),
        _record("wire-1", "LAHORE - The Ministry of Labour organized a seminar."),
        _record("wire-1", "KARACHI - The Federal Investigation Agency organized a workshop."),
    ]) + "\n", encoding="utf-8")
    store = tmp_path / "store"
    first = kg("ingest", wire, "--store", store)
    assert first.code == 1
    assert (f"failed {wire}: line 2: source 'wire-1' is already used by line 1, for a "
            "different report; each record needs its own source") in first.err
    assert "loaded 1, skipped 0 (unchanged), failed 1" in first.err  # line 3 repeats line 1
    quads = nquads(store)
    assert "Federal Investigation Agency" in "".join(quads)
    assert "Ministry of Labour" not in "".join(quads)
    again = kg("ingest", wire, "--store", store)
    assert "loaded 0, skipped 1 (unchanged), failed 1" in again.err
    assert nquads(store) == quads


def test_one_source_in_two_files_is_refused(tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(_record("wire-9", "DHAKA - The Ministry of Labour pledged support.") + "\n",
                   encoding="utf-8")
    two.write_text(_record("wire-9", "MANILA - The Department of Justice held a meeting.") + "\n",
                   encoding="utf-8")
    store = tmp_path / "store"
    run = kg("ingest", one, two, "--store", store)
    assert run.code == 1
    assert ("failed wire-9: another report of this batch has the same source and different "
            "content") in run.err
    quads = nquads(store)
    assert "Ministry of Labour" in "".join(quads) and "Department of Justice" not in "".join(quads)
    kg("ingest", one, two, "--store", store)
    assert nquads(store) == quads
