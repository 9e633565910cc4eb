"""Facts of one report -> RDF quads in the report's named graph (see docs/rdf-mapping.md).

Every quad goes into ``id:report/<Report.id>``, so replacing or removing a report is replacing or
removing one graph. Fact IRIs hash the report id with the fact's content, so converting the same
facts twice gives the same quads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from pyoxigraph import Literal, NamedNode, Quad

from kg.graph.entail import entailed
from kg.graph.terms import (
    OWL_SAME_AS,
    PROV_DERIVED,
    RDF_TYPE,
    RDFS_LABEL,
    SKOS_ALT,
    SKOS_CONCEPT,
    SKOS_IN_SCHEME,
    SKOS_PREF,
    WIKIDATA_NS,
    akg,
    date_literal,
    fact_hash,
    name_lookup_key,
    resource,
    slug,
)
from kg.model import EVENT_TYPES, ORG_SUBTYPES, Actor, Evidence, Facts, Report

# An alias written in capitals (FIA, UNODC, U.S.) is also recorded as an acronym.
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Z0-9&.\-]{1,11}$")
_ROLE_SHORTCUT = {"organizer": "organizerOf", "participant": "participantIn",
                  "speaker": "participantIn"}


def report_iri(report: Report) -> NamedNode:
    """The report's IRI, also the name of the graph that holds its facts."""
    return resource("report", report.id)


def actor_iri(actor_id: str) -> NamedNode:
    """``id:actor/<actor_id>``, percent-encoding what is not IRI-safe."""
    return resource("actor", actor_id)


def event_iri(event_id: str) -> NamedNode:
    return resource("event", event_id)


class _Quads:
    """Collects quads into one graph, once each, in insertion order."""

    def __init__(self, graph: NamedNode) -> None:
        self.graph = graph
        self.quads: dict[Quad, None] = {}

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        self.quads[Quad(s, p, o, self.graph)] = None

    def text(self, s: NamedNode, p: NamedNode, value: str | None) -> None:
        if value:
            self.add(s, p, Literal(value))


def facts_to_quads(
    facts: Facts, topics: Mapping[str, str] | None = None, *, aligned: bool = True
) -> list[Quad]:
    """All quads for one report's facts, in the report's named graph.

    ``topics`` maps topic slugs to their labels (``skos:prefLabel``); a topic missing from it
    is labelled from its own text. ``aligned`` adds the standard vocabularies' terms that the
    ontology's alignment entails (``foaf:Person``, ``org:memberOf``...: see ``entail.py``).
    """
    report = facts.report
    rep = report_iri(report)
    out = _Quads(rep)
    _report(out, report, rep, facts.actors)
    for actor in facts.actors:
        _actor(out, actor)

    def provenance(node: NamedNode, evidence: Evidence | None) -> None:
        out.add(node, PROV_DERIVED, rep)
        if evidence is not None:
            ev = resource("evidence", fact_hash(report.id, "evidence", evidence.start,
                                                evidence.end, evidence.sentence))
            out.add(node, akg("evidence"), ev)
            out.add(ev, RDF_TYPE, akg("Evidence"))
            out.text(ev, akg("sentence"), evidence.sentence)
            out.add(ev, akg("startOffset"), Literal(evidence.start))
            out.add(ev, akg("endOffset"), Literal(evidence.end))
            out.add(ev, akg("inReport"), rep)

    def topic_links(node: NamedNode, values: Iterable[str]) -> None:
        for value in sorted(values):
            out.add(node, akg("topic"), _topic(out, value, topics or {}))

    for post in facts.posts:
        node = resource("post", fact_hash(report.id, "post", post.person, post.title,
                                          post.organization))
        person = actor_iri(post.person)
        out.add(node, RDF_TYPE, akg("Membership"))
        out.add(node, akg("person"), person)
        out.text(node, akg("title"), post.title)
        if post.organization:
            org = actor_iri(post.organization)
            out.add(node, akg("organization"), org)
            out.add(person, akg("memberOf"), org)
        provenance(node, post.evidence)

    for event in facts.events:
        node = event_iri(event.id)
        out.add(node, RDF_TYPE, akg(event.type if event.type in EVENT_TYPES else "Event"))
        out.text(node, akg("name"), event.name)
        for alias in sorted(event.aliases - {event.name}):
            out.text(node, akg("alternateName"), alias)
        # a lookup by any of the event's names is an index lookup (see queries/)
        for key in sorted({name_lookup_key(n) for n in event.names if n}):
            out.text(node, akg("nameKey"), key)
        for prop, label in (("place", event.place), ("venue", event.venue)):
            if label:
                place = resource("place", slug(label))
                out.add(node, akg(prop), place)
                out.add(place, RDF_TYPE, akg("Place"))
                out.text(place, RDFS_LABEL, label)
        if event.date:
            out.add(node, akg("date"), date_literal(event.date))
        if event.end and event.end != event.date:
            out.add(node, akg("endDate"), date_literal(event.end))
        topic_links(node, event.topics)
        provenance(node, event.evidence)

    for part in facts.participations:
        node = resource("participation", fact_hash(report.id, "participation", part.actor,
                                                   part.event, part.role))
        agent, where = actor_iri(part.actor), event_iri(part.event)
        out.add(node, RDF_TYPE, akg("Participation"))
        out.add(node, akg("agent"), agent)
        out.add(node, akg("event"), where)
        out.add(node, akg("role"), akg(part.role))
        out.add(agent, akg(_ROLE_SHORTCUT[part.role]), where)
        provenance(node, part.evidence)

    for collab in facts.collaborations:
        first, second = sorted(collab.actors)  # unordered: (a, b) and (b, a) are one fact
        node = resource("collaboration", fact_hash(report.id, "collaboration", first, second))
        a, b = actor_iri(first), actor_iri(second)
        out.add(node, RDF_TYPE, akg("Collaboration"))
        out.add(node, akg("collaborator"), a)
        out.add(node, akg("collaborator"), b)
        out.add(a, akg("collaboratesWith"), b)
        out.add(b, akg("collaboratesWith"), a)
        provenance(node, collab.evidence)

    for endorsement in facts.endorsements:
        node = resource("endorsement", fact_hash(report.id, "endorsement", endorsement.source,
                                                 endorsement.target))
        source, target = actor_iri(endorsement.source), actor_iri(endorsement.target)
        out.add(node, RDF_TYPE, akg("Endorsement"))
        out.add(node, akg("source"), source)
        out.add(node, akg("target"), target)
        out.add(source, akg("endorses"), target)
        provenance(node, endorsement.evidence)

    for commitment in facts.commitments:
        node = resource("commitment", fact_hash(report.id, "commitment", commitment.actor,
                                                commitment.kind, commitment.text,
                                                commitment.event))
        out.add(node, RDF_TYPE, akg("Pledge" if commitment.kind == "pledge" else "Call"))
        out.add(node, akg("committedBy"), actor_iri(commitment.actor))
        out.text(node, akg("text"), commitment.text)
        if commitment.event:
            out.add(node, akg("madeAt"), event_iri(commitment.event))
        topic_links(node, commitment.topics)
        provenance(node, commitment.evidence)

    for declaration in facts.declarations:
        node = resource("declaration", fact_hash(report.id, "declaration", declaration.event,
                                                 declaration.name, *declaration.calls))
        out.add(node, RDF_TYPE, akg("Declaration"))
        out.text(node, akg("name"), declaration.name)
        if declaration.event:
            out.add(node, akg("adoptedAt"), event_iri(declaration.event))
        for call in declaration.calls:
            out.text(node, akg("call"), call)
        topic_links(node, declaration.topics)
        provenance(node, declaration.evidence)

    own = list(out.quads)
    if not aligned:
        return own
    return own + [q for q in entailed(own) if q not in out.quads]


