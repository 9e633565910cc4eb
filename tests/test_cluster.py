"""Extraction on a real Dask cluster (``dask.distributed.LocalCluster``, two worker processes),
then one resolution over every shard: the store must be the one ``kg ingest`` builds.

The reports are written for these tests: an authority named in full with its acronym in one
report and by its acronym alone in another, one conference that both report, a third report
with other actors, and a JSON Lines file that cannot be read.
"""

from __future__ import annotations

import io
import os
import signal
from pathlib import Path

import pytest

import kg
from kg.shards import Shard, resolve_shards, shard_files

distributed = pytest.importorskip("distributed")

from kg.cluster import connect, extract_on_cluster  # noqa: E402 (after the importorskip)

pytestmark = pytest.mark.slow

REPORTS = {
    "a.txt": "Water authority opens regional conference\n\nABUJA, March 3, 2025: The Lake Chad "
    "Water Authority (LCWA) organized the Regional Conference on Shared Water Resources in "
    "Abuja on Monday in collaboration with the United Nations Development Programme (UNDP). "
    "Executive Secretary of the Lake Chad Water Authority (LCWA) Ibrahim Musa praised UNDP for "
    "its support and pledged that the authority will publish river data every month.\n",
    "b.txt": "Ministers back water data plan\n\nABUJA, March 4, 2025: Ministers attending the "
    "Regional Conference on Shared Water Resources in Abuja agreed on Tuesday to share river "
    "data. LCWA Executive Secretary Ibrahim Musa thanked the ministers and called for a joint "
    "fund for dry-season farmers.\n",
    "c.txt": "Fisheries agency trains inspectors\n\nACCRA, June 9, 2025: The Fisheries "
    "Commission held a training workshop on vessel inspection in Accra in collaboration with "
    "the International Labour Organization (ILO). Ama Owusu, Director of the Fisheries "
    "Commission, commended the ILO for its support.\n",
    "d.jsonl": '{"text": "The Coastal Rescue Service (CRS) met the Harbour Police in Tema on '
    'Friday.", "source": "wire/1"}\n{"text": "unterminated\n',
}


def write_reports(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def nquads(g: kg.KnowledgeGraph) -> list[str]:
    out = io.BytesIO()
    g.export("nquads", out)
    return sorted(out.getvalue().decode("utf-8").splitlines())


def ingested(folder: Path) -> list[str]:
    with kg.open() as g:
        summary = g.ingest([folder])
        assert len(summary.failed) == 1
        return nquads(g)


def loaded(files: list[Path]) -> list[str]:
    with kg.open() as g:
        g.store.load_nquads(files)
        return nquads(g)


@pytest.fixture(scope="module")
def client():
    with connect(local_workers=2) as c:
        yield c


def test_shards_extracted_on_two_workers_load_as_one_ingest(client, tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    seen: list[Shard] = []
    shards, failed = extract_on_cluster(client, [folder], tmp_path / "shards", shard_size=1,
                                        progress=seen.append)
    # one report per shard: a.txt and b.txt are resolved in different shards
    assert [s.reports for s in shards] == [1, 1, 1, 1, 0] and len(seen) == 5
    assert [(Path(e.path).name, "line 2" in e.reason) for e in failed] == [("d.jsonl", True)]
    done = resolve_shards(shard_files([tmp_path / "shards"]), tmp_path / "nq")
    assert done.reports == 4 and [Path(e.path).name for e in done.failed] == ["d.jsonl"]
    quads = loaded(done.files)
    assert quads == ingested(folder)
    with kg.open() as g:
        g.store.load_nquads(done.files)
        lcwa = [a for a in g.actors() if "LCWA" in a.names]
        assert [(a.name, len(a.reports)) for a in lcwa] == [("Lake Chad Water Authority", 2)]
        conference = [e.event for e in g.known_events() if "Shared Water" in e.event.name]
        assert len(conference) == 1 and len(conference[0].reports) == 2
    # resolved alone, as shards were before, the acronym's shard names another actor
    alone = resolve_shards([shards[1].path], tmp_path / "alone")
    assert "/lcwa>" in alone.files[0].read_text(encoding="utf-8")


def test_a_worker_killed_mid_run_costs_a_retry_not_the_run(client, tmp_path: Path) -> None:
    folder = write_reports(tmp_path / "reports")
    for i in range(6):  # more shards than workers, so that work is under way at the kill
        (folder / f"e{i}.txt").write_text(REPORTS["c.txt"].replace("June 9", f"June {10 + i}"),
                                          encoding="utf-8")
    before = set(client.run(os.getpid).values())
    killed: list[int] = []

    def kill_a_busy_worker(shard: Shard) -> None:
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys]
        pids = client.run(os.getpid, workers=busy[:1]) if busy else {}
        for pid in pids.values():
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    shards, failed = extract_on_cluster(client, [folder], tmp_path / "shards", shard_size=1,
                                        progress=kill_a_busy_worker)
    assert killed and killed[0] in before
    assert [Path(e.path).name for e in failed] == ["d.jsonl"]
    assert sum(s.reports for s in shards) == 10 and len(shards) == 11
    assert killed[0] not in set(client.run(os.getpid).values())  # the nanny started another
    done = resolve_shards(shard_files([tmp_path / "shards"]), tmp_path / "nq")
    assert loaded(done.files) == ingested(folder)


def test_shards_loaded_into_a_store_resolve_against_what_it_holds(tmp_path: Path) -> None:
    """`kg load shards/` into a store that holds a report already: the same store as `kg
    ingest` of the rest into it (the acronym joins the actor stored under its full name)."""
    from click.testing import CliRunner

    from kg.cli import cli

    first, rest = tmp_path / "first", tmp_path / "rest"
    first.mkdir()
    (first / "a.txt").write_text(REPORTS["a.txt"], encoding="utf-8")
    rest.mkdir()
    for name in ("b.txt", "c.txt"):
        (rest / name).write_text(REPORTS[name], encoding="utf-8")
    runner = CliRunner()
    for store in ("ingested", "loaded"):
        done = runner.invoke(cli, ["ingest", str(first), "--store", str(tmp_path / store),
                                   "--workers", "1"])
        assert done.exit_code == 0, done.output
    done = runner.invoke(cli, ["ingest", str(rest), "--store", str(tmp_path / "ingested"),
                               "--workers", "1"])
    assert done.exit_code == 0, done.output
    done = runner.invoke(cli, ["extract", str(rest), "--out", str(tmp_path / "shards"),
                               "--shard-size", "1", "--workers", "1"])
    assert done.exit_code == 0, done.output
    done = runner.invoke(cli, ["load", str(tmp_path / "shards"), "--store",
                               str(tmp_path / "loaded")])
    assert done.exit_code == 0, done.output
    assert nquads_of(tmp_path / "loaded") == nquads_of(tmp_path / "ingested")
    with kg.open(tmp_path / "loaded") as g:
        assert [len(a.reports) for a in g.actors() if "LCWA" in a.names] == [2]


def nquads_of(store: Path) -> list[str]:
    with kg.open(store) as g:
        return nquads(g)
