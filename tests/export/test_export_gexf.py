"""GEXF 1.3: valid, read back by networkx with colours, sizes, positions and spells intact.

The official GEXF 1.3 schema cannot be fetched here, so the file is checked against a grammar
written for the part of GEXF 1.3 that kg writes (``GEXF13_SUBSET`` below, RELAX NG, from the
1.3 primer and the gephi/gexf specification), plus the references a grammar cannot check.
Set ``KG_GEXF_SCHEMA`` to the official ``specs/1.3/gexf.rng`` (github.com/gephi/gexf) to also
validate against it.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from kg.export.drawing import draw
from kg.export.gexf import NS, VIZ, write_gexf
from kg.network import build_view
from kg.network.source import MemorySource

DEMO = Path(__file__).parent / "fixtures" / "demo.trig"
FIA = "https://w3id.org/akg/id/actor/fia"
IOM = "https://w3id.org/akg/id/actor/iom"

GEXF13_SUBSET = f"""<grammar xmlns="http://relaxng.org/ns/structure/1.0" ns="{NS}"
    datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start><element name="gexf">
    <attribute name="version"><value>1.3</value></attribute>
    <element name="meta"><attribute name="lastmodifieddate"><data type="date"/></attribute>
      <interleave><element name="creator"><text/></element>
        <element name="description"><text/></element></interleave></element>
    <element name="graph">
      <attribute name="defaultedgetype"><choice><value>directed</value>
        <value>undirected</value></choice></attribute>
      <attribute name="mode"><choice><value>static</value><value>dynamic</value></choice>
      </attribute>
      <optional><attribute name="timeformat"><value>date</value></attribute>
        <attribute name="timerepresentation"><value>interval</value></attribute>
        <attribute name="start"><data type="date"/></attribute>
        <attribute name="end"><data type="date"/></attribute></optional>
      <oneOrMore><element name="attributes">
        <attribute name="class"><choice><value>node</value><value>edge</value></choice>
        </attribute><attribute name="mode"><value>static</value></attribute>
        <zeroOrMore><element name="attribute"><attribute name="id"/><attribute name="title"/>
          <attribute name="type"><choice><value>string</value><value>integer</value>
          <value>double</value></choice></attribute></element></zeroOrMore>
      </element></oneOrMore>
      <element name="nodes"><attribute name="count"><data type="nonNegativeInteger"/>
        </attribute><zeroOrMore><element name="node">
          <attribute name="id"/><attribute name="label"/>
          <interleave><ref name="attvalues"/><optional><ref name="spells"/></optional>
            <ref name="color"/>
            <optional><element name="position" ns="{VIZ}">
              <attribute name="x"><data type="float"/></attribute>
              <attribute name="y"><data type="float"/></attribute>
              <attribute name="z"><data type="float"/></attribute></element></optional>
            <element name="size" ns="{VIZ}"><attribute name="value"><ref name="positive"/>
              </attribute></element>
            <element name="shape" ns="{VIZ}"><attribute name="value"><choice>
              <value>disc</value><value>diamond</value></choice></attribute></element>
          </interleave></element></zeroOrMore></element>
      <element name="edges"><attribute name="count"><data type="nonNegativeInteger"/>
        </attribute><zeroOrMore><element name="edge">
          <attribute name="id"/><attribute name="source"/><attribute name="target"/>
          <attribute name="weight"><data type="double"/></attribute>
          <optional><attribute name="label"/></optional>
          <interleave><ref name="attvalues"/><optional><ref name="spells"/></optional>
            <ref name="color"/><element name="thickness" ns="{VIZ}">
              <attribute name="value"><ref name="positive"/></attribute></element>
          </interleave></element></zeroOrMore></element>
    </element></element></start>
  <define name="attvalues"><element name="attvalues"><zeroOrMore><element name="attvalue">
    <attribute name="for"/><attribute name="value"/></element></zeroOrMore></element></define>
  <define name="spells"><element name="spells"><oneOrMore><element name="spell">
    <attribute name="start"><data type="date"/></attribute>
    <attribute name="end"><data type="date"/></attribute></element></oneOrMore></element>
  </define>
  <define name="color"><element name="color" ns="{VIZ}">
    <attribute name="r"><ref name="channel"/></attribute>
    <attribute name="g"><ref name="channel"/></attribute>
    <attribute name="b"><ref name="channel"/></attribute>
    <attribute name="a"><data type="float"><param name="minInclusive">0</param>
      <param name="maxInclusive">1</param></data></attribute></element></define>
  <define name="channel"><data type="nonNegativeInteger"><param name="maxInclusive">255</param>
    </data></define>
  <define name="positive"><data type="float"><param name="minInclusive">0</param></data>
  </define>
