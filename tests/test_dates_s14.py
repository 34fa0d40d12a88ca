"""Event dates, session 14: a weekday told with the week it fell in. My own example articles."""

from datetime import date

from test_dates_s12 import pipeline  # noqa: F401 - the module's pipeline fixture

FRIDAY = date(2024, 6, 14)


def only_date(pipeline, text, published=FRIDAY):
    (event,) = pipeline.extract(text, published=published)
    return event.event_date


def test_last_week_then_a_weekday_is_that_weekday_of_the_week_before(pipeline):
    text = "Gunmen killed four farmers in the village of Kwall last week, on Thursday, residents said."
    assert only_date(pipeline, text) == date(2024, 6, 6)


def test_a_week_ago_then_a_weekday_is_that_weekday_of_the_week_before(pipeline):
    text = "A week ago, on Tuesday, gunmen killed four farmers in the village of Kwall, residents said."
    assert only_date(pipeline, text) == date(2024, 6, 4)


def test_a_weekday_named_by_what_was_held_on_it_last_week(pipeline):
    text = "A bomb exploded during Wednesday prayers last week inside a mosque in Wase, killing three worshippers, police said."
    assert only_date(pipeline, text) == date(2024, 6, 5)


def test_a_week_named_in_another_clause_leaves_the_weekday_alone(pipeline):
    text = ("Gunmen killed four farmers in the village of Kwall on Tuesday, residents said, after soldiers "
            "left the area last week.")
    assert only_date(pipeline, text) == date(2024, 6, 11)
