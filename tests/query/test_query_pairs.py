"""The pair queries over the whole graph read the shortcut triples the writer states (an actor
akg:participantIn / akg:organizerOf an event, akg:collaboratesWith in the report's graph): an
actor that reports name in two ways (two rdfs:label) is never paired with itself."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import Store
from kg.graph.terms import ID_NS, PROV_DERIVED, RDFS_LABEL, akg
from kg.query import run_query


def _actor(store: Store, key: str, *names: str) -> ox.NamedNode:
    a = ox.NamedNode(f"{ID_NS}actor/{key}")
    store.inner.extend(ox.Quad(a, RDFS_LABEL, ox.Literal(n)) for n in names)
    return a


def _rows(store: Store, name: str) -> list[tuple]:
    return [tuple(str(v) for v in row.values())[:3] for row in run_query(store, name).rows]


def test_co_participants_never_pair_an_actor_named_two_ways_with_itself() -> None:
    store = Store.open(None)
    guterres = _actor(store, "guterres", "Antonio Guterres", "António Guterres")
    other = _actor(store, "other", "Bola Tinubu")
    event = ox.NamedNode(ID_NS + "event/e")
    for n, (a, role) in enumerate([(guterres, "participantIn"), (other, "organizerOf")]):
        part = ox.NamedNode(f"{ID_NS}participation/{n}")
        store.inner.extend([ox.Quad(part, akg("agent"), a), ox.Quad(part, akg("event"), event),
                            ox.Quad(a, akg(role), event)])
    assert _rows(store, "co-participants") == [
        ("Antonio Guterres", "Bola Tinubu", "1"), ("António Guterres", "Bola Tinubu", "1")]


def test_collaborations_never_pair_an_actor_named_two_ways_with_itself() -> None:
    store = Store.open(None)
    guterres = _actor(store, "guterres", "Antonio Guterres", "António Guterres")
    other = _actor(store, "other", "Bola Tinubu")
    r = ox.NamedNode(ID_NS + "report/r")
    c = ox.NamedNode(ID_NS + "collaboration/c")
    store.inner.extend([ox.Quad(c, akg("collaborator"), guterres),
                        ox.Quad(c, akg("collaborator"), other), ox.Quad(c, PROV_DERIVED, r),
                        ox.Quad(guterres, akg("collaboratesWith"), other, r),
                        ox.Quad(other, akg("collaboratesWith"), guterres, r),
                        # a shortcut from an actor to itself (a collaborator listed twice)
                        ox.Quad(guterres, akg("collaboratesWith"), guterres, r)])
    assert _rows(store, "collaborations") == [
        ("Antonio Guterres", "Bola Tinubu", "1"), ("António Guterres", "Bola Tinubu", "1")]
