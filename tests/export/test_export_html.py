"""The HTML page: offline, escaped, searchable, with a legend and a node cap."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import networkx as nx
import pytest

from kg.export.html import write_html

REMOTE = re.compile(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?\s*(https?:)?//""",
                    re.IGNORECASE)


@pytest.fixture
def page(network, tmp_path) -> str:
    return write_html(network, tmp_path / "g.html", title="Test network").read_text("utf-8")


def test_nothing_is_fetched(page):
    assert REMOTE.search(page) is None
    for host in ("jsdelivr", "cdnjs", "unpkg", "bootstrap", "googleapis"):
        assert host not in page.lower()
    assert re.search(r"url\(\s*['\"]?\s*(https?:)?//", page) is None  # no remote CSS images
    assert "@import" not in page
    assert "vis.Network" in page and "DataSet" in page  # vis-network itself is inlined


def test_report_text_is_escaped(page):
    assert "<script>alert" not in page
    assert "<b>will</b>" not in page
    assert "<i>Title</i>" not in page
    # the escaped forms are there, inside script-safe JSON
    assert "\\u0026lt;script\\u0026gt;alert(1)" in page
    assert "\\u0026quot;we \\u0026lt;b\\u0026gt;will" in page


def test_script_elements_cannot_be_closed_by_data(page):
    data = page[page.index("var rawNodes"):page.index("var nodes = new vis.DataSet")]
    assert "<" not in data and ">" not in data


def test_tooltips_carry_type_and_evidence(page):
    assert "Organization / GovernmentAgency" in page
    assert "Workshop report" in page
    assert "FIA, with IOM, organized a workshop." in page


def test_title_legend_and_search(page):
    header = page[page.index("<header>"):page.index("</header>")]
    assert '<h1 id="kg-title">Collaboration network</h1>' not in page  # the caller's title wins
    assert '<h1 id="kg-title">Test network</h1>' in header
    assert "3 actors, 2 ties" in header
    legend = header[header.index('id="kg-legend"'):]
    for name in ("Government agency", "International organization", "Person"):
        assert name in legend
    assert "Size: ties (degree)" in legend
    assert "Width: reports that state the tie" in legend
    assert 'id="kg-search"' in page


def test_view_title_names_view_corpus_and_filters(network, tmp_path):
    network.graph.update(corpus_reports=5, filters="date_from=2024-01-01; ego=FIA; depth=2")
    header = write_html(network, tmp_path / "v.html").read_text("utf-8").split("</header>")[0]
    assert '<h1 id="kg-title">Collaboration network</h1>' in header
    assert "of 5 reports" in header
    assert "filters: from 2024-01-01, around FIA, depth 2" in header


def test_edge_width_is_reports_and_roles_go_to_tooltips(network, tmp_path):
    network.edges["https://w3id.org/akg/id/actor/fia", "https://w3id.org/akg/id/actor/iom"
                  ].update(report_count=3, label="organizer")
    text = write_html(network, tmp_path / "w.html").read_text("utf-8")
    edges = json.loads(text[text.index("var rawEdges = ") + 15:].split(";\n")[0])
    widths = sorted((e["reports"], e["width"]) for e in edges)
    assert widths == [(1, 1.5), (3, 5.5)]
    assert all("label" not in e for e in edges)  # no text drawn on edges
    assert any("label: organizer" in e["title"] and "stated in 3 reports" in e["title"]
               for e in edges)


def test_positions_are_fixed_and_physics_off(page):
    nodes = json.loads(page[page.index("var rawNodes = ") + 15:].split(";\n")[0])
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    options = json.loads(page[page.index("var options = ") + 14:].split(";\n")[0])
    assert options["physics"]["enabled"] is False
    assert options["edges"]["smooth"] is False  # straight, as the layout checked them


def test_physics_is_bounded_when_the_browser_lays_out(tmp_path, monkeypatch):
    import kg.export.drawing as drawing

    monkeypatch.setattr(drawing, "LAYOUT_MAX", 2)
    G = nx.path_graph(4)
    text = write_html(G, tmp_path / "b.html").read_text("utf-8")
    options = text[text.index("var options = "):]
    assert '"iterations": 300' in options[:2000]
    assert '"barnesHut"' in options[:2000]
    assert '"enabled": false' not in options[:2000].split('"physics"')[1][:300]


def test_node_cap_keeps_strongest_and_says_so(tmp_path):
    G = nx.star_graph(30)
    nx.set_edge_attributes(G, 1, "weight")
    G.add_edge(31, 32, weight=1)
    with pytest.warns(UserWarning, match="Showing the 5 nodes"):
        text = write_html(G, tmp_path / "big.html", max_nodes=5).read_text("utf-8")
    assert 'id="kg-note"' in text
    assert "5 actors, 4 ties" in text
    assert '"id": "0"' in text  # the hub stays


def test_unknown_size_metric(network, tmp_path):
    with pytest.raises(ValueError, match="pagerank"):
        write_html(network, tmp_path / "x.html", size_by="fame")


def test_size_by_pagerank(network, tmp_path):
    text = write_html(network, tmp_path / "p.html", size_by="pagerank").read_text("utf-8")
    assert '"size": 30.0' in text  # the largest radius
    assert "Size: PageRank" in text


@pytest.mark.skipif(shutil.which("node") is None, reason="node.js is not installed")
def test_page_script_is_valid_javascript(page, tmp_path):
    script = page[page.rindex("<script>") + len("<script>"):page.rindex("</script>")]
    (tmp_path / "page.js").write_text(script, encoding="utf-8")
    done = subprocess.run(["node", "--check", str(tmp_path / "page.js")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
