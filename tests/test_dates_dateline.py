"""Relative days in wire copy count from the day its dateline names, not from a later publication date."""

from datetime import date

WIRE_STORY = """Gunmen kill five traders at market in northeast Nigeria

MAIDUGURI, Nigeria, March 5 (Reuters) - Gunmen killed five traders at a cattle market in Konduga on Sunday, police said, the latest in a string of attacks on markets in Borno state.

Police said officers were searching the bush around the town for the attackers."""


def test_a_weekday_counts_from_the_dateline_day_when_the_story_is_published_later(pipeline):
    # 5 March 2024 is a Tuesday: 'on Sunday' is the 3rd, whether the page went up that day or four days later
    for published in (date(2024, 3, 5), date(2024, 3, 9)):
        records = pipeline.extract(WIRE_STORY, published=published)
        assert [r.event_date for r in records] == [date(2024, 3, 3)]


def test_a_stale_dateline_leaves_publication_as_the_anchor(pipeline):
    # the dateline's day is months before publication: not the day of writing, so 'Sunday' is before publication
    records = pipeline.extract(WIRE_STORY, published=date(2024, 6, 5))
    assert [r.event_date for r in records] == [date(2024, 6, 2)]
