"""Who praises when the report names them by a bare title read once (refs.titled_proper), by
"Members" of a body whose own meeting the report is about, by "I" of a blog or an interview,
and whom, when a one-word name is written again."""


def test_a_bare_title_is_the_person_it_was_written_ahead_of(run):
    r = run(
        "The Olvar Water Board and the Arlow Relief Agency signed a grant agreement on Monday. It "
        "was signed by Mr. Jon Weir, Secretary General of the Olvar Water Board, and by Ms. Ina "
        "Kapp, Director of the Arlow Relief Agency.\n\n"
        "In his remarks, the Secretary General thanked the Arlow Relief Agency for its support."
    )
    assert ("Jon Weir", "Arlow Relief Agency") in r.endorsements
    assert not any(s == "Ina Kapp" for s, _ in r.endorsements)


def test_members_of_a_network_whose_meeting_is_told_praise_as_the_network(run):
    r = run(
        "1. The Annual Meeting of the Coral Sea Harbour Masters Network was held in Port Olvar "
        "from 2 to 4 May 2025. It was hosted by the Olvar Port Authority.\n\n"
        "2. Members expressed their appreciation to the Olvar Port Authority for its hospitality "
        "and thanked the Brenz Maritime Agency for its long support to the Network."
    )
    assert ("Coral Sea Harbour Masters Network", "Olvar Port Authority") in r.endorsements
    assert ("Coral Sea Harbour Masters Network", "Brenz Maritime Agency") in r.endorsements
    assert ("Olvar Port Authority", "Brenz Maritime Agency") not in r.endorsements


def test_the_writer_of_a_blog_who_thanks_is_no_one_named(run):
    r = run(
        "Last week I joined twenty advocates at a training run by the Brenz Disability Forum. "
        "The forum's chair, Ms. Mara Kell, opened the course and thanked the Olvar Health "
        "Institute "
        "for its support.\n\n"
        "I want to thank Mara and Tomas Vey for their patience, and my colleague Lena Ostrova "
        "for her help."
    )
    assert ("Mara Kell", "Olvar Health Institute") in r.endorsements
    assert not any(s == "Lena Ostrova" for s, _ in r.endorsements)


def test_the_answer_of_an_interview_is_the_one_spoken_to_not_the_reporter(run):
    r = run(
        "THE INTERVIEW\n\n"
        "The Brenz Port Authority runs the harbour of Olvar. Our reporter Kim Dale spoke to the "
        "authority's Director General, Ms. Ana Pirez, on Monday.\n\n"
        "Q: Who helps you?\n\n"
        "A: Many partners. I want to thank the Olvar Maritime Trust for years of patient work."
    )
    assert ("Ana Pirez", "Olvar Maritime Trust") in r.endorsements
    assert ("Kim Dale", "Olvar Maritime Trust") not in r.endorsements


def test_the_chair_an_agent_names_is_who_he_stands_for_next(run):
    r = run(
        "Minutes of the 12th meeting of the Delta Library Council\n\n"
        "Present:\n"
        "Mr Tomas Vey - Chairperson, Delta Library Council (Olvar Library Association)\n"
        "Ms Lena Ostrova - Treasurer, Delta Library Council (Arlow Library Association)\n"
        "Mr Piet Rand - Secretary, Delta Library Council\n\n"
        "1.1 The meeting, hosted by the Olvar Library Association, was opened by the Chairperson "
        "at 09:10. He thanked the Olvar Library Association and the National Library of Olvar "
        "for their hospitality."
    )
    assert ("Tomas Vey", "National Library of Olvar") in r.endorsements
    assert not any(s == "Piet Rand" for s, _ in r.endorsements)


def test_the_chair_marked_in_a_list_of_those_present(run):
    r = run(
        "Minutes of the annual meeting of the Delta Ombudsmen\n\n"
        "Participants:\n"
        "Mr. Ivo Pirez, Ombudsman of the Olvar Parliament (Chair)\n"
        "Dr. Kim Dale, Director of the Arlow Science Foundation\n\n"
        "1.1 The Chair opened the meeting at 09.30 and welcomed the members. He thanked the "
        "Brenz Library Trust for providing the venue."
    )
    assert ("Ivo Pirez", "Brenz Library Trust") in r.endorsements
    assert ("Kim Dale", "Brenz Library Trust") not in r.endorsements


def test_a_person_not_among_the_actors_does_not_praise_as_the_last_one_named(run):
    r = run(
        "The Met Office and the Brenz Weather Department signed an agreement. Claire Oduya of "
        "the Met Office spoke first. Alam said the agreement would help, and thanked the Met "
        "Office for its help."
    )
    assert ("Claire Oduya", "Met Office") not in r.endorsements


def test_a_middle_name_written_alone_is_the_person_who_praises(run):
    r = run(
        "The Olvar University (OU) and the Brenz Polar Institute signed an agreement. Dr. Andres "
        "Soto Carcamo, rector of the Olvar University, spoke next. Dr. Soto said OU would offer "
        "places to students, and congratulated the Brenz Polar Institute on the agreement."
    )
    assert ("Andres Soto Carcamo", "Brenz Polar Institute") in r.endorsements
