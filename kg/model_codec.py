"""The model's dataclasses as JSON data and back, read off their fields and type hints, so a
field added to :mod:`kg.model` travels without a change here: a set becomes a sorted list, a
date its ISO text, a tuple a list. Used by the shards of unresolved facts
(:mod:`kg.shard_format`) and the store's event ledger (:mod:`kg.graph.event_ledger`)."""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import cache
from typing import Any

__all__ = ["encode", "decode"]


def encode(value: Any, *, keep_defaults: bool = False) -> Any:
    """A model value as JSON data; a field at its default is left out unless ``keep_defaults``."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if not keep_defaults and _is_default(f, item):
                continue
            out[f.name] = encode(item, keep_defaults=keep_defaults)
        return out
    if isinstance(value, (set, frozenset)):
        return sorted(encode(v, keep_defaults=keep_defaults) for v in value)
    if isinstance(value, (list, tuple)):
        return [encode(v, keep_defaults=keep_defaults) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def _is_default(f: dataclasses.Field, item: Any) -> bool:
    if f.default is not dataclasses.MISSING:
        return bool(item == f.default)
    if f.default_factory is not dataclasses.MISSING:
        return bool(item == f.default_factory())
    return False


@cache
def _hints(cls: type) -> dict[str, Any]:
    # the model's annotations are strings (``from __future__ import annotations``); resolved
    # against the module, where ``date`` is the type even in a class with a field so named
    return typing.get_type_hints(cls)


def decode(kind: Any, data: Any, *, ignore_unknown: bool = False) -> Any:
    """The value of type ``kind`` (a dataclass or a type hint) that :func:`encode` gave. A key
    naming no field is an error (TypeError), or skipped with ``ignore_unknown``: data kept
    across versions of the model (the ledger) outlives a field that is gone."""
    if data is None:
        return None

    def inner(k: Any, v: Any) -> Any:
        return decode(k, v, ignore_unknown=ignore_unknown)

    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return inner(options[0], data) if len(options) == 1 else data
    if origin is typing.Literal:
        return data
    if origin in (set, frozenset):
        (item,) = typing.get_args(kind)
        return origin(inner(item, v) for v in data)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [inner(item, v) for v in data]
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(inner(args[0], v) for v in data)
        return tuple(inner(k, v) for k, v in zip(args, data, strict=True))
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        if ignore_unknown:
            data = {name: v for name, v in data.items() if name in hints}
        return kind(**{name: inner(hints[name], v) for name, v in data.items()})
    if kind is date:
        return date.fromisoformat(data)
    return data
