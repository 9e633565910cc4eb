"""Two small hand-written reports that share actors (FIA and IOM), for graph and query tests."""

from __future__ import annotations

from datetime import date

from kg.model import (
    Actor,
    Collaboration,
    Commitment,
    Declaration,
    Endorsement,
    Event,
    Evidence,
    Facts,
    Participation,
    Post,
    Report,
)

CONFERENCE_TEXT = (
    "The Federal Investigation Agency (FIA) and IOM organized an International Conference on "
    "Human Trafficking in Islamabad. Director General FIA Ahmad Ishaq Jahangir attended. "
    "US Embassy Deputy Chief of Mission Andrew Schoofer praised the FIA. "
    "The US Embassy assured continuous support for eradicating trafficking in persons. "
    "Jahangir called for stronger border controls. "
    "The Islamabad Declaration called for renewed commitment to combating human trafficking."
)
SIGNING_TEXT = (
    "FIA and the International Organization for Migration signed a memorandum in Islamabad. "
    "IOM Chief of Mission Sara Mehta thanked the FIA. IOM will continue to train officers."
)


def ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def fia() -> Actor:
    return Actor("org/fia", "Federal Investigation Agency", "Organization",
                 subtype="GovernmentAgency", aliases={"FIA"}, country="Pakistan")


def iom() -> Actor:
    return Actor("org/iom", "International Organization for Migration", "Organization",
                 subtype="InternationalOrganization", aliases={"IOM"}, wikidata="Q206520")


def conference_report(text: str = CONFERENCE_TEXT) -> Report:
    return Report(text=text, source="reports/conference.txt",
                  title="FIA and IOM hold conference on trafficking",
                  published=date(2024, 2, 28), author="Staff Reporter")


def conference_facts(report: Report | None = None) -> Facts:
    report = report or conference_report()
    t = report.text
    s1 = t.split(". ")[0] + "."
    return Facts(
        report=report,
        actors=[
            fia(), iom(),
            Actor("person/jahangir", "Ahmad Ishaq Jahangir", "Person", aliases={"FIA DG"}),
            Actor("org/us-embassy", "US Embassy", "Organization", subtype="DiplomaticMission"),
            Actor("person/schoofer", "Andrew Schoofer", "Person"),
        ],
        posts=[
            Post("person/jahangir", "Director General", "org/fia",
                 ev(t, "Director General FIA Ahmad Ishaq Jahangir attended.")),
            Post("person/schoofer", "Deputy Chief of Mission", "org/us-embassy"),
        ],
        events=[Event("ict-2024", "International Conference on Human Trafficking", "Conference",
                      place="Islamabad", date=date(2024, 2, 28), topics={"human-trafficking"},
                      evidence=ev(t, s1))],
        participations=[
            Participation("org/fia", "ict-2024", "organizer", ev(t, s1)),
            Participation("org/iom", "ict-2024", "organizer", ev(t, s1)),
            Participation("person/jahangir", "ict-2024", "participant"),
            Participation("person/schoofer", "ict-2024", "speaker"),
        ],
        collaborations=[Collaboration(("org/fia", "org/iom"), ev(t, s1))],
        endorsements=[Endorsement("person/schoofer", "org/fia",
                                  ev(t, "US Embassy Deputy Chief of Mission Andrew Schoofer "
                                        "praised the FIA."))],
        commitments=[
            Commitment("org/us-embassy", "pledge",
                       "continuous support for eradicating trafficking in persons", "ict-2024",
                       topics={"human-trafficking"}),
            Commitment("person/jahangir", "call", "stronger border controls", "ict-2024",
                       evidence=ev(t, "Jahangir called for stronger border controls.")),
        ],
        declarations=[Declaration("ict-2024",
                                  ["renewed commitment to combating human trafficking"],
                                  name="Islamabad Declaration",
                                  topics={"human-trafficking"})],
    )


def signing_report() -> Report:
    return Report(text=SIGNING_TEXT, source="https://news.example/mou?id=2",
                  title="FIA and IOM sign memorandum", published=date(2024, 3, 5))


def signing_facts() -> Facts:
    report = signing_report()
    t = report.text
    s1 = t.split(". ")[0] + "."
    return Facts(
        report=report,
        actors=[fia(), iom(), Actor("person/mehta", "Sara Mehta", "Person")],
        # a post whose organization the report leaves unsaid
        posts=[Post("person/mehta", "Chief of Mission", "org/iom"),
               Post("person/mehta", "Spokesperson", None)],
        events=[Event("mou-2024", "MoU signing ceremony", "Signing", place="Islamabad",
                      date=date(2024, 3, 5))],
        participations=[
            Participation("org/fia", "mou-2024", "organizer"),
            Participation("org/iom", "mou-2024", "organizer"),
            Participation("person/mehta", "mou-2024", "participant"),
        ],
        # the reverse order of the first report: still the same unordered pair
        collaborations=[Collaboration(("org/iom", "org/fia"), ev(t, s1))],
        endorsements=[Endorsement("person/mehta", "org/fia",
                                  ev(t, "IOM Chief of Mission Sara Mehta thanked the FIA."))],
        commitments=[Commitment("org/iom", "pledge", "continue to train officers",
                                evidence=ev(t, "IOM will continue to train officers."))],
    )
