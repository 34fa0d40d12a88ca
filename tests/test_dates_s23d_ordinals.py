"""A day of the month written as an ordinal word beside a month name ('on the fifth of May', 'on May fifth').
My own sentences, news style and note style."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize("text, published, expected", [
    ("Fighting broke out on the fifth of May between soldiers and rebels near Beni, the army said.",
     date(2022, 5, 9), date(2022, 5, 5)),
    ("Protesters took to the streets of Lagos on May first to demand higher wages, witnesses said.",
     date(2022, 5, 4), date(2022, 5, 1)),
    ("On the twenty-third of March 2022, unidentified gunmen abducted a trader near Kaduna.",
     date(2022, 3, 26), date(2022, 3, 23)),
    ("Villagers said gunmen had raided the market on the twenty first of June, burning several stalls.",
     date(2021, 6, 25), date(2021, 6, 21)),
])
def test_a_day_written_as_an_ordinal_word(pipeline: Pipeline, text, published, expected):
    assert [r.event_date for r in pipeline.extract(text, published=published)] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # no month beside the ordinal, or a verb, not a month: no date
    ("It was the second attack on the village this month, residents said yesterday.",
     date(2022, 5, 9), date(2022, 5, 8)),
    ("On 3 May 2022, students in Nairobi chose to march first to the ministry and then to parliament to "
     "protest against fee increases.", date(2022, 5, 9), date(2022, 5, 3)),
])
def test_ordinal_words_without_a_month_name_no_day(pipeline: Pipeline, text, published, expected):
    assert [r.event_date for r in pipeline.extract(text, published=published)] == [expected]
