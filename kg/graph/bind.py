"""Binding values into SPARQL text for a remote endpoint, safely.

A SPARQL 1.1 endpoint takes only query text, so bound values must travel in it: each value is
written as an escaped RDF term by pyoxigraph and placed in ``VALUES`` blocks between the query's
own tokens (in every group, and in a sub-select only where it projects the variable, as
Oxigraph's own substitution does). The result is parsed locally before it is sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, one_line

_TOKEN = re.compile(
    r"""
    (?P<skip>\#[^\n]*|"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}
      |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|[?$]\w+
      |[\w.-]*:[\w.:%-]*)
    |(?P<word>[A-Za-z_]\w*)|(?P<brace>[{}*])
""",
    re.VERBOSE | re.DOTALL,
)
_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}


def check_query(sparql: str) -> set[str] | None:
    """Parse ``sparql`` locally (on an empty store); the projected variables of a SELECT."""
    try:
        result = ox.Store().query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"invalid SPARQL: {one_line(exc)}") from exc
    return {v.value for v in result.variables} if isinstance(result, ox.QuerySolutions) else None


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the query's first top-level keyword among them."""
    for match in _TOKEN.finditer(sparql):
        if match.lastgroup == "word" and match.group().upper() in _FORMS:
            return match.group().upper()
    return None


def with_values(sparql: str, terms: Mapping[str, Any]) -> str:
    """``sparql`` with ``VALUES (?a ...) { (<term> ...) }`` opening each of its groups.

    This mirrors Oxigraph's substitutions: the variable is fixed in every group of the query
    (nested groups, OPTIONAL, MINUS, EXISTS), and inside a sub-select only when that projects
    it. Each term is written in N-Triples syntax by pyoxigraph (quotes, newlines, ``>``
    escaped), and only between two tokens of the query, so a value cannot change its shape.
    """
    for name, term in terms.items():
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"bad binding: {name!r} is not a SPARQL variable name")
        if not isinstance(term, ox.NamedNode | ox.Literal):  # VALUES takes no blank node
            raise QueryError(f"bad binding: ?{name} must be an IRI or a literal, not {term}")
    # comments are no tokens: a group opening with a comment line may hold a sub-select
    tokens = [t for t in _TOKEN.finditer(sparql) if not t.group().startswith("#")]
    words = [t.group().upper() if t.lastgroup == "word" else t.group() for t in tokens]
    form = next((w for w in words if w in _FORMS), None)
    scopes: list[set[str] | None] = []  # per open brace: the variables bound inside, or None
    active, after_where, in_values, cuts = set(terms), False, False, []
    for i, token in enumerate(tokens):
        word = words[i]
        if word == "}":
            scopes.pop()
            active = next((s for s in reversed(scopes) if s is not None), set(terms))
        elif word == "WHERE" and not scopes:
            after_where = True
        elif word == "VALUES":
            in_values = True
        elif word == "SELECT" and scopes:  # a sub-select: its own scope
            projected = _projection(tokens[i + 1 :])
            active = {v for v in active if v in projected or "*" in projected}
        elif word == "{":
            group = (
                not in_values
                and words[i + 1 : i + 2] != ["SELECT"]
                and not (not scopes and form == "CONSTRUCT" and not after_where)
            )
            in_values = False
            scopes.append(set(active) if group else None)
            if group and active:
                cuts.append((token.end(), _values_block(active, terms)))
    if not cuts:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    out, last = [], 0
    for at, block in cuts:
        out += [sparql[last:at], block]
        last = at
    return "".join(out) + sparql[last:]


def _projection(tokens: list[re.Match[str]]) -> set[str]:
    """The variable names (and ``*``) a sub-select's clause projects, up to its WHERE group."""
    names = set()
    for token in tokens:
        text = token.group()
        if text == "{" or text.upper() == "WHERE":
            break
        if text[0] in "?$":
            names.add(text[1:])
        elif text == "*":
            names.add("*")
    return names


def _values_block(names: set[str], terms: Mapping[str, Any]) -> str:
    ordered = [n for n in terms if n in names]
    variables = " ".join(f"?{n}" for n in ordered)
    return f" VALUES ({variables}) {{ ({' '.join(str(terms[n]) for n in ordered)}) }} "
