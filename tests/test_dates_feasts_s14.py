"""Event dates, session 14: days named by a feast whose date moves from year to year (Eid, Tabaski,
Easter), and the eve of one. My own example articles."""

from datetime import date

from test_dates_s12 import pipeline  # noqa: F401 - the module's pipeline fixture


def only_date(pipeline, text, published):
    (event,) = pipeline.extract(text, published=published)
    return event.event_date


def test_the_eve_of_tabaski_is_the_day_before_that_years_feast(pipeline):
    text = ("Gunmen on motorbikes killed six villagers in Tillaberi on the eve of Tabaski, as families "
            "prepared for the feast, local officials said.")
    assert only_date(pipeline, text, date(2024, 6, 20)) == date(2024, 6, 15)


def test_eid_al_fitr_is_that_years_day_not_a_fixed_one(pipeline):
    text = "A suicide bomber killed nine worshippers at a mosque in Peshawar on Eid al-Fitr, police said."
    assert only_date(pipeline, text, date(2023, 4, 25)) == date(2023, 4, 21)
    assert only_date(pipeline, text, date(2025, 4, 2)) == date(2025, 3, 30)


def test_good_friday_is_not_the_latest_friday(pipeline):
    text = "Police fired tear gas at hundreds of protesters marching in Nairobi on Good Friday, witnesses said."
    assert only_date(pipeline, text, date(2024, 4, 10)) == date(2024, 3, 29)


def test_a_feast_after_publication_is_last_years(pipeline):
    # published before 2024's Eid al-Adha: the feast told is the one a year earlier
    text = "Gunmen killed four herders near Djibo on Eid al-Adha, residents said."
    assert only_date(pipeline, text, date(2024, 6, 1)) == date(2023, 6, 28)
