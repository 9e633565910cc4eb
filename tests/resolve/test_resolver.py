"""resolve(): merging actors across reports, ids, relations, known actors, decisions."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from kg.errors import KgError
from kg.model import Collaboration, Commitment, Endorsement, Participation, Post
from kg.resolve import Decisions, Registry, resolve

from .sample import NO_REGISTRY, build, by_name, org, person


def clusters(resolution) -> set[frozenset[str]]:
    return {frozenset({a.name, *a.aliases}) for a in resolution.actors.values()}


def test_spelling_variants_of_one_person_are_merged():
    batch = [
        build("r1.txt", person("Ahmad Ishaq Jahangir", "FIA DG")),
        build("r2.txt", person("Ahmad Ishaque Jehangir")),
        build("r3.txt", person("Ahmad Jahangir")),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert len(result.actors) == 1
    actor = next(iter(result.actors.values()))
    assert actor.name in {"Ahmad Ishaq Jahangir", "Ahmad Ishaque Jehangir"}
    assert actor.aliases >= {"FIA DG", "Ahmad Jahangir"}
    assert len(actor.reports) == 3


def test_organization_spellings_and_acronym_are_merged():
    batch = [
        build("r1.txt", org("Sustainable Social Development Organization")),
        build("r2.txt", org("Sustainable Social Development Organisation")),
        build("r3.txt", org("SSDO")),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert len(result.actors) == 1
    [(ident, actor)] = result.actors.items()
    assert actor.name.startswith("Sustainable Social Development Organi")
    assert "SSDO" in actor.aliases
    assert ident == actor.name.lower().replace(" ", "-")


def test_namesakes_with_different_given_names_and_posts_are_kept_apart():
    batch = [
        build("r1.txt", person("Ahmad Jahangir"), org("Federal Investigation Agency"),
              posts=[Post("a1", "Director General", "a2")]),
        build("r2.txt", person("Tariq Jahangir"), org("National Police Bureau"),
              posts=[Post("a1", "Inspector General", "a2")]),
        build("r3.txt", person("Jahangir")),  # either of them: must stay alone
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    people = sorted(a.name for a in result.actors.values() if a.type == "Person")
    assert people == ["Ahmad Jahangir", "Jahangir", "Tariq Jahangir"]
    posts = {(p.person, p.organization) for f in result.facts for p in f.posts}
    assert posts == {("ahmad-jahangir", "federal-investigation-agency"),
                     ("tariq-jahangir", "national-police-bureau")}


def test_bare_surname_joins_the_only_person_with_that_surname():
    batch = [
        build("r1.txt", person("Yury Fedotov")),
        build("r2.txt", person("Yuri Fedotov")),
        build("r3.txt", person("Fedotov")),
        build("r4.txt", person("Fedotov")),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert clusters(result) == {frozenset({"Yury Fedotov", "Yuri Fedotov", "Fedotov"})}


def test_same_acronym_in_two_countries_is_kept_apart():
    batch = [
        build("r1.txt", org("National Police Bureau", "NPB", country="Pakistan")),
        build("r2.txt", org("National Prosecution Bureau", "NPB", country="Nepal")),
        build("r3.txt", org("NPB", country="Pakistan")),
        build("r4.txt", org("NPB", country="Nepal")),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert clusters(result) == {
        frozenset({"National Police Bureau", "NPB"}),
        frozenset({"National Prosecution Bureau", "NPB"}),
    }
    assert by_name(result, "National Police Bureau").reports == {
        f.report.id for f in (batch[0], batch[2])
    }


def test_same_acronym_of_two_expansions_without_country_is_kept_apart():
    batch = [
        build("r1.txt", org("National Police Bureau", "NPB")),
        build("r2.txt", org("National Prosecution Bureau", "NPB")),
        build("r3.txt", org("NPB")),  # ambiguous: stays on its own
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert len(result.actors) == 3


def test_us_embassy_spellings_merge_but_hosts_stay_apart():
    batch = [
        build("r1.txt", org("US Embassy")),
        build("r2.txt", org("U.S. Embassy")),
        build("r3.txt", org("United States Embassy in Islamabad")),
        build("r4.txt", org("American Embassy in Islamabad")),
        build("r5.txt", org("US Embassy in Banjul")),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    assert clusters(result) == {
        frozenset({"US Embassy", "U.S. Embassy"}),
        frozenset({"United States Embassy in Islamabad", "American Embassy in Islamabad"}),
        frozenset({"US Embassy in Banjul"}),
    }


def test_bare_name_joins_its_only_placed_form():
    batch = [build("r1.txt", org("US Embassy")), build("r2.txt", org("US Embassy in Islamabad"))]
    result = resolve(batch, registry=Registry.load())
    [(ident, actor)] = result.actors.items()
    assert actor.name == "US Embassy in Islamabad"
    assert ident == "us-embassy-in-islamabad"
    assert actor.subtype == "DiplomaticMission"


def test_registry_gives_canonical_name_subtype_country_and_wikidata():
    batch = [
        build("r1.txt", org("FIA", country="Pakistan")),
        build("r2.txt", org("Pakistan's FIA")),
        build("r3.txt", org("UN Office on Drugs and Crime")),
        build("r4.txt", org("UNODC")),
        build("r5.txt", org("ILO")),
    ]
    registry = Registry.load()
    result = resolve(batch, registry=registry)
    fia = result.actors["federal-investigation-agency"]
    assert fia.name == "Federal Investigation Agency"
    assert (fia.subtype, fia.country) == ("GovernmentAgency", "Pakistan")
    unodc = result.actors["united-nations-office-on-drugs-and-crime"]
    assert unodc.aliases == {"UN Office on Drugs and Crime", "UNODC"}
    assert len(unodc.reports) == 2
    ilo = result.actors["international-labour-organization"]
    assert ilo.wikidata == "Q54129"


def test_registry_acronym_needs_an_agreeing_country():
    result = resolve([build("r1.txt", org("FIA", country="Italy"))], registry=Registry.load())
    [actor] = result.actors.values()
    assert actor.name == "FIA" and actor.country == "Italy"


def test_resolving_in_any_order_gives_the_same_ids_and_clusters():
    batch = [
        build("r1.txt", person("Ahmad Ishaq Jahangir"), org("FIA", country="Pakistan")),
        build("r2.txt", person("Ahmad Ishaque Jehangir"), org("Federal Investigation Agency")),
        build("r3.txt", person("Jahangir"), org("US Embassy")),
        build("r4.txt", person("Tariq Jahangir"), org("US Embassy in Islamabad")),
        build("r5.txt", org("Ministry of Interior", country="Pakistan"),
              org("Ministry of Interior", country="The Gambia")),
        build("r6.txt", org("Ministry of Interior"), person("Jahangir")),
    ]
    outcomes = set()
    for order in itertools.permutations(range(len(batch))):
        result = resolve([batch[i] for i in order], registry=NO_REGISTRY)
        outcomes.add(frozenset((k, frozenset(a.aliases | {a.name}), frozenset(a.reports))
                               for k, a in result.actors.items()))
    assert len(outcomes) == 1


def test_namesakes_in_two_countries_get_country_suffixed_ids():
    batch = [build("r1.txt", org("Ministry of Interior", country="Pakistan")),
             build("r2.txt", org("Ministry of Interior", country="The Gambia"))]
    result = resolve(batch, registry=NO_REGISTRY)
    assert len(result.actors) == 2
    assert "ministry-of-interior" in result.actors
    assert {"ministry-of-interior-pakistan", "ministry-of-interior-the-gambia"} & set(
        result.actors)


def test_person_and_organization_sharing_a_slug():
    batch = [build("r1.txt", person("Somaly Mam")), build("r2.txt", org("Somaly Mam"))]
    result = resolve(batch, registry=NO_REGISTRY)
    assert result.actors["somaly-mam"].type == "Organization"
    assert result.actors["somaly-mam-person"].type == "Person"


def test_relations_are_rewritten_and_duplicates_dropped():
    r1 = build(
        "r1.txt",
        org("Federal Investigation Agency"), org("FIA"), org("UNODC"), person("Cesar Guedes"),
        posts=[Post("a4", "Country Representative", "a3")],
        participations=[Participation("a1", "e1", "organizer"),
                        Participation("a2", "e1", "organizer")],
        collaborations=[Collaboration(("a1", "a3")), Collaboration(("a2", "a3")),
                        Collaboration(("a1", "a2"))],
        endorsements=[Endorsement("a4", "a1"), Endorsement("a4", "a2")],
        commitments=[Commitment("a1", "pledge", "support"), Commitment("a2", "pledge", "Support")],
    )
    result = resolve([r1], registry=NO_REGISTRY)
    facts = result.facts[0]
    fia, unodc, guedes = "federal-investigation-agency", "unodc", "cesar-guedes"
    assert [a.id for a in facts.actors] == [fia, unodc, guedes]
    assert facts.actors[0].aliases == {"FIA"}
    assert [(p.person, p.organization) for p in facts.posts] == [(guedes, unodc)]
    assert [(p.actor, p.role) for p in facts.participations] == [(fia, "organizer")]
    assert [c.actors for c in facts.collaborations] == [(fia, unodc)]
    assert [(e.source, e.target) for e in facts.endorsements] == [(guedes, fia)]
    assert len(facts.commitments) == 1
    assert r1.actors[0].id == "a1", "the input facts are not modified"


def test_relations_are_rewritten_across_reports():
    r1 = build("r1.txt", org("SSDO"), org("UNODC"), collaborations=[Collaboration(("a1", "a2"))])
    r2 = build("r2.txt", org("Sustainable Social Development Organization", "SSDO"),
               endorsements=[])
    result = resolve([r1, r2], registry=NO_REGISTRY)
    ssdo = "sustainable-social-development-organization"
    assert result.facts[0].collaborations[0].actors == (ssdo, "unodc")
    assert result.facts[0].actors[0].name == "Sustainable Social Development Organization"
    assert result.facts[0].actors[0].reports == {r1.report.id}


def test_a_fact_naming_an_unknown_actor_is_an_error():
    bad = build("r1.txt", org("UNODC"), endorsements=[Endorsement("a1", "a9")])
    with pytest.raises(KgError, match="a9"):
        resolve([bad], registry=NO_REGISTRY)


def test_known_actors_keep_their_ids():
    first = resolve([build("r1.txt", person("Ahmad Ishaq Jahangir"),
                           org("Federal Investigation Agency", "FIA"))], registry=NO_REGISTRY)
    known = [replace(a, id="custom-person-id") if a.type == "Person" else a
             for a in first.actors.values()]
    second = resolve([build("r2.txt", person("Ahmad Ishaque Jehangir"), org("FIA"))],
                     known=known, registry=NO_REGISTRY)
    assert set(second.actors) == {"custom-person-id", "federal-investigation-agency"}
    merged = second.actors["custom-person-id"]
    assert len(merged.reports) == 2
    assert [a.id for a in second.facts[0].actors] == ["custom-person-id",
                                                     "federal-investigation-agency"]


def test_new_actor_does_not_take_a_known_id():
    known = resolve([build("r1.txt", person("Ahmad Jahangir"))], registry=NO_REGISTRY)
    result = resolve([build("r2.txt", person("Tariq Jahangir"), org("Ahmad Jahangir"))],
                     known=list(known.actors.values()), registry=NO_REGISTRY)
    assert set(result.actors) == {"tariq-jahangir", "ahmad-jahangir-org"}


def test_decisions_same_and_different_are_honored_and_survive_a_re_resolve(tmp_path):
    batch = [
        build("r1.txt", org("Federal Investigation Agency")),
        build("r2.txt", org("Pakistan Federal Investigation Agency")),
        build("r3.txt", person("Ahmad Ishaq Jahangir")),
        build("r4.txt", person("Ahmad Ishaque Jehangir")),
    ]
    plain = resolve(batch, registry=NO_REGISTRY)
    assert len(plain.actors) == 3
    decisions = Decisions()
    decisions.add_same("federal-investigation-agency", "Pakistan Federal Investigation Agency")
    decisions.add_different("Ahmad Ishaq Jahangir", "Ahmad Ishaque Jehangir")
    path = tmp_path / "decisions.yaml"
    decisions.save(path)
    curated = resolve(batch, registry=NO_REGISTRY, decisions=Decisions.load(path))
    assert clusters(curated) == {
        frozenset({"Pakistan Federal Investigation Agency", "Federal Investigation Agency"}),
        frozenset({"Ahmad Ishaq Jahangir"}),
        frozenset({"Ahmad Ishaque Jehangir"}),
    }
    again = resolve(batch, known=list(curated.actors.values()), registry=NO_REGISTRY,
                    decisions=Decisions.load(path))
    assert set(again.actors) == set(curated.actors)
    assert clusters(again) == clusters(curated)


def test_a_report_that_mixed_up_two_namesakes_does_not_chain_them():
    batch = [
        build("r1.txt", person("Ahmad Jahangir")),
        build("r2.txt", person("Ahmad Jahangir", "Tariq Jahangir")),  # an extraction error
        build("r3.txt", person("Tariq Jahangir")),
    ]
    result = resolve(batch, registry=NO_REGISTRY)
    r1, r3 = result.facts[0].actors[0].id, result.facts[2].actors[0].id
    assert r1 != r3
