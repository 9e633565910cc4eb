"""Named SPARQL queries (``kg/data/queries/*.rq``): list, run with bound parameters, print rows."""

from kg.graph.result import QueryResult
from kg.query.formats import to_csv, to_json, to_table
from kg.query.library import NamedQuery, Param, get_query, list_queries, queries_dir
from kg.query.run import run_query

__all__ = ["NamedQuery", "Param", "QueryResult", "get_query", "list_queries", "queries_dir",
           "run_query", "to_csv", "to_json", "to_table"]
