"""A misspelt month name in a coder's note or a report ('On Octobr 5', '12 Febuary 2019') is the month it
stands for. My own sentences."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize("text, published, expected", [
    ("On Octobr 5, suspected militants executed a man who was looking for his son near Djibo.",
     date(2019, 10, 8), date(2019, 10, 5)),
    ("On 12 Febuary 2019, gunmen killed two herders near Arbinda.", date(2019, 2, 15), date(2019, 2, 12)),
    ("Residents said soldiers had beaten three traders at the market in Gao on Decmber 28, before leaving the town.",
     date(2020, 1, 2), date(2019, 12, 28)),
])
def test_a_misspelt_month_is_read(pipeline: Pipeline, text, published, expected):
    assert [r.event_date for r in pipeline.extract(text, published=published)] == [expected]
