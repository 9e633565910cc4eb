"""KnownActors: the known actors a batch can join, and resolving against them alone gives the
same result as resolving against every known actor."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from kg.model import Actor, Facts
from kg.resolve import Decisions, Registry, RegistryEntry, resolve
from kg.resolve.known import KnownActors, resolve_with, slim

from .sample import NO_REGISTRY, build, org, person


def known(*actors: Actor, registry: Registry = NO_REGISTRY, decisions=None) -> KnownActors:
    return KnownActors.of(actors, registry, decisions)


def actor(ident: str, name: str, *aliases: str, type: str = "Organization",
          country: str | None = None) -> Actor:
    return Actor(ident, name, type, aliases=set(aliases), country=country)  # type: ignore[arg-type]


def candidate_ids(table: KnownActors, batch: Sequence[Facts], **kw) -> set[str]:
    return {a.id for a in table.candidates(batch, **kw)}


# -- what makes a known actor a candidate ------------------------------------------------


def test_a_known_actor_sharing_only_an_acronym_is_a_candidate():
    table = known(
        actor("ssdo", "Sustainable Social Development Organization"),
        actor("other", "National Police Bureau"),
    )
    batch = [build("r1.txt", org("SSDO"))]
    assert candidate_ids(table, batch) == {"ssdo"}
    # and the resolution uses it: the acronym joins the known actor
    assert [a.id for a in resolve_with(batch, table).facts[0].actors] == ["ssdo"]


def test_a_known_acronym_is_a_candidate_for_a_full_name_that_gives_it():
    table = known(actor("ssdo", "SSDO"), actor("other", "NPB"))
    batch = [build("r1.txt", org("Sustainable Social Development Organization"))]
    assert candidate_ids(table, batch) == {"ssdo"}


def test_a_known_actor_sharing_only_a_bare_surname_is_a_candidate():
    table = known(
        actor("ahmad-jahangir", "Ahmad Jahangir", type="Person"),
        actor("tariq-khan", "Tariq Khan", type="Person"),
    )
    batch = [build("r1.txt", person("Jahangir"))]
    assert candidate_ids(table, batch) == {"ahmad-jahangir"}
    assert [a.id for a in resolve_with(batch, table).facts[0].actors] == ["ahmad-jahangir"]


def test_a_known_bare_surname_is_a_candidate_for_a_full_name():
    table = known(actor("jahangir", "Jahangir", type="Person"),
                  actor("khan", "Khan", type="Person"))
    batch = [build("r1.txt", person("Ahmad Jehangir"))]
    assert candidate_ids(table, batch) == {"jahangir"}


def test_a_known_actor_sharing_only_a_registry_entry_is_a_candidate():
    entry = RegistryEntry("Federal Investigation Agency", "Organization",
                          aliases=("Agency of Federal Investigations",))
    registry = Registry([entry])
    table = known(actor("fia", "Federal Investigation Agency"), actor("npb", "NPB"),
                  registry=registry)
    batch = [build("r1.txt", org("Agency of Federal Investigations"))]
    assert candidate_ids(table, batch) == {"fia"}
    assert [a.id for a in resolve_with(batch, table).facts[0].actors] == ["fia"]


def test_a_known_actor_sharing_only_a_place_less_base_is_a_candidate():
    table = known(actor("embassy", "US Embassy in Islamabad"), actor("other", "UK Embassy"))
    assert candidate_ids(table, [build("r1.txt", org("US Embassy"))]) == {"embassy"}
    table = known(actor("embassy", "US Embassy"), actor("other", "UK Embassy in Banjul"))
    assert candidate_ids(table, [build("r1.txt", org("US Embassy in Islamabad"))]) == {"embassy"}


def test_a_known_actor_a_same_decision_names_is_a_candidate():
    decisions = Decisions()
    table = known(actor("fia", "Federal Investigation Agency"), decisions=decisions)
    batch = [build("r1.txt", org("Pakistan's Investigators"))]
    assert candidate_ids(table, batch) == set()
    decisions.add_same("fia", "Pakistan's Investigators")  # read again once changed
    assert candidate_ids(table, batch) == {"fia"}
    assert [a.id for a in resolve_with(batch, table).facts[0].actors] == ["fia"]


def test_names_learnt_later_are_indexed():
    table = known(actor("fia", "Federal Investigation Agency"))
    batch = [build("r1.txt", org("Investigation Agency of the Federation"))]
    assert candidate_ids(table, batch) == set()
    table.absorb([actor("fia", "Federal Investigation Agency",
                        "Investigation Agency of the Federation")])
    assert candidate_ids(table, batch) == {"fia"}
    assert table.actors["fia"].aliases == {"Investigation Agency of the Federation",
                                           "Federal Investigation Agency"}


def test_the_table_keeps_no_reports_or_evidence():
    [facts] = [build("r1.txt", org("Federal Investigation Agency"))]
    table = known()
    resolve_with([facts], table)
    [kept] = table.actors.values()
    assert kept.reports == set() and kept.evidence == []
    assert kept == slim(kept)


# -- the closure -------------------------------------------------------------------------


def test_the_closure_follows_a_chain_of_keys():
    table = known(
        actor("alpha", "Alpha Works", "Beta Works", country="Pakistan"),
        actor("beta", "Beta Works", "Gamma Works", country="Gambia"),
        actor("gamma", "Gamma Works", country="India"),
        actor("delta", "Delta Works"),
    )
    batch = [build("r1.txt", org("Alpha Works"))]
    assert candidate_ids(table, batch, hops=1) == {"alpha"}
    assert candidate_ids(table, batch, hops=2) == {"alpha", "beta"}
    assert candidate_ids(table, batch) == {"alpha", "beta", "gamma"}


def test_a_known_actor_passes_on_its_keys_but_not_an_edge_to_another_known_actor():
    # the board's initials meet the known "NPB"; the known bureau's initials meet that "NPB"
    # too, but two known actors never merge, so that is not followed (it is with spread_all)
    table = known(
        actor("bureau", "National Police Bureau"),
        actor("npb-gambia", "NPB", country="Gambia"),
    )
    batch = [build("r1.txt", org("National Police Board"))]
    assert candidate_ids(table, batch) == {"npb-gambia"}
    assert candidate_ids(table, batch, spread_all=True) == {"npb-gambia", "bureau"}


def test_the_second_actor_of_a_registry_entry_changes_the_result():
    # both known actors match the entry; the first (by id) holds it, so the second holds no
    # entry and may merge with a batch actor of another entry through a shared name
    registry = Registry([
        RegistryEntry("Federal Investigation Agency", "Organization",
                      aliases=("Federal Investigation Agency of Pakistan",)),
        RegistryEntry("Bureau of Investigations", "Organization"),
    ])
    table = known(
        actor("agency-2", "Federal Investigation Agency of Pakistan"),
        actor("fia", "Federal Investigation Agency", "Investigation Bureau"),
        registry=registry,
    )
    batch = [build("r1.txt", org("Investigation Bureau", "Bureau of Investigations"))]
    assert candidate_ids(table, batch, hops=1) == {"fia"}
    assert candidate_ids(table, batch) == {"agency-2", "fia"}
    every = resolve(batch, known=list(table.actors.values()), registry=registry)
    one_hop = resolve(batch, known=table.candidates(batch, hops=1), taken=table.taken(),
                      registry=registry)
    assert [a.id for a in every.facts[0].actors] == ["fia"]
    assert [a.id for a in one_hop.facts[0].actors] != ["fia"]  # why the closure is needed
    assert resolve_with(batch, table).facts == every.facts


def check_closure_needed(table: KnownActors, batch: list[Facts], registry=NO_REGISTRY):
    """The closure resolves as every known actor does, and one hop does not."""
    every = resolve(batch, known=list(table.actors.values()), registry=registry,
                    decisions=table.decisions)
    one_hop = resolve(batch, known=table.candidates(batch, hops=1), taken=table.taken(),
                      registry=registry, decisions=table.decisions)
    closure = resolve(batch, known=table.candidates(batch), taken=table.taken(),
                      registry=registry, decisions=table.decisions)
    assert (closure.facts, closure.actors) == (every.facts, every.actors)
    assert (one_hop.facts, one_hop.actors) != (every.facts, every.actors)
    return every


@pytest.mark.parametrize("spelled", [
    # both known actors have the bare "alhassan" (key); the edges read the spelling of the
    # last one, "Al Hassan" (surname Hassan), so "Karim Osei" (of "Alhassan") points to
    # "Sadia Hassan" as well, and being the first, is the one merged into it
    actor("tariq-khan", "Tariq Khan", "Al Hassan", type="Person"),
    # "Al Hassan" a known actor of nothing but that bare surname: the batch meets it through
    # the surname alone, and its key must still bring "Karim Osei"
    actor("zz-al-hassan", "Al Hassan", type="Person"),
], ids=["alias-of-a-full-name", "bare-surname-alone"])
def test_a_bare_surname_spelled_in_two_words_reaches_its_one_word_spelling(spelled: Actor):
    table = known(actor("karim-osei", "Karim Osei", "Alhassan", type="Person"), spelled)
    batch = [build("r1.txt", person("Sadia Hassan"))]
    # the table knows the key "alhassan" in both spellings, so "Karim Osei" gives the
    # signals of "Al Hassan" too (kg.resolve.bare_signals): one step reaches both
    assert candidate_ids(table, batch, hops=1) == {"karim-osei", spelled.id}
    assert candidate_ids(table, batch) == {"karim-osei", spelled.id}
    every = resolve(batch, known=list(table.actors.values()), registry=NO_REGISTRY)
    closure = resolve(batch, known=table.candidates(batch), taken=table.taken(),
                      registry=NO_REGISTRY)
    assert (closure.facts, closure.actors) == (every.facts, every.actors)
    assert [a.id for a in every.facts[0].actors] == ["karim-osei"]


def test_a_known_bare_surname_passes_on_the_full_names_it_points_to():
    # the known "Osei" also goes by "Alhassan", which points to "Sadia Alhassan": so it is
    # not a lone bare surname, and the batch's "Osei" must not merge with it
    table = known(
        actor("osei", "Osei", "Alhassan", type="Person"),
        actor("sadia-alhassan", "Sadia Alhassan", type="Person"),
    )
    batch = [build("r1.txt", person("Osei"))]
    assert candidate_ids(table, batch, hops=1) == {"osei"}
    every = check_closure_needed(table, batch)
    assert [a.id for a in every.facts[0].actors] == ["osei-2"]


def test_a_known_bare_surname_passes_that_on_to_the_actors_of_its_keys():
    # the known "Osei" also goes by "Alhassan"; the last known actor of that key spells it
    # "Al Hassan" (surname Hassan), which is how the edges read it: so "Osei" points to
    # "Sadia Hassan", is no lone bare surname, and the batch's "Osei" stays apart
    table = known(
        actor("osei", "Osei", "Alhassan", type="Person"),
        actor("zz-al-hassan", "Al Hassan", type="Person"),
        actor("sadia-hassan", "Sadia Hassan", type="Person"),
    )
    batch = [build("r1.txt", person("Osei"))]
    assert candidate_ids(table, batch) == {"osei", "zz-al-hassan", "sadia-hassan"}
    every = check_closure_needed(table, batch)
    assert [a.id for a in every.facts[0].actors] == ["osei-2"]


def test_a_known_bare_surname_reached_through_it_alone_passes_on_nothing():
    # one "Khan" must not bring every Khan: a full name of the batch meets the known bare
    # "Khan", which could merge into it, but not another known actor's bare surnames
    table = known(
        actor("khan", "Khan", type="Person"),
        actor("tariq-khan", "Tariq Khan", type="Person"),
    )
    batch = [build("r1.txt", person("Sadia Khan"))]
    assert candidate_ids(table, batch) == {"khan"}
    assert candidate_ids(table, batch, spread_all=True) == {"khan", "tariq-khan"}
    every = resolve(batch, known=list(table.actors.values()), registry=NO_REGISTRY)
    assert resolve_with(batch, table).facts == every.facts


def test_a_same_decision_between_two_known_actors_brings_both():
    decisions = Decisions()
    decisions.add_same("fia", "investigators")
    table = known(
        actor("fia", "Federal Investigation Agency"),
        actor("investigators", "Investigators of Pakistan"),
        decisions=decisions,
    )
    batch = [build("r1.txt", org("Federal Investigation Agency"))]
    assert candidate_ids(table, batch, hops=1) == {"fia"}
    every = check_closure_needed(table, batch)
    assert "Investigators of Pakistan" in every.actors["fia"].aliases


def test_a_bare_surname_a_decision_joins_to_a_known_one_passes_on_its_full_names():
    # "Alhassan" (y-1) is one actor with the known "Osei" (k-1) by decision, and points to
    # "Sadia Alhassan": so that pair is no lone bare surname, and the batch's "Osei" stays
    # apart from it
    decisions = Decisions()
    decisions.add_same("k-1", "y-1")
    table = known(
        actor("k-1", "Osei", type="Person"),
        actor("y-1", "Alhassan", type="Person"),
        actor("sadia-alhassan", "Sadia Alhassan", type="Person"),
        decisions=decisions,
    )
    batch = [build("r1.txt", person("Osei"))]
    assert candidate_ids(table, batch) == {"k-1", "y-1", "sadia-alhassan"}
    every = resolve(batch, known=list(table.actors.values()), registry=NO_REGISTRY,
                    decisions=decisions)
    assert [a.id for a in every.facts[0].actors] == ["osei"]
    assert resolve_with(batch, table).facts == every.facts


def test_a_new_actor_does_not_take_the_id_of_a_known_actor_that_is_no_candidate():
    table = known(actor("ahmad-jahangir", "Ahmad Jahangir"))  # an organization
    batch = [build("r1.txt", person("Ahmad Jahangir"))]
    assert candidate_ids(table, batch) == set()
    assert [a.id for a in resolve_with(batch, table).facts[0].actors] == [
        "ahmad-jahangir-person"
    ]


# -- the same result as against every known actor ----------------------------------------


def against_all(batches: list[list[Facts]], registry: Registry, decisions: Decisions):
    """What an ingest did before the index: every batch against every known actor."""
    table: dict[str, Actor] = {}
    out = []
    for batch in batches:
        result = resolve(batch, known=list(table.values()), registry=registry,
                         decisions=decisions)
        for merged in result.actors.values():
            if merged.id in table:
                table[merged.id].aliases |= merged.aliases | {merged.name}
            else:
                table[merged.id] = slim(merged)
        out.append(result)
    return out


def against_index(batches: list[list[Facts]], registry: Registry, decisions: Decisions):
    table = KnownActors.of((), registry, decisions)
    return [resolve_with(batch, table) for batch in batches]


def assert_same(batches, registry=NO_REGISTRY, decisions=None):
    decisions = decisions or Decisions()
    every = against_all(batches, registry, decisions)
    indexed = against_index(batches, registry, decisions)
    for n, (a, b) in enumerate(zip(every, indexed, strict=True)):
        assert b.facts == a.facts, f"batch {n}"
        assert b.actors == a.actors, f"batch {n}"


REGISTRY = Registry([
    RegistryEntry("Federal Investigation Agency", "Organization", acronyms=("FIA",),
                  country="Pakistan"),
    RegistryEntry("National Police Bureau", "Organization",
                  aliases=("Police Bureau of the Nation",)),
])


def test_a_crafted_ingest_resolves_as_against_every_known_actor():
    decisions = Decisions()
    decisions.add_same("Investigators of Pakistan", "federal-investigation-agency")
    decisions.add_different("Ahmad Jahangir", "Ahmad Tariq Jahangir")
    batches = [
        [build("r1.txt", person("Ahmad Ishaq Jahangir", "Jahangir"),
               org("Federal Investigation Agency", "FIA"), org("US Embassy in Islamabad")),
         build("r2.txt", person("Tariq Jahangir"), org("National Police Bureau", "NPB"))],
        [build("r3.txt", person("Jahangir"), org("US Embassy"), org("FIA")),
         build("r4.txt", person("Ahmad Jehangir", country="Pakistan"),
               org("Investigators of Pakistan"))],
        [build("r5.txt", person("Ahmad Tariq Jahangir"), org("NPB", country="Gambia"),
               org("Police Bureau of the Nation")),
         build("r6.txt", person("A. Jahangir"), org("US Embassy in Banjul"))],
        [build("r7.txt", person("Karim Osei", "Karim", "Osei"), person("Al Hassan")),
         build("r8.txt", person("Alhassan"), person("Sadia Osei", "Osei"))],
        [build("r9.txt", person("Osei"), person("Karim"), org("Sustainable Development Forum")),
         build("r10.txt", person("Ali Al Hassan"), org("SDF"), org("FIA Pakistan"))],
    ]
    assert_same(batches, REGISTRY, decisions)


GIVEN = ["Ahmad", "Ahmed", "Ali", "Karim", "Sadia", "Tariq", "Osei", "Hassan", "A."]
SURNAMES = ["Khan", "Osei", "Hassan", "Al Hassan", "Alhassan", "Jahangir", "Jehangir",
            "Karim", "Syed Ali"]
ORGS = ["Federal Investigation Agency", "National Police Bureau", "Police Bureau of the Nation",
        "Sustainable Development Forum", "US Embassy", "Development Forum",
        "Forum for Development", "Investigation Bureau"]
PLACES = ["Islamabad", "Banjul"]
COUNTRIES = [None, None, "Pakistan", "Gambia"]


def random_actor(rng: random.Random) -> dict:
    if rng.random() < 0.5:
        surname = rng.choice(SURNAMES)
        forms = [f"{rng.choice(GIVEN)} {surname}"]
        if rng.random() < 0.3:
            forms = [surname]  # a bare surname alone
        elif rng.random() < 0.4:
            forms.append(surname.split()[-1])
        if rng.random() < 0.2:
            forms.append(rng.choice(GIVEN).rstrip("."))  # a given name alone
        if rng.random() < 0.1:
            forms.append(f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)}")  # a mix-up
        return person(*dict.fromkeys(forms), country=rng.choice(COUNTRIES))
    name = rng.choice(ORGS)
    if rng.random() < 0.3:
        name = f"{name} in {rng.choice(PLACES)}"
    forms = [name]
    if rng.random() < 0.3:
        forms.append("".join(w[0] for w in name.split() if w[0].isupper()))
    if rng.random() < 0.15:
        forms = [forms[-1]]
    return org(*dict.fromkeys(forms), country=rng.choice(COUNTRIES))


@pytest.mark.parametrize("seed", range(12))
def test_random_ingests_resolve_as_against_every_known_actor(seed):
    """Small pools, so that names collide in every way the resolver knows: spelling and
    spacing variants, bare surnames and given names, acronyms, places, registry entries,
    curation decisions."""
    rng = random.Random(seed)
    decisions = Decisions()
    if seed % 3 == 0:
        decisions.add_same("Karim Osei", "Sadia Osei")
        decisions.add_different("Ahmad Khan", "Ahmed Khan")
    batches = []
    for b in range(8):
        batch = []
        for r in range(rng.randint(1, 3)):
            actors = [random_actor(rng) for _ in range(rng.randint(1, 5))]
            batch.append(build(f"r{b}-{r}.txt", *actors))
        batches.append(batch)
    assert_same(batches, REGISTRY, decisions)
