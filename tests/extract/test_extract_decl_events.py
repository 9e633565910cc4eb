"""The gathering a declaration belongs to, read from the sentence that adopts it
(kg.extract.decl_events)."""


def test_assembly_that_closed_with_the_adoption_is_the_declarations_event(run):
    r = run(
        "LIMA, May 3 - The Andean Parliamentary Forum's 12th Assembly closed in Lima on Friday "
        "with the adoption of the Lima Declaration, which calls for fairer water sharing "
        "between upstream and downstream towns.\n\nLater, Forum President Ana Ruiz held a "
        "press conference at the Lima Convention Centre."
    )
    decl = r.facts.declarations[0]
    event = next(e for e in r.facts.events if e.id == decl.event)
    assert "12th Assembly" in event.name
    assert any("fairer water sharing" in c for c in decl.calls)


def test_summit_that_adopted_the_text_is_its_event(run):
    r = run(
        "The Pacific Islands Summit opened in Suva on Monday with a workshop on fisheries. "
        "On Tuesday the summit adopted the Suva Declaration, which urges states to end "
        "driftnet fishing by 2030."
    )
    decl = r.facts.declarations[0]
    event = next(e for e in r.facts.events if e.id == decl.event)
    assert "Summit" in event.name


def test_a_body_adopting_texts_in_the_background_is_no_gathering(run):
    r = run(
        "The Board of the Pacific Fisheries Council met in Suva on Monday and adopted the Suva "
        "Communique, which urges states to end driftnet fishing by 2030.\n\nSince 2019 the "
        "Pacific Assembly has adopted two resolutions on fisheries.",
    )
    assert r.facts.declarations
    assert not any("Assembly" in e.name for e in r.facts.events)
