"""Hostile input through the real ``kg`` command (issue 16): queries that crashed the parser,
SERVICE, oversized and malformed reports, paths typed several ways, stores that do not exist
or are in use, answers that are not SPARQL.

Queries that once killed the process (SIGSEGV) run in a child process, so that a crash is a
failed test and not a dead test session.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from kg.extract.nlp import load_nlp
from kg.graph import Store

from .conftest import GOOD, Base, copy_store, kg

DEEP = "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o" + " }" * 5000
#: 300**4 rows: streams far longer than any time limit in these tests
SLOW = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SERVICE = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"


def _child(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``kg ARGS`` (or ``python -c``) in a child process, bounded in time."""
    command = [sys.executable, *args] if args[0] == "-c" else [sys.executable, "-m", "kg", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})


@pytest.fixture
def store(base: Base, tmp_path: Path) -> Path:
    return copy_store(base.store, tmp_path / "store")


# -- 1. queries checked before the parser, run under a time limit -------------------------------


@pytest.mark.slow
def test_a_deeply_nested_query_is_refused_by_kg_query_not_a_crash(store: Path,
                                                                  tmp_path: Path) -> None:
    deep = tmp_path / "deep.rq"
    deep.write_text(DEEP, encoding="utf-8")
    run = _child("query", str(deep), "--store", str(store))
    assert run.returncode == 2, (run.returncode, run.stderr[-300:])
    assert "query refused: it nests 5000 levels deep" in run.stderr
    assert "limit of 64" in run.stderr and "Traceback" not in run.stderr


@pytest.mark.slow
def test_a_deeply_nested_query_is_refused_by_the_python_api(tmp_path: Path) -> None:
    script = ("import kg\nfrom kg.errors import QueryError\ng = kg.open()\n"
              f"try:\n    g.query({DEEP!r})\nexcept QueryError as exc:\n    print(exc)\n")
    run = _child("-c", script)
    assert run.returncode == 0, (run.returncode, run.stderr[-300:])
    assert "query refused: it nests 5000 levels deep" in run.stdout


