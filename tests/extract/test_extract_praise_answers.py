"""Endorsements said in an interview's answers ("I thank ..."), and a praised person named in
apposition to a title (kg.extract.praisers, kg.extract.praised)."""


def test_i_in_an_unmarked_answer_is_the_person_interviewed(run):
    r = run(
        "\"Rivers do not stop at borders\"\n\n"
        "Lena Marsh-Okoro, Director of the Delta Basin Authority, on the new water accord\n\n"
        "Interview by Tom Vesely\n\n"
        "Director, why did the Authority host the talks?\n\n"
        "Because we had results to show. I want to thank the Upper Valley Water Board, and "
        "especially its chair, Dr. Paulo Renn-Adeyemi, for their patience.\n"
    )
    assert ("Lena Marsh-Okoro", "Upper Valley Water Board") in r.endorsements
    assert ("Lena Marsh-Okoro", "Paulo Renn-Adeyemi") in r.endorsements
    assert not any(s == "Tom Vesely" for s, _ in r.endorsements)


def test_i_after_a_speakers_label_is_that_speaker(run):
    r = run(
        "An interview with Dr. Kwesi Oppong-Mensah, head of inspections at the Coastal "
        "Fisheries Office\n\n"
        "Harbour Weekly: Who helped most?\n\n"
        "Oppong-Mensah: The Port Services Agency has been very active, and I commend its "
        "director, Mr. Ato Quaye-Bonsu, for publishing the results.\n"
    )
    assert ("Kwesi Oppong-Mensah", "Ato Quaye-Bonsu") in r.endorsements


def test_i_in_a_column_is_no_one(run):
    r = run(
        "The Delta Basin Authority met on Monday under its director, Lena Marsh-Okoro.\n\n"
        "I want to thank the Upper Valley Water Board for its patience.\n"
    )
    assert not any(t == "Upper Valley Water Board" for _, t in r.endorsements)


def test_a_body_qualifying_the_title_of_a_person_named_is_not_praised(run):
    r = run(
        "Prime Minister Ana Velez thanked the ASEAN Secretary General, Rafael Moreno-Dizon, "
        "and his team for their work in preparing the meeting."
    )
    assert ("Ana Velez", "Rafael Moreno-Dizon") in r.endorsements
    assert ("Ana Velez", "ASEAN") not in r.endorsements



def test_members_are_not_the_body_that_hosted_their_meeting(run):
    r = run(
        "The annual meeting of harbour ombudsmen was held in Kirkwall on 27 August. It was "
        "hosted by the Office of the Harbour Ombudsman of Orkney.\n\n"
        "Members thanked Mr Jon Dahlberg and his staff for their hospitality."
    )
    assert not any(s == "Office of the Harbour Ombudsman of Orkney" for s, _ in r.endorsements)
