"""Session 18 (Burkina Faso): a country named right after a town as the one it lies in, and a place the words call
a village, rule out namesakes abroad. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- 'X in Burkina Faso': the country the town lies in -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Unknown gunmen attacked the police station in Silly in Burkina Faso on Friday.",
    "Gunmen attacked the police station in Silly, Burkina Faso, on Friday, killing two officers.",
    "On 8 March, suspected militants burned the town hall of Silly in southern Burkina Faso.",
])
def test_a_country_named_after_the_town_rules_out_its_namesakes_abroad(resolver, text):
    # the only Silly the gazetteer knows is Belgium's: the event is in Burkina Faso, place unknown
    r = place(resolver, text)
    assert r.country == "Burkina Faso"


@pytest.mark.parametrize("text, country, location", [
    ("Ministers met in Niamey, Mali and Burkina Faso to discuss the security situation.", "Niger", "Niamey"),
    ("A bomb exploded in Kano in northern Nigeria on Tuesday, killing five.", "Nigeria", "Kano"),
    ("Protesters marched in Paris, France on Saturday against the pension reform.", "France", "Paris"),
])
def test_a_list_of_countries_or_the_towns_own_country_changes_nothing(resolver, text, country, location):
    r = place(resolver, text)
    assert r.country == country and r.location == location


# ---- 'the village of X': no city abroad -------------------------------------------------------------
def test_a_village_is_no_big_city_abroad_when_the_group_named_fights_elsewhere(resolver):
    # Sudan's Singa is a state capital; JNIM fights in the Sahel
    r = place(resolver, "On 4 May 2021, JNIM militants killed three herders near the village of Singa.")
    assert r.country == "Burkina Faso"


def test_a_village_is_no_big_city_abroad_when_the_groups_named_tell_a_region(resolver):
    r = place(resolver, "On 4 May 2021, suspected ISGS militants attacked the village of Singa and killed a herder.")
    assert r.country != "Sudan"


def test_a_town_not_called_a_village_keeps_its_city(resolver):
    r = place(resolver, "Protesters marched in Singa on Monday against the price of bread.")
    assert r.country == "Sudan" and r.location == "Singa"


def test_a_country_owning_the_unit_named_next_leaves_the_frame_to_that_unit(resolver):
    # 'Congo' alone may be either Congo; "Congo's Mai-Ndombe province" names the unit the town lies in
    r = place(resolver, "Militiamen burned two villages near Kwamouth, in Congo's Mai-Ndombe province, "
                        "on Thursday, a local official said.")
    assert r.country == "Democratic Republic of Congo" and r.admin1 == "Mai-Ndombe"
