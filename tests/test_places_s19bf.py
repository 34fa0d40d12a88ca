"""Session 19 (Burkina Faso): the units in brackets after the first place a sentence names, which the gazetteer
lacks, outrank a town named after it ('between A (Commune, Province) and B' is filed at A); a village no unit
places, in a country whose villages of such reports lie mostly in one region, is filed in that region. Example
sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- 'between A (Commune, Province) and B': A's commune, not B -------------------------------------------
@pytest.mark.parametrize("text", [
    "On 12 March 2021, presumed JNIM militants ambushed an army convoy between Tagalla (Kelbo, Soum) and Djibo.",
    "Suspected militants attacked a bus on the road between Wendou (Kelbo, Soum) and Djibo on Tuesday, killing three.",
])
def test_the_commune_of_an_unknown_first_place_outranks_the_town_named_after_it(resolver, text):
    r = place(resolver, text)
    assert r.admin1 == "Sahel" and r.geo_precision == 2
    assert near(r, 13.85, -1.2, km=5)  # Kelbo, the commune's seat; Djibo lies 50 km away


def test_the_commune_seat_of_an_unknown_place_keeps_its_province(resolver):
    r = place(resolver, "On 3 June 2020, gunmen ambushed a VDP patrol between Namssiguia (Bourzanga, Bam) and Djibo.")
    assert r.admin1 == "Centre-Nord" and near(r, 13.68, -1.55)  # Bourzanga, not Djibo in the Sahel region


@pytest.mark.parametrize("text", [
    # the known town comes first: it is the place
    "On 12 March 2021, presumed JNIM militants ambushed an army convoy between Djibo and Tagalla (Kelbo, Soum).",
    # where people came from is not where the event was
    "On 12 March 2021, displaced people from Tagalla (Kelbo, Soum) protested in Djibo.",
])
def test_a_known_first_town_or_a_place_of_origin_keeps_the_town(resolver, text):
    r = place(resolver, text)
    assert r.location == "Djibo"


# ---- a village no unit places: the region most such villages lie in ---------------------------------------
@pytest.mark.parametrize("text, event_type", [
    ("On 26 November 2019, suspected JNIM militants killed a pastor in the village of Kodjena in Burkina Faso.",
     "Violence against civilians"),
    ("Gunmen attacked the village of Tabankou in Burkina Faso on Sunday and clashed with volunteer fighters.",
     "Battles"),
])
def test_an_unplaced_village_of_the_conflict_is_filed_in_the_usual_region(resolver, text, event_type):
    r = place(resolver, text, event_type)
    assert r.country == "Burkina Faso" and r.admin1 == "Sahel" and r.geo_precision == 3
    assert r.location in ("Kodjena", "Tabankou")


def test_a_crowd_in_an_unplaced_village_stays_at_the_capital(resolver):
    r = place(resolver, "Residents of the village of Tabankou in Burkina Faso marched against the price of fuel.",
              "Protests")
    assert r.country == "Burkina Faso" and r.admin1 == "Centre"


def test_a_country_with_no_usual_region_keeps_the_capital(resolver):
    r = place(resolver, "Gunmen attacked the village of Kwamara in Nigeria on Monday, killing five.",
              "Violence against civilians")
    assert r.country == "Nigeria" and r.admin1 == "Federal Capital Territory"


def test_a_text_naming_only_the_country_stays_at_the_capital(resolver):
    r = place(resolver, "Militants killed four soldiers in an ambush in Burkina Faso on Monday.", "Battles")
    assert r.country == "Burkina Faso" and r.admin1 == "Centre" and r.location == "Burkina Faso"


def test_a_province_alone_in_brackets_leaves_the_town_named_after_it(resolver):
    # the brackets after the unknown first place name only a province: they frame, they do not narrow down
    r = place(resolver, "On 5 July 2022, in Pull Norte (Chimborazo), farmers blocked a highway in Palmira sector "
                        "to demand fixed fuel prices.", "Protests")
    assert r.location == "Palmira" and r.admin1 == "Chimborazo"


def test_a_second_unknown_place_with_its_brackets_does_not_outrank_the_first(resolver):
    r = place(resolver, "On 4 May 2022, soldiers shelled militant positions in Tagalla (Djibo, Soum) and Wendou (Kelbo, Soum).")
    assert near(r, 14.10, -1.63, km=5)  # Djibo, the first place's commune, not Kelbo
