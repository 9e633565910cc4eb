"""Each kind of fact, declared once: its RDF class, its fields in order, the predicate of each.

The dataclasses of :mod:`kg.model` say what a fact holds; a :class:`Kind` here says how it is
written, and every writer reads it instead of spelling the kind out again (the followthemoney
way: the domain as data, interpreted by small generic writers):

- the RDF writer (:func:`kg.graph.rdf.facts_to_quads`) gives each fact a node, typed with the
  kind's class, and one triple per value of each field that has a predicate;
- the facts JSON (:func:`kg.export.facts_json.facts_document`) lists each fact as an object
  with one key per field, in the order declared here;
- the rewrite after resolution (:func:`kg.resolve.rewrite.rewrite_facts`) maps the fields that
  name actors and drops facts that merging made equal (the fields of their identity);
- the counts (:func:`counted`, ``kg stats``) count the classes each kind is typed with.

Adding a field to a kind is a field of its dataclass, one :class:`Field` line here, and its
term in the ontology, ``kg/vocab.py`` and the shapes: see docs/fact-kinds.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from rdflib.namespace import OWL, RDFS, SKOS

from kg.model import (
    EVENT_TYPES,
    Actor,
    Collaboration,
    Commitment,
    Declaration,
    Endorsement,
    Event,
    Participation,
    Post,
    Report,
)
from kg.vocab import AKG

__all__ = ["Field", "Shortcut", "Kind", "KINDS", "Kinds", "counted", "fact_kinds", "identity"]

#: What a field holds, which says how each writer renders it:
#:
#: ``id``       the node's own id: the node is ``id:<kind>/<value>`` (JSON: the value)
#: ``text``     a string: one literal, none when empty (JSON: the value)
#: ``texts``    strings: one literal each (JSON: a list; a set sorted, a list in its order)
#: ``date``     a day: an ``xsd:date`` literal (JSON: ISO 8601)
#: ``actor``    an actor's id: ``id:actor/<id>`` (JSON: the id)
#: ``actors``   several actors' ids, in no order (JSON: a list as given)
#: ``event``    an event's id: ``id:event/<id>``
#: ``place``    a place's label: ``id:place/<slug>``, an ``akg:Place`` with that label
#: ``topics``   topic slugs: ``id:topic/<slug>``, a ``skos:Concept`` of ``akg:topics``
#: ``term``     the name of an ontology individual: ``akg:<value>`` (a role)
#: ``class``    the name of a class the node is typed with (see :attr:`Field.classes`)
#: ``wikidata`` a Wikidata item, ``Q42`` or its IRI: ``owl:sameAs`` that IRI
#: ``evidence`` the sentence stating the fact: ``prov:wasDerivedFrom`` the report and
#:              ``akg:evidence`` an ``akg:Evidence`` node (JSON: sentence, start, end)
#: ``reports``  ids of the reports that name the node (JSON only: the graphs say it in RDF)
Value = Literal["id", "text", "texts", "date", "actor", "actors", "event", "place", "topics",
                "term", "class", "wikidata", "evidence", "reports"]

#: Values that name an actor or an event, which resolution rewrites.
REFERENCES: Mapping[str, tuple[Value, ...]] = {"actor": ("actor", "actors"), "event": ("event",)}


@dataclass(frozen=True)
class Field:
    """One field of a kind's dataclass (``name``), as the writers render it."""

    name: str
    value: Value
    #: the predicate of its triples; None: not written to RDF
    predicate: str | None = None
    #: part of the fact's identity: its IRI hashes these fields, and two facts of one report
    #: equal on them after resolution are one (text compared without case)
    identity: bool = False
    #: listed in the facts JSON
    json: bool = True
    #: values equal to this other field's are left out (aliases besides the name)
    besides: str | None = None
    #: not written to RDF when equal to this other field (the last day of a one-day event)
    unless_same_as: str | None = None
    #: ``class`` fields: the class each value names; any other value names ``other``; without
    #: a table, the value itself names the class when the ontology has such a term
    classes: Mapping[str, str] | None = None
    other: str | None = None
    #: ``texts`` fields: a value written in capitals (FIA, U.S.) is also stated with this
    acronym: str | None = None
    #: ``actors`` fields: in no order, so (a, b) and (b, a) are one fact
    unordered: bool = False


