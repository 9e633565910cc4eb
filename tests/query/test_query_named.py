"""Every named query against the two sample reports, with the rows it must return."""

from __future__ import annotations

import itertools
from datetime import date

import pyoxigraph as ox
import pytest

from kg.errors import NameNotFound
from kg.graph import Store
from kg.graph.terms import ID_NS, PROV_DERIVED, RDFS_LABEL, akg, name_lookup_key
from kg.query import list_queries, run_query

FIA = "Federal Investigation Agency"
IOM = "International Organization for Migration"
ICT = "International Conference on Human Trafficking"
MOU = "MoU signing ceremony"
CONF_TITLE = "FIA and IOM hold conference on trafficking"
MOU_TITLE = "FIA and IOM sign memorandum"
D1, D2 = date(2024, 2, 28), date(2024, 3, 5)
S_OPEN = ("The Federal Investigation Agency (FIA) and IOM organized an International Conference "
          "on Human Trafficking in Islamabad.")
S_PRAISE = "US Embassy Deputy Chief of Mission Andrew Schoofer praised the FIA."
S_THANKS = "IOM Chief of Mission Sara Mehta thanked the FIA."
S_MOU = "FIA and the International Organization for Migration signed a memorandum in Islamabad."


def rows(store: Store, query_name: str, /, **params: str) -> list[tuple]:
    result = run_query(store, query_name, params)
    return [tuple(row[c] for c in result.columns) for row in result.rows]


def test_collaborations(loaded: Store) -> None:
    both = [(FIA, IOM, 2, f"{CONF_TITLE} | {MOU_TITLE}",
             "reports/conference.txt | https://news.example/mou?id=2")]
    assert rows(loaded, "collaborations") == both
    assert rows(loaded, "collaborations", name="iom") == both
    assert rows(loaded, "collaborations", name="Sara Mehta") == []


def test_officials(loaded: Store) -> None:
    assert rows(loaded, "officials") == [
        ("Ahmad Ishaq Jahangir", "Director General", FIA),
        ("Andrew Schoofer", "Deputy Chief of Mission", "US Embassy"),
        ("Sara Mehta", "Spokesperson", None),
        ("Sara Mehta", "Chief of Mission", IOM),
    ]
    assert rows(loaded, "officials", org="iom") == [("Sara Mehta", "Chief of Mission", IOM)]
    assert rows(loaded, "officials", org=IOM.upper()) == [
        ("Sara Mehta", "Chief of Mission", IOM)]


def test_events(loaded: Store) -> None:
    conference = (ICT, "Conference", D1, None, "Islamabad", f"{FIA}, {IOM}",
                  "Ahmad Ishaq Jahangir, Andrew Schoofer", "human trafficking", 1)
    signing = (MOU, "Signing", D2, None, "Islamabad", f"{FIA}, {IOM}", "Sara Mehta", None, 1)
    assert rows(loaded, "events") == [conference, signing]
    assert rows(loaded, "events", kind="CONFERENCE") == [conference]
    assert rows(loaded, "events", since="2024-03-01") == [signing]
    assert rows(loaded, "events", kind="conference", since="2024-03-01") == []


def test_endorsements(loaded: Store) -> None:
    praise = ("Andrew Schoofer", FIA, S_PRAISE, CONF_TITLE)
    thanks = ("Sara Mehta", FIA, S_THANKS, MOU_TITLE)
    assert rows(loaded, "endorsements") == [praise, thanks]
    assert rows(loaded, "endorsements", name="FIA") == [praise, thanks]
    assert rows(loaded, "endorsements", name="sara mehta") == [thanks]


def test_commitments(loaded: Store) -> None:
    call = ("Ahmad Ishaq Jahangir", "call", "stronger border controls", ICT, CONF_TITLE, None)
    iom_pledge = (IOM, "pledge", "continue to train officers", None, MOU_TITLE, None)
    embassy = ("US Embassy", "pledge", "continuous support for eradicating trafficking in persons",
               ICT, CONF_TITLE, "human trafficking")
    assert rows(loaded, "commitments") == [call, iom_pledge, embassy]
    assert rows(loaded, "commitments", kind="Pledge") == [iom_pledge, embassy]
    # with a name, ?via names the official through whom an organization committed
    own_call = (call[0], "", *call[1:])
    assert rows(loaded, "commitments", name="FIA DG") == [own_call]
    assert rows(loaded, "commitments", name="iom", kind="call") == []
    # the Director General's call is the agency's too, said through him
    assert rows(loaded, "commitments", name="FIA", kind="call") == [
        (FIA, "Ahmad Ishaq Jahangir", *call[1:])]


def test_declarations(loaded: Store) -> None:
    expected = [("Islamabad Declaration", ICT, D1,
                 "renewed commitment to combating human trafficking", CONF_TITLE)]
    assert rows(loaded, "declarations") == expected
    assert rows(loaded, "declarations", text="Human Trafficking") == expected
    assert rows(loaded, "declarations", text="climate") == []


