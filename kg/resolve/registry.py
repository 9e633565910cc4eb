"""The registry of known actors: curated names, types, countries and Wikidata ids.

A registry file is a YAML list of entries::

    - name: Federal Investigation Agency
      type: Organization
      subtype: GovernmentAgency
      acronyms: [FIA]
      aliases: [Pakistan's Federal Investigation Agency]
      country: Pakistan
      wikidata: Q5440437

The default registry (``kg/data/registry.yaml``) is always loaded first; user files follow and
replace an entry of the same (normalized) name. An entry matches an actor by any name or alias
(normalized, see :mod:`kg.resolve.names`), or by an acronym, but an acronym only when the
actor's country agrees with the entry's or is unknown: "FIA" in a Pakistani report is the
Federal Investigation Agency, elsewhere it may be something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg import resources
from kg.errors import KgError
from kg.model import ORG_SUBTYPES
from kg.names import acronym_key, name_key

__all__ = ["RegistryEntry", "Registry"]

#: how many (names, type, country) the registry remembers the match of before it starts over
MATCHES_KEPT = 1 << 16
_UNSEEN = object()

_FIELDS = {"name", "type", "subtype", "aliases", "acronyms", "country", "wikidata", "id"}


@dataclass(frozen=True)
class RegistryEntry:
    """One curated actor."""

    name: str
    type: str
    subtype: str | None = None
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    country: str | None = None
    wikidata: str | None = None
    #: the id its actor keeps (an actor renamed with `kg name` keeps the id it had)
    id: str | None = None

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases, *self.acronyms)


@dataclass
class Registry:
    """Curated entries, indexed by normalized name and by acronym."""

    entries: list[RegistryEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_name: dict[str, list[RegistryEntry]] = {}
        self._by_acronym: dict[str, list[RegistryEntry]] = {}
        self._matches: dict[tuple[tuple[str, ...], str, str | None], object] = {}
        for entry in self.entries:
            for name in (entry.name, *entry.aliases):
                self._by_name.setdefault(name_key(name), []).append(entry)
            for acronym in entry.acronyms:
                self._by_acronym.setdefault(acronym_key(acronym), []).append(entry)

    @classmethod
    def load(cls, paths: Sequence[Path] = ()) -> Registry:
        """The default registry plus the files in ``paths``; a later entry replaces an earlier
        one with the same normalized name. A malformed file raises :class:`KgError`."""
        default = resources.read_text("registry.yaml")
        entries = {e.key: e for e in _parse(default, "registry.yaml")}
        for path in paths:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as exc:
                raise KgError(f"{path}: cannot read the registry file: {exc}") from exc
            entries.update((e.key, e) for e in _parse(text, str(path)))
        return cls(list(entries.values()))

    def __len__(self) -> int:
        return len(self.entries)

    def match(self, names: Iterable[str], type: str, country: str | None) -> RegistryEntry | None:
        """The one entry matching an actor with these names, type and country; None when no
        entry or more than one matches (an ambiguous name is left to the other evidence).
        Names are tried before acronyms, and an entry of the actor's country before entries
        with no country.

        Remembered per names, type and country (a known actor is matched again in every
        batch that meets it), up to :data:`MATCHES_KEPT` of them."""
        key = (tuple(names), type, country)
        found = self._matches.get(key, _UNSEEN)
        if found is _UNSEEN:
            if len(self._matches) >= MATCHES_KEPT:
                self._matches.clear()
            found = self._matches[key] = self._match(key[0], type, country)
        return found  # type: ignore[return-value]

    def _match(
        self, names: Iterable[str], type: str, country: str | None
    ) -> RegistryEntry | None:
        by_name: set[RegistryEntry] = set()
        by_acronym: set[RegistryEntry] = set()
        for name in names:
            by_name.update(self._by_name.get(name_key(name), ()))
            by_acronym.update(self._by_acronym.get(acronym_key(name), ()))
        for found in (by_name, by_acronym):
            fits = [e for e in found if e.type == type and _country_fits(e.country, country)]
            if len(fits) > 1 and country:
                # an entry of the actor's own country beats entries of no country
                fits = [e for e in fits if e.country] or fits
            if len(fits) == 1:
                return fits[0]
            if len(fits) > 1:
                return None
        return None


def _country_fits(entry_country: str | None, country: str | None) -> bool:
    return entry_country is None or country is None or name_key(entry_country) == name_key(country)


def _parse(text: str, source: str) -> list[RegistryEntry]:
    """Entries of one YAML file, validated; errors name the file and the entry."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise KgError(f"{source}: not valid YAML: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise KgError(f"{source}: a registry is a list of entries, got {type(data).__name__}")
    return [_entry(item, source, i) for i, item in enumerate(data, start=1)]


def _entry(item: Any, source: str, index: int) -> RegistryEntry:
    where = f"{source}: entry {index}"
    if not isinstance(item, dict):
        raise KgError(f"{where}: an entry is a mapping with at least 'name' and 'type'")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KgError(f"{where}: 'name' is missing or not a string")
    where = f"{where} ({name})"
    unknown = set(item) - _FIELDS
    if unknown:
        raise KgError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    kind = item.get("type")
    if kind not in ("Person", "Organization"):
        raise KgError(f"{where}: 'type' must be Person or Organization, got {kind!r}")
    subtype = item.get("subtype")
    if subtype is not None and (kind != "Organization" or subtype not in ORG_SUBTYPES):
        raise KgError(f"{where}: 'subtype' {subtype!r} is not one of {', '.join(ORG_SUBTYPES)}")
    wikidata = item.get("wikidata")
    if wikidata is not None and not (isinstance(wikidata, str) and re.fullmatch(r"Q\d+", wikidata)):
        raise KgError(f"{where}: 'wikidata' must be a Q-id such as Q1065, got {wikidata!r}")
    country = item.get("country")
    if country is not None and not isinstance(country, str):
        raise KgError(f"{where}: 'country' must be a string")
    ident = item.get("id")
    if ident is not None and not (isinstance(ident, str) and re.fullmatch(r"[a-z0-9][a-z0-9-]*",
                                                                           ident)):
        raise KgError(f"{where}: 'id' must be a slug such as federal-investigation-agency")
    return RegistryEntry(
        name=name.strip(),
        type=kind,
        subtype=subtype,
        aliases=_strings(item, "aliases", where),
        acronyms=_strings(item, "acronyms", where),
        country=country,
        wikidata=wikidata,
        id=ident,
    )


def _strings(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KgError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)