@dataclass(frozen=True)
class Shortcut:
    """A direct triple beside the fact node, between the actors and events it names:
    ``<subject> predicate <object>`` for each value of the two fields; when both are one field
    (the collaborators), from each value to each other. ``by`` names a field whose value picks
    the predicate from ``predicates`` (a participation's role)."""

    subject: str
    object: str
    predicate: str | None = None
    by: str | None = None
    predicates: Mapping[str, str] | None = None

    def predicate_for(self, value: Any) -> str:
        if self.by is None:
            assert self.predicate is not None, "a shortcut names its predicate or its table"
            return self.predicate
        assert self.predicates is not None
        return self.predicates[str(value)]


@dataclass(frozen=True)
class Kind:
    """A kind of fact: its dataclass, its class, its fields in order (the JSON's order)."""

    #: singular name: the IRI path (``id:post/...``) and the fact hash's kind
    name: str
    #: the list of :class:`kg.model.Facts` and the key of the facts JSON that hold this kind
    plural: str
    model: type
    #: the ontology class of its nodes; a ``class`` field with a table of classes names a
    #: subclass instead (akg:Conference for an event, akg:Pledge for a commitment)
    rdf_class: str
    fields: tuple[Field, ...]
    shortcuts: tuple[Shortcut, ...] = ()
    #: the fields whose values are the node's names: a lookup key (``akg:nameKey``) for each
    name_keys: tuple[str, ...] = ()
    #: after resolution, a fact that would join an actor to itself is dropped
    irreflexive: bool = False
    #: dataclass fields that no writer renders (the report's text, an actor's evidence)
    unwritten: tuple[str, ...] = ()
    #: further counts of ``kg stats`` (name -> the classes they count)
    counts: Mapping[str, tuple[str, ...]] | None = None

    @cached_property
    def id_field(self) -> Field | None:
        """The field whose value names the node (actors, events, reports); facts have none
        and are named by a hash of their identity."""
        return next((f for f in self.fields if f.value == "id"), None)

    @cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}

    def field(self, name: str) -> Field:
        return self.by_name[name]

    @cached_property
    def identity(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.identity)

    def references(self, target: Literal["actor", "event"]) -> tuple[Field, ...]:
        """The fields that name actors (or events)."""
        return tuple(f for f in self.fields if f.value in REFERENCES[target])

    @cached_property
    def class_field(self) -> Field | None:
        """The field whose value names the node's class, in place of :attr:`rdf_class`
        (an event's type, a commitment's kind)."""
        return next((f for f in self.fields if f.value == "class" and f.classes is not None),
                    None)

    @property
    def classes(self) -> tuple[str, ...]:
        """Every class a node of this kind may be typed with (what ``kg stats`` counts)."""
        f = self.class_field
        if f is None or f.classes is None:
            return (self.rdf_class,)
        return tuple(dict.fromkeys([*f.classes.values(), *([f.other] if f.other else [])]))


Kinds = Mapping[str, Kind]

_ROLES = {"organizer": AKG.organizerOf, "participant": AKG.participantIn,
          "speaker": AKG.participantIn}

REPORT = Kind(
    "report", "reports", Report, "Report",
    (
        Field("id", "id"),
        Field("source", "text", AKG.sourceLocation),
        Field("title", "text", AKG.headline),
        Field("published", "date", AKG.published),
        Field("author", "text", AKG.byline),
        Field("checksum", "text", AKG.checksum, json=False),
    ),
    unwritten=("text", "format"),
)

ACTOR = Kind(
    "actor", "actors", Actor, "Agent",
    (
        Field("id", "id"),
        Field("name", "text", RDFS.label),
        Field("type", "class", classes={"Person": "Person", "Organization": "Organization"},
              other="Organization"),
        Field("subtype", "class"),
        Field("aliases", "texts", SKOS.altLabel, besides="name", acronym=AKG.acronym),
        Field("country", "text", AKG.country),
        Field("wikidata", "wikidata", OWL.sameAs),
        Field("reports", "reports"),
    ),
    name_keys=("name", "aliases"),
    unwritten=("evidence",),
    counts={"persons": ("Person",), "organizations": ("Organization",)},
)

POST = Kind(
    "post", "posts", Post, "Membership",
    (
        Field("person", "actor", AKG.person, identity=True),
        Field("title", "text", AKG.title, identity=True),
        Field("organization", "actor", AKG.organization, identity=True),
        Field("evidence", "evidence"),
    ),
    shortcuts=(Shortcut("person", "organization", AKG.memberOf),),
)

