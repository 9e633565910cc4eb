"""Event spans and venues: the days a gathering lasted and where it was held."""

from datetime import date

import pytest

from kg.extract.event_dates import date_span, fill_event, venue_of
from kg.model import Event

WED = date(2024, 2, 28)
VENUES = ("Hotel", "Convention Centre", "Hall")


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("The forum ran from 3 to 5 July 2023 in Accra.", None,
         (date(2023, 7, 3), date(2023, 7, 5))),
        ("Delegates met on 12-14 March.", WED, (date(2024, 3, 12), date(2024, 3, 14))),
        ("The talks, held October 9-10, 2019, ended late.", None,
         (date(2019, 10, 9), date(2019, 10, 10))),
        ("It took place from 30 June to 2 July 2022.", None,
         (date(2022, 6, 30), date(2022, 7, 2))),
        ("Ministers met from Monday to Wednesday in Hanoi.", WED,
         (date(2024, 2, 26), date(2024, 2, 28))),
        ("The forum met in Accra on 3 July 2023.", None, None),  # one day is no span
        ("Aged 12-14 years, March pupils came.", None, None),  # no year, no publication date
    ],
)
def test_date_span(sentence, published, expected):
    assert date_span(sentence, published) == expected


def test_length_and_closing_day_give_the_span():
    ev = Event("e1", "Coastal Fisheries Workshop", date=WED)
    fill_event(ev, ["A three-day workshop on coastal fisheries closed in Mombasa on Tuesday."],
               WED, VENUES)
    assert (ev.start, ev.end, ev.date) == (date(2024, 2, 25), date(2024, 2, 27),
                                           date(2024, 2, 25))


def test_opening_and_closing_days_across_sentences():
    ev = Event("e1", "Coastal Fisheries Workshop")
    fill_event(ev, ["The workshop opened on Monday at the Bahari Beach Hotel.",
                    "It concluded on Wednesday with a joint statement."], WED, VENUES)
    assert (ev.start, ev.end) == (date(2024, 2, 26), date(2024, 2, 28))
    assert ev.venue == "Bahari Beach Hotel"


def test_a_later_sentences_span_of_another_gathering_is_not_taken():
    ev = Event("e1", "Regional Conference on Drug Control", date=date(2019, 9, 16))
    fill_event(ev, ["The Regional Conference on Drug Control opened in Tashkent.",
                    "The previous conference was held on 24-25 October 2017."], None, VENUES)
    assert ev.date == date(2019, 9, 16) and ev.start is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Leaders met at the Lakeview Convention Centre (LCC) on Monday.",
         "Lakeview Convention Centre"),
        ("The seminar was held in the Ferdowsi Hall of the university.", "Ferdowsi Hall"),
        ("The seminar was held in Tehran.", None),
    ],
)
def test_venue_of(sentence, expected):
    assert venue_of(sentence, VENUES) == expected


def test_extracted_event_carries_its_span_and_venue(run):
    r = run(
        "Nairobi: The Eastern Africa Water Dialogue was held from 26 to 28 February 2024 at the "
        "Safari Park Hotel, organized by the Lake Basin Commission."
    )
    main = r.facts.events[0]
    assert (main.start, main.end, main.date) == (date(2024, 2, 26), date(2024, 2, 28),
                                                 date(2024, 2, 26))
    assert main.venue == "Safari Park Hotel"


def test_a_later_span_years_before_publication_is_another_gathering():
    # the event's only date is its report's: a later sentence's span two years earlier is the
    # previous edition's
    ev = Event("e1", "Regional Conference on Drug Control", date=date(2019, 9, 16))
    fill_event(ev, ["The Regional Conference on Drug Control opened in Tashkent.",
                    "The previous conference was held on 24-25 October 2017."],
               date(2019, 9, 16), VENUES)
    assert ev.date == date(2019, 9, 16) and ev.start is None
