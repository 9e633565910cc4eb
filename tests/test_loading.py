"""The Oxigraph steps of docs/loading.md, run for real: shards resolved to N-Quads, loaded
with the ``oxigraph`` command line's own bulk loader, then read by kg as its embedded store and
through ``oxigraph serve-read-only``; both must hold what ``kg load`` builds."""

from __future__ import annotations

import glob
import io
import os
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "loading.md").read_text(encoding="utf-8")
SAMPLES = ROOT / "data" / "reports"
UNION = "'INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }'"

pytestmark = pytest.mark.slow


def oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not os.access(found, os.X_OK):
        pytest.skip("the oxigraph command line is not installed")
    return found


def documented(command: str) -> list[str]:
    """The words of a command the document gives (checked: the doc and the test agree)."""
    assert command in DOC, f"docs/loading.md no longer says: {command}"
    words = []
    for word in shlex.split(command):
        words.extend(sorted(glob.glob(word)) if "*" in word else [word])
    return words


def run_kg(command: str) -> str:
    done = CliRunner().invoke(cli, documented(command)[1:])
    assert done.exit_code == 0, (command, done.output)
    return done.output


def run_oxigraph(command: str) -> None:
    words = documented(command)
    subprocess.run([oxigraph(), *words[1:]], check=True, capture_output=True, timeout=120)


def nquads(store: str) -> list[str]:
    with kg.open(store) as g:
        out = io.BytesIO()
        g.export("nquads", out)
        return sorted(out.getvalue().decode("utf-8").splitlines())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_oxigraph_bulk_load_serves_the_graph_kg_load_builds(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KG_DECISIONS", raising=False)
    (tmp_path / "reports").symlink_to(SAMPLES)
    run_kg("kg extract reports/ --out shards/ --shard-size 1000")
    run_kg("kg load shards/ --store kg-store")
    expected = nquads("kg-store")
    shutil.rmtree("kg-store")

    # the embedded store, written by Oxigraph's own bulk loader
    run_kg("kg resolve shards/ --out nq/")
    run_oxigraph("oxigraph load --location kg-store --file nq/*.nq")
    run_oxigraph(f"oxigraph update --location kg-store --update {UNION}")
    assert "reports" in run_kg("kg stats --store kg-store")
    assert nquads("kg-store") == expected
    with kg.open("kg-store") as g:
        officials = sorted(map(tuple, g.query("officials").rows))
        counts = g.stats()
        assert officials and counts["reports"] > 0

    # an Oxigraph server over a store its bulk loader wrote
    run_oxigraph("oxigraph load --location kg-db --file nq/*.nq")
    run_oxigraph(f"oxigraph update --location kg-db --update {UNION}")
    serve = documented("oxigraph serve-read-only --location kg-db --bind 127.0.0.1:7878")
    port = free_port()
    words = [oxigraph(), *serve[1:-1], f"127.0.0.1:{port}"]
    server = subprocess.Popen(words, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                assert time.monotonic() < deadline, "oxigraph serve did not answer"
                time.sleep(0.2)
        documented("kg query officials --store http://127.0.0.1:7878")
        with kg.open(url) as g:
            assert sorted(map(tuple, g.query("officials").rows)) == officials
            assert g.stats()["reports"] == counts["reports"]
    finally:
        server.terminate()
        server.wait(timeout=30)