EVENT = Kind(
    "event", "events", Event, "Event",
    (
        Field("id", "id"),
        Field("name", "text", AKG.name),
        Field("type", "class", classes={t: t for t in EVENT_TYPES}, other="Event"),
        Field("aliases", "texts", AKG.alternateName, besides="name"),
        Field("place", "place", AKG.place),
        Field("venue", "place", AKG.venue),
        Field("date", "date", AKG.date),
        Field("start", "date"),
        Field("end", "date", AKG.endDate, unless_same_as="date"),
        Field("topics", "topics", AKG.topic),
        Field("reports", "reports"),
        Field("evidence", "evidence"),
    ),
    name_keys=("name", "aliases"),
)

PARTICIPATION = Kind(
    "participation", "participations", Participation, "Participation",
    (
        Field("actor", "actor", AKG.agent, identity=True),
        Field("event", "event", AKG.event, identity=True),
        Field("role", "term", AKG.role, identity=True),
        Field("evidence", "evidence", json=False),
    ),
    shortcuts=(Shortcut("actor", "event", by="role", predicates=_ROLES),),
)

COLLABORATION = Kind(
    "collaboration", "collaborations", Collaboration, "Collaboration",
    (
        Field("actors", "actors", AKG.collaborator, identity=True, unordered=True),
        Field("evidence", "evidence"),
    ),
    shortcuts=(Shortcut("actors", "actors", AKG.collaboratesWith),),
    irreflexive=True,
)

ENDORSEMENT = Kind(
    "endorsement", "endorsements", Endorsement, "Endorsement",
    (
        Field("source", "actor", AKG.source, identity=True),
        Field("target", "actor", AKG.target, identity=True),
        Field("evidence", "evidence"),
    ),
    shortcuts=(Shortcut("source", "target", AKG.endorses),),
    irreflexive=True,
)

COMMITMENT = Kind(
    "commitment", "commitments", Commitment, "Commitment",
    (
        Field("actor", "actor", AKG.committedBy, identity=True),
        Field("kind", "class", identity=True, classes={"pledge": "Pledge", "call": "Call"},
              other="Call"),
        Field("text", "text", AKG.text, identity=True),
        Field("event", "event", AKG.madeAt, identity=True),
        Field("topics", "topics", AKG.topic),
        Field("evidence", "evidence"),
    ),
)

DECLARATION = Kind(
    "declaration", "declarations", Declaration, "Declaration",
    (
        Field("event", "event", AKG.adoptedAt, identity=True),
        Field("name", "text", AKG.name, identity=True),
        Field("calls", "texts", AKG.call, identity=True),
        Field("topics", "topics", AKG.topic),
        Field("evidence", "evidence"),
    ),
)

#: Every kind, by name, in the order of the facts JSON and of ``kg stats``.
KINDS: Kinds = {k.name: k for k in (REPORT, ACTOR, POST, EVENT, PARTICIPATION, COLLABORATION,
                                    ENDORSEMENT, COMMITMENT, DECLARATION)}


def identity(kind: Kind, item: object, *, fold: bool = False) -> tuple[object, ...]:
    """The values that make a fact what it is, its identity fields in order: a collection's
    items (sorted when a set or in no order); with ``fold``, text without case. A fact's IRI
    hashes them; two facts of a report with equal folded identities are one.

    >>> identity(POST, Post("p1", "Director General", "o1"), fold=True)
    ('p1', 'director general', 'o1')
    """
    out: list[object] = []
    for f in kind.identity:
        value = getattr(item, f.name)
        if isinstance(value, (set, frozenset, list, tuple)):
            items = sorted(value) if f.unordered or isinstance(value, (set, frozenset)) else value
        else:
            items = [value]
        if fold and f.value in ("text", "texts"):
            items = [v.casefold() if isinstance(v, str) else v for v in items]
        out.extend(items)
    return tuple(out)


def fact_kinds(kinds: Kinds = KINDS) -> tuple[Kind, ...]:
    """The kinds a :class:`kg.model.Facts` lists beside its report: all but the report."""
    return tuple(k for k in kinds.values() if k.model is not Report)


def counted(kinds: Kinds = KINDS) -> dict[str, tuple[str, ...]]:
    """What ``kg stats`` counts: a name -> the classes whose distinct instances it counts.

    >>> counted()["commitments"], counted()["persons"]
    (('Pledge', 'Call'), ('Person',))
    """
    out: dict[str, tuple[str, ...]] = {}
    for kind in kinds.values():
        out[kind.plural] = kind.classes
        out.update(kind.counts or {})
    return out