def _report(out: _Quads, report: Report, rep: NamedNode, actors: list[Actor]) -> None:
    out.add(rep, RDF_TYPE, akg("Report"))
    out.text(rep, akg("headline"), report.title)
    if report.published:
        out.add(rep, akg("published"), date_literal(report.published))
    out.text(rep, akg("byline"), report.author)
    out.text(rep, akg("sourceLocation"), report.source)
    out.text(rep, akg("checksum"), report.checksum)
    for actor in actors:
        out.add(rep, akg("mentions"), actor_iri(actor.id))


def _actor(out: _Quads, actor: Actor) -> None:
    node = actor_iri(actor.id)
    out.add(node, RDF_TYPE, akg("Person" if actor.type == "Person" else "Organization"))
    if actor.subtype in ORG_SUBTYPES:
        out.add(node, RDF_TYPE, akg(actor.subtype))
    elif actor.subtype:
        try:  # a finer class the ontology knows but the model's list does not (yet)
            out.add(node, RDF_TYPE, akg(actor.subtype))
        except AttributeError:
            pass  # not an ontology class: typing the actor with it would invent a term
    out.text(node, RDFS_LABEL, actor.name)
    for alias in sorted(actor.aliases - {actor.name}):
        out.text(node, SKOS_ALT, alias)
        if _ACRONYM.match(alias):
            out.text(node, akg("acronym"), alias)
    # lookups by name in any case read these keys through the index (see queries/)
    for key in sorted({name_lookup_key(n) for n in actor.aliases | {actor.name}}):
        out.text(node, akg("nameKey"), key)
    out.text(node, akg("country"), actor.country)
    if actor.wikidata:
        target = actor.wikidata
        out.add(node, OWL_SAME_AS, NamedNode(target if "://" in target else WIKIDATA_NS + target))


def _topic(out: _Quads, value: str, labels: Mapping[str, str]) -> NamedNode:
    key = slug(value)
    node = resource("topic", key)
    label = labels.get(key) or labels.get(value) or (value if value != key else
                                                     key.replace("-", " "))
    out.add(node, RDF_TYPE, akg("Topic"))
    out.add(node, RDF_TYPE, SKOS_CONCEPT)
    out.text(node, SKOS_PREF, label)
    out.add(node, SKOS_IN_SCHEME, akg("topics"))
    return node
