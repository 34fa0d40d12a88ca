"""Actors, session 22 (dev actor study): ACLED's 'Excessive force against protesters' events of before 2019 were
recoded from violence against civilians and keep whoever used the force as actor1; later ones list the
protesters first, like every protest (data/actor_country_conventions.json, excessive_force_perpetrator_first)."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1, actor2", [
    # note style, an older event: the police first
    ("A woman was killed by police during a demonstration in Malindi against the tax increase.",
     date(2015, 3, 23), "Police Forces of Kenya (2013-)", "Protesters (Kenya)"),
    ("Police shot dead two protesters during a peaceful march in Kisumu on Monday.",
     date(2016, 5, 16), "Police Forces of Kenya (2013-)", "Protesters (Kenya)"),
    # news style, a recent event: the protesters first
    ("Police shot dead two protesters during a peaceful march in Kisumu on Monday, witnesses said.",
     date(2022, 3, 21), "Protesters (Kenya)", "Police Forces of Kenya (2013-)"),
    ("A woman was killed by police during a demonstration in Malindi against the tax increase.",
     date(2021, 6, 2), "Protesters (Kenya)", "Police Forces of Kenya (2013-)"),
])
def test_excessive_force_lists_the_forces_first_before_2019(pipeline, text, when, actor1, actor2):
    found = [e for e in events(pipeline, text, when) if e.sub_event_type == "Excessive force against protesters"]
    assert found and (found[0].actor1, found[0].actor2) == (actor1, actor2)


def test_a_protest_with_intervention_keeps_the_protesters_first(pipeline):
    found = events(pipeline, "Police fired tear gas to disperse teachers protesting over pay in Nairobi.", date(2012, 9, 3))
    assert found and found[0].sub_event_type == "Protest with intervention"
    assert found[0].actor1 == "Protesters (Kenya)"


# ---- raiders no people is told of: ACLED's communal militia from 2015, its ethnic militia before ---------------

@pytest.mark.parametrize("text, when, actor1", [
    ("Armed raiders killed two students and injured a man when they attacked a community in Marakwet East.",
     date(2017, 9, 8), "Unidentified Communal Militia (Kenya)"),
    ("Cattle rustlers raided a village near Baragoi, Samburu county, on Tuesday, shooting dead two herders and "
     "driving away 300 goats, police said.", date(2019, 6, 12), "Unidentified Communal Militia (Kenya)"),
    ("Armed raiders killed two students and injured a man when they attacked a community in Marakwet East.",
     date(2012, 9, 8), "Unidentified Ethnic Militia (Kenya)"),
    # told as an ethnic militia: the ethnic name whatever the date
    ("On 25 November 2019, ethnic militiamen reportedly killed a local farmer near Balambala, Garissa county.",
     date(2019, 11, 26), "Unidentified Ethnic Militia (Kenya)"),
])
def test_raiders_of_no_people_are_a_communal_militia_from_2015(pipeline, text, when, actor1):
    found = events(pipeline, text, when)
    assert found and found[0].actor1 == actor1
