"""The researcher's notebook (docs/notebooks/first-question.ipynb) runs top to bottom on the
sample reports and shows what it says: a table of commitments, a network with ties, a figure
and the files for a paper."""

from __future__ import annotations

from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "docs" / "notebooks" / "first-question.ipynb"


@pytest.mark.slow
def test_the_notebook_runs_and_shows_its_answers(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "\n".join(str(o.get("text") or o.get("data", {}).get("text/plain", ""))
                     for o in outputs)
    assert "reports loaded, 0 failed" in text
    assert " ties" in text and not text.count(" 0 ties")
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the figure is shown
    written = tmp_path / "forced-labour"
    for name in ("collaboration.png", "collaboration.html", "collaboration.gexf",
                 "commitments.csv", "collaboration-metrics.csv"):
        assert (written / name).stat().st_size > 0, name
    assert len((written / "commitments.csv").read_text(encoding="utf-8").splitlines()) > 1
