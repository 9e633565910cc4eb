"""The file format of an extraction shard: the UNRESOLVED facts of its reports, losslessly.

A shard is what a worker hands on to the resolution over all shards
(:func:`kg.shards.resolve_shards`), so it must give back exactly the :class:`~kg.model.Facts`
extraction made (report-local actor and event ids, every evidence span, the report's text,
whose checksum the store keeps). The GUIDE's facts JSON is a view of resolved facts and drops
some of that, so a shard holds its own form: gzip-compressed JSON Lines, a header line, then
one line per report in input order::

    {"kg-shard": 1, "reports": 2, "failed": [["path", "reason"], ...]}
    {"report": {"text": ..., "source": ...}, "actors": [...], ...}

The encoding is :mod:`kg.model_codec`'s, read off the dataclasses themselves; a field at its
default is left out (most are: empty lists, ``None``).
A shard is written to a temporary name and renamed when complete, so a worker killed while
writing never leaves a truncated shard under the final name.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import LoadError
from kg.model import Facts
from kg.model_codec import decode, encode

__all__ = ["SUFFIX", "FORMAT", "write_shard", "read_shard", "shard_header"]

#: the file name ending of a shard of unresolved facts
SUFFIX = ".facts.jsonl.gz"
#: the version of the format, in each header
FORMAT = 1


def shard_header(path: str | Path) -> dict[str, Any]:
    """The header of a shard (its format, report count and the failures its worker met)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            return _header(stream.readline(), path)
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise LoadError(str(path), f"cannot read the shard: {exc}") from exc


def _header(line: str, path: str | Path) -> dict[str, Any]:
    try:
        header = json.loads(line)
    except json.JSONDecodeError:
        header = None
    if not isinstance(header, dict) or header.get("kg-shard") != FORMAT:
        raise LoadError(str(path), f"not a shard of kg extract (format {FORMAT})")
    return header


def write_shard(path: str | Path, facts: Iterable[Facts],
                failed: Iterable[LoadError] = ()) -> int:
    """Write the facts of a shard (in their order) and the load errors met reading its
    reports; returns the number of reports. The file appears whole or not at all."""
    where = Path(path)
    batch = list(facts)
    header = {"kg-shard": FORMAT, "reports": len(batch),
              "failed": [[e.path, e.reason] for e in failed]}
    partial = where.with_name(f".{where.name}.{os.getpid()}.part")
    # compresslevel 1: a shard is written once and read once, and level 9 costs a worker
    # about as much time as parsing; the text of reports still shrinks about fourfold
    with gzip.open(partial, "wt", encoding="utf-8", compresslevel=1) as stream:
        stream.write(json.dumps(header, ensure_ascii=False) + "\n")
        for item in batch:
            stream.write(json.dumps(encode(item), ensure_ascii=False,
                                    separators=(",", ":")) + "\n")
    os.replace(partial, where)
    return len(batch)


def read_shard(path: str | Path) -> Iterator[Facts]:
    """The facts of a shard, in the order written, read lazily."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            _header(stream.readline(), path)
            for number, line in enumerate(stream, start=2):
                try:
                    yield decode(Facts, json.loads(line))
                except (json.JSONDecodeError, TypeError, ValueError, KeyError) as exc:
                    raise LoadError(str(path), f"line {number}: not the facts of a report "
                                               f"({exc})") from exc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise LoadError(str(path), f"cannot read the shard: {exc}") from exc
