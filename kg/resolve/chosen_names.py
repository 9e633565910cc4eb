"""Names a curator chose: ``kg name ACTOR "Name"`` keeps the name a researcher wants shown,
whatever the reports call the actor most fully.

A chosen name is a registry entry (see :mod:`kg.resolve.registry`) in a file beside the store
(``STORE.names.yaml``), read with the registry on every ingest: the entry carries every name the
actor goes by, so its cluster matches it, and a matched cluster is shown by the entry's name.
The entry holds the actor's id, which it keeps; ``kg ingest --force`` applies the name to
reports already loaded.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from kg.model import Actor
from kg.resolve.names import name_key
from kg.resolve.registry import Registry
from kg.resources import parse_yaml

__all__ = ["choose_name", "with_chosen"]


def choose_name(path: Path, actor: Actor, name: str) -> None:
    """Record ``name`` as ``actor``'s shown name in the file at ``path`` (created if need be),
    replacing an earlier choice for the same actor."""
    chosen = " ".join(name.split())
    known = {name_key(n) for n in actor.names}
    entries = _read(path)
    kept = [e for e in entries
            if not known & {name_key(n) for n in [e["name"], *e.get("aliases", [])]}]
    entry: dict[str, object] = {"name": chosen, "id": actor.id, "type": actor.type}
    if actor.subtype and actor.type == "Organization":
        entry["subtype"] = actor.subtype
    entry["aliases"] = sorted(set(actor.names) - {chosen})
    if actor.country:
        entry["country"] = actor.country
    Registry.load([])  # the default registry parses: a broken install fails here, not later
    text = yaml.safe_dump([*kept, entry], allow_unicode=True, sort_keys=False)
    path.write_text("# Names chosen with `kg name`; read with the registry on every ingest.\n"
                    + text, encoding="utf-8")
    Registry.load([path])  # what was written is a valid registry file


def _read(path: Path) -> list[dict]:
    if not path.exists():
        return []
    data = parse_yaml(path.read_text(encoding="utf-8")) or []
    return [e for e in data if isinstance(e, dict) and isinstance(e.get("name"), str)]


def with_chosen(registry: Registry, path: Path | None) -> Registry:
    """``registry`` with the chosen names of the file at ``path`` put in place of every entry
    that shares a name with one of them (two entries for one actor would make its name
    ambiguous, and an ambiguous name matches no entry)."""
    if path is None or not path.exists():
        return registry
    chosen = Registry.load([path]).entries[-len(_read(path)):] if _read(path) else []
    taken = {name_key(n) for e in chosen for n in (e.name, *e.aliases)}
    kept = [e for e in registry.entries
            if not taken & {name_key(n) for n in (e.name, *e.aliases)}]
    return Registry([*kept, *chosen])
