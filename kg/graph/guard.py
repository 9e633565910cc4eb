"""What a query must pass before Oxigraph sees it, and the time limit it runs under.

Oxigraph's SPARQL parser and evaluator recurse once per level of nesting, on the calling
thread's stack: 5,000 nested groups (20 KB of text) overflowed an 8 MB stack and killed the
process (SIGSEGV), which no ``try`` can catch. So a query is checked first, on its text alone
(:func:`check_sparql`): its size, how deep its brackets (``{ ( [ <<``) and runs of prefix
operators (``! - + ^``) nest. Flat chains (``a && b && ...``, ``OPTIONAL`` after ``OPTIONAL``)
also build deep trees, so queries then run on a thread with a large stack (:data:`STACK_BYTES`),
where the longest query the size limit lets through stays far from its end.

Time: pyoxigraph cannot cancel a query. :func:`run_guarded` runs it on its own thread and waits
at most ``timeout`` seconds; reading the results checks the same deadline between rows, so a
query streaming rows stops there. A query still inside one step of Oxigraph's evaluation (a
sort, a count, a parse that grows with the cube of its OPTIONALs) cannot be stopped: the caller
gets :class:`QueryTimeout` at the deadline, and the thread ends, without using its result, when
Oxigraph returns.

``SERVICE`` makes the query engine call another server (and tell its answer in errors): it is
refused unless its endpoint is named in ``allowed`` (:func:`check_services`).
"""

from __future__ import annotations

import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from kg.errors import QueryError, StoreError

MAX_CHARS = 100_000  # the longest named query is about 4,000 characters
MAX_DEPTH = 64  # the named queries nest 9 deep at most
MAX_PARTS = 1_000  # groups, brackets, path and boolean operators; the named ones use < 130
STACK_BYTES = 512 << 20  # reserved address space, not memory: only the pages used are

_TOKEN = re.compile(
    r"""
    (?P<skip>\#[^\n]*|"{3}(?:[^"\\]|\\.|"(?!""))*"{3}|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}
      |"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\\.)
    |(?P<iri><[^<>"{}|^`\\\x00-\x20()\[\]]*>)
    |(?P<open>[{(\[]|<<)|(?P<close>[})\]]|>>)
    |(?P<var>[?$]\w+)
    |(?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*)
    |(?P<word>[^\W\d]\w*)
    |(?P<unary>[!+\-^])
    |(?P<op>&&|\|\||[/|])
    |(?P<space>\s+)
    """,
    re.VERBOSE | re.DOTALL,
)
_PART_WORDS = {"OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "GRAPH", "SERVICE", "EXISTS",
               "SELECT", "VALUES"}

T = TypeVar("T")


class QueryRefused(QueryError):
    """A query refused before it runs: too long, too deep, or calling a server not allowed."""


class QueryTimeout(QueryError):
    """A query that ran over its time limit."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def tokens(sparql: str) -> Iterator[Token]:
    """The query's tokens, comments and strings left out (they hold no structure)."""
    for match in _TOKEN.finditer(sparql):
        kind = match.lastgroup or "other"
        if kind not in ("skip", "space"):
            yield Token(kind, match.group())


def check_sparql(sparql: str, *, max_chars: int = MAX_CHARS, max_depth: int = MAX_DEPTH,
                 max_parts: int = MAX_PARTS) -> None:
    """Refuse (:class:`QueryRefused`) a query too long, too deeply nested or too intricate
    for the parser to read safely, saying which limit and by how much."""
    if len(sparql) > max_chars:
        raise QueryRefused(f"query refused: {len(sparql):,} characters, over the limit of "
                           f"{max_chars:,}")
    depth = deepest = run = parts = 0
    for token in tokens(sparql):
        if token.kind == "open":
            depth += 1
            parts += 1
            deepest = max(deepest, depth + run)
        elif token.kind == "close":
            depth = max(0, depth - 1)
        elif token.kind == "unary":
            run += 1
            deepest = max(deepest, depth + run)
            continue
        elif token.kind == "op" or (token.kind == "word" and token.text.upper() in _PART_WORDS):
            parts += 1
        run = 0
    if deepest > max_depth:
        raise QueryRefused(f"query refused: it nests {deepest} levels deep (brackets and "
                           f"operators such as '!'), over the limit of {max_depth}")
    if parts > max_parts:
        raise QueryRefused(f"query refused: {parts:,} groups and operators, over the limit of "
                           f"{max_parts:,}")


