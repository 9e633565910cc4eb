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


class BadValue(KgError, ValueError):
    """A value the user gave (a view, a filter, a date, a file name) is not one the command
    accepts; the message names the value and what is allowed. A ``ValueError`` too, so code
    that catches that keeps working."""


def did_you_mean(value: str, choices: list[str], limit: int = 3) -> str:
    """``"; did you mean 'x'?"`` with the choices nearest ``value`` as typed, or ``""``.

    >>> did_you_mean("colaboration", ["collaboration", "affiliation", "endorsement"])
    "; did you mean 'collaboration'?"
    """
    from rapidfuzz import fuzz, process

    found = process.extract(value.casefold(), [c.casefold() for c in choices],
                            scorer=fuzz.WRatio, limit=limit, score_cutoff=70)
    names = [repr(choices[index]) for _, _, index in found]
    return f"; did you mean {' or '.join(names)}?" if names else ""


def one_line(text: object, limit: int = 240) -> str:
    """``text`` on one line, cut at ``limit`` characters: parser messages (SPARQL's list every
    token they expected, over several lines) stay readable in a terminal and a log.

    >>> one_line("error at 1:18: expected one of\\n  '(', '{'")
    "error at 1:18: expected one of '(', '{'"
    """
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"
