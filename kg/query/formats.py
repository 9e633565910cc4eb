"""Query results as text: a rich table, CSV, or SPARQL 1.1 Query Results JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

from pyoxigraph import BlankNode, Literal, NamedNode
from rich.console import Console
from rich.table import Table

from kg.graph.result import QueryResult
from kg.graph.terms import XSD_NS


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_table(result: QueryResult, width: int = 120, title: str | None = None) -> str:
    """The rows as a table for a terminal (plain text, no colour codes)."""
    table = Table(title=title, show_lines=False)
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(_text(row.get(c)) for c in result.columns))
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, highlight=False).print(table)
    return buffer.getvalue()


def to_csv(result: QueryResult) -> str:
    """The rows as CSV with a header line; unbound values are empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_text(row.get(c)) for c in result.columns])
    return buffer.getvalue()


def to_json(result: QueryResult, indent: int | None = 2) -> str:
    """The rows in the SPARQL 1.1 Query Results JSON format (unbound values left out)."""
    bindings = []
    for index, row in enumerate(result.rows):
        terms = result.terms[index] if index < len(result.terms) else {}
        binding = {}
        for column in result.columns:
            term = terms.get(column)
            encoded = _term_json(term) if term is not None else _value_json(row.get(column))
            if encoded is not None:
                binding[column] = encoded
        bindings.append(binding)
    document = {"head": {"vars": list(result.columns)}, "results": {"bindings": bindings}}
    return json.dumps(document, indent=indent, ensure_ascii=False)


def _term_json(term: Any) -> dict[str, str] | None:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        encoded = {"type": "literal", "value": term.value}
        if term.language:
            encoded["xml:lang"] = term.language
        elif term.datatype.value != XSD_NS + "string":
            encoded["datatype"] = term.datatype.value
        return encoded
    return None


def _value_json(value: Any) -> dict[str, str] | None:
    """A plain Python value (a result built without terms) as a JSON binding."""
    if value is None:
        return None
    if isinstance(value, bool):
        return {"type": "literal", "value": str(value).lower(), "datatype": XSD_NS + "boolean"}
    if isinstance(value, int):
        return {"type": "literal", "value": str(value), "datatype": XSD_NS + "integer"}
    if isinstance(value, float):
        return {"type": "literal", "value": repr(value), "datatype": XSD_NS + "double"}
    if isinstance(value, date):
        return {"type": "literal", "value": value.isoformat(), "datatype": XSD_NS + "date"}
    return {"type": "literal", "value": str(value)}
