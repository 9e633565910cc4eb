"""Shared fixtures of the extraction tests: one spaCy model per session, and a helper that
extracts a report written for the test and names its facts by actor name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from spacy.language import Language

from kg.extract import extract, load_nlp
from kg.model import Facts, Report

PUBLISHED = date(2024, 2, 28)  # a Wednesday


@dataclass
class Named:
    """The facts of a report, with actor ids replaced by actor names for readable assertions."""

    facts: Facts

    def name(self, actor_id: str | None) -> str | None:
        actor = self.facts.actor(actor_id) if actor_id else None
        return actor.name if actor else None

    @property
    def actors(self) -> dict[str, str]:
        """Actor name -> type."""
        return {a.name: a.type for a in self.facts.actors}

    def actor(self, name: str):
        return next((a for a in self.facts.actors if a.name == name), None)

    @property
    def posts(self) -> set[tuple[str | None, str, str | None]]:
        return {(self.name(p.person), p.title, self.name(p.organization)) for p in self.facts.posts}

    @property
    def participations(self) -> set[tuple[str | None, str]]:
        return {(self.name(p.actor), p.role) for p in self.facts.participations}

    @property
    def collaborations(self) -> set[frozenset[str | None]]:
        return {frozenset(self.name(a) for a in c.actors) for c in self.facts.collaborations}

    @property
    def endorsements(self) -> set[tuple[str | None, str | None]]:
        return {(self.name(e.source), self.name(e.target)) for e in self.facts.endorsements}

    @property
    def commitments(self) -> list[tuple[str | None, str, str]]:
        return [(self.name(c.actor), c.kind, c.text) for c in self.facts.commitments]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_nlp()


@pytest.fixture(scope="session")
def run(nlp: Language) -> Callable[..., Named]:
    """Extract a report text (published on a Wednesday unless told otherwise)."""

    def _run(text: str, published: date | None = PUBLISHED) -> Named:
        return Named(extract(Report(text=text, source="t1", published=published), nlp))

    return _run
