"""co-participants and collaborations with a name (the @name variants): the pairs of the actor
named, each pair once, names in alphabetical order, events and report titles in alphabetical
order, however long the names are and whoever else goes by the same name.

The variants sort on 15-character slices of the names (held inline by Oxigraph) instead of the
names, and orient each pair after counting it; these tests build graphs where slices tie."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import Store
from kg.graph.terms import ID_NS, PROV_DERIVED, RDFS_LABEL, akg, name_lookup_key
from kg.query import run_query

# names sharing their first 15 and 45 characters, and short ones on both sides of them
NAMES = ["Ministry of Foreign Affairs of Zambia", "Ministry of Foreign Affairs",
         "Ministry of Foreign Affairs and International Cooperation of Kenya",
         "Ministry of Foreign Affairs and International Cooperation of Ghana",
         "Ministry of Fo", "Aid", "Zed"]
# event names sharing their first 15 characters: the list of events must still be alphabetical
EVENTS = ["Regional dialogue on borders 2024", "Regional dialogue on borders 2021",
          "Regional dialogue", "A workshop"]


def rows(store: Store, query: str, **params: str) -> list[tuple]:
    result = run_query(store, query, params)
    return [tuple(row[c] for c in result.columns) for row in result.rows]


def _actor(store: Store, n: int, *labels: str) -> ox.NamedNode:
    actor = ox.NamedNode(f"{ID_NS}actor/a{n}")
    for label in labels:
        store.inner.extend([ox.Quad(actor, RDFS_LABEL, ox.Literal(label)),
                            ox.Quad(actor, akg("nameKey"), ox.Literal(name_lookup_key(label)))])
    return actor


def _meet(store: Store, actors: list[ox.NamedNode], events: list[str]) -> None:
    """Every actor takes part in every event, as the writer states it: a participation node
    and the shortcut triple beside it."""
    for k, name in enumerate(events):
        event = ox.NamedNode(f"{ID_NS}event/e{k}")
        store.inner.add(ox.Quad(event, akg("name"), ox.Literal(name)))
        for actor in actors:
            part = ox.NamedNode(f"{ID_NS}participation/{k}-{actor.value[-2:]}")
            store.inner.extend([ox.Quad(part, akg("agent"), actor),
                                ox.Quad(part, akg("event"), event),
                                ox.Quad(actor, akg("participantIn"), event)])


def _collaborate(store: Store, pairs: list[tuple[ox.NamedNode, ox.NamedNode]],
                 reports: list[str]) -> None:
    """Each pair works together in each report, as the writer states it: a collaboration node
    derived from the report, and the shortcuts in the report's graph."""
    for k, title in enumerate(reports):
        report = ox.NamedNode(f"{ID_NS}report/r{k}")
        store.inner.extend([ox.Quad(report, akg("headline"), ox.Literal(title)),
                            ox.Quad(report, akg("sourceLocation"), ox.Literal(f"r{k}.txt"))])
        for a, b in pairs:
            node = ox.NamedNode(f"{ID_NS}collaboration/{k}-{a.value[-2:]}-{b.value[-2:]}")
            store.inner.extend([ox.Quad(node, akg("collaborator"), a),
                                ox.Quad(node, akg("collaborator"), b),
                                ox.Quad(node, PROV_DERIVED, report),
                                ox.Quad(a, akg("collaboratesWith"), b, report),
                                ox.Quad(b, akg("collaboratesWith"), a, report)])


def _ordered(one: str, others: list[str]) -> list[tuple[str, str]]:
    """The pairs of ``one`` with each of ``others``, names in order, pairs in order."""
    return sorted(tuple(sorted((one, other))) for other in others)  # type: ignore[misc]


def test_co_participants_of_one_actor_in_name_order() -> None:
    store = Store.open(None)
    actors = [_actor(store, n, name) for n, name in enumerate(NAMES)]
    _meet(store, actors, EVENTS)
    events = " | ".join(sorted(EVENTS))
    for name in NAMES:
        expected = [(a, b, len(EVENTS), events)
                    for a, b in _ordered(name, [n for n in NAMES if n != name])]
        assert rows(store, "co-participants", name=name) == expected, name


def test_collaborations_of_one_actor_in_name_order() -> None:
    store = Store.open(None)
    actors = [_actor(store, n, name) for n, name in enumerate(NAMES)]
    one = actors[1]  # "Ministry of Foreign Affairs"
    _collaborate(store, [(one, a) for a in actors if a != one], EVENTS)  # titles tie on slices
    titles = " | ".join(sorted(EVENTS))
    # the sources in the order of their reports' titles
    sources = " | ".join(f"r{EVENTS.index(t)}.txt" for t in sorted(EVENTS))
    expected = [(a, b, len(EVENTS), titles, sources)
                for a, b in _ordered(NAMES[1], [n for n in NAMES if n != NAMES[1]])]
    assert rows(store, "collaborations", name=NAMES[1]) == expected


def test_two_actors_of_the_name_asked_are_one_pair() -> None:
    # two actors go by "Aid"; they met each other and a third once: each pair is listed once
    store = Store.open(None)
    first, second, third = _actor(store, 1, "Aid"), _actor(store, 2, "Aid"), _actor(store, 3, "Zed")
    _meet(store, [first, second, third], ["Summit"])
    assert rows(store, "co-participants", name="aid") == [
        ("Aid", "Aid", 1, "Summit"), ("Aid", "Zed", 1, "Summit"), ("Aid", "Zed", 1, "Summit")]
    _collaborate(store, [(first, second), (second, third)], ["Report"])
    assert rows(store, "collaborations", name="aid") == [
        ("Aid", "Aid", 1, "Report", "r0.txt"), ("Aid", "Zed", 1, "Report", "r0.txt")]


def test_an_actor_named_two_ways_is_never_its_own_partner() -> None:
    # an actor with two labels (reports named it two ways): one row per label, never a pair
    # of the actor with itself
    store = Store.open(None)
    both = _actor(store, 1, "Ministry of Foreign Affairs", "MOFA")
    other = _actor(store, 2, "Aid")
    _meet(store, [both, other], ["Summit"])
    assert rows(store, "co-participants", name="mofa") == [
        ("Aid", "MOFA", 1, "Summit"), ("Aid", "Ministry of Foreign Affairs", 1, "Summit")]
    _collaborate(store, [(both, other)], ["Report"])
    assert rows(store, "collaborations", name="aid") == [
        ("Aid", "MOFA", 1, "Report", "r0.txt"),
        ("Aid", "Ministry of Foreign Affairs", 1, "Report", "r0.txt")]


def test_the_name_is_text_not_sparql() -> None:
    # a name full of SPARQL syntax is looked up as a name (and found, once it is one)
    store = Store.open(None)
    odd = '"} UNION { ?x ?p ?o } #\\'
    _meet(store, [_actor(store, 1, odd), _actor(store, 2, "Aid")], ["Summit"])
    assert rows(store, "co-participants", name=odd) == [(*sorted((odd, "Aid")), 1, "Summit")]
