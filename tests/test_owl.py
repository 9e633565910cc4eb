"""The ontology in owlready2 as shipped, a graph's individuals there, and the README example."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import owlready2
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import resources
from kg.owl import load_ontology, ontology_file, write_rdfxml

ROOT = Path(__file__).resolve().parents[1]


def test_owlready2_loads_the_shipped_ontology_by_its_own_call() -> None:
    world = owlready2.World()
    onto = world.get_ontology(ontology_file().as_uri()).load()
    assert onto.base_iri == "https://w3id.org/akg/ontology#"
    assert {"Person", "Organization", "Event", "Membership"} <= {c.name for c in onto.classes()}


def test_the_rdfxml_is_the_turtle_graph(tmp_path: Path) -> None:
    turtle = Graph().parse(resources.path("ontology", "akg.ttl"), format="turtle")
    shipped = Graph().parse(ontology_file(), format="xml")
    assert isomorphic(turtle, shipped), "akg.owl is stale: run `make ontology`"
    rewritten = write_rdfxml(tmp_path / "akg.owl")
    assert isomorphic(Graph().parse(rewritten, format="xml"), turtle)


def test_each_view_is_a_world_of_its_own() -> None:
    a, b = load_ontology(), load_ontology()
    assert a.world is not b.world
    assert a.GovernmentAgency in a.Organization.descendants()


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs Java")
def test_readme_owlready2_example_runs(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    [block] = [b for b in blocks if "reason(world)" in b]
    monkeypatch.chdir(ROOT)
    exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out.splitlines()
    assert "GovernmentAgency" in out[0]
    people = int(out[1].split()[0])
    agents = int(out[2].split()[0])
    # the reasoner classifies every person and organization as an agent
    assert people > 0 and agents > people
