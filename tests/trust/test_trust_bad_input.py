"""Bad input through the real ``kg ingest``: one test per kind of bad file.

Each test ingests the bad file and a good report in one batch into a copy of a store that
already holds an earlier report. A rejected file must leave no trace: the store's N-Quads must
be exactly those of the earlier store plus the good report. A file that loads despite looking
odd must not disturb the earlier content either. The summary line says loaded/skipped/failed and
``kg ingest`` exits 1 when any file failed.
"""

from __future__ import annotations

import io
import json
import logging
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.graph.rdf import report_iri
from kg.loaders import MAX_BYTES
from kg.model import Report

from .conftest import GOOD, Base, copy_store, graph_of, kg, nquads

AKG = "https://w3id.org/akg/ontology#"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

#: A report in Windows-1252: accents, curly quotes and the euro sign are single bytes there.
CP1252 = """Agencies meet in Lyon
Published: 3 May 2024

LYON, 3 May 2024 - The Direction Générale de la Sécurité Intérieure and the Federal Investigation
Agency organized a meeting on smuggling. Director José Núñez of the Direction Générale de la
Sécurité Intérieure said the “joint plan” would cost €2 million.
"""

FRENCH = """Les ministres se réunissent à Paris
Publié le 4 juin 2024

PARIS - Les représentants de plusieurs ministères se sont réunis mardi pour discuter de la traite
des êtres humains. Ils ont promis de renforcer la coopération et de protéger les victimes, selon
un communiqué publié à l'issue de la réunion. La prochaine réunion aura lieu l'année prochaine.
"""

URDU = """اسلام آباد میں انسانی اسمگلنگ پر ورکشاپ

اسلام آباد: وفاقی تحقیقاتی ادارے نے انسانی اسمگلنگ کی روک تھام پر دو روزہ ورکشاپ کا اہتمام کیا۔
ڈائریکٹر جنرل نے کہا کہ ادارہ متاثرین کے تحفظ کے لیے ہر ممکن اقدام کرے گا۔
"""

NO_ARTICLE_HTML = """<!doctype html><html><head><title>News portal</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/about">About us</a></li></ul></nav>
<footer><p>Copyright 2024 News portal</p><a href="/privacy">Privacy</a></footer>
</body></html>"""


def _batch(base: Base, tmp_path: Path, name: str, content: bytes | str | None) -> tuple[Path, Path]:
    """A copy of the base store and the bad file written under ``tmp_path``."""
    store = copy_store(base.store, tmp_path / "store")
    bad = tmp_path / name
    if isinstance(content, str):
        bad.write_text(content, encoding="utf-8")
    elif content is not None:
        bad.write_bytes(content)
    return store, bad


def _rejected(base: Base, tmp_path: Path, name: str, content: bytes | str | None,
              message: str) -> str:
    """Ingest the bad file and the good report: exit 1, message, only the good report added."""
    store, bad = _batch(base, tmp_path, name, content)
    run = kg("ingest", bad, base.good, "--store", store)
    assert run.code == 1, run.err
    assert f"failed {bad}: {message}" in run.err
    assert "loaded 1, skipped 0 (unchanged), failed 1" in run.err
    assert nquads(store) == base.with_good
    return run.err


def _accepted(base: Base, tmp_path: Path, name: str, content: bytes | str,
              loaded: int = 2) -> set[str]:
    """Ingest the odd-but-valid file and the good report: exit 0, earlier content intact."""
    store, bad = _batch(base, tmp_path, name, content)
    run = kg("ingest", bad, base.good, "--store", store)
    assert run.code == 0, run.err
    assert f"loaded {loaded}, skipped 0 (unchanged), failed 0" in run.err
    after = nquads(store)
    assert base.quads <= after
    assert f"{base.good}" in "".join(after)  # the good report's source is recorded
    return after


def test_empty_file(base: Base, tmp_path: Path) -> None:
    _rejected(base, tmp_path, "empty.txt", b"", "file is empty")


def test_whitespace_only_file(base: Base, tmp_path: Path) -> None:
    _rejected(base, tmp_path, "blank.txt", b"  \n\t\r\n   \n", "file contains only whitespace")


def test_binary_file_with_txt_extension(base: Base, tmp_path: Path) -> None:
    data = bytes(random.Random(7).randrange(256) for _ in range(4096)) + b"\x00\x01\x02"
    _rejected(base, tmp_path, "image.txt", data, "file looks binary")


def test_invalid_utf8_that_is_not_windows_1252(base: Base, tmp_path: Path) -> None:
    # 0x81 and 0x8d are invalid UTF-8 starts and undefined in Windows-1252
    data = b"A title\n\nSome text \x81\x8d and more text.\n"
    _rejected(base, tmp_path, "bad.txt", data,
              "text is neither UTF-8 (invalid byte 0x81 at offset 19) nor Windows-1252")


def test_windows_1252_text_is_decoded(base: Base, tmp_path: Path) -> None:
    after = _accepted(base, tmp_path, "latin.txt", CP1252.encode("cp1252"))
    text = "".join(after)
    assert "Direction Générale de la Sécurité Intérieure" in text
    assert "José Núñez" in text
    assert "€2 million" in text
    assert "\ufffd" not in text  # no replacement character: nothing was decoded wrongly


