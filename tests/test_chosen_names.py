"""A curator's chosen name (`kg name`) is shown from the next ingest on, the actor keeps its
id and every report stays attached to it; a name nothing goes by is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "reports"


def kg(*args: str) -> str:
    done = CliRunner().invoke(cli, list(args))
    assert done.exit_code == 0, done.output
    return done.output


def actors(store: Path) -> dict[str, tuple[str, str]]:
    """id -> (name, reports), as `kg actors` lists them."""
    _, *rows = [line.split("\t") for line in kg("actors", "--store", str(store)).splitlines()]
    return {row[0]: (row[3], row[2]) for row in rows if len(row) > 3}


@pytest.mark.slow
def test_a_chosen_name_is_kept_with_the_id_and_the_reports(tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg("ingest", str(SAMPLES), "--store", str(store), "--workers", "1")
    before = actors(store)
    assert before["federal-investigation-agency"][0] == "Federal Investigation Agency"
    kg("name", "fia", "FIA (Pakistan)", "--store", str(store))
    assert (tmp_path / "store.names.yaml").exists()
    kg("ingest", str(SAMPLES), "--store", str(store), "--workers", "1", "--force")
    after = actors(store)
    assert after["federal-investigation-agency"] == (
        "FIA (Pakistan)", before["federal-investigation-agency"][1])
    assert set(after) == set(before)  # no actor split or lost
    # choosing again replaces the first choice
    kg("name", "FIA (Pakistan)", "Federal Investigation Agency of Pakistan", "--store", str(store))
    kg("ingest", str(SAMPLES), "--store", str(store), "--workers", "1", "--force")
    assert actors(store)["federal-investigation-agency"][0] == (
        "Federal Investigation Agency of Pakistan")
