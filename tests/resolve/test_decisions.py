"""Decisions files: load, save, validation."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.resolve import Decisions


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_round_trip(tmp_path, suffix):
    decisions = Decisions()
    decisions.add_same("federal-investigation-agency", "FIA Pakistan")
    decisions.add_different("Ahmad Jahangir", "Ahmad Tariq Jahangir")
    decisions.add_different("Ahmad Jahangir", "Ahmad Tariq Jahangir")  # no duplicate
    path = tmp_path / f"decisions{suffix}"
    decisions.save(path)
    assert Decisions.load(path) == decisions
    assert len(decisions.different) == 1


def test_a_later_decision_replaces_the_opposite_one():
    decisions = Decisions()
    decisions.add_same("a", "b")
    decisions.add_different("b", "a")
    assert decisions.same == [] and decisions.different == [("b", "a")]


def test_missing_file_is_no_decisions(tmp_path):
    assert Decisions.load(tmp_path / "none.yaml") == Decisions()


@pytest.mark.parametrize(
    "text",
    ["- a\n", "same: [[a]]\n", "same: x\n", "other: []\n", "same: [[a, 1]]\n", "same: [[\n"],
)
def test_malformed_file_is_an_error(tmp_path, text):
    path = tmp_path / "d.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KgError, match="d.yaml"):
        Decisions.load(path)
