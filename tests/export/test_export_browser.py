"""The network page in a real browser: it draws offline, searches, and runs no report text.

Headless Chromium is driven over the Chrome DevTools Protocol through ``--remote-debugging-pipe``
(NUL-separated JSON on file descriptors 3 and 4), so the test needs only the standard library:
no port to collide with, no browser download, no extra package.
"""

from __future__ import annotations

import base64
import fcntl
import io
import itertools
import json
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.export.html import write_html

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,800", "--remote-debugging-pipe"]
HOSTILE = "<img src=x onerror=alert(1)>"
TIMEOUT = 30.0

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="needs Debian's chromium at /usr/bin/chromium")]


class Browser:
    """A Chromium process and one page, spoken to over the CDP pipe; events are recorded."""

    def __init__(self, profile: Path) -> None:
        to_child, self._out = os.pipe()
        self._in, from_child = os.pipe()
        # copies above 9 so that putting them at 3 and 4 in the child cannot clobber each other
        high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child, from_child)]

        def wire() -> None:  # the protocol fixes the descriptors: child reads 3, writes 4
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self.proc = subprocess.Popen(
            [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            preexec_fn=wire, pass_fds=(3, 4), stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        for fd in (to_child, from_child, *high):
            os.close(fd)
        self._ids = itertools.count(1)
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self.url = ""
        self._cond = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target,
                                 flatten=True)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable", session=self.session)

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._in, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._cond:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                        continue
                    self.events.append(message)
                    if message["method"] == "Page.javascriptDialogOpening":
                        # a dialog blocks the page: dismiss it so the tests can report it
                        self._send("Page.handleJavaScriptDialog", message.get("sessionId"),
                                   {"accept": False})
                self._cond.notify_all()

    def _send(self, method: str, session: str | None, params: dict[str, Any]) -> int:
        number = next(self._ids)
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        return number

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send one command and wait for its answer; a protocol error fails the test."""
        number = self._send(method, session, params)
        with self._cond:
            if not self._cond.wait_for(lambda: number in self._replies, TIMEOUT):
                raise TimeoutError(method)
            reply = self._replies.pop(number)
        assert "error" not in reply, f"{method}: {reply['error']}"
        return reply["result"]

    def open(self, path: Path) -> None:
        """Load the page and wait until the network has settled and been drawn."""
        self.url = path.resolve().as_uri()
        self.page("Page.navigate", url=self.url)
        self.wait_for("document.body && document.body.dataset.kgReady === 'true'")

    def page(self, method: str, **params: Any) -> dict[str, Any]:
        return self.call(method, session=self.session, **params)

    def js(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = TIMEOUT) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if value := self.js(expression):
                return value
            time.sleep(0.1)
        raise TimeoutError(expression)

    def seen(self, *methods: str) -> list[dict[str, Any]]:
        with self._cond:
            return [e for e in self.events if e["method"] in methods]

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (OSError, TimeoutError):
            pass
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._out)
        self._reader.join(5)  # ends at end of file, once Chromium has gone
        if not self._reader.is_alive():
            os.close(self._in)


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
    assert loaded.js(f"kgNetwork.body.data.nodes.get({json.dumps(hostile)}).label") == HOSTILE
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
