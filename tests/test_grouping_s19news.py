"""Grouping, session 19 (news): a sentence that only sets the day ('The biggest day came on Friday, when ...', 'On
Monday the mood changed.') dates the event told right after it in its paragraph, so that event is told apart from
the events of other days. My own example articles."""

from datetime import date

STRIKE_WEEK = """Week of protests over fuel prices ends with a march in the capital

NAIROBI, 26 November (Rift Valley Wire) - Kenya's streets were calm on Sunday after a week of protests over fuel prices.

On Monday afternoon, hundreds of protesters blocked the main road into Mombasa and burned tyres, and police fired tear gas to clear them. Several shops stayed shut.

The biggest day came on Friday, when a national strike shut down much of the country. Thousands of people marched peacefully through the centre of Nairobi to parliament, the city police said.

The government has promised to review the tax on fuel in January.
"""


def test_a_day_set_by_the_sentence_before_tells_an_event_apart(pipeline):
    records = pipeline.extract(STRIKE_WEEK, published=date(2023, 11, 26))
    crowd = sorted((r.event_date, r.location) for r in records if r.event_type in ("Protests", "Riots"))
    assert (date(2023, 11, 24), "Nairobi") in crowd
    assert any(d == date(2023, 11, 20) and loc == "Mombasa" for d, loc in crowd)


NOT_A_SCENE = """Police clear protest camp

KAMPALA, 9 March (Lake Wire) - Police on Tuesday cleared a protest camp outside parliament in Kampala with tear gas.

The protesters, mostly students, had camped there for a week. The operation began on Tuesday at dawn, when officers surrounded the tents. Several students were beaten, witnesses said.
"""


def test_a_detail_after_a_dated_sentence_of_the_same_day_stays_with_its_event(pipeline):
    records = pipeline.extract(NOT_A_SCENE, published=date(2023, 3, 9))
    crowd = [r for r in records if r.event_type in ("Protests", "Riots")]
    assert len(crowd) == 1 and crowd[0].event_date == date(2023, 3, 7)
