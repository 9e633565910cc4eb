"""A blank line ends a sentence, whatever the parser makes of the words around it."""

from kg.extract.nlp import load_nlp


def test_a_heading_without_a_full_stop_is_a_sentence_of_its_own():
    doc = load_nlp()("RIVER BASIN MINISTERS MEET IN KANDALA\n\nThe Chair of the Basin Authority, "
                     "Mira Soltane, opened the meeting on Monday.")
    first, second = list(doc.sents)
    assert first.text.strip() == "RIVER BASIN MINISTERS MEET IN KANDALA"
    assert second.text.startswith("The Chair of the Basin Authority")


def test_a_list_item_ends_at_the_blank_line_after_it():
    doc = load_nlp()("The ministers agreed to:\n\n- share flood data every day\n\n"
                     "Delegates from twelve agencies attended.")
    texts = [s.text.strip() for s in doc.sents]
    assert "Delegates from twelve agencies attended." in texts


def test_a_single_line_break_does_not_cut_a_sentence():
    doc = load_nlp()("The Director of the Agency, Jane Roe, opened\nthe forum in Kandala.")
    assert len(list(doc.sents)) == 1
