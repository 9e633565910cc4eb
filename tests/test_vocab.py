"""kg.vocab.AKG and kg/data/ontology/akg.ttl list the same terms, each labelled and explained."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from kg.validate import ontology_path
from kg.vocab import AKG

NS = str(AKG._NS)
VOCAB_NAMES = sorted(AKG.__annotations__)
INDIVIDUALS = {"organizer", "participant", "speaker", "topics"}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def _defined(ontology: Graph) -> set[str]:
    """Local names of the akg: IRIs the ontology types (declares)."""
    return {
        str(s)[len(NS) :]
        for s in ontology.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def _english(ontology: Graph, term: URIRef, prop: URIRef) -> list[Literal]:
    return [
        o
        for o in ontology.objects(term, prop)
        if isinstance(o, Literal) and o.language == "en" and str(o).strip()
    ]


def test_vocab_lists_terms() -> None:
    # guards the introspection below: an empty list would make every other test vacuous
    assert len(VOCAB_NAMES) > 60
    assert AKG.Person == URIRef(NS + "Person")


@pytest.mark.parametrize("name", VOCAB_NAMES)
def test_vocab_term_is_defined_with_label_and_comment(ontology: Graph, name: str) -> None:
    term = URIRef(NS + name)
    assert (term, RDF.type, None) in ontology, f"akg:{name} is in kg/vocab.py but not declared"
    assert len(_english(ontology, term, RDFS.label)) == 1, f"akg:{name} needs one English label"
    assert len(_english(ontology, term, RDFS.comment)) == 1, f"akg:{name} needs an English comment"


def test_ontology_defines_nothing_outside_vocab(ontology: Graph) -> None:
    extra = _defined(ontology) - set(VOCAB_NAMES)
    assert not extra, f"declared in akg.ttl but missing from kg/vocab.py: {sorted(extra)}"


def test_no_akg_term_used_without_declaration(ontology: Graph) -> None:
    # a misspelt term in an axiom would silently create a new, undeclared IRI
    used = {
        str(n)[len(NS) :]
        for t in ontology
        for n in t
        if isinstance(n, URIRef) and str(n).startswith(NS)
    }
    assert used <= _defined(ontology)


@pytest.mark.parametrize("name", VOCAB_NAMES)
def test_term_kind_matches_its_name(ontology: Graph, name: str) -> None:
    term = URIRef(NS + name)
    types = set(ontology.objects(term, RDF.type))
    if name in INDIVIDUALS:
        assert OWL.NamedIndividual in types
    elif name[0].isupper():
        assert OWL.Class in types
    else:
        kinds = types & {OWL.ObjectProperty, OWL.DatatypeProperty}
        assert len(kinds) == 1, f"akg:{name} must be exactly one kind of property"
