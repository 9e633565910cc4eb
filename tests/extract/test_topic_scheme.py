"""A researcher's own topic scheme (SKOS Turtle) extends or replaces the project's topics, in
this process and in worker processes; a scheme that cannot be used is named with its fault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import kg
from kg.errors import KgError
from kg.extract.topic_scheme import read_skos
from kg.extract.topics import topic_labels, topics_of, use_topics

SCHEME = """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/topics/> .
ex:mine a skos:ConceptScheme .
ex:Fisheries a skos:Concept ; skos:inScheme ex:mine ; skos:prefLabel "Fisheries"@en ,
    "Pêche"@fr ; skos:altLabel "fishing fleet"@en, "trawlers" ; skos:hiddenLabel "trawler" .
"""


@pytest.fixture
def scheme(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "topics.ttl"
    path.write_text(SCHEME, encoding="utf-8")
    yield path
    use_topics(None)


def test_a_concept_is_a_topic_with_its_labels_as_words(scheme: Path) -> None:
    assert read_skos(scheme) == {
        "fisheries": ("Fisheries", ("fishing fleet", "fisheries", "trawlers", "trawler"))}


def test_the_scheme_extends_or_replaces_the_shipped_topics(scheme: Path) -> None:
    text = "Trawlers used by traffickers were seized."
    assert topics_of(text) == {"trafficking-in-persons"}
    use_topics(str(scheme))
    assert topics_of(text) == {"fisheries", "trafficking-in-persons"}
    assert topic_labels()["fisheries"] == "Fisheries"
    use_topics(str(scheme), replace=True)
    assert topics_of(text) == {"fisheries"}
    use_topics(None)
    assert topics_of(text) == {"trafficking-in-persons"}


@pytest.mark.parametrize(("text", "fault"), [
    ("this is { not turtle", "not a Turtle file"),
    ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<x:a> skos:prefLabel 'A' .",
     "no skos:Concept"),
    ("@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n<x:a> a skos:Concept .",
     "has no skos:prefLabel"),
])
def test_an_unusable_scheme_is_named_and_changes_nothing(tmp_path: Path, text: str,
                                                          fault: str) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(text, encoding="utf-8")
    before = topic_labels()
    with pytest.raises(KgError, match=f"bad.ttl: .*{fault}"):
        use_topics(str(path))
    assert topic_labels() == before


@pytest.mark.slow
def test_worker_processes_tag_with_the_scheme(scheme: Path) -> None:
    use_topics(str(scheme), replace=True)
    report = ("Fishing fleet crews freed\n\nBANGKOK, 5 May 2024 - The Royal Thai Police and the "
              "Ministry of Labour held a workshop on abuse aboard trawlers in Bangkok on Sunday.")
    with kg.open() as g:
        (Path(scheme).parent / "r.txt").write_text(report, encoding="utf-8")
        g.ingest([Path(scheme).parent / "r.txt"], workers=2)
        rows = g.query("topics").rows
    assert [str(r["topic"]) for r in rows] == ["Fisheries"]
