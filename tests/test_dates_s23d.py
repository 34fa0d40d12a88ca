"""A coder's note that states the day its source was written ('source dated 13/05'): that day is no event
date, and the note's 'last week', 'yesterday' or weekday count from it, as from a dateline. My own sentences."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.mark.parametrize("text, published, expected", [
    # 'last week' of a source of Friday 19 May 2017 is the week of 8 May (dated on its Wednesday), not the
    # week before the given publication date
    ("Residents of Kitale blocked the highway for two days to protest the poor state of the roads. The protests "
     "took place \"last week\", source dated 19/05. Police fired teargas to disperse them.",
     date(2017, 5, 12), (date(2017, 5, 10), 2)),
    ("Nurses at the county referral hospital protested on Monday over unpaid allowances (Source dated 17/06).",
     date(2018, 6, 10), (date(2018, 6, 11), 1)),
    ("Hawkers clashed with county askaris in Nakuru town yesterday after their stalls were demolished. "
     "Source dated 9 October 2019.", date(2019, 10, 4), (date(2019, 10, 8), 1)),
])
def test_relative_words_count_from_the_source_day(pipeline: Pipeline, text, published, expected):
    assert [(r.event_date, r.time_precision) for r in pipeline.extract(text, published=published)] == [expected]


def test_the_source_day_is_not_the_event_day(pipeline: Pipeline):
    # the stated event day wins over the day the source was written
    text = "On 3 March 2020, students of Moi University protested over fees in Eldoret (source dated 06/03/2020)."
    assert [r.event_date for r in pipeline.extract(text, published=date(2020, 3, 6))] == [date(2020, 3, 3)]


@pytest.mark.parametrize("text, published, expected", [
    # news prose: a document quoted with its date is not the day the story was written
    ("Militiamen killed three farmers near the river yesterday, police said. A UN report dated 2 June had warned "
     "of rising attacks in the district.", date(2021, 6, 20), date(2021, 6, 19)),
    ("Gunmen stormed a village in Zamfara state on Thursday, killing four people, according to a police "
     "report dated 16 June.", date(2021, 6, 20), date(2021, 6, 17)),
])
def test_other_dated_documents_leave_the_publication_day(pipeline: Pipeline, text, published, expected):
    assert [r.event_date for r in pipeline.extract(text, published=published)] == [expected]
