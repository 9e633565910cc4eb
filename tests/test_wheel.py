"""The wheel built from the repository works when installed for real, not editable.

The wheel goes into a fresh virtual environment; the dependencies come from the environment
running the tests, made visible through a ``.pth`` file that lists its site-packages (entries
of a ``.pth`` file are appended to ``sys.path``, after the new environment's own
site-packages, and the ``.pth`` files found there are not run, so an editable ``kg`` of that
environment is never imported). Every command then runs from a folder outside the repository,
without ``PYTHONPATH``: a data file the wheel lacks makes a command fail, and the first
assertion names it.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "reports"

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout}\n{done.stderr}"
    return done


def _build_wheel(tmp: Path) -> Path:
    """Build from a copy of the sources, so the build leaves nothing in the repository."""
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "kg", src / "kg",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
    dist = tmp / "dist"
    # Build isolation fetches setuptools and wheel from the configured index (pip's own
    # settings): the test environment itself need not have them.
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)],
         cwd=tmp, env=dict(os.environ))
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1, wheels
    # The distribution's name is free on PyPI ("kg" is not); the package stays `kg`.
    assert wheels[0].name.startswith("actors_commitments_kg-"), wheels[0].name
    return wheels[0]


def _dependency_paths() -> list[str]:
    paths = [*site.getsitepackages(), sysconfig.get_paths()["purelib"],
             sysconfig.get_paths()["platlib"]]
    return list(dict.fromkeys(p for p in paths if Path(p).is_dir()))


def _clean_env() -> dict[str, str]:
    """The environment without the variables that would reach the repository's own code."""
    return {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "KG_STORE"}}


def _install(wheel: Path, tmp: Path) -> Path:
    home = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
          "--no-index", str(wheel)], cwd=tmp, env=_clean_env())
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip()
    Path(purelib, "zz-test-dependencies.pth").write_text(
        "\n".join(_dependency_paths()) + "\n", encoding="utf-8")
    return home


def test_the_installed_wheel_lists_ingests_queries_and_validates(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path)
    packaged = set(zipfile.ZipFile(wheel).namelist())
    # Every file of the package, data (queries, ontology, lexicons) or code, is in the wheel.
    files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "kg").rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    assert "kg/data/ontology/shapes.ttl" in files
    assert not [p for p in files if p not in packaged], "files missing from the wheel"

    home = _install(wheel, tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env()
    kg = str(home / "bin" / "kg")

    where = _run([str(home / "bin" / "python"), "-c", "import kg; print(kg.__file__)"],
                 cwd=elsewhere, env=env).stdout.strip()
    assert Path(where).resolve().is_relative_to(home.resolve()), where

    version = _run([kg, "--version"], cwd=elsewhere, env=env).stdout
    assert "0.1.0" in version, version
    listed = _run([kg, "query", "--list"], cwd=elsewhere, env=env).stdout
    names = {p.stem for p in (ROOT / "kg" / "data" / "queries").glob("*.rq") if "@" not in p.stem}
    assert names and {line.split()[0] for line in listed.splitlines() if line.strip()} == names

    report = sorted(SAMPLE.glob("*.txt"))[0]
    store = str(elsewhere / "store")
    _run([kg, "ingest", str(report), "--store", store, "--workers", "1"], cwd=elsewhere, env=env)
    rows = _run([kg, "query", "actors", "--store", store, "--format", "csv"],
                cwd=elsewhere, env=env).stdout
    assert len(rows.strip().splitlines()) > 1, rows

    reasoner = "--reasoner" if shutil.which("java") else "--no-reasoner"
    checked = _run([kg, "validate", reasoner, "--store", store], cwd=elsewhere, env=env).stdout
    assert "conforms" in checked, checked
