"""Small hand-built networks shaped like the views' output."""

from __future__ import annotations

import networkx as nx
import pytest

EVIL_NAME = "<script>alert(1)</script>"
EVIL_SENTENCE = 'He said "we <b>will</b> act" & left \'quickly\''


def _support(key: str, title: str, sentence: str, day: str) -> dict:
    return {"key": key, "report": title, "event": "", "date": day, "topics": [],
            "sentence": sentence}


@pytest.fixture
def network() -> nx.Graph:
    G = nx.Graph(view="collaboration")
    G.add_node("https://w3id.org/akg/id/actor/fia", label="Federal Investigation Agency",
               kind="actor", type="Organization", subtype="GovernmentAgency", country="Pakistan",
               aliases=["FIA"], reports=2)
    G.add_node("https://w3id.org/akg/id/actor/iom", label="IOM", kind="actor",
               type="Organization", subtype="InternationalOrganization", country=None,
               aliases=[], reports=1)
    G.add_node("https://w3id.org/akg/id/actor/evil", label=EVIL_NAME, kind="actor",
               type="Person", subtype="", country="", aliases={"x"}, reports=1)
    G.add_edge("https://w3id.org/akg/id/actor/fia", "https://w3id.org/akg/id/actor/iom",
               weight=2, reports=["Workshop report", "Conference report"],
               evidence=["FIA, with IOM, organized a workshop."], dates=["2024-02-28"],
               supports=[_support("r1", "Workshop report", "FIA, with IOM...", "2024-02-28")])
    G.add_edge("https://w3id.org/akg/id/actor/evil", "https://w3id.org/akg/id/actor/fia",
               weight=1, reports=["<i>Title</i>"], evidence=[EVIL_SENTENCE], dates=[],
               supports=[_support("r2", "<i>Title</i>", EVIL_SENTENCE, "")])
    return G
