"""Golden outputs: what the code makes of the sample and evaluation reports, and whether a
change of the code (a refactor) changed any of it.

Writes four files into a folder, through the ``kg`` command (so any revision can make them,
whatever its insides):

- ``data.nq``, ``eval.nq``: the N-Quads of a store built from ``data/reports``, and of one built
  from ``../shared/eval/reports`` (``kg ingest``, ``kg export``);
- ``data.facts.json``, ``eval.facts.json``: the facts JSON (``kg facts``) of ``data/reports``
  and of ``../shared/eval/reports``;
- ``ingest.log``: what ``kg ingest`` said.

Usage (from the repository root, with the project's virtualenv)::

    python tests/golden.py write OUT            # the outputs of this working tree
    python tests/golden.py compare --base main  # this tree against a revision: exit 1 if any
                                                # output differs, saying where

``compare`` unpacks a revision (``git archive``) into a temporary folder, removed after. It
is the check that a refactor changes nothing; a change of extraction rules is expected to
differ, and is measured with ``../shared/eval/score.py`` instead. No output is checked in as a
frozen fixture: it would have to be regenerated on every rule change, and a test that is
regenerated whenever it fails guards nothing. ``tests/test_golden.py`` runs
``compare`` when ``KG_GOLDEN_BASE`` names a revision.
"""

from __future__ import annotations

import argparse
import difflib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "reports"
EVAL = ROOT.parent / "shared" / "eval" / "reports"
OUTPUTS = ("ingest.log", "data.nq", "data.facts.json", "eval.nq", "eval.facts.json")


def write(out: Path, code: Path = ROOT, eval_reports: Path = EVAL) -> None:
    """The outputs of the code in ``code`` (a checkout of the repository), written to ``out``.

    Both revisions read the same files, this tree's ``data/reports`` (a report's source is its
    path, which its id derives from)."""
    out.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in {"KG_STORE", "KG_DECISIONS"}}
    env["PYTHONPATH"] = str(code)
    kg = [sys.executable, "-m", "kg"]

    def run(*args: str, stdout: Path | None = None) -> str:
        with open(stdout, "wb") if stdout else open(os.devnull, "wb") as sink:
            done = subprocess.run([*kg, *args], cwd=code, env=env, stdout=sink,
                                  stderr=subprocess.PIPE, text=True)
        # exit 1 with a message is a report that failed to load, which is an output; a
        # traceback (also exit 1) or any other status is the code failing
        if done.returncode not in (0, 1) or "Traceback (most recent call last)" in done.stderr:
            raise SystemExit(f"kg {' '.join(args)} failed:\n{done.stderr}")
        return done.stderr

    reports = sorted(str(p) for p in eval_reports.iterdir()) if eval_reports.is_dir() else []
    with tempfile.TemporaryDirectory(prefix="kg-golden-") as tmp:
        store = str(Path(tmp) / "store")
        log = run("ingest", str(SAMPLE), "--store", store, "--workers", "1")
        (out / "ingest.log").write_text(log, encoding="utf-8")
        run("export", "--format", "nquads", "--store", store, stdout=out / "data.nq")
        if reports:
            store = str(Path(tmp) / "eval-store")
            run("ingest", *reports, "--store", store, "--workers", "1")
            run("export", "--format", "nquads", "--store", store, stdout=out / "eval.nq")
    run("facts", str(SAMPLE), "-o", str(out / "data.facts.json"))
    if reports:
        run("facts", *reports, "-o", str(out / "eval.facts.json"))
    else:
        for name in ("eval.nq", "eval.facts.json"):
            (out / name).write_text("no evaluation reports\n", encoding="utf-8")


def differences(base: Path, head: Path) -> list[str]:
    """For each output that differs, its name and the first lines of a unified diff."""
    found = []
    for name in OUTPUTS:
        old = (base / name).read_text(encoding="utf-8").splitlines()
        new = (head / name).read_text(encoding="utf-8").splitlines()
        if old != new:
            diff = difflib.unified_diff(old, new, f"base/{name}", f"head/{name}", lineterm="")
            found.append("\n".join(list(diff)[:40]))
    return found


def compare(base_rev: str, eval_reports: Path = EVAL) -> list[str]:
    """The differences between the outputs at ``base_rev`` and those of this working tree."""
    with tempfile.TemporaryDirectory(prefix="kg-golden-") as tmp:
        checkout = Path(tmp) / "base"
        checkout.mkdir()
        archive = subprocess.run(["git", "archive", "--format=tar", base_rev], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(checkout)], input=archive, check=True)
        write(Path(tmp) / "out-base", checkout, eval_reports)
        write(Path(tmp) / "out-head", ROOT, eval_reports)
        return differences(Path(tmp) / "out-base", Path(tmp) / "out-head")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="write this tree's outputs into OUT")
    w.add_argument("out", type=Path)
    c = sub.add_parser("compare", help="compare this tree's outputs with a revision's")
    c.add_argument("--base", default="main", help="a git revision (default: main)")
    for p in (w, c):
        p.add_argument("--eval", type=Path, default=EVAL, help="the evaluation reports")
    args = parser.parse_args()
    if args.command == "write":
        write(args.out, ROOT, args.eval)
        return
    found = compare(args.base, args.eval)
    for text in found:
        print(text)
    print(f"{len(found)} of {len(OUTPUTS)} outputs differ from {args.base}", file=sys.stderr)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
