"""Day and month written the wrong way round. My own example sentences."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize("text, published, expected", [
    # note style: a day and month far back whose numbers swapped make a day of the last week
    ("On June 3, suspected militants ambushed a police patrol near Gorom-Gorom, killing two officers.",
     date(2020, 3, 9), date(2020, 3, 6)),
    ("On October 2, herders and farmers clashed in a village near Tchaourou, one man was killed.",
     date(2021, 2, 12), date(2021, 2, 10)),
    # news style, across the new year: '1 December' in a report of 4 January, read swapped, is 12 January,
    # after publication: the stated day stays
    ("Gunmen attacked a bus station in Garissa on 1 December, killing a trader.",
     date(2022, 1, 4), date(2021, 12, 1)),
    # a day within two months before publication is as stated, whatever its numbers
    ("On May 4, protesters blocked the main road in Kisumu.", date(2019, 6, 20), date(2019, 5, 4)),
    # a day above 12 cannot be a month: as stated
    ("On May 14, protesters blocked the main road in Kisumu.", date(2020, 4, 20), date(2019, 5, 14)),
    # a stated year is kept
    ("On 4 May 2018, protesters blocked the main road in Kisumu.", date(2019, 4, 8), date(2018, 5, 4)),
])
def test_day_and_month_swapped_when_only_the_swap_is_recent(pipeline: Pipeline, text, published, expected):
    records = pipeline.extract(text, published=published)
    assert records and records[0].event_date == expected
