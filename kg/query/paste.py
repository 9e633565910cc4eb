"""Parameters written into a named query as constants, where Oxigraph's planner can see them.

Oxigraph plans a query before it knows the values substituted for its variables: given
``?e akg:nameKey ?name`` with ``?name`` substituted, the plan of a query whose branches hold
sub-selects or OPTIONALs may start from every event of the graph and join by hash (event-profile
took 0.7 s of CPU at a million quads on disk), where the same query with the name written in
starts from the one event (7 ms). So :func:`paste_params` writes each value, as pyoxigraph
serializes the term (quotes, backslashes and newlines escaped, N-Triples syntax), in place of
the variable wherever the substitution would bind it: in the query's own groups and in the
sub-selects that project the variable (SEP-0007's scoping, which Oxigraph follows), never in a
sub-select that does not. The variable leaves the projections (a constant is no column;
run_query hides parameter columns anyway) and is grouped on as a bracketed constant. A value
only ever replaces one variable token of the query, so it cannot change the query's shape.

A query this module cannot rewrite for sure (the variable inside a projected expression, in
``BOUND()``, bound by ``BIND``/``VALUES``/``AS``, a projection left empty) gets ``None``: the
caller then binds by substitution, as before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

from kg.graph.bind import _TOKEN

_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
# words that end a GROUP BY or ORDER BY clause
_AFTER_CLAUSE = {"HAVING", "LIMIT", "OFFSET", "VALUES"}


def paste_params(sparql: str, terms: Mapping[str, object]) -> str | None:
    """``sparql`` with each variable of ``terms`` replaced by its term where a substitution
    would bind it; ``None`` when that cannot be done for sure."""
    if not terms:
        return sparql
    for name, term in terms.items():
        if not re.fullmatch(r"\w+", name) or not isinstance(term, ox.NamedNode | ox.Literal):
            return None
    tokens = [t for t in _TOKEN.finditer(sparql) if not t.group().startswith("#")]
    words = [t.group().upper() if t.lastgroup == "word" else t.group() for t in tokens]
    if next((w for w in words if w in _FORMS), None) != "SELECT":
        return None
    edits: dict[int, str] = {}  # token index -> its replacement ("" drops it)
    top = set(terms)
    scopes: list[set[str]] = []  # per open brace: the parameters in scope inside
    active = top
    clause = ""  # "projection", "group" or "order" while reading one of those
    depth = 0  # parentheses, counted in the text between tokens
    last = 0
    for i, token in enumerate(tokens):
        gap = sparql[last:token.start()]
        depth += gap.count("(") - gap.count(")")
        last = token.end()
        word = words[i]
        if word == "SELECT":
            projected = _projection(tokens[i + 1:])
            if projected is None:
                return None
            # a sub-select binds only the parameters it projects, in its whole brace
            active = {v for v in active if v in projected or "*" in projected}
            if not projected - active:  # every projected variable is a parameter
                return None
            if scopes:
                scopes[-1] = active
            elif active != set(terms):
                return None  # a parameter the query does not project: the substitution says so
            else:
                top = active
            clause = "projection"
        elif word in ("WHERE", "FROM", "{", "}"):
            clause = ""
            if word == "{":
                scopes.append(set(active))
            elif word == "}":
                scopes.pop()
                active = scopes[-1] if scopes else top
        elif word in ("GROUP", "ORDER"):
            clause = word.lower()
        elif word in _AFTER_CLAUSE:
            clause = ""
        elif token.lastgroup == "skip" and word[0] in "?$" and word[1:] in active:
            if words[i - 1] in ("BOUND", "AS", "BIND", "VALUES") or _bound_by(sparql, token):
                return None
            if clause == "order" or (clause == "projection" and depth > 0):
                return None  # in an expression of the projection, or an order
            constant = str(terms[word[1:]])
            # a constant is no column; a group key may be one in brackets (dropping it could
            # leave no GROUP BY, and an aggregate over no rows would then give one row)
            edits[i] = {"projection": "", "group": f"({constant})"}.get(clause, constant)
    out, last = [], 0
    for i, text in edits.items():
        token = tokens[i]
        out += [sparql[last:token.start()], text]
        last = token.end()
    return "".join(out) + sparql[last:]


def _projection(tokens: list[re.Match[str]]) -> set[str] | None:
    """The variables (and ``*``) a SELECT clause projects, up to its WHERE group."""
    names: set[str] = set()
    for token in tokens:
        text = token.group()
        if text == "{" or text.upper() in ("WHERE", "FROM"):
            return names
        if text[0] in "?$":
            names.add(text[1:])
        elif text == "*":
            names.add("*")
    return None


def _bound_by(sparql: str, token: re.Match[str]) -> bool:
    """The variable is the target of ``AS`` or opens a ``VALUES`` list: ``(... AS ?v)``,
    ``BIND(... AS ?v)``, ``VALUES ?v``, ``VALUES (?v ...)``."""
    before = sparql[max(0, token.start() - 200):token.start()].upper()
    return bool(re.search(r"\bAS\s*$|\bVALUES\s*\(?[^{]*$", before))
