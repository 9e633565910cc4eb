"""Registry: the default file, user files, validation, matching rules."""

from __future__ import annotations

import re

import pytest

from kg.errors import KgError
from kg.resolve import Registry


def test_default_registry_is_valid_and_large_enough():
    registry = Registry.load()
    assert len(registry) >= 40
    names = {e.name for e in registry.entries}
    assert {"United Nations Office on Drugs and Crime", "Federal Investigation Agency",
            "US Department of State", "National Agency Against Trafficking in Persons",
            "Ministry of Home Affairs", "INTERPOL", "European Union"} <= names
    for entry in registry.entries:
        assert entry.wikidata is None or re.fullmatch(r"Q\d+", entry.wikidata)


def test_match_by_name_alias_and_acronym():
    registry = Registry.load()
    assert registry.match(["U.S. State Department"], "Organization", None).name == (
        "US Department of State")
    assert registry.match(["the International Labor Organization"], "Organization",
                          None).wikidata == "Q54129"
    assert registry.match(["NAATIP"], "Organization", "Gambia").country == "The Gambia"
    assert registry.match(["UNODC"], "Person", None) is None  # types must agree


def test_acronym_matches_only_when_the_country_agrees_or_is_unknown():
    registry = Registry.load()
    assert registry.match(["FIA"], "Organization", None).name == "Federal Investigation Agency"
    assert registry.match(["FIA"], "Organization", "Pakistan") is not None
    assert registry.match(["FIA"], "Organization", "Italy") is None
    assert registry.match(["MHA"], "Organization", "Sri Lanka") is None


def test_ambiguous_match_gives_no_entry(tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(
        "- name: Fédération Internationale de l'Automobile\n"
        "  type: Organization\n  acronyms: [FIA]\n",
        encoding="utf-8",
    )
    registry = Registry.load([extra])
    assert registry.match(["FIA"], "Organization", None) is None
    assert registry.match(["FIA"], "Organization", "Pakistan").country == "Pakistan"


def test_user_files_override_by_name(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(
        "- name: federal investigation agency\n"
        "  type: Organization\n  subtype: GovernmentAgency\n"
        "  acronyms: [FIA]\n  country: Pakistan\n  wikidata: Q123\n"
        "- name: Shanaz Bibi\n  type: Person\n  aliases: [Shahnaz Bibi]\n",
        encoding="utf-8",
    )
    base = Registry.load()
    registry = Registry.load([user])
    assert len(registry) == len(base) + 1
    assert registry.match(["FIA"], "Organization", None).wikidata == "Q123"
    assert registry.match(["Shahnaz Bibi"], "Person", None).name == "Shanaz Bibi"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: X\n", "a list of entries"),
        ("- [1, 2]\n", "entry 1"),
        ("- type: Person\n", r"entry 1: 'name'"),
        ("- name: X\n  type: Robot\n", r"entry 1 \(X\): 'type'"),
        ("- name: X\n  type: Organization\n  subtype: Club\n", "subtype"),
        ("- name: X\n  type: Person\n  wikidata: 42\n", "wikidata"),
        ("- name: X\n  type: Person\n  aliases: Y\n", "aliases"),
        ("- name: X\n  type: Person\n  color: red\n", "unknown field"),
        ("- name: X\n  type: Person\n- name: Y\n  type: Nobody\n", r"entry 2 \(Y\)"),
        ("- name: [unclosed\n", "not valid YAML"),
    ],
)
def test_malformed_file_names_file_and_entry(tmp_path, text, message):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KgError, match=message) as info:
        Registry.load([path])
    assert "bad.yaml" in str(info.value)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(KgError, match="cannot read"):
        Registry.load([tmp_path / "nope.yaml"])
