"""The shared model: plain dataclasses that travel through every step.

A loader makes a :class:`Report`; extraction turns it into :class:`Facts` whose actors carry
report-local ids (``a1``, ``a2``...); resolution rewrites those ids into stable, corpus-wide ids
(``person/ahmad-ishaq-jahangir``); the graph step turns resolved facts into RDF.
Every fact keeps the :class:`Evidence` that states it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Day = date  # the type, under a name no field shadows
ActorType = Literal["Person", "Organization"]
#: Finer organization types, named as the ontology's classes.
ORG_SUBTYPES = (
    "GovernmentAgency",
    "NonGovernmentalOrganization",
    "DiplomaticMission",
    "InternationalOrganization",
    "Legislature",
    "Network",
    "Government",
)
EVENT_TYPES = ("Conference", "Meeting", "Workshop", "Summit", "Signing", "Training", "Launch",
               "Dialogue", "Event")
Role = Literal["organizer", "participant", "speaker"]
CommitmentKind = Literal["pledge", "call"]


@dataclass(frozen=True)
class Report:
    """One news report or press release, as a loader read it.

    ``source`` identifies the report: loading another report with the same source replaces it.
    """

    text: str
    source: str
    title: str = ""
    published: date | None = None
    author: str = ""
    format: str = "text"

    @property
    def id(self) -> str:
        """A stable id derived from the source (a path or URL)."""
        return hashlib.sha1(self.source.encode("utf-8")).hexdigest()[:16]

    @property
    def checksum(self) -> str:
        """Hash of everything the facts depend on, to skip a report loaded unchanged."""
        parts = (self.text, self.title, str(self.published or ""), self.author)
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """The sentence of a report that states a fact, with its character offsets in the text."""

    sentence: str
    start: int
    end: int


@dataclass
class Actor:
    """A named person or organization."""

    id: str
    name: str
    type: ActorType
    subtype: str | None = None
    aliases: set[str] = field(default_factory=set)
    country: str | None = None
    wikidata: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    #: ids of the reports that name this actor (filled by resolution)
    reports: set[str] = field(default_factory=set)

    @property
    def names(self) -> list[str]:
        return [self.name, *sorted(self.aliases - {self.name})]


@dataclass
class Post:
    """A person holds a titled post in an organization."""

    person: str
    title: str
    organization: str | None
    evidence: Evidence | None = None


@dataclass
class Event:
    """A gathering: conference, workshop, meeting, summit, signing, training, launch."""

    id: str
    name: str
    type: str = "Event"
    #: the city or country where it took place
    place: str | None = None
    #: the day it took place (its first day when it lasted several)
    date: date | None = None
    topics: set[str] = field(default_factory=set)
    evidence: Evidence | None = None
    #: other names the reports give it ("SSDO conference", "ACS")
    aliases: set[str] = field(default_factory=set)
    #: first and last day, when a report gives a span ("3-5 July", "from Monday to Wednesday")
    #: (typed ``Day``: inside this class ``date`` is the field above)
    start: Day | None = None
    end: Day | None = None
    #: the hotel, hall or conference centre, when a report names one
    venue: str | None = None
    #: ids of the reports that name this event (filled by resolution)
    reports: set[str] = field(default_factory=set)

    @property
    def names(self) -> list[str]:
        return [self.name, *sorted(self.aliases - {self.name})]


@dataclass
class Participation:
    actor: str
    event: str
    role: Role
    evidence: Evidence | None = None


@dataclass
class Collaboration:
    """Two actors that work together (unordered)."""

    actors: tuple[str, str]
    evidence: Evidence | None = None


@dataclass
class Endorsement:
    """``source`` praises, commends, thanks or lauds ``target``."""

    source: str
    target: str
    evidence: Evidence | None = None


@dataclass
class Commitment:
    """A pledge (what an actor promises) or a call (what an actor asks for)."""

    actor: str
    kind: CommitmentKind
    text: str
    event: str | None = None
    topics: set[str] = field(default_factory=set)
    evidence: Evidence | None = None


@dataclass
class Declaration:
    """A declaration, statement or communique adopted at an event, with its calls."""

    event: str | None
    calls: list[str]
    name: str = ""
    topics: set[str] = field(default_factory=set)
    evidence: Evidence | None = None


@dataclass
class Facts:
    """Everything extracted from one report."""

    report: Report
    actors: list[Actor] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    participations: list[Participation] = field(default_factory=list)
    collaborations: list[Collaboration] = field(default_factory=list)
    endorsements: list[Endorsement] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)
