"""Event dates, session 12: an undated event sentence after a sentence of its paragraph that only sets the
day. My own example articles."""

from datetime import date

import pytest

from newsevents import Pipeline


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def dates_by_place(pipeline, text, published):
    return {e.location: e.event_date for e in pipeline.extract(text, published=published)}


def test_an_undated_event_takes_the_day_its_paragraph_opens_with(pipeline):
    text = ("Gunmen killed four farmers in the village of Kwall on Tuesday, residents said.\n\n"
            "Two days later, on Thursday, the violence reached the south of the state. In Wase, soldiers fired on "
            "a crowd of traders who were marching to the market square, killing two of them, witnesses said.")
    assert dates_by_place(pipeline, text, date(2024, 6, 14)) == {"Kwall": date(2024, 6, 11),
                                                                 "Wase": date(2024, 6, 13)}


def test_a_day_in_the_paragraph_before_does_not_carry_over(pipeline):
    text = ("Gunmen killed four farmers in the village of Kwall on Tuesday, residents said.\n\n"
            "The governor visited the state capital on Thursday.\n\n"
            "In Wase, soldiers fired on a crowd of traders who were marching to the market square, killing two "
            "of them, witnesses said.")
    assert dates_by_place(pipeline, text, date(2024, 6, 14))["Wase"] != date(2024, 6, 13)
