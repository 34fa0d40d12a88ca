"""The date stage tells its readings apart by their kind (DateValue.kind), not by the words of their rule."""
from datetime import date

import pytest

from newsevents import dates, nlp as nlp_stage


@pytest.fixture(scope="module")
def resolver():
    return dates.DateResolver()


@pytest.fixture(scope="module")
def nlp():
    return nlp_stage.load()


def _mentions(resolver, nlp, text, published):
    doc = nlp(text)
    return [v for sent in doc.sents for v in resolver.mentions(sent, published)]


def test_each_reading_carries_its_kind(resolver, nlp):
    published = date(2024, 3, 15)  # a Friday
    kinds = {v.match.text.rstrip("."): v.kind for v in _mentions(
        resolver, nlp, "Gunmen attacked the post on 12 March. Police said on Tuesday that a raid took place "
                       "last month.", published)}
    assert kinds["12 March"] == dates.STATED_DAY
    assert kinds["Tuesday"] == dates.WEEKDAY_FROM_PUBLICATION
    assert kinds["last month"] == dates.FROM_PUBLICATION


def test_a_week_before_publication_is_its_own_kind(resolver, nlp):
    published = date(2024, 3, 15)
    values = _mentions(resolver, nlp, "Protesters blocked the road a week ago.", published)
    assert [v.kind for v in values] == [dates.WEEK_BEFORE]


def test_a_weekday_told_with_its_week_is_that_weeks_day(resolver, nlp):
    published = date(2024, 3, 15)  # Friday; the week before runs 4-10 March
    values = _mentions(resolver, nlp, "Last week, on Tuesday, soldiers shelled the village.", published)
    assert [(v.kind, v.event_date) for v in values] == [(dates.WEEKDAY_OF_KNOWN_WEEK, date(2024, 3, 5))]
