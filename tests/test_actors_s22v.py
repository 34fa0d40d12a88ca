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
