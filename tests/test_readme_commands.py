"""Every command of the README's command-line section runs on the sample data and shows
something: a researcher who copies one gets rows, a file or a summary, not an empty table."""

from __future__ import annotations

import glob
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "reports"
# commands that start a server or change the store are run elsewhere or on a copy
LONG_RUNNING = {"serve"}


def readme_commands() -> list[str]:
    """The ``kg ...`` lines of the README's command-line block, comments stripped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text[text.index("## The command line"):].split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [line.split("  #", 1)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line.startswith("kg ")]


def _concrete(command: str, tmp: Path) -> list[str]:
    """The README's placeholders made real: the sample reports, a file in tmp, one format."""
    words = []
    for word in shlex.split(command)[1:]:
        word = {"REPORTS...": str(SAMPLES), "PATH": str(SAMPLES / sorted(
            p.name for p in SAMPLES.iterdir() if p.suffix == ".txt")[0]),
            "[--duplicates]": "--duplicates", "turtle|nquads|trig|jsonld": "turtle",
            "shards/": str(tmp / "shards"), "nq/": str(tmp / "nq")}.get(word, word)
        if word == "shards/*.nq":
            words.extend(sorted(glob.glob(str(tmp / "shards" / "*.nq"))))
            continue
        if Path(word).suffix in {".json", ".html", ".gexf"} and "/" not in word:
            word = str(tmp / word)
        words.append(word)
    return words


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("readme") / "store"
    done = CliRunner().invoke(cli, ["ingest", str(SAMPLES), "--store", str(path)])
    assert done.exit_code == 0, done.output
    return path


def test_the_readme_lists_the_commands() -> None:
    names = {shlex.split(c)[1] for c in readme_commands()}
    assert {"ingest", "facts", "query", "network", "stats", "actors", "same", "export",
            "remove", "validate", "serve", "extract", "load"} <= names


@pytest.mark.slow
@pytest.mark.parametrize("command", readme_commands())
def test_each_readme_command_shows_something(command: str, store: Path, tmp_path: Path) -> None:
    args = _concrete(command, tmp_path)
    if args[0] in LONG_RUNNING:
        pytest.skip("a server: tests/test_serve.py runs it")
    copy = tmp_path / "store"
    shutil.copytree(store, copy)  # commands that write get their own store
    if args[0] in {"load", "resolve"}:  # shards to load first
        extracted = CliRunner().invoke(cli, ["extract", str(SAMPLES), "--out",
                                             str(tmp_path / "shards")])
        assert extracted.exit_code == 0, extracted.output
        args = _concrete(command, tmp_path)
    if args[0] not in {"facts", "extract"}:
        args += ["--store", str(copy)]
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 0, (command, done.output)
    outputs = [Path(a) for a in args if a.startswith(str(tmp_path)) and Path(a).is_file()]
    if "-o" in args:
        written = Path(args[args.index("-o") + 1])
        assert written.is_file() and written.stat().st_size > 0, command
    else:
        shown = [line for line in done.output.splitlines() if line.strip()]
        assert shown or outputs, command
        if args[0] == "query" and "--list" not in args:
            assert len(shown) >= 2, (command, done.output)  # a header and at least one row
