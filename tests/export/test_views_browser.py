"""Every view of the sample data, drawn by headless Chromium, checked as a reader would look.

The views are built from ``fixtures/demo.trig``: the store ``make demo`` builds from
``data/reports``, exported with ``kg export --format trig``. For each view, in the page as
Chromium drew it: the title and the three legends are on screen; no edge passes within a node's
radius (plus half its width) of a node it does not touch; no two label boxes overlap; the node
fills on screen are the palette's, and the palette's colours differ by a clear margin. The SVG
figure is opened the same way: its labels are text, inside the figure, and do not overlap.
"""

from __future__ import annotations

import base64
import io
import json
import math
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

from export.cdp import CHROMIUM, Browser
from kg.export.colour import delta_e2000
from kg.export.figure import write_image
from kg.export.html import write_html
from kg.network import VIEWS, build_view
from kg.network.caption import VIEW_TEXT
from kg.network.source import MemorySource

DEMO = Path(__file__).parent / "fixtures" / "demo.trig"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(),
                                 reason="needs Debian's chromium at /usr/bin/chromium")]

GEOMETRY = """(function () {
  var b = kgNetwork.body, out = {nodes: {}, edges: []};
  var box = document.getElementById('kg-network').getBoundingClientRect();
  b.nodeIndices.forEach(function (id) {
    var n = b.nodes[id], s = n.labelModule.size, d = kgNetwork.canvasToDOM({x: n.x, y: n.y});
    out.nodes[id] = {x: n.x, y: n.y, r: n.options.size, fill: n.options.color.background,
                     label: n.options.label, box: [s.left, s.top, s.left + s.width,
                     s.top + s.height], screen: [d.x + box.left, d.y + box.top]};
  });
  b.edgeIndices.forEach(function (id) {
    var e = b.edges[id];
    out.edges.push({from: e.fromId, to: e.toId, width: e.options.width});
  });
  return out; })()"""


@pytest.fixture(scope="module")
def source() -> MemorySource:
    return MemorySource.from_trig(DEMO.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Browser]:
    chromium = Browser(tmp_path_factory.mktemp("profile"))
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture(scope="module", params=list(VIEWS))
def drawn(request: pytest.FixtureRequest, source: MemorySource, browser: Browser,
          tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One view's page, opened; its geometry as the browser holds it."""
    view = request.param
    path = write_html(build_view(source, view), tmp_path_factory.mktemp(view) / "view.html")
    browser.open(path)
    return {"view": view, "browser": browser, **browser.js(GEOMETRY)}


def _segment_distance(p: list[float], a: list[float], b: list[float]) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = dx * dx + dy * dy
    t = 0.0 if not length2 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy)
                                            / length2))
    return math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)


