"""Places, session 13: the first words of a longer name the gazetteer does not know, a unit only some countries
have that the gazetteer lacks, a name only a village's alternate name spells, a shop named in the possessive, a
sea named after a word that is also a town."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def test_the_first_word_of_an_unknown_longer_name_is_not_a_village_abroad(resolver):
    # 'Ras' alone is a town of India; 'Ras Kitua' is a place the gazetteer does not know, in Lamu
    r = place(resolver, "Gunmen torched houses in Ras Kitua area on Sunday night, police in Lamu said.",
              "Violence against civilians")
    assert r.country == "Kenya"
    assert r.admin1 == "Lamu"


def test_the_first_word_of_a_village_the_gazetteer_lacks_is_not_a_town_abroad(resolver):
    # 'Maili' alone spells a town of Hawaii; 'Maili Tisa' is a Kenyan village the gazetteer lacks
    r = place(resolver, "Residents of Maili Tisa staged a demonstration on Tuesday over impassable roads.", "Protests")
    assert r.country != "United States"


def test_a_unit_only_some_countries_have_is_no_namesake_elsewhere(resolver):
    # Angola has no constituencies: 'Kwanza constituency' is not its Cuanza
    r = place(resolver, "Farmers blocked a road in Kwanza constituency on Monday over its poor state.", "Protests")
    assert r.country != "Angola"


def test_a_unit_word_keeps_a_town_named_first_in_a_units_name(resolver):
    r = place(resolver, "A mob beat two suspected thieves in Chuka Igambangombe constituency on Friday.",
              "Violence against civilians")
    assert r.country == "Kenya"
    assert r.location == "Chuka"


def test_a_name_only_a_villages_alternate_name_spells_says_little_of_the_country(resolver):
    # 'Sahara' is an alternate name of a Yemeni village; the border town is in Burkina Faso
    r = place(resolver, "Gunmen killed two customs officers in an attack on the border town of Markoye, and the "
                        "group's Sahara division claimed it.", "Battles")
    assert r.country == "Burkina Faso"
    assert r.location == "Markoye"


def test_a_shop_named_in_the_possessive_is_not_a_town(resolver):
    # 'McDonald' is a town of Ohio; the riders gathered outside the restaurant in Sheffield
    r = place(resolver, "Delivery riders gathered outside McDonald's in Sheffield on Saturday to demand higher pay.",
              "Protests")
    assert r.country == "United Kingdom"
    assert near(r, 53.38, -1.47)


def test_a_sea_is_not_the_town_spelt_like_its_name(resolver):
    # 'Baltic' is a small town of the United States; the Baltic sea is not where the protest was held
    r = place(resolver, "Greenpeace activists in boats blocked a tanker in the Baltic sea off Rudkobing on Friday.",
              "Protests")
    assert r.country == "Denmark"


def test_a_place_named_as_what_a_rally_was_about_is_not_where_it_was(resolver):
    # the war and the annexation are the topic; the crowd gathered in Vladivostok
    r = place(resolver, "Hundreds gathered in Vladivostok on Friday to back the invasion in Ukraine and to mark the "
                        "anniversary of the annexation of Crimea.", "Protests")
    assert r.country == "Russia"
    assert near(r, 43.12, 131.89)



def test_the_name_given_to_an_operation_is_not_a_place(resolver):
    r = place(resolver, "Gendarmes launched a ground operation named 'Eren-Blockade-12' against militants in the "
                        "Hatay province on Friday.", "Strategic developments")
    assert r.country == "Turkey"
    assert r.admin1 == "Hatay"
    assert r.location == "Hatay"


def test_a_town_a_crowd_marches_in_solidarity_with_is_not_where_it_marched(resolver):
    r = place(resolver, "Students briefly marched on Thursday in solidarity with Koudougou before calm returned to "
                        "Ouagadougou.", "Protests")
    assert r.location == "Ouagadougou"
