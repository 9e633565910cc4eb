"""The named queries: ``kg/data/queries/*.rq`` files whose opening comments describe them.

A file opens with comment lines::

    # title: Collaborations
    # question: Which actors work together, and how many reports say so?
    # param: name (string, optional) an actor's name or alias; only pairs that include it
    # example: kg query collaborations --param name=FIA

Parameter types are ``string``, ``name``, ``iri``, ``date`` and ``int``; ``optional`` marks a
parameter that may be left unbound. A ``name`` is an actor's name or alias in any case: it is
bound lower-cased, for the query to look it up in ``akg:nameKey`` (an index lookup).

A file ``<query>@<param>.rq`` is the variant of ``<query>`` that runs when ``<param>`` is given.
One query text cannot serve both cases fast: over the whole graph Oxigraph is quickest with
sub-selects joined by hash, while for one actor it must start from that actor and follow the
index, which sub-selects prevent. A variant declares nothing: the main file's header holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources
from kg.errors import QueryError

PARAM_TYPES = ("string", "name", "iri", "date", "int")
_HEADER = re.compile(r"^#\s*(title|question|param|example)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)\s*(.*)$")


def queries_dir() -> Path:
    """The folder of the named queries, ``kg/data/queries`` in the package."""
    return resources.path("queries")


@dataclass(frozen=True)
class Param:
    """A parameter a named query declares."""

    name: str
    type: str = "string"
    description: str = ""
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    """A SPARQL query with its title, the question it answers and its parameters."""

    name: str
    title: str
    question: str
    params: tuple[Param, ...]
    path: Path
    sparql: str
    examples: tuple[str, ...] = field(default=())
    variants: dict[str, str] = field(default_factory=dict)  # param -> SPARQL of <name>@<param>.rq

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def sparql_for(self, given: set[str] | frozenset[str]) -> str:
        """The text to run when the parameters ``given`` are bound: the variant of the first
        declared parameter that has one, else the main query."""
        for param in self.params:
            if param.name in given and param.name in self.variants:
                return self.variants[param.name]
        return self.sparql


def parse_query(path: Path, text: str | None = None) -> NamedQuery:
    """Read one ``.rq`` file; a malformed header raises :class:`QueryError` naming the line."""
    try:
        text = path.read_text(encoding="utf-8") if text is None else text
    except OSError as exc:
        raise QueryError(f"{path}: cannot read the query: {exc}") from exc
    fields: dict[str, str] = {}
    params: list[Param] = []
    examples: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break  # the header ends at the first line of SPARQL
        match = _HEADER.match(stripped)
        if not match:
            continue  # a plain comment
        key, value = match.groups()
        if key == "param":
            params.append(_parse_param(path, number, value))
        elif key == "example":
            examples.append(value)
        else:
            fields[key] = value
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise QueryError(f"{path}: a parameter is declared twice: {', '.join(names)}")
    variants = {}
    for variant in sorted(path.parent.glob(f"{path.stem}@*.rq")):
        param = variant.stem.split("@", 1)[1]
        if param not in names:
            raise QueryError(f"{variant}: {path.name} declares no parameter {param!r}")
        variants[param] = variant.read_text(encoding="utf-8")
    return NamedQuery(
        name=path.stem,
        title=fields.get("title", path.stem),
        question=fields.get("question", ""),
        params=tuple(params),
        path=path,
        sparql=text,
        examples=tuple(examples),
        variants=variants,
    )


def _parse_param(path: Path, number: int, value: str) -> Param:
    match = _PARAM.match(value)
    if not match:
        raise QueryError(f"{path}:{number}: a parameter reads 'name (type) description', "
                         f"not {value!r}")
    name, spec, description = match.groups()
    words = [w.strip() for w in spec.split(",") if w.strip()]
    kind = words[0] if words else "string"
    flags = set(words[1:])
    if kind not in PARAM_TYPES or not flags <= {"optional"}:
        raise QueryError(f"{path}:{number}: parameter {name!r} has type {spec!r}; "
                         f"use one of {', '.join(PARAM_TYPES)}, optionally ', optional'")
    return Param(name, kind, description, "optional" in flags)


def list_queries(directory: Path | None = None) -> list[NamedQuery]:
    """Every named query, sorted by name."""
    folder = directory or queries_dir()
    return [parse_query(path) for path in sorted(folder.glob("*.rq")) if "@" not in path.stem]


def get_query(name_or_path: str, directory: Path | None = None) -> NamedQuery:
    """A named query by name (``collaborations``) or by the path of an ``.rq`` file."""
    candidate = Path(name_or_path)
    if name_or_path.endswith(".rq") or len(candidate.parts) > 1:
        if candidate.is_file():
            return parse_query(candidate)
        raise QueryError(f"{name_or_path}: no such query file")
    path = (directory or queries_dir()) / f"{name_or_path}.rq"
    if path.is_file():
        return parse_query(path)
    known = ", ".join(q.name for q in list_queries(directory)) or "(none)"
    raise QueryError(f"unknown query {name_or_path!r}; known queries: {known}")
