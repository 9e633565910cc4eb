"""The project's errors. Each says what is wrong and where (a file, a query, a store)."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error the project raises on purpose."""


class LoadError(KgError):
    """A report could not be read; ``path`` names the file, the message what is wrong."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class StoreError(KgError):
    """The store could not be opened, read or written."""


class QueryError(KgError):
    """A named query is unknown, a parameter is missing, or the SPARQL is invalid."""


class NameNotFound(QueryError):
    """No actor or event goes by the name a query was given; ``closest`` are the names that
    come nearest (best first), for a "did you mean"."""

    def __init__(self, name: str, closest: list[str]) -> None:
        hint = f"; did you mean: {'; '.join(closest)}?" if closest else ""
        super().__init__(f"no actor or event is named {name!r}{hint}")
        self.name = name
        self.closest = closest
