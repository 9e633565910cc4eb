"""The project's RDF vocabulary, as rdflib namespaces.

``AKG`` lists every term of ``kg/data/ontology/akg.ttl``; a misspelt term raises ``AttributeError``
(rdflib's ``DefinedNamespace``), and ``tests/test_vocab.py`` checks that the two agree.
Resource IRIs (actors, events, reports, facts) live under :data:`ID`.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/akg/"


class AKG(DefinedNamespace):
    """Terms of the actors-and-commitments ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes: agents
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentAgency: URIRef
    Government: URIRef
    NonGovernmentalOrganization: URIRef
    DiplomaticMission: URIRef
    InternationalOrganization: URIRef
    Legislature: URIRef
    Network: URIRef
    # classes: posts, events, facts, sources
    Post: URIRef
    Membership: URIRef
    Event: URIRef
    Conference: URIRef
    Meeting: URIRef
    Workshop: URIRef
    Summit: URIRef
    Signing: URIRef
    Training: URIRef
    Launch: URIRef
    Dialogue: URIRef
    Participation: URIRef
    Role: URIRef
    Collaboration: URIRef
    Endorsement: URIRef
    Commitment: URIRef
    Pledge: URIRef
    Call: URIRef
    Declaration: URIRef
    Report: URIRef
    Evidence: URIRef
    Place: URIRef
    Topic: URIRef
    # individuals: roles and the topic scheme
    organizer: URIRef
    participant: URIRef
    speaker: URIRef
    topics: URIRef
    # object properties
    person: URIRef
    organization: URIRef
    holdsPost: URIRef
    memberOf: URIRef
    agent: URIRef
    event: URIRef
    role: URIRef
    organizerOf: URIRef
    participantIn: URIRef
    collaborator: URIRef
    collaboratesWith: URIRef
    source: URIRef
    target: URIRef
    endorses: URIRef
    committedBy: URIRef
    madeAt: URIRef
    adoptedAt: URIRef
    place: URIRef
    venue: URIRef
    topic: URIRef
    evidence: URIRef
    inReport: URIRef
    mentions: URIRef
    # datatype properties
    title: URIRef
    name: URIRef
    date: URIRef
    endDate: URIRef
    alternateName: URIRef
    text: URIRef
    call: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sourceLocation: URIRef
    headline: URIRef
    published: URIRef
    byline: URIRef
    checksum: URIRef
    country: URIRef
    acronym: URIRef
    nameKey: URIRef


#: Where resources live: ``ID["actor/..."]``, ``ID["report/..."]``.
ID = Namespace(BASE + "id/")
