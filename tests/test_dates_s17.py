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


RAID_RECALLED = """Curfew after mobs burn shops in Kandy

Mobs burned dozens of shops in Kandy on Monday, and police said a man was killed in the evening.

Police say they are still hunting for people linked to last month's bombings. On Friday, 26 April, troops surrounded a house in Kalmunai after a tip-off. Gunmen inside opened fire, and in the gunfight that followed two of the gunmen were killed, the army said. Three other men then blew themselves up inside the house, killing themselves and six relatives.
"""


def test_an_undated_event_goes_on_with_its_paragraphs_scene_past_another_events_sentence(pipeline):
    # the blasts come after the gunfight of the scene set on 26 April, not on the day of the lead's riot
    events = pipeline.extract(RAID_RECALLED, published=date(2019, 5, 15))
    assert [e.event_date for e in events if e.sub_event_type == "Suicide bomb"] == [date(2019, 4, 26)]
