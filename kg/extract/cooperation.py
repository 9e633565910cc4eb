"""The words of working together and of thanks (``kg/data/lexicons/cooperation.yaml``), read
once, lazily."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg import resources


@dataclass(frozen=True)
class Cooperation:
    idioms: dict[str, frozenset[str]]  # verb lemma -> object nouns: "join forces"
    joined_efforts: frozenset[str]  # "joined the initiative"
    ventures: frozenset[str]  # "the partnership brings together A, B and C"
    gather: frozenset[str]  # "brings together", "includes"
    partners: frozenset[str]  # "its partners include A and B"
    grateful: frozenset[str]  # "grateful to X"
    thanks: frozenset[str]  # "expressed its gratitude to X"
    give_thanks: frozenset[str]  # the verbs that give thanks: "expressed", "extended"
    members: frozenset[str]  # "Participants praised X": the body that met
    units: frozenset[str]  # "the OSCE Secretariat": an office of the body it is named after
    crews: frozenset[str]  # "the two teams": people of the bodies, not the bodies


@cache
def cooperation() -> Cooperation:
    data = resources.read_yaml("lexicons", "cooperation.yaml")
    words = {k: frozenset(str(w).lower() for w in v) for k, v in data.items() if k != "idioms"}
    return Cooperation(
        idioms={k: frozenset(v) for k, v in data["idioms"].items()},
        **words,  # type: ignore[arg-type]
    )
