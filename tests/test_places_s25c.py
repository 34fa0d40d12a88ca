"""Places, session 25 (C): names the words call places, and the names around them.

- 'the entrance to X', 'the road to X', 'the gates to X': a noun that leads into a place makes the name after 'to'
  a place, as 'the entrance of X' already did ('Kaya' or 'Fada N'Gourma' there is no person); 'the exit of X' too.
- 'around Fraccionamiento de la Paz': the last words of a longer name joined by 'de la' are no town ('La Paz'),
  though the article is a candidate's own; 'La Paz' alone stays.
- 'Matter' ('Black Lives Matter') is no town on its own (spelt loosely like Mather, Pennsylvania).
- A town the gazetteer files in the province next to the one named with it ('Mariakani, Mombasa') stays the town
  when it lies within 35 km (was 12) of a town of the named province: the same town on the border, not a namesake.
Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- a noun leading into a place ------------------------------------------------------------------
@pytest.mark.parametrize("text, lat, lon", [
    # note style
    ("Gendarmes set up a roadblock at the southern entrance to Fada N'Gourma and searched every bus.", 12.06, 0.36),
    ("Protesters blocked the road to Kaya with burning tyres.", 13.09, -1.08),
    # news style
    ("Angry traders barricaded the main exit of Kaya on Thursday, demanding the reopening of the cattle market.",
     13.09, -1.08),
])
def test_a_name_after_a_noun_leading_into_it_is_a_place(resolver, text, lat, lon):
    r = place(resolver, text, event_type="Protests")
    assert r.country == "Burkina Faso" and near(r, lat, lon)


def test_a_later_sentence_from_which_help_came_does_not_move_the_event(resolver):
    text = ("Traders barricaded the main entrance to Fada N'Gourma on Tuesday to protest a new market tax. Police "
            "officers sent from Tenkodogo cleared the road in the evening.")
    r = place(resolver, text, event_type="Protests")
    assert r.admin1 == "Est" and near(r, 12.06, 0.36)


# ---- the article of a longer name ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # note style
    "On 12 May 2022, in Tulancingo municipality, Hidalgo, farmers blocked a federal road around Fraccionamiento de la "
    "Paz to demand water for their fields. [size=no report]",
    # news style
    "On Monday farmers in Tulancingo municipality, Hidalgo, blocked a federal road at Fraccionamiento de la Paz, a "
    "suburb, to demand water for their fields.",
])
def test_the_last_words_of_a_longer_spanish_name_are_no_town(resolver, text):
    # 'Fraccionamiento de la Paz' is a place the gazetteer lacks: its 'la Paz' is not La Paz (Baja California Sur or Bolivia)
    r = place(resolver, text, event_type="Protests")
    assert r.country == "Mexico" and r.admin1 == "Hidalgo"


def test_la_paz_on_its_own_stays_a_town(resolver):
    # guard: the article is La Paz's own
    r = place(resolver, "On 3 May 2022, teachers marched through the centre of La Paz, Baja California Sur, to demand "
                        "back pay.", event_type="Protests")
    assert r.admin1 == "Baja California Sur" and r.location == "La Paz"


# ---- a movement's name --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "On 20 February 2022, about 40 students marched across their campus (New Jersey) in support of the Black Lives "
    "Matter movement. [size=about 40]",
    "Dozens of students rallied on a college campus in New Jersey on Saturday, chanting Black Lives Matter slogans.",
])
def test_black_lives_matter_names_no_town(resolver, text):
    # 'Matter' is spelt loosely like Mather, Pennsylvania: no place on its own
    r = place(resolver, text, event_type="Protests")
    assert r.admin1 == "New Jersey"


# ---- a town on the border of the province named with it ------------------------------------------
@pytest.mark.parametrize("text", [
    "Hawkers fought running battles with county officers over trading licences in Mariakani, Mombasa, on Monday.",
    "On 2 March 2022, artillery fire hit a school near Donetskyi, Donetsk, damaging its roof. Casualties unknown.",
])
def test_a_town_a_few_dozen_km_from_the_province_named_with_it_stays(resolver, text):
    # the gazetteer files the only town of the name in the neighbouring province, 18 and 32 km from that province's
    # nearest town it knows: the same town, filed under the province the words name, not the province's centre
    r = place(resolver, text, event_type="Riots" if "Hawkers" in text else "Explosions/Remote violence")
    assert r.geo_precision != 3 and r.location in {"Mariakani", "Donetskyi"}
