"""Places stage, session 27 (helper B): the first word of a longer name the gazetteer does not know, which only
other names of small places abroad spell ('Tin' of 'Tin Edia', filed by GeoNames among the names of a Ukrainian
town), is not that place. My own example sentences."""

from datetime import date

WHEN = date(2023, 5, 10)


def _sole_event(pipeline, text):
    (event,) = pipeline.extract(text, published=WHEN)
    return event


def test_first_word_of_an_unknown_village_name_is_no_town_abroad(pipeline):
    event = _sole_event(pipeline, "On 3 May 2023, gunmen opened fire on an ambulance in the area of Tin Edia.")
    assert event.country != "Ukraine"
    assert event.location != "Hrebinka"


def test_village_the_gazetteer_knows_by_its_whole_name_stays(pipeline):
    event = _sole_event(pipeline, "On 3 May 2023, gunmen attacked the village of Tin-Akoff, killing two.")
    assert (event.location, event.country) == ("Tin-Akoff", "Burkina Faso")


def test_big_city_named_by_another_name_before_a_court_stays(pipeline):
    event = _sole_event(pipeline, "On 3 May 2023, police officers at the Bombay High Court arrested two lawyers.")
    assert event.country == "India"
