"""Session 17: dates of news sentences. My own example sentences."""

from datetime import date

from newsevents import nlp
from newsevents.dates import DateResolver


def _untagged(text: str) -> list:
    # as the entity recogniser may leave the two weekdays of a night out, or take them for a person
    doc = nlp.load()(text)
    doc.ents = []
    return list(doc.sents)


def test_a_night_told_by_two_weekdays_is_one_day_its_first():
    sent = _untagged("In the night of Saturday to Sunday, gunmen burned the market of Dori.")[0]
    days = [v.event_date for v in DateResolver().mentions(sent, date(2022, 6, 15))]
    assert days == [date(2022, 6, 11)]


def test_the_next_day_after_a_night_of_two_weekdays_is_the_morning_it_ended():
    # counted from the Saturday the night began, not from the Sunday it ended on
    sents = _untagged("In the night of Saturday to Sunday, armed men attacked Bokkos, killing seven people. "
                      "Soldiers killed four of the raiders near the village the next day.")
    days = [v.event_date for v in DateResolver().mentions(sents[1], date(2022, 6, 15))]
    assert days == [date(2022, 6, 12)]