def test_a_long_flat_query_is_refused_by_size(store: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.rq"
    huge.write_text("SELECT * WHERE { ?s ?p ?o FILTER(" + "true && " * 20_000 + "true) }")
    run = kg("query", huge, "--store", store)
    assert run.code == 2 and "characters, over the limit of 100,000" in run.err


def test_a_query_that_runs_on_is_stopped_at_the_time_limit(store: Path, tmp_path: Path) -> None:
    slow = tmp_path / "slow.rq"
    slow.write_text(SLOW, encoding="utf-8")
    run = kg("query", slow, "--store", store, "--timeout", "1")
    assert run.code == 2
    assert "ran over its time limit of 1 s and was stopped" in run.err


# -- 2. SERVICE only to named endpoints -------------------------------------------------------


def test_service_is_refused_unless_its_endpoint_is_allowed(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "service.rq"
    query.write_text(SERVICE, encoding="utf-8")
    run = kg("query", query, "--store", store)
    assert run.code == 2
    assert "SERVICE calls http://127.0.0.1:9/sparql, and no endpoint is allowed" in run.err
    run = kg("query", query, "--store", store, "--allow-service", "http://127.0.0.1:9/other")
    assert run.code == 2 and "the endpoints allowed are http://127.0.0.1:9/other" in run.err
    # allowed, it is called (port 9 is refused by the HTTP client itself: a clean error)
    run = kg("query", query, "--store", store, "--allow-service", "http://127.0.0.1:9/sparql")
    assert run.code == 2 and "refused" not in run.err and "port 9" in run.err
    hidden = tmp_path / "hidden.rq"  # a prefixed name or a variable hides no endpoint
    hidden.write_text("PREFIX x: <http://127.0.0.1:9/> SELECT * { SERVICE x:sparql { ?s ?p ?o } "
                      "SERVICE ?where { ?s ?p ?o } }", encoding="utf-8")
    run = kg("query", hidden, "--store", store, "--allow-service", "http://127.0.0.1:9/sparql")
    assert run.code == 2 and "an endpoint not written as an IRI" in run.err


# -- 4. a report longer than spaCy's max_length --------------------------------------------------


def test_a_report_over_spacys_max_length_is_parsed_in_pieces(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    # spaCy's limit (1,000,000 characters) lowered, so the test stays fast: the path is the same
    monkeypatch.setattr(load_nlp(), "max_length", 2_000)
    body = GOOD.split("\n\n", 1)[1]
    long = tmp_path / "long.txt"
    text = "Border agencies meet\n\n" + "\n\n".join([body.strip()] * 12) + "\n"
    long.write_text(text, encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "facts.json"
    run = kg("facts", short, long, "-o", out)
    assert run.code == 0, run.err
    facts = json.loads(out.read_text(encoding="utf-8"))
    [report] = [r for r in facts["reports"] if r["source"] == str(long)]
    names = {a["name"] for a in facts["actors"]}
    assert "Federal Investigation Agency" in names
    spans = [(c["evidence"], c["report"]) for c in facts["collaborations"]]
    assert any(rid == report["id"] for _, rid in spans)
    loaded = long.read_text(encoding="utf-8").split("\n\n", 1)[1]  # the text after the title
    for evidence, rid in spans:
        if rid == report["id"] and evidence:
            sentence = evidence["sentence"] if isinstance(evidence, dict) else evidence
            assert sentence in loaded


# -- 5. a lone surrogate, JSON nested very deep -----------------------------------------------


def test_bad_jsonl_lines_are_named_and_skipped(base: Base, store: Path, tmp_path: Path) -> None:
    good_record = json.dumps({"text": GOOD.split("\n\n", 1)[1], "title": "Agreement signed",
                              "source": "https://example.org/agreement"})
    lines = [good_record, '{"text": "A pledge \\ud800 was made.", "title": "Odd"}',
             "[" * 100_000 + "]" * 100_000]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = kg("ingest", batch, base.good, "--store", store)
    assert run.code == 1, run.err
    assert f"failed {batch}: line 2: field 'text' holds a lone surrogate (\\ud800" in run.err
    assert f"failed {batch}: line 3: JSON nested too deep to read" in run.err
    assert "loaded 2, skipped 0 (unchanged), failed 2" in run.err
    assert "Traceback" not in run.err


# -- 6. a report's identity is not the path as typed ------------------------------------------


def test_one_file_typed_three_ways_is_one_report(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = tmp_path / "store"
    run = kg("ingest", f"{tmp_path}/reports/r.txt", "./reports/r.txt", "./reports//r.txt",
             "--store", store)
    assert run.code == 0, run.err
    assert "loaded 1, skipped 0" in run.err
    run = kg("ingest", "reports/../reports/r.txt", "--store", store)
    assert "loaded 0, skipped 1 (unchanged)" in run.err
    stats = dict(line.split() for line in kg("stats", "--store", store).out.splitlines())
    assert stats["reports"] == "1"
    run = kg("remove", "./reports/r.txt", "--store", store)  # removed however it is typed
    assert run.code == 0, run.err


# -- 7. a store that does not exist, a scheme that is not one ---------------------------------


@pytest.mark.parametrize("command", [["stats"], ["query", "officials"], ["validate"],
                                     ["export"], ["network", "stats", "collaboration"],
                                     ["actors"]])
def test_reading_commands_refuse_a_store_that_does_not_exist(command: list[str],
                                                             tmp_path: Path) -> None:
    typo = tmp_path / "typo-store"
    run = kg(*command, "--store", typo)
    assert run.code == 2, run.out
    assert f"kg: {typo}: no such store" in run.err
    assert not typo.exists()


def test_a_store_url_of_another_scheme_is_refused(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["stats"], ["ingest", "nothing.txt"]):
        run = kg(*command, "--store", "ftp://host/x")
        assert run.code == 2 and "unsupported scheme 'ftp'" in run.err
    assert not (tmp_path / "ftp:").exists()


# -- 9. a store read while another process holds it -------------------------------------------


def test_a_store_is_read_while_others_read_it_and_refused_while_written(store: Path) -> None:
    reader = Store.open(store, read_only=True)  # as `kg serve` holds it
    try:
        run = kg("stats", "--store", store)
        assert run.code == 0, run.err
        run = kg("ingest", "--store", store, "nothing.txt")
        assert run.code == 2
        assert "cannot open the store for writing: it is being read by another process" in run.err
    finally:
        reader.close()
    writer = Store.open(store)  # as `kg ingest` holds it
    try:
        run = kg("stats", "--store", store)
        assert run.code == 2
        assert "cannot open the store for reading: it is being written by another process" \
            in run.err
    finally:
        writer.close()


def test_reading_a_store_writes_nothing_in_it(store: Path) -> None:
    def files() -> dict[str, tuple[int, int]]:
        return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in store.iterdir()
                if p.name != "kg.lock"}

    Store.open(store).close()  # the lock file exists from here on
    before = files()
    for command in (["stats"], ["export"], ["query", "officials"], ["actors"]):
        assert kg(*command, "--store", store).code == 0
    assert files() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_store_on_read_only_media_is_read(store: Path) -> None:
    for path in [store, *store.iterdir()]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        run = kg("stats", "--store", store)
        assert run.code == 0, run.err
    finally:
        for path in [store, *store.iterdir()]:
            path.chmod(0o755 if path.is_dir() else 0o644)


# -- 10. odd answers and arguments ------------------------------------------------------------


class _HtmlEverywhere(BaseHTTPRequestHandler):
    def _reply(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        body = b"<!doctype html><html><body><h1>Welcome</h1></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _reply

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def html_site() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _HtmlEverywhere)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_url_answering_html_is_a_one_line_error(html_site: str) -> None:
    run = kg("stats", "--store", html_site)
    assert run.code == 2
    assert f"kg: {html_site}/query: the answer is not application/sparql-results+json" in run.err
    assert "it begins '<!doctype html>" in run.err and "Traceback" not in run.err


def test_an_empty_folder_is_a_failure(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    run = kg("ingest", tmp_path / "empty", "--store", tmp_path / "store")
    assert run.code == 1
    assert f"failed {tmp_path / 'empty'}: no report files in this folder" in run.err


def test_a_repeated_param_is_an_error(store: Path) -> None:
    run = kg("query", "officials", "--param", "org=FIA", "--param", "org=IOM", "--store", store)
    assert run.code == 2
    assert "'org' is given twice ('FIA' and 'IOM')" in run.err


def test_html_nested_too_deep_says_so(base: Base, store: Path, tmp_path: Path) -> None:
    words = " ".join(["The agencies met and agreed to share data on smuggling routes."] * 4)
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * 300 + f"<p>{words}</p>" + "</div>" * 300
                    + "</body></html>", encoding="utf-8")
    run = kg("ingest", page, base.good, "--store", store)
    assert run.code == 1
    assert f"failed {page}: HTML nests its elements more than 255 levels deep" in run.err
