"""Places, session 15: a place the gazetteer lacks, named with the district or province it lies in."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, location, admin1", [
    ("Raiders shot dead a herder and drove off 200 goats at Kaptalamwa in Elgeyo-Marakwet County on Friday.",
     "Kaptalamwa", "Elgeyo-Marakwet"),
    ("Gunmen burned stalls and shops at Kpelga, in Nahouri province, on Tuesday night.", "Kpelga", "Centre-Sud"),
    ("A roadside bomb wounded three policemen near Bodhei in Lamu County, officials said.", "Bodhei", "Lamu"),
])
def test_a_place_the_gazetteer_lacks_keeps_its_name_inside_the_unit_named_after_it(resolver, text, location, admin1):
    r = place(resolver, text, "Violence against civilians")
    assert r.location == location
    assert r.admin1 == admin1


def test_a_place_named_as_an_area_of_a_district_keeps_its_name(resolver):
    r = place(resolver, "Maoists killed a former village head in Basaguda area of Bijapur district on Monday night.",
              "Violence against civilians")
    assert r.location == "Basaguda"


def test_a_unit_named_after_a_known_town_leaves_the_town(resolver):
    r = place(resolver, "Police fired tear gas at protesters in Eldoret in Uasin Gishu County on Monday.", "Protests")
    assert r.location == "Eldoret"
    assert near(r, 0.52, 35.27)


@pytest.mark.parametrize("text, location", [
    # a direction from a known town, with no distance, still places the name near it
    ("In Kungrad-Bozatau, north of Nukus, police detained two bloggers on Sunday.", "Kungrad-Bozatau"),
    ("Clan militia seized the base at Dhabar-Dalol, east of Las Anod, after a night of fighting.", "Dhabar-Dalol"),
    # 'a few kilometres from' is a distance too
    ("Soldiers fought the militia at Bijombo-Haut, a few kilometres from Uvira, on Saturday.", "Bijombo-Haut"),
])
def test_a_place_the_gazetteer_lacks_placed_from_a_known_town_keeps_its_name(resolver, text, location):
    r = place(resolver, text)
    assert r.location == location


def test_a_name_called_the_town_of_something_keeps_its_name(resolver):
    r = place(resolver, "Border guards seized rifles from a truck at Lungpher, the Indian border town facing Myanmar, "
                        "on Monday.", "Strategic developments")
    assert r.location == "Lungpher"


def test_the_news_spelling_of_a_town_without_its_article_is_kept(resolver):
    # GeoNames' 'Ash Shaykh Zuwayd'
    r = place(resolver, "A roadside bomb hit an armoured vehicle south of Sheikh Zuweid in North Sinai on Monday.",
              "Explosions/Remote violence")
    assert r.location == "Sheikh Zuweid"
    assert near(r, 31.21, 34.11)
