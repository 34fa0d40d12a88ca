"""Grouping, session 10: an event on a day of its own stays apart from an earlier one of the same people,
'Thursday last week' is not this week's Thursday, the same night in another city is another crowd event, and a
review told day by day under weekday headings dates each section's events. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text
from test_detect_news_grouping import holding, subs

from newsevents.pipeline import Pipeline


SAME_GROUP_THREE_DAYS = """Rebels kill two policemen near Kilo

Two policemen were killed on Tuesday when CODECO fighters ambushed their patrol near Kilo, the army said.

A day earlier, on Monday, armed CODECO members looted shops in Kilo market, traders said.

On Thursday, soldiers detained six men near Kilo on suspicion of supplying CODECO, a military spokesman said.
"""


def test_arrests_on_their_own_day_are_not_the_looting_by_the_same_group(detect):
    drafts = detect(SAME_GROUP_THREE_DAYS, date(2023, 6, 16))
    assert sorted(subs(drafts)) == ["Armed clash", "Arrests", "Looting/property destruction"]
    assert "looted" not in " ".join(s.text for d in holding(drafts, "detained") for s in d.sentences)


THURSDAY_LAST_WEEK = """Women march in Mongo

Armed men killed four herders near Mongo on Thursday last week, local officials said.

On Monday, police in Abeche arrested a radio presenter.

On Thursday, several hundred women marched through the centre of Mongo, calling on the authorities to protect the villages.
"""


def test_a_weekday_of_last_week_is_not_this_weeks(detect):
    drafts = detect(THURSDAY_LAST_WEEK, date(2025, 5, 23))
    assert sorted(subs(drafts)) == ["Arrests", "Attack", "Peaceful protest"]


SAME_NIGHT_TWO_CITIES = """LIVE: protests over the jailed governor

A recap of Friday night in Mersin: protesters threw stones at police outside the court. Police responded with tear gas.

A recap of Friday night in the capital: in Ankara, police fired tear gas and water cannon at thousands of students who tried to march to the ministry.
"""


def test_the_same_night_in_another_city_is_another_crowd_event(detect):
    drafts = detect(SAME_NIGHT_TWO_CITIES, date(2025, 3, 22))
    assert len(drafts) == 2
    assert len(holding(drafts, "Ankara")) == 1 and "Mersin" not in " ".join(
        s.text for s in holding(drafts, "Ankara")[0].sentences)


WEEK_IN_REVIEW = """THE NORTH: THE WEEK IN REVIEW

Saturday, March 8, 2025 | Compiled by our regional desk

A violent week in the valley. Here is what happened, day by day.

MONDAY - Dessalines

Gunmen stormed a market before dawn, shooting traders and burning stalls. At least four people were killed, the mayor said.

WEDNESDAY - Gonaives

Several hundred people marched to the town hall to demand more police officers.
"""


def test_each_section_of_a_review_told_day_by_day_takes_the_day_of_its_heading(pipeline: Pipeline):
    records = pipeline.extract(WEEK_IN_REVIEW, published=date(2025, 3, 8))
    days = {r.sub_event_type: r.event_date for r in records}
    assert days.get("Attack") == date(2025, 3, 3)
    assert days.get("Peaceful protest") == date(2025, 3, 5)


RETAKE_TOLD_AGAIN = """Army retakes Palma

Government troops retook the town of Palma on Wednesday evening, two days after insurgents overran it, officials said.

Around 40 fighters stormed Palma early on Monday and overran the police post, residents said.

The counter-offensive came on Wednesday. Soldiers advanced from Mueda and recaptured Palma after a firefight. At least three insurgents were killed.
"""


def test_a_sentence_naming_a_day_joins_the_event_of_that_day_and_its_retake_is_no_second_one(detect):
    drafts = detect(RETAKE_TOLD_AGAIN, date(2024, 3, 1))
    assert len(drafts) == 2
    retake = holding(drafts, "recaptured")
    assert len(retake) == 1 and "retook" in " ".join(s.text for s in retake[0].sentences)
    assert "counter-offensive" not in " ".join(s.text for d in holding(drafts, "stormed") for s in d.sentences)


ACROSS_THE_BORDER = """Border guards trade fire at Kurmuk

Sudanese and Ethiopian border forces exchanged fire for two hours near the Kurmuk crossing on Tuesday, officials said.

During the exchange, mortar shells fired from the Sudanese side landed in a residential area of Landi Bazar, on the Ethiopian side, killing a trader, a local administrator said.
"""


def test_shells_landing_on_the_other_side_of_the_border_are_an_event_of_their_own_on_the_exchanges_day(pipeline: Pipeline):
    records = pipeline.extract(ACROSS_THE_BORDER, published=date(2024, 8, 16))
    shelling = [r for r in records if r.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(records) == 2 and len(shelling) == 1
    assert shelling[0].event_date == date(2024, 8, 13) and shelling[0].fatalities == 1
