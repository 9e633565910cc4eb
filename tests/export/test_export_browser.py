"""The network page in a real browser: it draws offline, searches, and runs no report text.

Headless Chromium is driven over the Chrome DevTools Protocol (see ``cdp.py``).
"""

from __future__ import annotations

import base64
import io
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from export.cdp import CHROMIUM, Browser
from kg.export.html import write_html

HOSTILE = "<img src=x onerror=alert(1)>"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="needs Debian's chromium at /usr/bin/chromium")]


ACTORS = [("Federal Investigation Agency", "Organization", "GovernmentAgency"),
          ("IOM", "Organization", "InternationalOrganization"),
          ("UNODC", "Organization", "InternationalOrganization"),
          ("Ministry of Interior", "Organization", "GovernmentAgency"),
          ("Jane Roe", "Person", ""), ("John Doe", "Person", ""),
          ("Save the Children", "Organization", "NonGovernmentalOrganization"),
          ("Embassy of Japan", "Organization", "DiplomaticMission"),
          ("INTERPOL", "Organization", "InternationalOrganization"),
          ("National Assembly", "Organization", "Legislature"),
          ("Rights Watch", "Organization", "NonGovernmentalOrganization"),
          (HOSTILE, "Person", "")]


def _graph() -> nx.Graph:
    """Twelve actors of several types around two hubs, one of them named with markup."""
    G = nx.Graph(view="collaboration")
    for i, (name, kind, sub) in enumerate(ACTORS):
        G.add_node(f"https://w3id.org/akg/id/actor/a{i}", label=name, kind="actor", type=kind,
                   subtype=sub, country="Pakistan" if i % 3 else None, reports=1 + i % 2)
    for i in range(2, len(ACTORS)):
        hub = i % 2
        G.add_edge(f"https://w3id.org/akg/id/actor/a{hub}", f"https://w3id.org/akg/id/actor/a{i}",
                   weight=1 + i % 3, reports=[f"Report {i}"],
                   evidence=[f"{ACTORS[hub][0]} met {ACTORS[i][0]}."])
    G.add_edge("https://w3id.org/akg/id/actor/a0", "https://w3id.org/akg/id/actor/a1", weight=3,
               reports=["Report 1"], evidence=["FIA, with IOM, organized a workshop."])
    return G


@pytest.fixture(scope="module")
def graph() -> nx.Graph:
    return _graph()


