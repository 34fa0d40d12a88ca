"""Session 19 (Burkina Faso): the units in brackets after the first place a sentence names, which the gazetteer
lacks, outrank a town named after it ('between A (Commune, Province) and B' is filed at A). Example sentences
written for these tests."""

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


def test_a_province_alone_in_brackets_leaves_the_town_named_after_it(resolver):
    # the brackets after the unknown first place name only a province: they frame, they do not narrow down
    r = place(resolver, "On 5 July 2022, in Pull Norte (Chimborazo), farmers blocked a highway in Palmira sector "
                        "to demand fixed fuel prices.", "Protests")
    assert r.location == "Palmira" and r.admin1 == "Chimborazo"


def test_a_second_unknown_place_with_its_brackets_does_not_outrank_the_first(resolver):
    r = place(resolver, "On 4 May 2022, soldiers shelled militant positions in Tagalla (Djibo, Soum) and Wendou (Kelbo, Soum).")
    assert near(r, 14.10, -1.63, km=5)  # Djibo, the first place's commune, not Kelbo
