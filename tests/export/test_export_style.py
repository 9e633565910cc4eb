"""The palette: every legend entry told apart by a clear margin, also with colour-blindness."""

from __future__ import annotations

import pytest

from kg.export.colour import DICHROMACIES, ciede2000, min_difference
from kg.export.style import COLORS, LEGEND_NAMES, category, color_of, shape_of

# Sharma, Wu and Dalal (2005), the CIEDE2000 test data: (Lab 1, Lab 2, difference)
SHARMA = [((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
          ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
          ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
          ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
          ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
          ((90.8027, -2.0831, 1.441), (91.1528, -1.6435, 0.0447), 1.4441),
          ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082)]


@pytest.mark.parametrize("one,other,expected", SHARMA)
def test_ciede2000_matches_the_published_pairs(one, other, expected):
    assert ciede2000(one, other) == pytest.approx(expected, abs=1e-4)


def test_every_entry_differs_from_every_other_by_a_clear_margin():
    # 1 is a just-noticeable difference side by side; 15 is far beyond it
    difference, pair = min_difference(COLORS.values())
    assert difference >= 15, pair


@pytest.mark.parametrize("kind", sorted(DICHROMACIES))
def test_entries_stay_apart_for_colour_blind_readers(kind):
    difference, pair = min_difference(COLORS.values(), kind)
    assert difference >= 11, (kind, pair)


def test_every_actor_type_of_the_ontology_has_its_own_entry():
    types = ["Person", "Organization", "GovernmentAgency", "Government",
             "NonGovernmentalOrganization", "DiplomaticMission", "InternationalOrganization",
             "Legislature", "Network"]
    entries = [category({"type": "Organization", "subtype": t}) if t != "Person"
               else category({"type": t}) for t in types]
    assert entries == types
    assert len({color_of(e) for e in entries + ["Event", "Other"]}) == len(types) + 2
    assert set(LEGEND_NAMES) == set(COLORS)
    assert shape_of("Event") == "diamond" and category({"kind": "event"}) == "Event"