</grammar>"""


@pytest.fixture(scope="module")
def demo() -> MemorySource:
    return MemorySource.from_trig(DEMO.read_text(encoding="utf-8"))


def _check_references(doc: etree._ElementTree) -> None:
    """What a grammar cannot say: attvalues name declared attributes, edges known nodes, every
    spell lies in the graph's time range and starts before it ends."""
    q = {"g": NS}
    graph = doc.find("g:graph", q)
    declared = {c: {a.get("id") for a in graph.findall(f"g:attributes[@class='{c}']/g:attribute",
                                                       q)} for c in ("node", "edge")}
    ids = {n.get("id") for n in graph.iterfind("g:nodes/g:node", q)}
    assert len(ids) == int(graph.find("g:nodes", q).get("count"))
    for cls, path in (("node", "g:nodes/g:node"), ("edge", "g:edges/g:edge")):
        for element in graph.iterfind(path, q):
            assert {v.get("for") for v in element.iterfind("g:attvalues/g:attvalue", q)
                    } <= declared[cls]
            for spell in element.iterfind("g:spells/g:spell", q):
                assert graph.get("start") <= spell.get("start") <= spell.get("end") <= graph.get(
                    "end")
    for edge in graph.iterfind("g:edges/g:edge", q):
        assert edge.get("source") in ids and edge.get("target") in ids


@pytest.mark.parametrize("view", ["collaboration", "endorsement", "event-actor"])
def test_demo_views_are_valid_gexf_13(demo, view, tmp_path):
    path = write_gexf(build_view(demo, view), tmp_path / "v.gexf")
    doc = etree.parse(str(path))
    grammar = etree.RelaxNG(etree.fromstring(GEXF13_SUBSET.encode()))
    assert grammar.validate(doc), grammar.error_log
    _check_references(doc)
    official = os.environ.get("KG_GEXF_SCHEMA")
    if official:
        schema = etree.RelaxNG(etree.parse(official))
        assert schema.validate(doc), schema.error_log


def test_the_grammar_rejects_what_gephi_would_not_read(network, tmp_path):
    path = write_gexf(network, tmp_path / "g.gexf")
    grammar = etree.RelaxNG(etree.fromstring(GEXF13_SUBSET.encode()))
    for broken in ('r="51"', 'timeformat="date"'):
        text = path.read_text("utf-8")
        bad = text.replace('r="51"', 'r="300"') if broken == 'r="51"' else text.replace(
            'timeformat="date"', 'timeformat="long"')
        assert bad != text
        assert not grammar.validate(etree.fromstring(bad.encode()).getroottree())


def test_networkx_reads_back_look_and_time(network, tmp_path):
    d = draw(network)
    H = nx.read_gexf(write_gexf(network, tmp_path / "g.gexf"))
    assert set(H) == set(network)
    fia = H.nodes[FIA]
    assert fia["viz"]["color"] == {"r": 0x33, "g": 0x22, "b": 0x88, "a": 1.0}
    assert fia["viz"]["size"] == d.nodes[FIA].radius
    assert fia["viz"]["position"]["x"] == pytest.approx(d.nodes[FIA].x, abs=0.01)
    assert fia["viz"]["position"]["y"] == pytest.approx(-d.nodes[FIA].y, abs=0.01)  # y up
    assert fia["spells"] == [("2024-02-28", "2024-02-28")]
    assert fia["subtype"] == "GovernmentAgency" and fia["reports"] == 2
    assert fia["aliases"] == '["FIA"]'
    edge = H.edges[FIA, IOM]
    assert edge["spells"] == [("2024-02-28", "2024-02-28")]
    assert edge["report_count"] == 2 and edge["weight"] == 2.0  # two report titles
    # networkx does not read an edge's viz: read the thickness and colour from the XML
    xml = etree.parse(str(tmp_path / "g.gexf"))
    found = xml.find(f".//{{{NS}}}edge[@source='{FIA}'][@target='{IOM}']")
    assert found.find(f"{{{VIZ}}}thickness").get("value") == "3.5"
    assert found.find(f"{{{VIZ}}}color").get("r") == "122"
    assert H.graph["mode"] == "dynamic"
    assert (H.graph["start"], H.graph["end"]) == ("2024-02-28", "2024-02-28")
    evil = H.nodes["https://w3id.org/akg/id/actor/evil"]
    assert evil["label"] == "<script>alert(1)</script>"  # text, escaped by the XML writer
    assert "spells" not in evil  # its only edge has no date: always present


def test_spells_follow_the_dates_of_reports_and_events(demo, tmp_path):
    G = build_view(demo, "event-actor")
    H = nx.read_gexf(write_gexf(G, tmp_path / "e.gexf"))
    for n, data in G.nodes(data=True):
        if data["kind"] == "event" and data.get("date"):
            assert (data["date"], data["date"]) in H.nodes[n]["spells"]
    dated = [(u, v) for u, v, d in G.edges(data=True) if any(s["date"] for s in d["supports"])]
    assert dated
    for u, v in dated:
        days = {s["date"][:10] for s in G.edges[u, v]["supports"] if s["date"]}
        assert {a for a, _ in H.edges[u, v]["spells"]} == days
