"""kg.resources: every data file lives in kg/data and is read through importlib.resources."""

from __future__ import annotations

import re
from pathlib import Path

from kg import resources

PACKAGE = Path(resources.__file__).resolve().parent
# Files that belong to one module's code rather than to the data: its SPARQL and its template.
CODE_BESIDE = {"py.typed", "network/sparql", "export/templates"}


def test_every_data_file_lives_in_kg_data() -> None:
    """A data file elsewhere in the package is missed by package-data (tests/test_wheel.py
    catches it too, but only among the slow tests)."""
    stray = [
        p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
        and not p.relative_to(PACKAGE).as_posix().startswith(("data/", *CODE_BESIDE))
    ]
    assert stray == []


def test_no_module_finds_data_through_its_own_file() -> None:
    found = [
        f"{p.relative_to(PACKAGE)}: {m.group(0)}" for p in PACKAGE.rglob("*.py")
        if p.name != "resources.py"  # which says not to, in its docstring
        for m in re.finditer(r"Path\(__file__\)[^\n]*", p.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_reads_text_yaml_and_paths_of_the_package_data() -> None:
    assert "officials" in {p.stem for p in resources.path("queries").glob("*.rq")}
    assert resources.read_yaml("patterns.yaml")["date_labels"]
    assert resources.path("ontology", "akg.ttl").read_text(encoding="utf-8").startswith("#")
    assert resources.resource("no-such-file.yaml").is_file() is False