@pytest.fixture(scope="module")
def loaded(graph: nx.Graph, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    """The page written for ``graph``, opened and fully drawn."""
    folder = tmp_path_factory.mktemp("browser")
    path = write_html(graph, folder / "network.html", title="Browser test")
    browser = Browser(folder / "profile")
    try:
        browser.open(path)
        yield browser
    finally:
        browser.close()


def test_draws_every_node_and_edge(loaded: Browser, graph: nx.Graph) -> None:
    counts = loaded.js("[kgNetwork.body.data.nodes.length, kgNetwork.body.data.edges.length,"
                       " kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]")
    n, m = graph.number_of_nodes(), graph.number_of_edges()
    assert counts == [n, m, n, m]
    assert loaded.js("document.querySelectorAll('#kg-network canvas').length") == 1


def test_only_the_file_itself_is_requested(loaded: Browser) -> None:
    urls = [e["params"]["request"]["url"] for e in loaded.seen("Network.requestWillBeSent")]
    assert loaded.url in urls
    assert {u for u in urls if not u.startswith("data:")} == {loaded.url}


def test_no_console_error_or_page_error(loaded: Browser) -> None:
    errors = loaded.seen("Runtime.exceptionThrown")
    errors += [e for e in loaded.seen("Runtime.consoleAPICalled")
               if e["params"]["type"] in ("error", "assert", "warning")]
    errors += [e for e in loaded.seen("Log.entryAdded")
               if e["params"]["entry"]["level"] in ("error", "warning")]
    assert errors == []


def test_screenshot_is_not_blank(loaded: Browser, tmp_path: Path) -> None:
    Image = pytest.importorskip("PIL.Image")
    shot = base64.b64decode(loaded.page("Page.captureScreenshot", format="png")["data"])
    (tmp_path / "network.png").write_bytes(shot)
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    assert image.size[0] >= 800
    box = loaded.js("(function () { var r = document.getElementById('kg-network')"
                    ".getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })()")
    canvas = image.crop(tuple(round(v) for v in box))
    colours = canvas.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50  # node fills in several colours, anti-aliased edges and labels
    painted = sum(count for count, rgb in colours if rgb != (255, 255, 255))
    assert painted > 0.005 * canvas.size[0] * canvas.size[1]
    if dump := os.environ.get("KG_SCREENSHOT"):
        shutil.copy(tmp_path / "network.png", dump)


def test_search_selects_and_focuses_a_node(loaded: Browser) -> None:
    loaded.js("(function () { var i = document.getElementById('kg-search'); i.focus();"
              " i.value = ''; window.kgFocusCalls = 0; var focus = kgNetwork.focus;"
              " kgNetwork.focus = function () { kgFocusCalls += 1;"
              " return focus.apply(kgNetwork, arguments); };"
              " window.kgMoved = new Promise(function (done) {"
              " kgNetwork.once('animationFinished', done); }); })()")
    loaded.page("Input.insertText", text="rights")
    for kind in ("keyDown", "keyUp"):
        loaded.page("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                    windowsVirtualKeyCode=13, text="\r" if kind == "keyDown" else "")
    wanted = "https://w3id.org/akg/id/actor/a10"
    assert loaded.js("kgNetwork.getSelectedNodes()") == [wanted]
    # the view glides to the node and ends with it at the centre
    loaded.js("kgMoved")
    assert loaded.js(f"""(function () {{
        var p = kgNetwork.getPositions([{json.dumps(wanted)}])[{json.dumps(wanted)}];
        var v = kgNetwork.getViewPosition();
        return Math.abs(p.x - v.x) < 1 && Math.abs(p.y - v.y) < 1; }})()""")
    assert loaded.js("kgFocusCalls") == 1  # Enter also fires 'change': still one search
    # picking a suggestion from the list searches at once
    loaded.js("var i = document.getElementById('kg-search'); i.value = 'IOM';"
              " kgMoved = new Promise(function (done) {"
              " kgNetwork.once('animationFinished', done); });"
              " i.dispatchEvent(new InputEvent('input', {inputType: 'insertReplacementText'}))")
    assert loaded.js("kgNetwork.getSelectedNodes()") == ["https://w3id.org/akg/id/actor/a1"]
    loaded.js("kgMoved")
    loaded.js("document.getElementById('kg-search').value = 'no such actor';"
              " document.getElementById('kg-search').dispatchEvent(new Event('change'))")
    assert loaded.js("document.getElementById('kg-search-msg').textContent") == "no match"


def test_hostile_label_stays_text(loaded: Browser) -> None:
    hostile = "https://w3id.org/akg/id/actor/a11"
    node = loaded.js(f"kgNetwork.body.data.nodes.get({json.dumps(hostile)})")
    assert node["name"] == HOSTILE
    assert node["label"].replace("\n", " ") == HOSTILE  # wrapped, still text
    assert HOSTILE in loaded.js("Array.from(document.querySelectorAll('#kg-names option'))"
                                ".map(function (o) { return o.value; })")
    # hover the node so that vis builds its tooltip from the title; the search box lets go of
    # the focus first, or its suggestion list could sit over the canvas
    loaded.js("document.activeElement && document.activeElement.blur()")
    centre = f"kgNetwork.getPositions([{json.dumps(hostile)}])[{json.dumps(hostile)}]"
    loaded.js(f"kgNetwork.moveTo({{position: {centre}, scale: 1, animation: false}})")
    loaded.wait_for(f"(function () {{ var p = {centre}, v = kgNetwork.getViewPosition();"
                    " return Math.abs(p.x - v.x) < 1 && Math.abs(p.y - v.y) < 1; })()",
                    timeout=5)
    x, y = loaded.js(f"""(function () {{
        var p = kgNetwork.getPositions([{json.dumps(hostile)}])[{json.dumps(hostile)}];
        var d = kgNetwork.canvasToDOM(p);
        var r = document.getElementById('kg-network').getBoundingClientRect();
        return [d.x + r.left, d.y + r.top]; }})()""")
    for dx in (3, 0):
        loaded.page("Input.dispatchMouseEvent", type="mouseMoved", x=x + dx, y=y)
        time.sleep(0.2)
    tip = loaded.wait_for("(function () { var t = document.querySelector('div.vis-tooltip');"
                          " return t && t.style.visibility !== 'hidden' && t.textContent; })()",
                          timeout=10)
    assert HOSTILE in tip
    assert loaded.js("document.querySelectorAll('img, script[src], iframe').length") == 0
    assert loaded.seen("Page.javascriptDialogOpening") == []


def test_big_graph_is_cut_and_still_draws(tmp_path: Path) -> None:
    """Past the node cap: the page keeps the top nodes, says so, and settles in time."""
    G = nx.barabasi_albert_graph(400, 2, seed=3)
    nx.set_node_attributes(G, {n: f"Actor {n}" for n in G}, "label")
    nx.set_node_attributes(G, "Organization", "type")
    with pytest.warns(UserWarning, match="Showing the 350 nodes"):
        path = write_html(G, tmp_path / "big.html", max_nodes=350)
    browser = Browser(tmp_path / "profile")
    try:
        started = time.monotonic()
        browser.open(path)
        elapsed = time.monotonic() - started
        kept = G.subgraph(sorted(G, key=lambda n: (-G.degree(n), str(n)))[:350])
        assert browser.js("[kgNetwork.body.nodeIndices.length, kgNetwork.body.edgeIndices.length]"
                          ) == [350, kept.number_of_edges()]
        assert "Showing the 350 nodes" in browser.js("document.getElementById('kg-note')"
                                                     ".textContent")
        assert browser.js("document.getElementById('kg-network').getBoundingClientRect()"
                          ".height") > 300
        assert browser.seen("Runtime.exceptionThrown") == []
        assert elapsed < 20
    finally:
        browser.close()
