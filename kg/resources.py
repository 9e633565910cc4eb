"""The package's data files, all under ``kg/data``, read through :mod:`importlib.resources`.

One home, so that any install (editable, a wheel, a zip) carries them and every module finds
them the same way, never through ``Path(__file__).parents[N]``:

- ``queries/*.rq``: the named queries (``kg query --list``);
- ``ontology/akg.ttl``, ``ontology/shapes.ttl``: the OWL ontology and the SHACL shapes;
- ``lexicons/*.yaml``: the extraction's word lists; ``registry.yaml``: known actors;
- ``names.yaml``: the name tables of resolution; ``patterns.yaml``: news-copy headers.

Examples:
    >>> read_text("queries", "officials.rq").startswith("#")
    True
    >>> path("ontology", "shapes.ttl").name
    'shapes.ttl'
"""

from __future__ import annotations

import atexit
from contextlib import ExitStack
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

_PACKAGE = "kg"
_ROOT = "data"


def resource(*parts: str) -> Traversable:
    """The data file or folder ``kg/data/<parts...>`` (it may not exist: check ``is_file``)."""
    return resources.files(_PACKAGE).joinpath(_ROOT, *parts)


def read_text(*parts: str) -> str:
    """The text of the data file ``kg/data/<parts...>``."""
    return resource(*parts).read_text(encoding="utf-8")


def read_yaml(*parts: str) -> Any:
    """The parsed YAML of the data file ``kg/data/<parts...>``."""
    return parse_yaml(read_text(*parts))


# libyaml's parser reads the lexicons about ten times faster than the pure-Python one (0.5 s of
# every process start); PyYAML wheels ship it, but a source build may not.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the C parser when PyYAML has it."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader


@cache
def path(*parts: str) -> Path:
    """A file-system path to ``kg/data/<parts...>``, for libraries that want a path (rdflib,
    owlready2, globbing the queries). An ordinary install has the files on disk and this is
    their own path; from a zip they are extracted once, and removed when the process ends."""
    found = resource(*parts)
    if isinstance(found, Path):
        return found
    return _KEPT.enter_context(resources.as_file(found))


_KEPT = ExitStack()
atexit.register(_KEPT.close)
