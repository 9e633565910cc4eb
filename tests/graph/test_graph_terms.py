from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode

from kg.graph.terms import (
    XSD_NS,
    encode_id,
    fact_hash,
    iri,
    local_id,
    resource,
    slug,
    to_python,
    to_term,
)


@given(st.text(min_size=1, max_size=40))
def test_any_actor_id_gives_a_valid_iri_that_decodes_back(actor_id: str) -> None:
    node = resource("actor", actor_id)  # NamedNode() rejects an invalid IRI
    assert local_id(node, "actor") == actor_id


def test_encode_id_keeps_slashes_and_escapes_the_rest() -> None:
    assert encode_id("person/ahmad-ishaq_jahangir.2") == "person/ahmad-ishaq_jahangir.2"
    assert encode_id('org/a b"<>{}#?%é') == "org/a%20b%22%3C%3E%7B%7D%23%3F%25%C3%A9"


def test_local_id_of_another_kind_is_none() -> None:
    assert local_id(resource("event", "e1"), "actor") is None


def test_fact_hash_is_stable_and_content_sensitive() -> None:
    assert fact_hash("r1", "post", "a", "Director") == fact_hash("r1", "post", "a", "Director")
    assert fact_hash("r1", "post", "a", "Director") != fact_hash("r2", "post", "a", "Director")
    assert fact_hash("r1", "post", "a", None) != fact_hash("r1", "post", "a", "None ")


def test_slug_folds_accents_and_falls_back_to_a_hash() -> None:
    assert slug("Peshāwar  (KP)") == "peshawar-kp"
    assert slug("اسلام آباد") == slug("اسلام آباد") != ""


def test_to_term_and_back() -> None:
    assert to_term("x") == Literal("x")
    assert to_term(3) == Literal(3)
    assert to_term(date(2024, 2, 28)).datatype.value == XSD_NS + "date"
    assert to_term(iri("https://example.org/a")) == NamedNode("https://example.org/a")
    assert to_python(to_term(date(2024, 2, 28))) == date(2024, 2, 28)
    assert to_python(to_term(7)) == 7
    assert to_python(Literal("2.5", datatype=NamedNode(XSD_NS + "decimal"))) == 2.5
    assert to_python(Literal("true", datatype=NamedNode(XSD_NS + "boolean"))) is True
    assert to_python(NamedNode("https://example.org/a")) == "https://example.org/a"
    # an ill-typed literal stays readable
    assert to_python(Literal("soon", datatype=NamedNode(XSD_NS + "date"))) == "soon"
    with pytest.raises(TypeError):
        to_term(object())
