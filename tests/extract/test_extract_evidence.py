"""Every fact carries the sentence stating it, with offsets that slice the report text."""

from kg.model import Evidence

TEXT = (
    "Karachi: A workshop on border management was organized by the Federal Investigation "
    "Agency (FIA) in collaboration with the National Border Agency on Wednesday.\n"
    "Maria Lopez, Deputy Director of the National Border Agency, said the training was vital. "
    "Ahmad Ishaq Jahangir praised the National Border Agency for its support. "
    "He pledged continuous support for joint investigations. Jane Doe called for stronger "
    "protection of victims. The workshop concluded with the adoption of a declaration that "
    "called for closer cooperation among agencies and the protection of migrant workers."
)


def _check(ev: Evidence | None, text: str, must_contain: str = "") -> None:
    assert ev is not None
    assert text[ev.start : ev.end].strip() == ev.sentence
    assert ev.sentence and "\n" not in ev.sentence
    assert must_contain in ev.sentence


def test_every_fact_has_evidence_slicing_the_text(run):
    r = run(TEXT)
    f = r.facts
    assert (
        f.posts
        and f.events
        and f.collaborations
        and f.endorsements
        and f.commitments
        and f.declarations
    )
    for a in f.actors:
        assert a.evidence
        for ev in a.evidence:
            _check(ev, TEXT)
    for p in f.posts:
        _check(p.evidence, TEXT, "Deputy Director")
    for e in f.events:
        _check(e.evidence, TEXT)
    for c in f.collaborations:
        _check(c.evidence, TEXT)
    for en in f.endorsements:
        _check(en.evidence, TEXT, "praised")
    for c in f.commitments:
        _check(c.evidence, TEXT, c.text.split()[0])
    for d in f.declarations:
        _check(d.evidence, TEXT, "declaration")


def test_actor_evidence_names_the_actor(run):
    r = run(TEXT)
    for a in r.facts.actors:
        assert any(any(n in ev.sentence for n in a.names) for ev in a.evidence), a.name
