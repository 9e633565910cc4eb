"""Facts built by hand for the resolution tests (no spaCy)."""

from __future__ import annotations

from kg.model import Actor, Evidence, Facts, Report
from kg.resolve import Registry, Resolution


def person(name: str, *aliases: str, country: str | None = None) -> dict:
    return {"name": name, "type": "Person", "aliases": aliases, "country": country}


def org(name: str, *aliases: str, country: str | None = None, subtype: str | None = None) -> dict:
    return {"name": name, "type": "Organization", "aliases": aliases, "country": country,
            "subtype": subtype}


def build(source: str, *actors: dict, **relations: list) -> Facts:
    """A report named ``source`` whose actors get ids a1, a2... in the order given."""
    made = [
        Actor(
            id=f"a{i}",
            name=spec["name"],
            type=spec["type"],
            aliases=set(spec["aliases"]),
            country=spec.get("country"),
            subtype=spec.get("subtype"),
            evidence=[Evidence(f"{spec['name']} in {source}.", 0, 10)],
        )
        for i, spec in enumerate(actors, start=1)
    ]
    return Facts(report=Report(text=f"text of {source}", source=source), actors=made, **relations)


NO_REGISTRY = Registry([])


def by_name(resolution: Resolution, name: str) -> Actor:
    """The merged actor whose canonical name or alias is ``name``."""
    found = [a for a in resolution.actors.values() if name == a.name or name in a.aliases]
    assert len(found) == 1, f"{name!r} is in {len(found)} actors: {found}"
    return found[0]
