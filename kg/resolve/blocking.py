"""Blocking that keeps resolution about linear in the corpus: caps and finer keys.

Resolution compares only what shares a blocking key, so its cost is the sum over keys of the
block sizes each new item meets. A key a growing share of the corpus shares (an event word
such as "trafficking", a surname such as "Khan") makes that sum grow with the corpus, and the
whole resolution with its square. Two remedies, each keeping what can merge:

- *finer keys* for events: a pair of mentions merges only if their days agree
  (:meth:`kg.resolve.event_mentions.Days.agrees`: at most six days apart), so a key refined by
  the month of the days (:func:`time_buckets`) loses no pair of dated mentions, and a
  common word's block becomes one per month;
- *crowded* person keys for actors: a key more than :data:`CROWDED` distinct full names
  share is too common to tell persons apart by. A bare surname of a crowded surname ("Khan")
  joins none of them: it stays apart, as a bare surname two fitting full names share always
  has; a crowded block of surname and first initial is split by the first given name's
  skeleton (:func:`fine_block`), which loses only an initial's link ("A. Khan", ambiguous
  among a crowd of A. Khans anyway).

Whether a key is crowded is decided on the distinct full names of every known actor and every
node of the batch (:func:`crowded_keys`), the same however the known actors are looked up, so
an ingest in batches resolves as one resolution of the batch against all known actors does.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from functools import lru_cache

from kg.resolve.persons import PersonName, skeleton

__all__ = ["CROWDED", "BUCKET_SLACK", "MAX_BUCKETS", "PLAIN_BLOCK", "block_limit",
           "time_buckets", "timed_keys", "person_signals", "word_skeleton", "surname_key", "block",
           "fine_block", "crowded_keys",
           "form_index"]

#: more distinct full names than this under one surname, or one surname and first initial,
#: crowd the key. Each full name of a batch meets every known name of its block until the
#: block is crowded, so this is the most a batch's person pays per name: at 60 the blocks of
#: a dense corpus kept filling up to it (at 9,000 of 100,000 synthetic reports a batch of 32
#: met 740 known actors through its blocks, 75 at 1,000). What a crowded key loses is a link
#: that is ambiguous in a crowd anyway: a bare surname fits every full name of its surname
#: and an initial every given name of its letter, and with two fitting names neither merges
CROWDED = 20
#: days added on each side of a mention's days before its months are taken: the most that
#: two mentions whose days agree can be apart
BUCKET_SLACK = 6
#: days spanning more months than this get no finer keys (they would be in every block)
MAX_BUCKETS = 13
#: an event key without its month (a word, a pair of words, an acronym, an organizer) shared
#: by more mentions than this is too common to compare through; its blocks of one month are
#: compared instead (up to ``event_clusters.MAX_BLOCK``)
PLAIN_BLOCK = 50
_TIMED = re.compile(r"@\d{4}-\d\d$")


def block_limit(key: str, limit: int) -> int:
    """The most mentions an event block may hold to be compared: ``limit`` for a block of
    one month (or a weak key), :data:`PLAIN_BLOCK` for a key without its month."""
    return limit if key.startswith("x:") or _TIMED.search(key) else min(limit, PLAIN_BLOCK)


def time_buckets(lo: date, hi: date) -> list[str]:
    """The months ("2024-03") of the days from ``lo`` to ``hi``, widened by
    :data:`BUCKET_SLACK`: two ranges whose days agree share one of them."""
    start, end = lo - timedelta(days=BUCKET_SLACK), hi + timedelta(days=BUCKET_SLACK)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months > MAX_BUCKETS:
        return []
    out = []
    year, month = start.year, start.month
    for _ in range(months):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def timed_keys(keys: Iterable[str], lo: date | None, hi: date | None) -> set[str]:
    """Each key refined by each month of the days (none for a mention without days)."""
    if lo is None or hi is None:
        return set()
    buckets = time_buckets(lo, hi)
    return {f"{key}@{b}" for key in keys for b in buckets}


@lru_cache(maxsize=1 << 16)
def word_skeleton(word: str) -> str:
    """:func:`kg.resolve.persons.skeleton`, remembered per word."""
    return skeleton(word)


def surname_key(person: PersonName) -> str:
    """``person.surname_key``, remembered per surname: the skeleton's regular expressions
    ran for every person form of every batch and of every known actor a batch meets."""
    return word_skeleton(person.surname)


def block(person: PersonName) -> str:
    """``person.block`` (surname skeleton and first initial), through :func:`surname_key`."""
    return f"{word_skeleton(person.surname)}/{person.given[0][:1] if person.given else ''}"


def fine_block(person: PersonName) -> str:
    """A finer block than surname and first initial: surname and first given name's skeleton
    (an initial stays an initial)."""
    first = person.given[0] if person.given else ""
    return f"{word_skeleton(person.surname)}/{word_skeleton(first) if len(first) > 1 else first}"


def person_signals(persons: Mapping[str, PersonName]) -> Iterator[tuple[str, str]]:
    """(key, form) for each full name among ``persons`` (name key -> parsed name): its
    surname ``S:`` and its block ``P:`` (as :func:`kg.resolve.known.signals` names them)."""
    for form, person in persons.items():
        if person.given:
            yield f"S:{surname_key(person)}", form
            yield f"P:{block(person)}", form


def crowded_keys(
    batch: Iterable[Mapping[str, PersonName]], known: Callable[[str], AbstractSet[str]]
) -> set[str]:
    """The ``S:``/``P:`` keys of the batch's persons (a bare surname's ``S:`` too) that more
    than :data:`CROWDED` distinct full names share, among the batch's and those of the known
    actors, which ``known`` gives (from a table's index, or from the known nodes)."""
    forms: dict[str, set[str]] = defaultdict(set)
    for persons in batch:
        for key, form in person_signals(persons):
            forms[key].add(form)
        for person in persons.values():
            if person.surname:
                forms[f"S:{surname_key(person)}"]
    out = set()
    for key, mine in forms.items():
        theirs = known(key)
        if len(theirs) > CROWDED or len(mine | theirs) > CROWDED:
            out.add(key)
    return out


def form_index(nodes: Iterable[Mapping[str, PersonName]]) -> dict[str, set[str]]:
    """``S:``/``P:`` key -> the distinct full names (name keys) of ``nodes`` under it."""
    out: dict[str, set[str]] = defaultdict(set)
    for persons in nodes:
        for key, form in person_signals(persons):
            out[key].add(form)
    return out
