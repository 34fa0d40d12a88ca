"""News prose the trigger list missed: people led off by armed men, a crowd setting a building alight, and
security forces firing into the air at a crowd (own example sentences)."""

from datetime import date

import pytest

from newsevents.pipeline import Pipeline


@pytest.fixture(scope="module")
def extract():
    pipeline = Pipeline()

    def run(*paragraphs):
        return pipeline.extract("\n\n".join(paragraphs), published=date(2024, 5, 10))
    return run


def kinds(records):
    return [(r.event_type, r.sub_event_type) for r in records]


def test_armed_men_taking_a_person_from_his_house_abduct_him(extract):
    records = extract("Tension in Arauquita",
                      "On Tuesday, FARC dissident gunmen took a village councillor from his house in Arauquita, "
                      "relatives said.", "The army said it was searching the area.")
    assert kinds(records) == [("Violence against civilians", "Abduction/forced disappearance")]
    assert records[0].actor2 == "Civilians (Colombia)"


def test_a_person_led_away_by_armed_men_is_abducted(extract):
    records = extract("Fear in Tame", "The teacher was led away by three armed men near Tame on Monday night, "
                      "his wife said.", "Local officials condemned the incident.")
    assert kinds(records) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_taking_a_photo_is_no_event(extract):
    assert extract("Market reopens in Arauquita", "On Monday, a journalist took a photo of the market in Arauquita.",
                   "Traders said business was slow.") == []


def test_protesters_setting_a_hall_alight_riot_and_the_blaze_is_no_shooting(extract):
    records = extract("Unrest in Sulawesi",
                      "Three people died in the fire at the district council building in Kendari on Friday night, "
                      "when protesters broke in and set the main hall alight.",
                      "The police said they were investigating.")
    assert kinds(records) == [("Riots", "Violent demonstration")]
    assert records[0].actor1 == "Rioters (Indonesia)"


def test_students_storming_a_town_hall_and_setting_it_alight_riot(extract):
    records = extract("Students storm town hall in Palu",
                      "On Friday, students stormed the town hall in Palu and set the council chamber alight, police said.",
                      "The protest was against a tuition rise.")
    assert ("Riots", "Violent demonstration") in kinds(records)
    assert not any(r.actor1.startswith("Unidentified Armed Group") for r in records)


@pytest.mark.parametrize("crowd, kind", [
    ("On Tuesday, hundreds of traders marched through Hodeidah, chanting slogans against the governor.",
     ("Protests", "Protest with intervention")),
    ("On Tuesday, hundreds of traders took to the streets of Hodeidah and burned tyres.",
     ("Riots", "Violent demonstration")),
])
def test_police_firing_into_the_air_to_disperse_a_crowd_are_its_other_side(extract, crowd, kind):
    records = extract("Protests over fuel in Hodeidah", crowd, "Police fired into the air to disperse them.")
    assert kinds(records) == [kind]
    assert records[0].actor2 and records[0].actor2.startswith("Police Forces of Yemen")


def test_a_police_vehicle_driven_into_demonstrators_is_force_on_them(extract):
    records = extract("Protests in Chittagong",
                      "On Thursday night an armoured police vehicle drove into demonstrators near the city hall in "
                      "Chittagong and ran over a 19-year-old student. He died shortly after in hospital.")
    assert kinds(records) == [("Protests", "Excessive force against protesters")]
    assert records[0].actor2.startswith("Police Forces of Bangladesh")
    assert records[0].fatalities == 1


def test_a_convoy_driving_into_a_city_is_no_event(extract):
    assert extract("Convoy arrives in Chittagong", "On Thursday, a police convoy drove into the city of Chittagong, "
                   "officials said.", "Traders welcomed it.") == []
