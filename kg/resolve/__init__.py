"""Actor resolution: merge the actors of many reports into one set with stable ids.

``resolve(batch, known=..., registry=..., decisions=...)`` is the entry point; a
:class:`Registry` supplies curated actors (``kg/data/registry.yaml`` plus user files), a
:class:`Decisions` file the curator's same/different judgements, and
:func:`likely_duplicates` the pairs worth a curator's look (``kg actors --duplicates``).
An ingest keeps its known actors in a :class:`KnownActors` table and resolves each batch
against the few of them it can join (:func:`resolve_with`). Events are merged the same way,
after the actors (:func:`resolve_events`, :class:`KnownEvents`;
:func:`likely_duplicate_events` for ``kg events --duplicates``).
"""

from kg.resolve.decisions import Decisions
from kg.resolve.duplicates import likely_duplicates
from kg.resolve.event_duplicates import likely_duplicate_events
from kg.resolve.events import KnownEvent, resolve_events
from kg.resolve.known import KnownActors, resolve_with
from kg.resolve.known_events import KnownEvents
from kg.resolve.registry import Registry, RegistryEntry
from kg.resolve.resolver import Resolution, resolve

__all__ = [
    "resolve",
    "Resolution",
    "Registry",
    "RegistryEntry",
    "Decisions",
    "likely_duplicates",
    "KnownActors",
    "resolve_with",
    "resolve_events",
    "KnownEvent",
    "KnownEvents",
    "likely_duplicate_events",
]
