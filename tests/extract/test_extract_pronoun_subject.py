"""A subject pronoun takes up the person the sentence before is about (kg.extract.refs)."""


def test_he_after_a_sentence_about_someone_is_that_someone(run):
    r = run(
        "Director Paul Mensah thanked Inspector John Reed for his visit to the port. Recalling "
        "his own trip last year, he said the port police would keep patrolling the docks "
        "at night."
    )
    assert [a for a, k, _ in r.commitments] == ["Paul Mensah"]


def test_a_person_named_before_the_pronoun_in_its_sentence_wins(run):
    r = run(
        "Director Paul Mensah thanked Inspector John Reed for his visit. Asked by Anna Berg "
        "about the docks, she said the port police would keep patrolling them at night."
    )
    assert {a for a, k, _ in r.commitments} == {"Anna Berg"}