def test_actor_profile(loaded: Store) -> None:
    assert rows(loaded, "actor-profile", name="fia") == [
        ("alias", "FIA", None),
        ("collaborates with", IOM, None),
        ("endorsed by", "Andrew Schoofer", S_PRAISE),
        ("endorsed by", "Sara Mehta", S_THANKS),
        ("has official", "Ahmad Ishaq Jahangir", "Director General"),
        ("organizer", ICT, "2024-02-28"),
        ("organizer", MOU, "2024-03-05"),
        ("type", "GovernmentAgency", None),
        ("type", "Organization", None),
    ]
    assert rows(loaded, "actor-profile", name="Sara Mehta") == [
        ("endorses", FIA, S_THANKS),
        ("holds post", None, "Spokesperson"),
        ("holds post", IOM, "Chief of Mission"),
        ("participant", MOU, "2024-03-05"),
        ("type", "Person", None),
    ]
    assert ("call", ICT, "stronger border controls") in rows(
        loaded, "actor-profile", name="Ahmad Ishaq Jahangir")
    assert answer(loaded, "actor-profile", name="Nobody") == "not found"


def test_actors(loaded: Store) -> None:
    assert rows(loaded, "actors") == [
        (FIA, "GovernmentAgency", 2, "FIA"),
        (IOM, "InternationalOrganization", 2, "IOM"),
        ("Ahmad Ishaq Jahangir", "Person", 1, "FIA DG"),
        ("Andrew Schoofer", "Person", 1, None),
        ("Sara Mehta", "Person", 1, None),
        ("US Embassy", "DiplomaticMission", 1, None),
    ]
    assert [r[0] for r in rows(loaded, "actors", kind="organization")] == [
        FIA, IOM, "US Embassy"]
    assert [r[0] for r in rows(loaded, "actors", kind="diplomaticmission")] == ["US Embassy"]


def test_evidence(loaded: Store) -> None:
    conf = (CONF_TITLE, "reports/conference.txt", D1)
    mou = (MOU_TITLE, "https://news.example/mou?id=2", D2)
    assert rows(loaded, "evidence", name="FIA") == [
        ("Collaboration", S_OPEN, *conf),
        ("Participation", S_OPEN, *conf),
        ("Membership", "Director General FIA Ahmad Ishaq Jahangir attended.", *conf),
        ("Endorsement", S_PRAISE, *conf),
        ("Collaboration", S_MOU, *mou),
        ("Endorsement", S_THANKS, *mou),
    ]
    assert rows(loaded, "evidence", name="US Embassy") == []  # its facts carry no evidence


def test_co_participants(loaded: Store) -> None:
    # over the whole graph, the counts; with a name, the events too
    assert rows(loaded, "co-participants") == [
        (FIA, IOM, 2),
        ("Ahmad Ishaq Jahangir", "Andrew Schoofer", 1),
        ("Ahmad Ishaq Jahangir", FIA, 1),
        ("Ahmad Ishaq Jahangir", IOM, 1),
        ("Andrew Schoofer", FIA, 1),
        ("Andrew Schoofer", IOM, 1),
        (FIA, "Sara Mehta", 1),
        (IOM, "Sara Mehta", 1),
    ]
    assert rows(loaded, "co-participants", name="iom")[0] == (FIA, IOM, 2, f"{ICT} | {MOU}")
    assert rows(loaded, "co-participants", name="sara mehta") == [
        (FIA, "Sara Mehta", 1, MOU), (IOM, "Sara Mehta", 1, MOU)]



# Names sharing their first 15 characters: the whole-graph queries sort on that prefix first,
# then on the whole name, and must still give alphabetical order.
LONG_NAMES = ["Ministry of Foreign Affairs of Zambia", "Ministry of Foreign Affairs",
              "Ministry of Foreign Affairs of Angola", "Ministry of Fo", "Aid", "Zed"]


def _labelled_actors(store: Store) -> list[ox.NamedNode]:
    actors = [ox.NamedNode(f"{ID_NS}actor/{n}") for n in range(len(LONG_NAMES))]
    store.inner.extend(ox.Quad(a, RDFS_LABEL, ox.Literal(name))
                       for a, name in zip(actors, LONG_NAMES, strict=True))
    return actors


def _pairs_in_order() -> list[tuple]:
    """Every pair of LONG_NAMES, names in alphabetical order, each met once."""
    ordered = sorted(LONG_NAMES)
    return [(a, b, 1) for i, a in enumerate(ordered) for b in ordered[i + 1:]]


def test_co_participants_sorts_names_longer_than_their_sort_prefix() -> None:
    store = Store.open(None)
    event = ox.NamedNode(ID_NS + "event/e")
    for n, actor in enumerate(_labelled_actors(store)):
        part = ox.NamedNode(f"{ID_NS}participation/{n}")
        store.inner.extend([ox.Quad(part, akg("agent"), actor), ox.Quad(part, akg("event"), event)])
    assert rows(store, "co-participants") == _pairs_in_order()


