"""The HTML page: offline, escaped, searchable, with a legend and a node cap."""

from __future__ import annotations

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


def test_legend_and_search(page):
    legend = page[page.index('id="kg-legend"'):page.index("</header>")]
    for name in ("GovernmentAgency", "InternationalOrganization", "Person"):
        assert name in legend
    assert 'id="kg-search"' in page


def test_physics_is_bounded(page):
    options = page[page.index("var options = "):]
    assert '"iterations": 300' in options[:2000]
    assert '"barnesHut"' in options[:2000]


def test_node_cap_keeps_strongest_and_says_so(tmp_path):
    G = nx.star_graph(30)
    nx.set_edge_attributes(G, 1, "weight")
    G.add_edge(31, 32, weight=1)
    with pytest.warns(UserWarning, match="Showing the 5 nodes"):
        text = write_html(G, tmp_path / "big.html", max_nodes=5).read_text("utf-8")
    assert 'id="kg-note"' in text
    assert "5 nodes, 4 edges" in text
    assert '"id": "0"' in text  # the hub stays


def test_unknown_size_metric(network, tmp_path):
    with pytest.raises(ValueError, match="pagerank"):
        write_html(network, tmp_path / "x.html", size_by="fame")


def test_size_by_pagerank(network, tmp_path):
    text = write_html(network, tmp_path / "p.html", size_by="pagerank").read_text("utf-8")
    assert '"size": 45.0' in text


@pytest.mark.skipif(shutil.which("node") is None, reason="node.js is not installed")
def test_page_script_is_valid_javascript(page, tmp_path):
    script = page[page.rindex("<script>") + len("<script>"):page.rindex("</script>")]
    (tmp_path / "page.js").write_text(script, encoding="utf-8")
    done = subprocess.run(["node", "--check", str(tmp_path / "page.js")], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