def service_targets(sparql: str, prefixes: Mapping[str, str] | None = None) -> list[str | None]:
    """The endpoint of each ``SERVICE`` of the query, as an absolute IRI; ``None`` for one
    that cannot be known from the text (a variable, or a name it cannot expand)."""
    known = dict(prefixes or {})
    base: str | None = None
    found: list[str | None] = []
    stream = list(tokens(sparql))
    for i, token in enumerate(stream):
        word = token.text.upper() if token.kind == "word" else None
        following = stream[i + 1:i + 4]
        if word == "BASE" and following and following[0].kind == "iri":
            base = _resolve(following[0].text[1:-1], base)
        elif word == "PREFIX" and len(following) >= 2 and following[0].kind == "pname" \
                and following[1].kind == "iri":
            name = following[0].text.rstrip(":")
            known[name] = _resolve(following[1].text[1:-1], base) or ""
        elif word == "SERVICE":
            silent = bool(following) and following[0].text.upper() == "SILENT"
            rest = following[1:] if silent else following
            target = rest[0] if rest else None  # "SERVICE SILENT" ending the text names none
            found.append(_endpoint(target, known, base))
    return found


def _resolve(iri: str, base: str | None) -> str | None:
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", iri):
        return iri
    return urllib.parse.urljoin(base, iri) if base else None


def _endpoint(token: Token | None, prefixes: Mapping[str, str], base: str | None) -> str | None:
    if token is None:
        return None
    if token.kind == "iri":
        return _resolve(token.text[1:-1], base)
    if token.kind == "pname" and "\\" not in token.text:
        prefix, _, local = token.text.partition(":")
        namespace = prefixes.get(prefix)
        return namespace + local if namespace else None
    return None


def check_services(sparql: str, allowed: Collection[str],
                   prefixes: Mapping[str, str] | None = None) -> None:
    """Refuse a query whose ``SERVICE`` calls an endpoint that is not in ``allowed``."""
    for target in service_targets(sparql, prefixes):
        if target is None or target not in allowed:
            shown = target or "an endpoint not written as an IRI"
            allow = (f"the endpoints allowed are {', '.join(sorted(allowed))}" if allowed
                     else "no endpoint is allowed")
            raise QueryRefused(f"query refused: SERVICE calls {shown}, and {allow} "
                               "(name one with --allow-service URL)")


class Deadline:
    """The time a query must be done by; :meth:`check` raises once it has passed, or once the
    caller has stopped waiting."""

    def __init__(self, seconds: float | None, limit: float | None = None) -> None:
        self.seconds = seconds if limit is None else limit  # the limit as the user set it
        self.at = None if seconds is None else time.monotonic() + seconds
        self.abandoned = threading.Event()

    def check(self) -> None:
        if self.abandoned.is_set() or (self.at is not None and time.monotonic() > self.at):
            raise QueryTimeout(self.message())

    def left(self) -> float | None:
        return None if self.at is None else max(0.0, self.at - time.monotonic())

    def message(self) -> str:
        return (f"the query ran over its time limit of {self.seconds:g} s and was stopped "
                "(a shorter or more selective query, or a longer --timeout, may do)")


_stack_lock = threading.Lock()


def _start(run: Callable[[], None]) -> threading.Thread:
    """A daemon thread running ``run``, with the largest stack the system grants of
    :data:`STACK_BYTES` and an eighth of it (an address-space limit may refuse the first)."""
    with _stack_lock:  # the stack size is read when a thread starts, and is process-wide
        for size in (STACK_BYTES, STACK_BYTES // 8, 0):
            previous = threading.stack_size(size)
            try:
                thread = threading.Thread(target=run, name="kg-query", daemon=True)
                thread.start()
                return thread
            except RuntimeError:  # "can't start new thread": try a smaller stack
                if size == 0:
                    raise
            finally:
                threading.stack_size(previous)
    raise AssertionError("unreachable")


def run_guarded(work: Callable[[Deadline], T], timeout: float | None,
                limit: float | None = None) -> T:
    """``work(deadline)`` on a thread with a large stack; its result or its exception.

    Raises :class:`QueryTimeout` when it is not done in ``timeout`` seconds (``None``: no
    limit); the thread is then told to stop (:meth:`Deadline.check`) and left to finish.
    ``limit`` is the time limit messages name, when ``timeout`` is what is left of it.
    """
    deadline = Deadline(timeout, limit)
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = work(deadline)
        except BaseException as exc:  # noqa: BLE001 - a Rust panic is a BaseException
            outcome["error"] = exc

    thread = _start(run)
    thread.join(timeout)
    if thread.is_alive():
        deadline.abandoned.set()
        raise QueryTimeout(deadline.message())
    error = outcome.get("error")
    if error is None:
        return outcome["value"]
    if isinstance(error, Exception):
        raise error
    if isinstance(error, KeyboardInterrupt | SystemExit):
        raise error
    raise StoreError(f"the query engine failed: {error}") from error