def test_collaborations_sort_names_longer_than_their_sort_prefix() -> None:
    # every pair works together in one report of its own
    store = Store.open(None)
    actors = _labelled_actors(store)
    for i, j in itertools.combinations(range(len(actors)), 2):
        c = ox.NamedNode(f"{ID_NS}collaboration/{i}-{j}")
        r = ox.NamedNode(f"{ID_NS}report/{i}-{j}")
        store.inner.extend([ox.Quad(c, akg("collaborator"), actors[i]),
                            ox.Quad(c, akg("collaborator"), actors[j]),
                            ox.Quad(c, PROV_DERIVED, r),
                            ox.Quad(r, akg("headline"), ox.Literal(f"Report {i}-{j}"))])
    assert [row[:3] for row in rows(store, "collaborations")] == _pairs_in_order()


def test_timeline(loaded: Store) -> None:
    assert rows(loaded, "timeline", name="IOM") == [
        (D1, "organizer", ICT, "Islamabad"),
        (D2, "organizer", MOU, "Islamabad"),
        (D2, "pledge", "continue to train officers", None),  # dated by its report
    ]
    assert rows(loaded, "timeline", name="ahmad ishaq jahangir") == [
        (D1, "call", "stronger border controls", "Islamabad"),
        (D1, "participant", ICT, "Islamabad"),
    ]


def test_event_profile(loaded: Store) -> None:
    assert rows(loaded, "event-profile", name=ICT.upper()) == [
        (ICT, D1, "call", "stronger border controls", "Ahmad Ishaq Jahangir"),
        (ICT, D1, "declaration", "Islamabad Declaration",
         "renewed commitment to combating human trafficking"),
        (ICT, D1, "organizer", FIA, None),
        (ICT, D1, "organizer", IOM, None),
        (ICT, D1, "participant", "Ahmad Ishaq Jahangir", f"Director General, {FIA}"),
        (ICT, D1, "place", "Islamabad", None),
        (ICT, D1, "pledge", "continuous support for eradicating trafficking in persons",
         "US Embassy"),
        (ICT, D1, "report", CONF_TITLE, "reports/conference.txt"),
        (ICT, D1, "speaker", "Andrew Schoofer", "Deputy Chief of Mission, US Embassy"),
        (ICT, D1, "topic", "human trafficking", None),
        (ICT, D1, "type", "Conference", None),
    ]
    # a person with two posts is listed once, with both
    [(person, posts)] = [r[3:] for r in rows(loaded, "event-profile", name=MOU)
                         if r[2] == "participant"]
    assert person == "Sara Mehta"
    assert set(posts.split("; ")) == {f"Chief of Mission, {IOM}", "Spokesperson"}
    assert answer(loaded, "event-profile", name="no such event") == "not found"


def test_organizations_by_type(loaded: Store) -> None:
    assert rows(loaded, "organizations-by-type") == [
        ("DiplomaticMission", "US Embassy", 1),
        ("GovernmentAgency", FIA, 2),
        ("InternationalOrganization", IOM, 2),
    ]
    assert rows(loaded, "organizations-by-type", kind="governmentagency") == [
        ("GovernmentAgency", FIA, 2)]


HOSTILE = ['" . } DROP ALL #', "FIA\" || true || \"", "}", "#", "FIA\n", "' OR '1'='1",
           "{ ?s ?p ?o }", "\\u0022) || (\\u0022"]


def answer(store: Store, query_name: str, /, **params: str) -> list[tuple] | str:
    """The rows of a query, or "not found" when a name it was given names no one."""
    try:
        return rows(store, query_name, **params)
    except NameNotFound:
        return "not found"


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("query", [q for q in list_queries() if q.params])
def test_hostile_values_are_matched_literally(loaded: Store, query, value: str) -> None:
    before = loaded.stats()
    params = {p.name: value for p in query.params if p.type in ("string", "name")}
    if not params:
        pytest.skip("no string parameter")
    # a name is folded as typed ("FIA\n" is FIA) and never read as SPARQL: it finds what
    # its folded form names, else nothing
    names = {p.name for p in query.params if p.type == "name"}
    folded = {k: ("FIA" if k in names and name_lookup_key(v) == name_lookup_key("FIA") else v)
              for k, v in params.items()}
    expected = answer(loaded, query.name, **folded) if folded != params else None
    assert answer(loaded, query.name, **params) in ([], "not found", expected)
    assert loaded.stats() == before


def test_an_actor_whose_name_is_hostile_is_found_by_it() -> None:
    from kg.model import Actor, Facts, Report

    name = 'Forum "}" . DROP ALL # {x}\nNext'
    store = Store.open()
    store.put_report(Facts(Report(text="t", source="h.txt", title="H"),
                           actors=[Actor("org/forum", name, "Organization")]))
    assert rows(store, "actor-profile", name=name.upper()) == [("type", "Organization", None)]
    assert rows(store, "actors") == [(name, "Organization", 1, None)]


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_no_query_repeats_a_row(loaded: Store, query) -> None:
    value = ICT if query.name == "event-profile" else "FIA"
    params = {p.name: value for p in query.params if not p.optional}
    found = rows(loaded, query.name, **params)
    assert found and len(found) == len(set(found))
