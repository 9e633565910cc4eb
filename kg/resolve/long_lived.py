"""Keeping Python's cyclic garbage collector off the running tables of a long resolution.

A resolution in batches builds tables (known actors, event mentions, their indexes) that grow
with the corpus and live to the end, and each batch makes many short-lived objects that
outlive the young generations (the batch's nodes and facts). CPython 3.11 runs a full
collection whenever the objects promoted to the oldest generation since the last one exceed
a quarter of it: the batches promote enough for a full collection every few batches, and each
one walks the whole table. At 5,000 synthetic reports a third of the CPU went there, a share
that grows with the corpus (quadratic in all).

:class:`LongLived` freezes (``gc.freeze``) what exists after each batch: the collector then
walks only what later batches make. Frozen objects are still freed by reference counting, as
every object a batch drops without a cycle is; cycles among them wait for the next full
collection, run on everything (unfrozen) when the reports done have doubled since the last:
the sum of those walks is at most about twice the last, so linear in the corpus. Nothing
else changes: the collector decides no result.
"""

from __future__ import annotations

import gc
from types import TracebackType

__all__ = ["LongLived"]


class LongLived:
    """``with LongLived() as keep: ... keep.done(reports)`` after each batch (see the module
    docstring); on leaving, every frozen object goes back to the collector."""

    def __init__(self, first: int = 1000) -> None:
        self._next = first  # reports done at the next full collection

    def __enter__(self) -> LongLived:
        return self

    def done(self, reports: int) -> None:
        """``reports`` reports are resolved so far: freeze what lives now, after a full
        collection when they have doubled since the last."""
        if reports >= self._next:
            gc.unfreeze()
            gc.collect()
            self._next = 2 * reports
        gc.freeze()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        gc.unfreeze()
