"""The topic, organizer, place and date parameters of events, commitments and declarations, and
the topics query, on the two sample reports plus a third tagged with topics written for here."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest

from kg.graph import Store
from kg.graph.bind import with_values
from kg.graph.remote import _with_prefixes
from kg.graph.result import from_pyoxigraph
from kg.graph.terms import to_term
from kg.model import Actor, Commitment, Declaration, Event, Facts, Participation, Report
from kg.query import get_query, run_query
from kg.query.run import bind_params

from .test_query_named import FIA, HOSTILE, ICT, IOM, MOU, rows

try:
    from graph.sample import conference_facts, fia, signing_facts
except ImportError:  # pragma: no cover - when tests/ becomes a package
    from tests.graph.sample import conference_facts, fia, signing_facts

UNODC = "UN Office on Drugs and Crime"
WS = "Border Management Workshop"
WS_TITLE = "UNODC workshop on borders in Lahore"
D1, D2, D3 = date(2024, 2, 28), date(2024, 3, 5), date(2024, 4, 10)
HT, BM = "human trafficking", "Border management"
ODD = 'Odd "} . DROP ALL # {x}'  # a topic label that must be matched as text


def workshop_facts() -> Facts:
    report = Report(text="UNODC organized a workshop in Lahore.", source="reports/workshop.txt",
                    title=WS_TITLE, published=D3)
    return Facts(
        report=report,
        actors=[fia(), Actor("org/unodc", UNODC, "Organization", aliases={"UNODC"})],
        events=[Event("ws-2024", WS, "Workshop", place="Lahore", date=D3,
                      topics={"border-management", "human-trafficking", "odd"})],
        participations=[Participation("org/unodc", "ws-2024", "organizer"),
                        Participation("org/fia", "ws-2024", "participant")],
        commitments=[
            Commitment("org/unodc", "call", "joint patrols", "ws-2024",
                       topics={"border-management"}),
            Commitment("org/fia", "pledge", "share data", topics={"migration"}),
        ],
        declarations=[Declaration("ws-2024", ["regional cooperation on borders"],
                                  name="Lahore Declaration", topics={"border-management"})],
    )


@pytest.fixture(scope="module")
def tagged() -> Store:
    store = Store.open()
    store.put_report(conference_facts())
    store.put_report(signing_facts())
    store.put_report(workshop_facts(), topics={"border-management": BM, "odd": ODD})
    return store


CONF = (ICT, "Conference", D1, None, "Islamabad", f"{FIA}, {IOM}",
        "Ahmad Ishaq Jahangir, Andrew Schoofer", HT, 1)
SIGN = (MOU, "Signing", D2, None, "Islamabad", f"{FIA}, {IOM}", "Sara Mehta", None, 1)
WORK = (WS, "Workshop", D3, None, "Lahore", UNODC, FIA, f"{BM}, {ODD}, {HT}", 1)


def test_events_columns_and_every_event(tagged: Store) -> None:
    assert run_query(tagged, "events").columns == [
        "event", "type", "date", "end", "location", "organizers", "participants", "topics",
        "reports"]
    assert rows(tagged, "events") == [CONF, SIGN, WORK]


def test_events_by_organizer_name_or_alias_any_case(tagged: Store) -> None:
    assert rows(tagged, "events", organizer="unodc") == [WORK]
    assert rows(tagged, "events", organizer="un office on drugs and crime") == [WORK]
    assert rows(tagged, "events", organizer="FIA") == [CONF, SIGN]  # FIA only attends WS
    assert rows(tagged, "events", organizer="Sara Mehta") == []  # a participant, not organizer
    assert rows(tagged, "events", organizer="UNOD") == []  # whole names only


def test_events_by_place_any_case(tagged: Store) -> None:
    assert rows(tagged, "events", place="LAHORE") == [WORK]
    assert rows(tagged, "events", place="islamabad") == [CONF, SIGN]
    assert rows(tagged, "events", place="Karachi") == []


def test_events_by_topic_slug_or_label_any_case(tagged: Store) -> None:
    assert rows(tagged, "events", topic="human-trafficking") == [CONF, WORK]
    assert rows(tagged, "events", topic="HUMAN TRAFFICKING") == [CONF, WORK]
    assert rows(tagged, "events", topic="border management") == [WORK]
    assert rows(tagged, "events", topic="Border-Management") == [WORK]
    assert rows(tagged, "events", topic=ODD.lower()) == [WORK]
    assert rows(tagged, "events", topic="migration") == []  # only a commitment has it


def test_events_by_date_range(tagged: Store) -> None:
    assert rows(tagged, "events", until="2024-03-01") == [CONF]
    assert rows(tagged, "events", until="2024-03-05") == [CONF, SIGN]  # inclusive
    assert rows(tagged, "events", since="2024-03-01", until="2024-03-31") == [SIGN]
    assert rows(tagged, "events", since="2024-04-01", until="2024-03-01") == []


def test_events_parameters_combine(tagged: Store) -> None:
    assert rows(tagged, "events", organizer="fia", topic="human-trafficking") == [CONF]
    assert rows(tagged, "events", organizer="iom", place="islamabad", kind="signing",
                since="2024-03-01") == [SIGN]
    assert rows(tagged, "events", organizer="unodc", place="Islamabad") == []


def test_commitments_by_topic(tagged: Store) -> None:
    embassy = ("US Embassy", "pledge", "continuous support for eradicating trafficking in persons",
               ICT, "FIA and IOM hold conference on trafficking", HT)
    patrols = (UNODC, "call", "joint patrols", WS, WS_TITLE, BM)
    share = (FIA, "pledge", "share data", None, WS_TITLE, "migration")
    assert rows(tagged, "commitments", topic="border-management") == [patrols]
    assert rows(tagged, "commitments", topic="Human Trafficking") == [embassy]
    assert rows(tagged, "commitments", topic="MIGRATION") == [share]
    assert rows(tagged, "commitments", topic="migration", kind="call") == []
    assert rows(tagged, "commitments", topic="migration", name="fia") == [share]
    assert rows(tagged, "commitments", topic="migration", name="iom") == []
    assert len(rows(tagged, "commitments")) == 5


def test_declarations_by_topic(tagged: Store) -> None:
    lahore = (WS, D3, "regional cooperation on borders", WS_TITLE)
    assert rows(tagged, "declarations", topic="border management") == [("Lahore Declaration",
                                                                         *lahore)]
    assert rows(tagged, "declarations", topic="BORDER-MANAGEMENT", text="cooperation") == [
        ("Lahore Declaration", *lahore)]
    assert rows(tagged, "declarations", topic="border-management", text="trafficking") == []
    islamabad = ("Islamabad Declaration", ICT, D1,
                 "renewed commitment to combating human trafficking",
                 "FIA and IOM hold conference on trafficking")
    assert rows(tagged, "declarations", topic="Human Trafficking") == [islamabad]
    assert rows(tagged, "declarations", topic="migration") == []  # only a commitment has it
    assert len(rows(tagged, "declarations")) == 2


def test_topics_counts_each_kind_with_zeros(tagged: Store, loaded: Store) -> None:
    assert run_query(tagged, "topics").columns == [
        "topic", "slug", "events", "commitments", "declarations", "total"]
    assert rows(tagged, "topics") == [
        (HT, "human-trafficking", 2, 1, 1, 4),
        (BM, "border-management", 1, 1, 1, 3),
        (ODD, "odd", 1, 0, 0, 1),
        ("migration", "migration", 0, 1, 0, 1),
    ]
    assert rows(loaded, "topics") == [(HT, "human-trafficking", 1, 1, 1, 3)]
    assert rows(Store.open(), "topics") == []


NEW_STRING_PARAMS = [("events", "organizer"), ("events", "place"), ("events", "topic"),
                     ("commitments", "topic"), ("declarations", "topic")]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize(("query", "param"), NEW_STRING_PARAMS)
def test_hostile_values_alone_are_matched_literally(tagged: Store, query: str, param: str,
                                                     value: str) -> None:
    before = tagged.stats()
    assert rows(tagged, query, **{param: value}) == []
    assert tagged.stats() == before


@pytest.mark.parametrize(("query", "params"), [
    ("events", {"organizer": "fia", "topic": "human trafficking", "place": "ISLAMABAD",
                "until": "2024-03-01"}),
    ("events", {"topic": "border-management"}),
    ("commitments", {"topic": "migration"}),
    ("declarations", {"topic": "border management"}),
    ("officials", {"org": "iom"}),
])
def test_values_binding_gives_the_substitution_rows(tagged: Store, query: str,
                                                    params: dict[str, str]) -> None:
    # a remote endpoint gets the parameters as VALUES blocks (kg.graph.bind.with_values):
    # the match-first sub-selects must give the same rows that way
    named = get_query(query)
    terms = {k: to_term(v) for k, v in bind_params(named, params).items()}
    sparql = _with_prefixes(named.sparql_for(set(terms)))
    want = from_pyoxigraph(tagged.inner.query(
        sparql, substitutions={ox.Variable(k): v for k, v in terms.items()}))
    got = from_pyoxigraph(tagged.inner.query(with_values(sparql, terms)))
    assert want.rows and got.rows == want.rows