def _overlap(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_title_and_legend_are_drawn(drawn: dict[str, Any]) -> None:
    browser = drawn["browser"]
    shown = browser.js("""(function () {
      function seen(id) { var e = document.getElementById(id); if (!e) return null;
        var r = e.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && r.bottom <= innerHeight && r.right <= innerWidth
          && getComputedStyle(e).visibility === 'visible' ? e.textContent : null; }
      return ['kg-title', 'kg-subtitle', 'kg-legend-colours', 'kg-legend-size',
              'kg-legend-width'].map(seen); })()""")
    title, subtitle, colours, size, width = shown
    assert title == VIEW_TEXT[drawn["view"]][0]
    assert "of 8 reports" in subtitle
    assert colours.startswith("Colour: type") and size.startswith("Size: ties (degree)")
    assert width.startswith("Width: reports that state the tie")
    # every colour drawn has its legend entry, in the same colour
    swatches = browser.js("Array.from(document.querySelectorAll('#kg-legend-colours li'))"
                          ".map(function (li) { return li.querySelector('[fill]')"
                          ".getAttribute('fill').toLowerCase(); })")
    assert {n["fill"].lower() for n in drawn["nodes"].values()} == set(swatches)


def test_no_edge_passes_over_a_node_it_does_not_touch(drawn: dict[str, Any]) -> None:
    nodes = drawn["nodes"]
    near = []
    for edge in drawn["edges"]:
        a, b = nodes[edge["from"]], nodes[edge["to"]]
        for key, node in nodes.items():
            if key in (edge["from"], edge["to"]):
                continue
            d = _segment_distance([node["x"], node["y"]], [a["x"], a["y"]], [b["x"], b["y"]])
            if d < node["r"] + edge["width"] / 2:
                near.append((edge["from"], edge["to"], key, round(d, 1)))
    assert drawn["edges"] and near == []


def test_label_boxes_do_not_overlap(drawn: dict[str, Any]) -> None:
    boxes = {k: n["box"] for k, n in drawn["nodes"].items() if n["label"]}
    assert len(boxes) == len(drawn["nodes"])
    assert all(b[2] - b[0] > 5 and b[3] - b[1] > 5 for b in boxes.values())
    clashes = [(a, b) for a, b in combinations(boxes, 2) if _overlap(boxes[a], boxes[b])]
    assert clashes == []
    # nor does a label sit on another node's disc
    on_nodes = [(k, j) for k, box in boxes.items() for j, n in drawn["nodes"].items()
                if j != k and _overlap(box, [n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"],
                                             n["y"] + n["r"]])]
    assert on_nodes == []


def test_fills_on_screen_are_the_palette_and_told_apart(drawn: dict[str, Any]) -> None:
    Image = pytest.importorskip("PIL.Image")
    browser = drawn["browser"]
    shot = base64.b64decode(browser.page("Page.captureScreenshot", format="png")["data"])
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    for key, node in drawn["nodes"].items():
        x, y = (round(v) for v in node["screen"])
        if not (0 <= x < image.width and 0 <= y < image.height):
            continue
        seen = "#{:02x}{:02x}{:02x}".format(*image.getpixel((x, y)))
        assert delta_e2000(seen, node["fill"]) < 3, (key, seen, node["fill"])
    fills = sorted({n["fill"] for n in drawn["nodes"].values()})
    for a, b in combinations(fills, 2):
        assert delta_e2000(a, b) >= 12, (a, b)


def test_svg_figure_labels_are_text_inside_and_apart(source: MemorySource, browser: Browser,
                                                     tmp_path: Path) -> None:
    for view in VIEWS:
        G = build_view(source, view)
        path = write_image(G, tmp_path / f"{view}.svg")
        browser.open_plain(path)
        found = browser.js("""(function () {
          var svg = document.querySelector('svg').getBoundingClientRect();
          var labels = Array.from(document.querySelectorAll('g[id^="kg-label-"]'));
          return {svg: [svg.left, svg.top, svg.right, svg.bottom],
                  title: (document.querySelector('g#kg-title text') || {}).textContent,
                  texts: labels.map(function (g) { return g.querySelectorAll('text').length; }),
                  boxes: labels.map(function (g) { var r = g.getBoundingClientRect();
                                                   return [r.left, r.top, r.right, r.bottom]; }),
                  legend: Array.from(document.querySelectorAll('g[id^="kg-legend-"] text'))
                            .map(function (t) { return t.textContent; })}; })()""")
        assert found["title"] == VIEW_TEXT[view][0]
        assert len(found["boxes"]) == len(G) and all(n >= 1 for n in found["texts"])
        assert "Width: reports that state the tie" in found["legend"]
        left, top, right, bottom = found["svg"]
        for box in found["boxes"]:
            assert left <= box[0] and box[2] <= right and top <= box[1] and box[3] <= bottom
        clashes = [(i, j) for i, j in combinations(range(len(found["boxes"])), 2)
                   if _overlap(found["boxes"][i], found["boxes"][j])]
        assert clashes == [], (view, json.dumps(clashes[:3]))
