"""Who may open an on-disk store at once: many readers, or one writer.

RocksDB lets one process open a store for writing and any number open it read-only, but a
read-only opening while another process writes is undefined behaviour in pyoxigraph (the
writer may delete files the reader has not read yet). So beside RocksDB's own lock, kg keeps
``kg.lock`` in the store's folder: readers hold it shared, a writer exclusively, and whoever
cannot take it is told why, at once, rather than waiting or reading a store changing under it.
On a read-only folder no writer can exist, and readers go without the lock.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: RocksDB's own lock is all there is
    fcntl = None  # type: ignore[assignment]

LOCK_NAME = "kg.lock"


class StoreLock:
    """A held ``kg.lock`` (or nothing, where it cannot be taken); :meth:`release` frees it."""

    def __init__(self, handle: IO[bytes] | None) -> None:
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases its flock
            self._handle = None


def take(folder: Path, write: bool) -> StoreLock:
    """The store's lock, shared for reading or exclusive for writing.

    Raises :class:`BlockingIOError` with the reason when another process holds it against us.
    """
    if fcntl is None:
        return StoreLock(None)
    path = folder / LOCK_NAME
    try:
        handle = open(path, "ab" if write or os.access(folder, os.W_OK) else "rb")  # noqa: SIM115
    except OSError:
        if write:
            raise
        return StoreLock(None)  # read-only media: no writer can be there either
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if write else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        reason = _holder(handle) if write else "written by another process"
        handle.close()
        raise BlockingIOError(reason) from None
    return StoreLock(handle)


def _holder(handle: IO[bytes]) -> str:
    """Why an exclusive lock failed: readers only (a shared lock is free), or a writer."""
    try:
        fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return "written by another process"
    fcntl.flock(handle, fcntl.LOCK_UN)
    return "read by another process"
