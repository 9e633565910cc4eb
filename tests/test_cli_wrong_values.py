"""Every command and option given a wrong value ends in a one-line message that names the value
and what is allowed, a non-zero exit and no traceback, and the store keeps what it held.

Each case runs ``kg.cli.main`` in this process, as the ``kg`` script does, with the arguments
a user might type; ``{store}`` is a store of the sample reports, ``{tmp}`` a fresh folder.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli, main

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "reports"
NET = "network collaboration -o {tmp}/view.html --store {store}"

# (arguments, a fragment the message must hold, exit code)
CASES: list[tuple[str, str, int]] = [
    # the command line itself
    ("nosuchcommand", "No such command 'nosuchcommand'", 2),
    ("ingest", "Missing argument 'PATHS...'", 2),
    ("query actors --no-such-option", "No such option '--no-such-option'", 2),
    # ingest, facts, extract, load
    ("ingest {tmp}/missing.txt --store {store}", "missing.txt: no such file or folder", 1),
    ("ingest {tmp}/notes.docx --store {store}", "notes.docx: unknown file type", 1),
    ("ingest {tmp}/empty.txt --store {store}", "empty.txt", 1),
    ("ingest {samples} --store {store} --workers 0", "'--workers': 0 is not in the range", 2),
    ("ingest {samples} --store ftp://host/x", "unsupported scheme 'ftp'", 2),
    ("ingest {samples} --store {store} --registry {tmp}/none.yaml", "'--registry'", 2),
    ("facts {tmp}/missing.txt", "missing.txt: no such file or folder", 1),
    ("facts {tmp}/notes.docx", "unknown file type (known extensions:", 1),
    ("extract {samples} --out {tmp}/shards --shard-size 0", "'--shard-size': 0", 2),
    ("extract {tmp}/missing --out {tmp}/shards", "missing: no such file or folder", 1),
    ("load {tmp}/missing.nq --store {store}", "'{tmp}/missing.nq' does not exist", 2),
    ("load {tmp}/notes.docx --store {store}", "notes.docx: cannot bulk-load N-Quads", 2),
    # query
    ("query nosuchquery --store {store}", "unknown query 'nosuchquery'; known queries:", 2),
    ("query actors --format xml --store {store}", "'xml' is not one of 'table', 'csv', 'json'", 2),
    ("query actors --param x --store {store}", "'x': expected name=value", 2),
    ("query actor-profile -p name=A -p name=B --store {store}", "'name' is given twice", 2),
    ("query actor-profile --store {store}", "needs --param name=", 2),
    ("query actor-profile -p nme=UNICEF --store {store}", "has no parameter nme", 2),
    ("query actor-profile -p name=Zzqxv --store {store}", "no actor or event is named 'Zzqxv'", 2),
    ("query actor-profile -p name=Unisef --store {store}", "did you mean", 2),
    ("query actors --timeout 0 --store {store}", "'--timeout': 0.0 is not in the range", 2),
    ("query actors --store {tmp}/no-store", "no such store", 2),
    ("query {tmp}/broken.rq --store {store}", "invalid SPARQL: error at", 2),
    ("query 'SELECT ?x WHERE {{' --store {store}", "invalid SPARQL", 2),
    ("query actors --store http://127.0.0.1:9/sparql", "cannot reach the SPARQL server", 2),
    # network views
    ("network collab -o {tmp}/v.html --store {store}", "did you mean 'collaboration'", 2),
    ("network collaboration -o {tmp}/v.pdf --store {store}", "cannot write a network as '.pdf'", 2),
    ("network collaboration -o {tmp}/nowhere/v.html --store {store}", "does not exist", 2),
    ("network collaboration --store {store}", "kg network VIEW -o FILE", 2),
    (NET + " --ego Zzqxv", "no actor named 'Zzqxv' in the view", 2),
    (NET + " --date-from 2023-13-45", "--date-from '2023-13-45' is not a date", 2),
    (NET + " --date-to lastweek", "--date-to 'lastweek' is not a date", 2),
    (NET + " --date-from 2024-01-01 --date-to 2023-01-01", "is after --date-to", 2),
    (NET + " --actor-type Robot", "unknown actor type 'Robot'", 2),
    (NET + " --actor-type persn", "did you mean 'Person'", 2),
    (NET + " --country Atlantis", "'Atlantis' is not a country name or ISO code", 2),
    (NET + " --topic zzzz", "unknown topic 'zzzz'", 2),
    (NET + " --min-weight -1", "--min-weight -1.0: a weight is 0 or more", 2),
    (NET + " --min-weight abc", "'abc' is not a valid float", 2),
    (NET + " --depth 0", "--depth 0", 2),
    (NET + " --size-by colour", "cannot size nodes by 'colour'", 2),
    ("network stats --store {store}", "name the view", 2),
    ("network stats collab --store {store}", "unknown view 'collab'", 2),
    ("stats collab --store {store}", "did you mean 'collaboration'", 2),
    # export, remove, curation, validate, lists
    ("export --format rdfxml --store {store}", "'rdfxml' is not one of", 2),
    ("export -o {tmp}/nowhere/x.nq --store {store}", "nowhere/x.nq: No such file or directory", 2),
    ("remove {tmp}/missing.txt --store {store}", "no such report in the store", 2),
    ("same Zzqxv UNICEF --store {store}", "no actor or event is named 'Zzqxv'", 2),
    ("name Zzqxv 'A name' --store {store}", "no actor or event is named 'Zzqxv'", 2),
    ("name UNICEF '  ' --store {store}", "the name to show is empty", 2),
    ("same UNICEF unicef --store {store}", "are one name: give two actors or two events", 2),
    ("validate --store {tmp}/no-store", "no such store", 2),
    ("actors --store {tmp}/no-store", "no such store", 2),
    ("events --store {tmp}/no-store", "no such store", 2),
    # serve
    ("serve --port 70000 --store {store}", "'--port': 70000 is not in the range", 2),
    ("serve --store http://localhost:1/sparql", "serves a store on disk, not a URL", 2),
    ("serve --timeout 0 --store {store}", "'--timeout': 0.0", 2),
    ("serve --max-queries 0 --store {store}", "'--max-queries': 0", 2),
    ("serve --cors-origin notaurl --store {store}", "'notaurl' is not an origin", 2),
]


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 40


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    root = tmp_path_factory.mktemp("wrong-values")
    store = root / "store"
    done = CliRunner().invoke(cli, ["ingest", str(SAMPLES), "--store", str(store)])
    assert done.exit_code == 0, done.output
    tmp = root / "files"
    tmp.mkdir()
    (tmp / "notes.docx").write_bytes(b"PK\x03\x04 not a report")
    (tmp / "empty.txt").write_text("", encoding="utf-8")
    (tmp / "broken.rq").write_text("SELECT ?x WHERE {", encoding="utf-8")
    return {"store": str(store), "tmp": str(tmp), "samples": str(SAMPLES)}


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch,
         capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.setattr(sys, "argv", ["kg", *argv])
    with pytest.raises(SystemExit) as stop:
        main()
    code = stop.value.code
    return (code if isinstance(code, int) else 1), capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize(("command", "fragment", "code"), CASES,
                         ids=[c[0].split(" --store")[0][:60] for c in CASES])
def test_a_wrong_value_gets_one_line(command: str, fragment: str, code: int,
                                     places: dict[str, str], monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    stats_before = _stats(places["store"])
    exit_code, err = _run(shlex.split(command.format(**places)), monkeypatch, capsys)
    fragment = fragment.format(**places)
    assert exit_code == code, err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    # the message is one line; a load failure also prints the one-line summary of the run
    assert any(fragment in line for line in lines), err
    assert len(lines) <= 2, err
    assert _stats(places["store"]) == stats_before  # a mistake loses nothing


def _stats(store: str) -> dict[str, int]:
    import gc

    import kg

    # a failed command's traceback holds the store it had open in a reference cycle; the
    # kg process would have exited, this one must collect it before opening the store again
    gc.collect()

    with kg.open(store) as g:
        return g.stats()


def test_a_folder_says_which_files_it_ignores(places: dict[str, str],
                                              monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str],
                                              tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "minutes.docx").write_bytes(b"PK\x03\x04")
    (folder / "note.txt").write_text("GENEVA, 2 May 2024 - The forum met.", encoding="utf-8")
    code, err = _run(["facts", str(folder), "-o", str(tmp_path / "f.json")], monkeypatch, capsys)
    assert code == 0
    assert "ignored 1 file(s) of unknown type" in err and "minutes.docx" in err
