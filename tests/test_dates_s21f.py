"""A lead that puts an event in a week ('this week', 'last week') and a follow-up sentence of the same event
that names its day. My own example sentences."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline

TUESDAY = date(2021, 7, 20)


@pytest.mark.parametrize("text, expected", [
    # the day the follow-up names dates the event, in the week the lead names or just before it
    ("Protests over water shortages spread across Khuzestan province this week. The protests began on Thursday in "
     "Shadegan, where farmers and residents gathered near the main square to demand water for their fields.",
     date(2021, 7, 15)),
    ("Gunmen killed five villagers in Zamfara state this week. The attack on the village happened on Monday night, "
     "residents said.", date(2021, 7, 19)),
    ("Soldiers clashed with rebels near Beni last week. The fighting broke out on 14 July when a patrol was "
     "ambushed on the road north of the town.", date(2021, 7, 14)),
])
def test_the_day_a_follow_up_states_dates_the_event(pipeline: Pipeline, text, expected):
    assert [r.event_date for r in pipeline.extract(text, published=TUESDAY)] == [expected]


def test_a_day_outside_the_week_named_leaves_the_week(pipeline: Pipeline):
    # 'last week' ended on Sunday; the latest Tuesday is the publication day itself, not in that week
    text = ("Police arrested dozens of opposition supporters in Harare last week. On Tuesday, officers raided the "
            "party's offices in the city centre and detained 14 people.")
    records = pipeline.extract(text, published=TUESDAY)
    assert [(r.event_date, r.time_precision) for r in records][0] == (date(2021, 7, 14), 2)


@pytest.mark.parametrize("text, published, expected", [
    # the day in the possessive of another act the sentence refers to is that act's, not this event's
    ("Also yesterday, detectives detained two men in Montego Bay in connection with Saturday's triple murder, the "
     "police said.", date(2019, 9, 18), date(2019, 9, 17)),
    ("On Wednesday police arrested four men near the scene of Monday's knife attack in Southport.",
     date(2024, 7, 31), date(2024, 7, 31)),
    # but an act in the possessive that is the sentence's own event keeps its day
    ("Monday's attack on the army base near Mopti killed twelve soldiers, officials said.",
     date(2024, 7, 31), date(2024, 7, 29)),
    ("Twelve soldiers were killed in Monday's attack on the army base near Mopti, officials said.",
     date(2024, 7, 31), date(2024, 7, 29)),
])
def test_a_day_in_the_possessive_of_another_act(pipeline: Pipeline, text, published, expected):
    assert [r.event_date for r in pipeline.extract(text, published=published)] == [expected]
