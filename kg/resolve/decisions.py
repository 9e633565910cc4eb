"""Curation decisions: pairs of actors a person has judged the same, or different.

A decisions file (YAML, or JSON when the file name ends in ``.json``)::

    same:
      - [federal-investigation-agency, "FIA Pakistan"]
    different:
      - ["Ahmad Jahangir", "Ahmad Tariq Jahangir"]

Each side is a global actor id (as assigned by :func:`kg.resolve.resolve`) or a name. A name
refers to every actor carrying it (normalized); an id to the known actor with that id and to
every actor one of whose names slugifies to it. ``resolve`` merges a ``same`` pair whatever
the other evidence says, and never merges a ``different`` pair; since the references are ids
and names, not positions, the decisions hold when the corpus is resolved again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import KgError
from kg.resources import parse_yaml

__all__ = ["Decisions"]

Pair = tuple[str, str]


@dataclass
class Decisions:
    """``same`` and ``different`` pairs of actor references (ids or names)."""

    same: list[Pair] = field(default_factory=list)
    different: list[Pair] = field(default_factory=list)

    def add_same(self, a: str, b: str) -> None:
        """Record that ``a`` and ``b`` are one actor (drops an opposite decision)."""
        self.different = [p for p in self.different if set(p) != {a, b}]
        if not any(set(p) == {a, b} for p in self.same):
            self.same.append((a, b))

    def add_different(self, a: str, b: str) -> None:
        """Record that ``a`` and ``b`` are two actors (drops an opposite decision)."""
        self.same = [p for p in self.same if set(p) != {a, b}]
        if not any(set(p) == {a, b} for p in self.different):
            self.different.append((a, b))

    @classmethod
    def load(cls, path: Path) -> Decisions:
        """Read a decisions file; a missing file is no decisions, a malformed one a KgError."""
        path = Path(path)
        if not path.exists():
            return cls()
        text = path.read_text(encoding="utf-8")
        try:
            data = json.loads(text) if path.suffix == ".json" else parse_yaml(text)
        except (json.JSONDecodeError, yaml.YAMLError) as exc:
            raise KgError(f"{path}: not a valid decisions file: {exc}") from exc
        if data is None:
            return cls()
        if not isinstance(data, dict) or set(data) - {"same", "different"}:
            raise KgError(f"{path}: a decisions file is a mapping with 'same' and 'different'")
        return cls(
            same=_pairs(data.get("same"), path, "same"),
            different=_pairs(data.get("different"), path, "different"),
        )

    def save(self, path: Path) -> None:
        """Write the decisions as YAML, or JSON when ``path`` ends in ``.json``."""
        path = Path(path)
        data = {
            "same": [list(p) for p in self.same],
            "different": [list(p) for p in self.different],
        }
        if path.suffix == ".json":
            text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        else:
            text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")


def _pairs(value: Any, path: Path, key: str) -> list[Pair]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise KgError(f"{path}: '{key}' must be a list of pairs")
    pairs: list[Pair] = []
    for i, item in enumerate(value, start=1):
        if (
            not isinstance(item, list | tuple)
            or len(item) != 2
            or not all(isinstance(x, str) and x.strip() for x in item)
        ):
            raise KgError(f"{path}: '{key}' entry {i} must be a pair of two ids or names")
        pairs.append((item[0].strip(), item[1].strip()))
    return pairs
