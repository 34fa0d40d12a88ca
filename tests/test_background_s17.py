"""Background and sentence facts, session 17: the day of a night told by two weekdays, a day counted from the
weekday told just before, and a day of the month far from publication that names no weekday of the news. My own
example sentences."""

from datetime import date

from newsevents import nlp
from newsevents.background import SentenceFactReader

PUBLISHED = date(2022, 6, 15)  # a Wednesday


def _days(text: str, published: date = PUBLISHED) -> list[set]:
    doc = nlp.load()(text)
    return [f.days for f in SentenceFactReader(["say"]).read(list(doc.sents), published)]


def test_a_night_of_two_weekdays_is_the_day_it_began():
    days = _days("During the night from Thursday to Friday, youths set fire to the town hall of Gao.")
    assert days == [{"thursday"}]


def test_the_next_day_is_the_weekday_after_the_one_told_before():
    days = _days("Gunmen attacked the village of Bokkos on Friday. Soldiers caught up with them the next day.")
    assert days[1] == {"saturday"}


def test_a_day_of_the_month_months_from_publication_names_no_weekday():
    # 12 December 2021 was a Sunday; an election half a year after the report is no Sunday of its news
    days = _days("Thousands marched in the capital against the election of 12 December.")
    assert days == [{"12 december"}]


ARRESTS_AFTER_NIGHT_RAID = """Mayor speaks after night raid on hill village

In the night of Friday to Saturday, armed men came down from the forest and attacked Kabuye, a village in Rubavu District of western Rwanda, killing nine people. Security forces killed eleven of the attackers in the forest the next day. On Monday, four people were arrested in Rubavu town. We spoke to the mayor by telephone.

What happened after the attack?

The army pursued them. On Saturday the soldiers caught up with them in the forest above Kabuye, and there was fighting.
"""


def test_arrests_on_a_day_after_a_night_raid_and_its_pursuit_are_an_event_of_their_own(pipeline):
    # the raid's night is Friday's, the pursuit the next day Saturday's: Monday's arrests are neither
    records = pipeline.extract(ARRESTS_AFTER_NIGHT_RAID, published=date(2021, 5, 12))
    assert sorted((r.event_date, r.sub_event_type) for r in records) == [
        (date(2021, 5, 7), "Attack"), (date(2021, 5, 8), "Armed clash"), (date(2021, 5, 10), "Arrests")]
