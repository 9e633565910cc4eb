"""Shards without spaCy or a cluster: the shard format, the plan that cuts the input, and the
resolution over all shards (facts written by hand)."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

import pytest

from kg.cluster import Unit, plan_shards, read_units
from kg.errors import LoadError
from kg.model import (
    Actor,
    Collaboration,
    Commitment,
    Declaration,
    Endorsement,
    Event,
    Evidence,
    Facts,
    Participation,
    Post,
    Report,
)
from kg.resolve import Registry
from kg.shard_format import read_shard, shard_header, write_shard
from kg.shards import resolve_shards, shard_files, shard_path


def facts(n: int, text: str = "", org: str = "Lake Chad Water Authority (LCWA)") -> Facts:
    """A report naming an authority, a person in a post, and a workshop they attend."""
    said = Evidence(f"Sentence {n} of the report.", 0, 24)
    report = Report(text=text or f"Report {n} text.", source=f"hand/{n}.txt", title=f"T{n}",
                    published=date(2025, 3, 1 + n % 20), author="Desk")
    names = org.split(" (")
    authority = Actor("a1", names[0], "Organization", subtype="GovernmentAgency",
                      aliases={n.rstrip(")") for n in names[1:]}, evidence=[said])
    person = Actor("a2", "Ibrahim Musa", "Person", country="Nigeria", evidence=[said])
    partner = Actor("a3", "Coastal Rescue Service", "Organization", evidence=[said])
    event = Event("e1", "Workshop on river data", "Workshop", place="Abuja",
                  date=date(2025, 3, 3), topics={"water"}, evidence=said,
                  aliases={"river data workshop"}, start=date(2025, 3, 3), end=date(2025, 3, 4),
                  venue="Transcorp Hilton")
    return Facts(
        report=report,
        actors=[authority, person, partner],
        posts=[Post("a2", "Executive Secretary", "a1", said)],
        events=[event],
        participations=[Participation("a1", "e1", "organizer", said),
                        Participation("a2", "e1", "speaker", said)],
        collaborations=[Collaboration(("a1", "a3"), said)],
        endorsements=[Endorsement("a2", "a3", said)],
        commitments=[Commitment("a1", "pledge", "publish river data", "e1", {"water"}, said)],
        declarations=[Declaration("e1", ["share data"], "Abuja Statement", {"water"}, said)],
    )


def test_a_shard_gives_back_the_facts_it_was_given(tmp_path: Path) -> None:
    given = [facts(1), facts(2, org="LCWA"), Facts(Report(text="Nothing here.", source="x"))]
    path = tmp_path / "s.facts.jsonl.gz"
    assert write_shard(path, given, [LoadError("bad.jsonl", "line 2: invalid JSON")]) == 3
    assert list(read_shard(path)) == given
    assert shard_header(path)["failed"] == [["bad.jsonl", "line 2: invalid JSON"]]
    assert [p.name for p in tmp_path.iterdir()] == ["s.facts.jsonl.gz"]  # no partial file


def test_a_file_that_is_not_a_shard_is_named(tmp_path: Path) -> None:
    other = tmp_path / "other.facts.jsonl.gz"
    other.write_bytes(gzip.compress(b'{"text": "a report"}\n'))
    with pytest.raises(LoadError, match="other.facts.jsonl.gz: not a shard"):
        list(read_shard(other))
    cut = tmp_path / "cut.facts.jsonl.gz"
    write_shard(tmp_path / "whole.facts.jsonl.gz", [facts(1), facts(2)])
    cut.write_bytes((tmp_path / "whole.facts.jsonl.gz").read_bytes()[:-20])
    with pytest.raises(LoadError, match="cut.facts.jsonl.gz: cannot read the shard"):
        list(read_shard(cut))


def test_shards_are_read_in_the_order_of_their_numbers(tmp_path: Path) -> None:
    for i in (10, 9, 0):
        write_shard(shard_path(tmp_path, i), [])
    (tmp_path / "notes.txt").write_text("not a shard", encoding="utf-8")
    assert [p.name[:11] for p in shard_files([tmp_path])] == [
        "shard-00000", "shard-00009", "shard-00010"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(LoadError, match="no shards"):
        shard_files([tmp_path / "empty"])


def test_the_plan_cuts_files_and_json_lines_in_input_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", "notes.docx"):
        (tmp_path / name).write_text("Title\n\nSome text.\n", encoding="utf-8")
    lines = [f'{{"text": "Report {i}.", "source": "wire/{i}"}}' for i in range(5)]
    lines.insert(3, "not json")
    (tmp_path / "c.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    plans, failed = plan_shards([tmp_path, tmp_path / "a.txt", tmp_path / "missing"], 3)
    assert [str(e) for e in failed] == [f"{tmp_path / 'missing'}: no such file or folder"]
    units = [[(Path(u.file).name, u.first, u.last) for u in p.units] for p in plans]
    assert units == [[("a.txt", 0, None), ("b.txt", 0, None), ("c.jsonl", 0, 1)],
                     [("c.jsonl", 1, 4)], [("c.jsonl", 4, None)]]
    read = [read_units(p.units) for p in plans]
    sources = [[r.source for r in reports] for reports, _ in read]
    assert sources == [[str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "wire/0"],
                       ["wire/1", "wire/2"], ["wire/3", "wire/4"]]
    assert [[e.reason[:6] for e in errors] for _, errors in read] == [[], ["line 4"], []]
    assert read_units([Unit(str(tmp_path / "c.jsonl"))])[0][-1].source == "wire/4"


def nquads(folder: Path) -> list[str]:
    return sorted(line for f in sorted(folder.glob("*.nq"))
                  for line in f.read_text(encoding="utf-8").splitlines())


def test_shard_boundaries_do_not_change_the_resolution(tmp_path: Path) -> None:
    corpus = [facts(i, org="LCWA" if i % 3 else "Lake Chad Water Authority (LCWA)")
              for i in range(40)]
    outputs = []
    for size in (1, 7, 40):
        folder = tmp_path / f"by-{size}"
        paths = [shard_path(folder, i // size) for i in range(0, len(corpus), size)]
        folder.mkdir()
        for i, path in enumerate(paths):
            write_shard(path, corpus[i * size:(i + 1) * size])
        done = resolve_shards(paths, folder, registry=Registry([]))
        assert done.reports == 40 and len(done.files) == len(paths) and not done.failed
        outputs.append(nquads(folder))
    assert outputs[0] == outputs[1] == outputs[2]
    authorities = {line.split()[0] for line in outputs[0] if "Lake Chad" in line}
    assert len(authorities) == 1  # one actor, whichever shard named it in full


def test_a_source_given_twice_is_kept_once_or_named(tmp_path: Path) -> None:
    write_shard(shard_path(tmp_path, 0), [facts(1), facts(2)])
    write_shard(shard_path(tmp_path, 1), [facts(1), facts(2, text="Other text.")])
    done = resolve_shards(shard_files([tmp_path]), tmp_path / "nq", registry=Registry([]))
    assert done.reports == 2
    assert [e.path for e in done.failed] == ["hand/2.txt"]
    assert "same source and different content" in str(done.failed[0])


def test_reports_a_store_holds_unchanged_are_skipped(tmp_path: Path) -> None:
    held = facts(1).report
    write_shard(shard_path(tmp_path, 0), [facts(1), facts(2)])
    done = resolve_shards(shard_files([tmp_path]), tmp_path / "nq", registry=Registry([]),
                          unchanged={held.id: held.checksum})
    assert done.reports == 1 and done.skipped == ["hand/1.txt"]


def test_an_event_a_later_shard_renames_is_rewritten_in_the_earlier_reports(tmp_path: Path
                                                                            ) -> None:
    """Three accounts of one conference, the third linking the first two: resolved one report
    per batch, the third batch renames the event the first two were written with, so their
    graphs are written again (as ``kg ingest`` writes them again), and the N-Quads are those
    of one batch of all three."""
    from tests.resolve.test_event_batches import linked_family

    corpus = linked_family()
    outputs = []
    for size in (1, 3):
        folder = tmp_path / f"by-{size}"
        folder.mkdir()
        paths = [shard_path(folder, i) for i in range(len(corpus))]
        for path, one in zip(paths, corpus, strict=True):
            write_shard(path, [one])
        resolve_shards(paths, folder, registry=Registry([]), batch_size=size)
        outputs.append(nquads(folder))
    assert outputs[0] == outputs[1]
    events = {line.split()[0] for line in outputs[1] if "Conference" in line and "/event/" in line}
    assert len(events) == 1
