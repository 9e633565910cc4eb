"""Spans of a report (mentions, titles) kept in text order and searched by position."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import Generic, Protocol, TypeVar


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Span)


class Sorted(Generic[S]):
    """Mentions (or titles) in text order (they do not overlap, so their ends are in order
    too), searched by position with a binary search: a report naming thousands of people
    stays linear."""

    def __init__(self, mentions: Sequence[S]) -> None:
        self.items = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]
        self.ends = [m.end for m in self.items]
        self.by_start = {m.start: m for m in self.items}

    def __iter__(self) -> Iterator[S]:
        return iter(self.items)

    def first_from(self, pos: int) -> S | None:
        k = bisect_left(self.starts, pos)
        return self.items[k] if k < len(self.items) else None

    def last_until(self, pos: int) -> S | None:
        k = bisect_right(self.ends, pos)
        return self.items[k - 1] if k else None

    def within(self, start: int, end: int) -> list[S]:
        k = bisect_left(self.starts, start)
        out = []
        while k < len(self.items) and self.items[k].end <= end:
            out.append(self.items[k])
            k += 1
        return out

    def at(self, pos: int) -> S | None:
        return self.by_start.get(pos)
