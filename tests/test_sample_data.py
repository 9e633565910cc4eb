"""The sample data's README tells the truth about the graph built from it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.resolve.names import normalize

DATA = Path(__file__).resolve().parents[1] / "data"


def _shared_actor_rows() -> list[tuple[list[str], int]]:
    """(names, reports) for each row of the README's table of shared actors."""
    text = (DATA / "README.md").read_text(encoding="utf-8")
    table = text[text.index("| Actor | Also written | Reports |"):].split("\n\n", 1)[0]
    rows = []
    for line in table.splitlines()[2:]:
        actor, also, reports = (cell.strip() for cell in line.strip("|").split("|"))
        names = [actor] + [n.strip() for n in also.split(";") if n.strip()]
        rows.append((names, int(reports)))
    return rows


def test_the_readme_table_is_read() -> None:
    rows = _shared_actor_rows()
    assert len(rows) >= 8 and all(n and r >= 2 for n, r in rows)


@pytest.mark.slow
def test_shared_actors_are_one_actor_in_as_many_reports_as_the_readme_says() -> None:
    with kg.open() as graph:
        summary = graph.ingest([str(DATA / "reports")])
        assert not summary.failed
        assert len(summary.loaded) == int(re.search(r"gives (\w+) reports",
                                                     (DATA / "README.md").read_text()
                                                     ).group(1).replace("eight", "8"))
        actors = graph.actors()
    by_name = {}
    for actor in actors:
        for name in actor.names:
            by_name.setdefault(normalize(name), []).append(actor)
    for names, reports in _shared_actor_rows():
        found = {a.id: a for n in names for a in by_name.get(normalize(n), [])}
        assert len(found) == 1, (names, sorted(found))
        [actor] = found.values()
        assert len(actor.reports) == reports, (names, len(actor.reports))
