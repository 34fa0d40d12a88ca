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


@pytest.mark.parametrize("text, location", [
    ("Maoist violence has flared again in Jharkhand. On Saturday night, suspected Maoists dragged a villager out of "
     "his house in Kudumkela and killed him.", "Kudumkela"),
    ("Post-poll violence spread across West Bengal. A party worker was killed when rival supporters clashed in Khejuri "
     "on Monday.", "Khejuri"),
])
def test_a_bare_in_before_a_place_name_the_gazetteer_lacks_names_it(resolver, text, location):
    r = place(resolver, text, "Violence against civilians", sentence=1)
    assert r.location == location


def test_a_region_the_gazetteer_lacks_does_not_displace_the_town_named_with_it(resolver):
    r = place(resolver, "Fighting went on in Pakistan's tribal belt. Militants attacked a checkpoint in Mir Ali, in North "
                        "Waziristan, killing two soldiers.", sentence=1)
    assert r.location == "Mir Ali"


def test_the_ethiopian_half_of_a_border_town_is_found_in_the_province_named(resolver):
    r = place(resolver, "Federal troops clashed with rebels near Moyale town in Moyale woreda (Borana, Oromia) on Saturday.")
    assert r.country == "Ethiopia"
    assert r.admin1 == "Oromia"
    assert near(r, 3.54, 39.05)


def test_the_kenyan_half_of_a_border_town_stays_in_kenya(resolver):
    r = place(resolver, "Police clashed with residents in Moyale, Marsabit County, on Monday.", "Protests")
    assert r.country == "Kenya"


def test_a_refugee_camp_of_dadaab_is_placed(resolver):
    r = place(resolver, "Gunmen abducted two aid workers in Hagadera refugee camp on Friday.", "Violence against civilians")
    assert r.country == "Kenya"
    assert near(r, 0.0, 40.37)


def test_a_papuan_province_made_in_2022_is_no_scottish_highland(resolver):
    r = place(resolver, "Armed men shot dead three road workers in Indonesia's Highland Papua province on Tuesday.",
              "Violence against civilians")
    assert r.country == "Indonesia"
    assert near(r, -4.10, 138.95, km=150)


def test_a_motel_is_a_facility_not_a_village(resolver):
    r = place(resolver, "Gunmen shot dead a guard at Soy Highway Motel in Kakamega County on Sunday.",
              "Violence against civilians")
    assert r.location != "Soy Highway Motel"
    assert r.admin1 == "Kakamega"


def test_the_district_bracketed_after_a_zone_of_a_city_is_the_citys_not_a_namesake_abroad(resolver):
    # Al Qahirah is a district of Taizz and, in the gazetteer, only Egypt's Cairo governorate
    r = place(resolver, "On 3 May 2022, a sniper shot a boy in Taizz - Al Jahmaliyah (Al Qahirah). He died of his wounds.",
              "Violence against civilians")
    assert r.country == "Yemen"
    assert near(r, 13.58, 44.02)


def test_the_province_bracketed_after_a_zone_of_a_city_keeps_its_country(pipeline):
    events = pipeline.extract("On 4 March 2022, Israeli police arrested protesters in Al Quds - Silwan (Al Quds, West "
                              "Bank), who gathered against the demolition of homes in the neighbourhood.")
    assert events and events[0].country == "Palestine"
