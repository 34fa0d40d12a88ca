"""Cleanup, session 14: a wire dateline closed by two hyphens typed for a dash ('KANO, May 3 (Savannah Wire) --').
My own example article."""

from datetime import date

from newsevents import Pipeline
from newsevents.cleanup import clean
from newsevents.document import RawInput

ARTICLE = ("Police station torched in overnight raid\n\n"
           "KANO, May 3 (Savannah Wire) -- Armed bandits set fire to a police station in the town of Gaya on "
           "Wednesday night and killed two officers, a police spokesman said.\n\n"
           "Residents said the attackers left before soldiers arrived.\n")


def test_two_hyphens_close_a_dateline():
    article = clean(RawInput(text=ARTICLE, published=date(2024, 5, 3)))
    assert article.dateline_place == "KANO"
    assert article.dateline_day == date(2024, 5, 3)
    assert "Savannah Wire" not in article.text and "--" not in article.text


def test_the_event_after_a_dateline_closed_by_two_hyphens_keeps_its_own_day():
    events = Pipeline().extract(ARTICLE, published=date(2024, 5, 3))
    assert [(e.event_date, e.fatalities) for e in events] == [(date(2024, 5, 1), 2)]
