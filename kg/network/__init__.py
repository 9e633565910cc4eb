"""RDF -> networkx: views of the knowledge graph, filters and metrics.

Functions first, networkx style: ``build_view(source, "collaboration")`` returns a graph,
``apply_filters(G, Filters(...))`` a narrower one, ``compute_metrics(G)`` a dict by node.
"""

from kg.network.filters import Filters, apply_filters, find_node
from kg.network.metrics import add_metrics, brokers, compute_metrics, metrics_table
from kg.network.source import MemorySource, Queryable
from kg.network.views import VIEWS, build_view, check_view

__all__ = ["build_view", "check_view", "VIEWS", "Filters", "apply_filters", "find_node",
           "compute_metrics", "add_metrics", "brokers", "metrics_table", "Queryable",
           "MemorySource"]
