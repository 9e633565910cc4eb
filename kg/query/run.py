"""Run a named query with parameters given as text (from the command line or a caller).

Parameters are converted by their declared type and written into the query as RDF terms that
pyoxigraph serializes (escaped), each in place of one variable token (:mod:`kg.query.paste`),
so a name full of quotes and braces is just a name; Oxigraph's planner then sees the constants.
Where that cannot be done they are bound as substitutions, which Oxigraph applies only to
projected variables, so each query projects its parameters; the result hides those columns.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from kg.errors import NameNotFound, QueryError
from kg.graph.guard import MAX_CHARS
from kg.graph.protocol import GraphStore
from kg.graph.result import QueryResult
from kg.graph.terms import AKG_NS, ID_NS, iri, name_lookup_key, to_term
from kg.query.library import NamedQuery, Param, get_query, queries_dir
from kg.query.paste import paste_params

_IRI_PREFIXES = {"id:": ID_NS, "akg:": AKG_NS}


def run_query(store: GraphStore, name_or_path: str,
              params: Mapping[str, str] | None = None) -> QueryResult:
    """Run the named query (or ``.rq`` file) with ``params``; unknown or missing ones fail."""
    query = get_query(name_or_path)
    bindings = bind_params(query, params or {})
    sparql = _summary_text(store, query, set(bindings)) or query.sparql_for(set(bindings))
    result = _run(store, sparql, bindings)
    if not result.rows:
        for p in query.params:
            if p.type == "name" and p.name in bindings:
                _check_name_keys(store)
                _check_name_known(store, str((params or {})[p.name]), bindings[p.name])
    return result.without({p.name for p in query.params})


def _summary_text(store: GraphStore, query: NamedQuery, given: set[str]) -> str | None:
    """``summary/<query>.rq`` (or ``summary/<query>@<param>.rq`` where the parameters pick
    that variant) beside the query, when there is one and the store keeps the summarized
    queries' rows up to date (the embedded store: :mod:`kg.graph.summary`)."""
    if query.path.parent != queries_dir():  # the rows are those of the packaged queries
        return None
    variant = next((p.name for p in query.params if p.name in given and p.name in query.variants),
                   None)
    stem = query.name if variant is None else f"{query.name}@{variant}"
    path = query.path.parent / "summary" / f"{stem}.rq"
    current = getattr(store, "summary_is_current", None)
    if current is None or not path.is_file() or not current():
        return None
    return path.read_text(encoding="utf-8")


def _run(store: GraphStore, sparql: str, bindings: dict[str, Any]) -> QueryResult:
    """The query with its parameters written in as constants (see :mod:`kg.query.paste`:
    Oxigraph plans better with them), or bound as substitutions when that cannot be done."""
    try:
        terms = {name: to_term(value) for name, value in bindings.items()}
    except (TypeError, ValueError) as exc:
        raise QueryError(f"bad binding: {exc}") from exc
    pasted = paste_params(sparql, terms)
    if pasted is None or len(pasted) > MAX_CHARS:  # a value too long to travel in the text
        return store.query(sparql, bindings)
    return store.query(pasted)


def _check_name_known(store: GraphStore, typed: str, key: str) -> None:
    """Nothing answered because nothing goes by that name: raise with the closest names.
    (A name that is known but has no rows of this query is a true empty answer.)"""
    if store.query(_KNOWN_KEY, {"key": key}).rows:
        return
    raise NameNotFound(typed, closest_names(store, typed))


def closest_names(store: GraphStore, name: str, limit: int = 5) -> list[str]:
    """The names of actors and events nearest ``name`` as typed (rapidfuzz over their folded
    forms), best first; only reasonably close ones."""
    from rapidfuzz import fuzz, process

    names = [str(row["name"]) for row in store.query(_ALL_NAMES).rows]
    folded = [name_lookup_key(n) for n in names]
    def closeness(a: str, b: str, **_: object) -> float:
        # the whole name's likeness with the best part's: "ghana police" nearer to "Ghana
        # Police Service" than to "Police", a misspelt surname still near the full name
        return (fuzz.ratio(a, b) + fuzz.partial_ratio(a, b)) / 2

    found = process.extract(name_lookup_key(name), folded, scorer=closeness, limit=limit * 3,
                            score_cutoff=55)
    out: list[str] = []
    for _, _, index in found:
        if names[index] not in out:
            out.append(names[index])
    return out[:limit]


_KNOWN_KEY = "SELECT ?key WHERE { ?x akg:nameKey ?key } LIMIT 1"
_ALL_NAMES = ("SELECT DISTINCT ?name WHERE { { ?x akg:nameKey [] ; rdfs:label ?name } "
              "UNION { ?x akg:nameKey [] ; skos:altLabel ?name } "
              "UNION { ?x akg:nameKey [] ; akg:name ?name } }")


def _check_name_keys(store: GraphStore) -> None:
    """A store written before names had keys finds no one by name: say so, rather than
    answer with nothing."""
    if store.query(_HAS_NAMES).rows[0]["result"] and not store.query(_HAS_KEYS).rows[0]["result"]:
        raise QueryError("this store was built before names were indexed (akg:nameKey), so no "
                         "name can be found in it: run `kg ingest --force REPORTS...` on the "
                         "same reports to rebuild it")


_HAS_NAMES = "ASK { ?a a ?cls . FILTER(?cls IN (akg:Person, akg:Organization, akg:Event)) }"
_HAS_KEYS = "ASK { ?a akg:nameKey ?key }"


def bind_params(query: NamedQuery, params: Mapping[str, Any]) -> dict[str, Any]:
    """Check ``params`` against the query's declarations and convert each by its type."""
    unknown = sorted(set(params) - {p.name for p in query.params})
    if unknown:
        declared = ", ".join(p.name for p in query.params) or "none"
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(unknown)} "
                         f"(its parameters: {declared})")
    bindings: dict[str, Any] = {}
    for param in query.params:
        value = params.get(param.name)
        if value is None:
            if not param.optional:
                raise QueryError(f"query {query.name!r} needs --param {param.name}=<"
                                 f"{param.type}>: {param.description}")
            continue
        bindings[param.name] = convert(param, value)
    return bindings


def convert(param: Param, value: Any) -> Any:
    """A parameter value as the Python value its type asks for."""
    if not isinstance(value, str):
        return value  # already typed by a Python caller
    try:
        if param.type == "int":
            return int(value)
        if param.type == "date":
            return date.fromisoformat(value)
    except ValueError as exc:
        raise QueryError(f"parameter {param.name!r} wants a {param.type}, got {value!r}") from exc
    if param.type == "name":
        return name_lookup_key(value)
    if param.type == "iri":
        for prefix, namespace in _IRI_PREFIXES.items():
            if value.startswith(prefix):
                return iri(namespace + value[len(prefix):])
        if "://" not in value:
            raise QueryError(f"parameter {param.name!r} wants an IRI (https://... or id:...), "
                             f"got {value!r}")
        return iri(value)
    return value
