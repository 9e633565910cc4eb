"""pyoxigraph terms for the vocabulary, IRI builders, and term <-> Python conversion.

The graph step works on pyoxigraph terms directly (ingest speed); the names come from
:mod:`kg.vocab`, so a misspelt ontology term still fails loudly.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any
from urllib.parse import quote, unquote

from pyoxigraph import BlankNode, Literal, NamedNode, Triple

from kg.vocab import AKG, BASE, ID

AKG_NS = str(AKG._NS)
ID_NS = str(ID)
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
WIKIDATA_NS = "http://www.wikidata.org/entity/"

#: Prefixes offered to every query and used by the serializers.
PREFIXES = {
    "akg": AKG_NS,
    "id": ID_NS,
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "skos": SKOS_NS,
    "prov": PROV_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    # the standard vocabularies the ontology aligns with (kg/graph/entail.py writes their
    # terms), so a researcher's own SPARQL can use them without declaring them
    "foaf": "http://xmlns.com/foaf/0.1/",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
}

RDF_TYPE = NamedNode(RDF_NS + "type")
RDFS_LABEL = NamedNode(RDFS_NS + "label")
SKOS_ALT = NamedNode(SKOS_NS + "altLabel")
SKOS_PREF = NamedNode(SKOS_NS + "prefLabel")
SKOS_CONCEPT = NamedNode(SKOS_NS + "Concept")
SKOS_IN_SCHEME = NamedNode(SKOS_NS + "inScheme")
PROV_DERIVED = NamedNode(PROV_NS + "wasDerivedFrom")
OWL_SAME_AS = NamedNode(OWL_NS + "sameAs")
XSD_DATE = NamedNode(XSD_NS + "date")

# Characters kept as they are in the local part of a resource IRI; everything else is
# percent-encoded (UTF-8), so any id round-trips through unquote().
_IRI_SAFE = "/-._~"
_INT_TYPES = {
    XSD_NS + t
    for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
              "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
              "unsignedShort", "unsignedByte")
}
_FLOAT_TYPES = {XSD_NS + t for t in ("decimal", "double", "float")}


@cache
def akg(term: str) -> NamedNode:
    """The ontology term ``akg:<term>``; an unknown term raises ``AttributeError``.

    >>> akg("Person").value
    'https://w3id.org/akg/ontology#Person'
    """
    return NamedNode(str(getattr(AKG, term)))


@dataclass(frozen=True)
class iri:  # noqa: N801 - lower case on purpose: reads as a conversion, ``iri("https://...")``
    """Marks a query binding as an IRI rather than a string literal."""

    value: str


def encode_id(local: str) -> str:
    """Percent-encode an id for use in an IRI path (``/`` kept).

    >>> encode_id("org/Ministry of Interior (MoI)")
    'org/Ministry%20of%20Interior%20%28MoI%29'
    """
    return quote(local, safe=_IRI_SAFE)


def resource(kind: str, local: str) -> NamedNode:
    """``id:<kind>/<local>`` with ``local`` percent-encoded."""
    return NamedNode(f"{ID_NS}{kind}/{encode_id(local)}")


def local_id(node: NamedNode | str, kind: str) -> str | None:
    """The id behind ``id:<kind>/<id>`` (decoded), or None for another IRI.

    >>> local_id("https://w3id.org/akg/id/actor/org/a%20b", "actor")
    'org/a b'
    """
    value = node.value if isinstance(node, NamedNode) else node
    prefix = f"{ID_NS}{kind}/"
    return unquote(value[len(prefix):]) if value.startswith(prefix) else None


def fact_hash(report_id: str, kind: str, *content: object) -> str:
    """A stable short hash of a report id, a fact kind and the fact's content."""
    text = "\x1f".join([report_id, kind, *("" if c is None else str(c) for c in content)])
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def slug(text: str) -> str:
    """A lower-case ASCII slug; falls back to a hash for text with no Latin letters.

    >>> slug("Islamabad, Pakistan")
    'islamabad-pakistan'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    result = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    return result or hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def name_lookup_key(name: str) -> str:
    """The form of a name stored as ``akg:nameKey`` and bound for a ``name`` query parameter:
    both sides must fold the same way for a lookup to find it as people type it.

    Case, accents, punctuation, honorifics, British spellings, demonyms and word order of a
    state's bodies fold away (:func:`kg.resolve.names.normalize`); a name that folds to
    nothing (all punctuation) keeps its lower-cased self, so it is still found literally.

    >>> name_lookup_key("Federal Investigation AGENCY")
    'federal investigation agency'
    >>> name_lookup_key("Kaboré") == name_lookup_key("kabore")
    True
    >>> name_lookup_key("Dr. Anna Bergström") == name_lookup_key("anna bergstrom")
    True
    >>> name_lookup_key('"{}"')
    '"{}"'
    """
    from kg.resolve.names import normalize  # the one theory of when two names are the same

    return normalize(name) or name.lower()


def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


def to_term(value: Any) -> NamedNode | BlankNode | Literal | Triple:
    """A Python value as an RDF term: ``iri`` -> IRI, str/int/float/bool/date -> typed literal."""
    if isinstance(value, NamedNode | BlankNode | Literal | Triple):
        return value
    if isinstance(value, iri):
        return NamedNode(value.value)
    if isinstance(value, bool | int | float | str):
        return Literal(value)
    if isinstance(value, datetime):
        return Literal(value.isoformat(), datatype=NamedNode(XSD_NS + "dateTime"))
    if isinstance(value, date):
        return date_literal(value)
    raise TypeError(f"cannot bind a {type(value).__name__} value: {value!r}")


def to_python(term: Any) -> Any:
    """An RDF term as a Python value: IRI -> str, typed literal -> int/float/bool/date, else str."""
    if term is None:
        return None
    if isinstance(term, NamedNode):
        return term.value
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INT_TYPES:
                return int(term.value)
            if datatype in _FLOAT_TYPES:
                return float(term.value)
            if datatype == XSD_NS + "boolean":
                return term.value in ("true", "1")
            if datatype == XSD_NS + "date":
                return date.fromisoformat(term.value)
        except ValueError:
            return term.value  # an ill-typed literal stays readable rather than failing a query
        return term.value
    return str(term)


__all__ = ["BASE", "PREFIXES", "akg", "iri", "encode_id", "resource", "local_id", "fact_hash",
           "slug", "name_lookup_key", "date_literal", "to_term", "to_python"]
