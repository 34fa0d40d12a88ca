"""Places, session 12: an official's unit is not where the event was, a common word the text calls a
state, a unit in brackets known only abroad, Nepal's districts, a country's name the text calls a state, a
name ending in a capitalised joiner."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def test_the_unit_an_official_serves_gives_way_to_the_place_of_the_event(resolver):
    # 'Nakuru MP' names the constituency the lawmaker serves; the march was in Nairobi
    r = place(resolver, "Hundreds of traders led by a Nakuru MP marched through central Nairobi on Monday, "
                        "and police fired tear gas at them.", "Protests")
    assert r.admin1 == "Nairobi"
    assert near(r, -1.28, 36.82)


def test_a_wider_unit_where_the_event_was_beats_the_town_an_official_comes_from(resolver):
    r = place(resolver, "The body of a Kitui chief was found on Friday in a thicket in Makueni county, two days "
                        "after he was abducted.", "Violence against civilians")
    assert r.country == "Kenya"
    assert r.admin1 == "Makueni"


def test_a_common_word_the_text_calls_a_state_is_that_state(resolver):
    # 'Unity' alone is a common word; 'Unity state' is South Sudan's province
    r = place(resolver, "Government troops and rebels exchanged fire near an oil field in Unity state on "
                        "Wednesday, a spokesman said.")
    assert r.country == "South Sudan"
    assert r.admin1 == "Unity"


def test_a_common_word_many_countries_use_for_a_unit_stays_no_place(resolver):
    r = place(resolver, "Gunmen killed two farmers in the Central region on Tuesday.", "Violence against civilians")
    assert r.admin1 is None


def test_a_unit_in_brackets_known_only_abroad_does_not_take_a_big_town_abroad(resolver):
    # the gazetteer knows a 'Los Rios' only in Ecuador; Chile's region of that name (since 2007) frames Valdivia
    r = place(resolver, "On Monday, in Valdivia (Los Rios), dock workers blocked the port gates for a second day.",
              "Protests")
    assert r.country == "Chile"
    assert r.admin1 == "Los Rios"
    assert near(r, -39.81, -73.25)


def test_a_village_named_like_a_big_town_abroad_stays_in_the_units_that_frame_it(resolver):
    r = place(resolver, "Herders clashed with farmers over crop damage in Soka (Sinende, Borgou) on Friday.")
    assert r.country == "Benin"
    assert r.admin1 == "Borgou"


@pytest.mark.parametrize("text, admin1, lat, lon", [
    ("Party cadres staged a sit-in in Kalaiya (Bara district) demanding fertiliser.", "Madhesh", 27.03, 85.00),
    ("Students blocked the highway in a village of Kaski district on Sunday.", "Gandaki", 28.21, 83.99),
    ("Locals protested at the municipal office in Tansen (Palpa district) over land titles.", "Lumbini", 27.87, 83.55),
])
def test_nepal_districts_the_gazetteer_lacked_are_placed_at_their_headquarters(resolver, text, admin1, lat, lon):
    r = place(resolver, text, "Protests")
    assert r.country == "Nepal"
    assert r.admin1 == admin1
    assert near(r, lat, lon)


def test_a_country_name_the_text_calls_a_state_is_the_state_of_that_name(resolver):
    # Nigeria's Niger State, not the Republic of Niger
    r = place(resolver, "Bandits on motorcycles raided two villages in Niger State on Sunday, residents said.",
              "Violence against civilians")
    assert r.country == "Nigeria"
    assert r.admin1 == "Niger"


@pytest.mark.parametrize("text, admin1, lat, lon", [
    ("Soldiers clashed with militants in the mountains of Lanao del Sur on Friday.", None, 8.00, 124.28),
    ("Fishermen blocked the port road in La Paz, Baja California Sur, on Thursday.", "Baja California Sur", 24.14, -110.31),
])
def test_a_name_ending_in_a_capitalised_joiner_is_read_whole(resolver, text, admin1, lat, lon):
    r = place(resolver, text, "Protests")
    if admin1:
        assert r.admin1 == admin1
    assert near(r, lat, lon, 40)