def test_file_over_the_size_limit_is_refused_without_reading(
        base: Base, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, big = _batch(base, tmp_path, "huge.txt", None)
    with big.open("wb") as f:
        f.truncate(100 * 1024 * 1024)  # sparse: instant, no disk used
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):
        assert self != big, "the oversized file was opened for reading"
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    run = kg("ingest", big, base.good, "--store", store)
    assert run.code == 1
    assert (f"failed {big}: file is too large (104,857,600 bytes; the limit is "
            f"{MAX_BYTES:,} bytes)") in run.err
    assert nquads(store) == base.with_good


def test_html_page_without_article(base: Base, tmp_path: Path) -> None:
    _rejected(base, tmp_path, "menu.html", NO_ARTICLE_HTML, "HTML page has no article text")


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def test_corrupt_pdf(base: Base, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    data = _pdf(GOOD)
    _rejected(base, tmp_path, "cut.pdf", data[: len(data) // 2], "corrupt or unreadable PDF")
    # regression: pypdf logged its repair attempts ("EOF marker not found") to stderr
    assert not [r.getMessage() for r in caplog.records if r.name.startswith("pypdf")]


def test_encrypted_pdf(base: Base, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf(GOOD))))
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    _rejected(base, tmp_path, "locked.pdf", out.getvalue(),
              "PDF is encrypted (a password is needed to read it)")


def test_jsonl_with_one_broken_line(base: Base, tmp_path: Path) -> None:
    lines = [
        json.dumps({"source": "wire-1", "title": "Pledge in Dhaka", "published": "2024-03-04",
                    "text": "DHAKA - The Ministry of Labour pledged support for migrant workers."}),
        '{"source": "wire-2", "text": "cut short',
        json.dumps({"source": "wire-3", "title": "Meeting in Manila",
                    "text": "MANILA - The Department of Justice organized a workshop."}),
    ]
    store, bad = _batch(base, tmp_path, "wire.jsonl", "\n".join(lines) + "\n")
    run = kg("ingest", bad, base.good, "--store", store)
    assert run.code == 1
    assert f"failed {bad}: line 2: invalid JSON" in run.err
    assert "loaded 3, skipped 0 (unchanged), failed 1" in run.err
    after = nquads(store)
    assert base.quads <= after
    text = "".join(after)
    assert '"wire-1"' in text and '"wire-3"' in text and '"wire-2"' not in text


@pytest.mark.parametrize("name,text", [("french.txt", FRENCH), ("urdu.txt", URDU)])
def test_non_english_report_loads(base: Base, tmp_path: Path, name: str, text: str) -> None:
    after = _accepted(base, tmp_path, name, text)
    graph = graph_of(after, report_iri(Report(text="", source=str(tmp_path / name))).value)
    assert graph, "the report has no graph in the store"
    actors = {q.split(" ", 1)[0] for q in graph
              if f"{RDF_TYPE} <{AKG}Person>" in q or f"{RDF_TYPE} <{AKG}Organization>" in q}
    assert len(actors) <= 3, actors  # English rules find little or nothing, and must not crash


def test_path_that_does_not_exist(base: Base, tmp_path: Path) -> None:
    _rejected(base, tmp_path, "missing.txt", None, "no such file or folder")


def _thousands_of_people(n: int) -> str:
    rnd = random.Random(3)
    first = ["Amina", "Bilal", "Carlos", "Dana", "Elif", "Farid", "Grace", "Hassan", "Ines",
             "Jamal", "Kiran", "Lena", "Moses", "Nadia", "Omar", "Priya", "Rosa", "Samir"]
    last = ["Khan", "Okafor", "Silva", "Nguyen", "Haddad", "Petrov", "Mensah", "Rahman",
            "Costa", "Ibrahim", "Novak", "Sato", "Diallo", "Garcia", "Kowalski"]
    agencies = ["Xyz", "Border", "Customs", "Labour", "Health", "Water", "Fisheries", "Justice"]
    lines = ["A long list of officials", "Published: 3 March 2024", "",
             "ISLAMABAD - The following officials attended the annual meeting."]
    lines += [f"Mr. {rnd.choice(first)} {rnd.choice(last)}, Director of the "
              f"{rnd.choice(agencies)} Agency, attended the meeting." for _ in range(n)]
    return "\n".join(lines) + "\n"


@pytest.mark.slow
def test_report_naming_thousands_of_people(base: Base, tmp_path: Path) -> None:
    store, many = _batch(base, tmp_path, "many.txt", _thousands_of_people(3000))
    # A real subprocess, so that a run that hangs can be killed.
    done = subprocess.run(
        [str(Path(sys.executable).with_name("kg")), "ingest", str(many), str(base.good),
         "--store", str(store)],
        capture_output=True, text=True, timeout=600)  # a guard against a hang, not a speed check
    err = " ".join(done.stderr.split())
    assert done.returncode == 0, err
    assert "loaded 2, skipped 0 (unchanged), failed 0" in err
    after = nquads(store)
    assert base.quads <= after
    assert "Director" in "".join(after)
