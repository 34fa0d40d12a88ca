"""Session 15: dates of news sentences. My own example sentences."""

from datetime import date

from newsevents import nlp
from newsevents.dates import DateResolver


def test_last_weekday_opening_a_sentence_is_the_week_before_when_the_tagger_misses_it():
    # published on a Saturday: 'Last Saturday' is a week earlier, not the day of publication, also when the
    # entity recogniser tags no date in the sentence (as it may inside a long live page)
    doc = nlp.load()("Last Saturday, a rally of farmers on the main square turned into a riot in the afternoon.")
    doc.ents = []
    sent = next(iter(doc.sents))
    days = [v.event_date for v in DateResolver().mentions(sent, date(2025, 3, 15))]
    assert days == [date(2025, 3, 8)]


def test_a_weekday_set_beside_the_next_day_is_that_day(pipeline):
    # 'The next day, Thursday' is the day after the Wednesday a week ago, not the latest Thursday
    text = ("The unrest began last week, on Wednesday, when gunmen opened fire on a bus near Kohat, killing six "
            "passengers.\n\n"
            "The next day, Thursday, armed men set fire to dozens of shops in the bazaar of Hangu, residents said.")
    records = pipeline.extract(text, published=date(2024, 8, 2))
    assert sorted(r.event_date for r in records) == [date(2024, 7, 24), date(2024, 7, 25)]


def test_the_eve_of_independence_day_is_the_day_before_the_articles_countrys_own(pipeline):
    # an Indian article: India's Independence Day is 15 August, so its eve is the 14th
    text = ("Gunmen attacked a police post in Srinagar on the eve of Independence Day, killing one constable, "
            "Indian officials said.\n\n"
            "India marked its Independence Day with parades under heavy security.")
    records = pipeline.extract(text, published=date(2024, 8, 17))
    assert [r.event_date for r in records] == [date(2024, 8, 14)]


def test_independence_day_without_a_country_of_the_table_names_no_day(pipeline):
    text = "Gunmen attacked a police post on the eve of Independence Day, killing one constable, officials said."
    records = pipeline.extract(text, published=date(2024, 8, 17))
    assert all(r.event_date != date(2024, 8, 13) for r in records)
