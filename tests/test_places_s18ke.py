"""Session 18 (Kenya): the sub-counties (constituencies) of Kenya and the old districts news still name, at
their seats, with the seats and the big estates of Nairobi and Mombasa that GeoNames' cities500 lacks
(data/place_supplement.json). A village the gazetteer does not know, named with its sub-county, is put at
the sub-county's seat (geo_precision 2). Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- a village unknown to the gazetteer, named with its sub-county ------------------------------------
@pytest.mark.parametrize("text, event_type, admin1, lat, lon", [
    # 'X, in Y' (news style): the old district of Trans Mara, seated at Kilgoris
    ("A trader was shot dead on Tuesday night at Olokurto market, in Trans Mara, by men who fled on a motorbike.",
     "Violence against civilians", "Narok", -1.01, 34.88),
    # 'X village, Y' (note style): Pokot North, seated at Kacheliba
    ("On 4 March 2019, raiders stole 300 goats from Lokwamosing village, North Pokot, and shot a herder.",
     "Violence against civilians", "West Pokot", 1.49, 35.0),
    # 'X sub-county'
    ("Boda boda riders blocked the road in Rarieda sub-county after a colleague was killed by a lorry.",
     "Protests", "Siaya", -0.12, 34.35),
    # 'X constituency'
    ("Rival supporters fought with stones at a tallying centre in Mwingi Central constituency on Thursday.",
     "Riots", "Kitui", -0.94, 38.06),
    # a sub-county named like its county and a point of the compass
    ("Bandits raided a village in Baringo North and drove away about 200 head of cattle.",
     "Violence against civilians", "Baringo", 0.73, 35.8),
])
def test_a_village_with_its_sub_county_is_put_at_the_sub_countys_seat(resolver, text, event_type, admin1, lat, lon):
    r = place(resolver, text, event_type=event_type)
    assert r.country == "Kenya" and r.admin1 == admin1
    assert near(r, lat, lon, km=10)
    assert r.geo_precision == 2


def test_a_sub_county_of_bomet_is_filed_under_bomet(resolver):
    # GeoNames files the town of Bomet under Kericho; ACLED's county is Bomet
    r = place(resolver, "Tea farmers in Bomet Central protested against low bonus payments on Monday.", event_type="Protests")
    assert r.admin1 == "Bomet" and near(r, -0.78, 35.34, km=10)


def test_a_sub_county_of_vihiga_is_filed_under_vihiga(resolver):
    r = place(resolver, "Youths in Emuhaya sub-county burnt a police post after a suspect died in custody.", event_type="Riots")
    assert r.admin1 == "Vihiga" and near(r, 0.06, 34.63, km=10)


# ---- the seat of a sub-county, and the estates of Nairobi and Mombasa ---------------------------------
@pytest.mark.parametrize("text, event_type, location, admin1, lat, lon", [
    ("Pokot gunmen killed two herders at Chemolingot on Saturday.", "Violence against civilians",
     "Chemolingot", "Baringo", 1.30, 35.93),
    ("Police dispersed traders protesting at Kongowea market over new county levies.", "Protests",
     "Kongowea", "Mombasa", -4.03, 39.70),
    ("Residents of Njiru blocked the road with burning tyres to protest an eviction notice.", "Protests",
     "Njiru", "Nairobi", -1.25, 36.96),
    ("Teachers marched in Mvita to demand the payment of salary arrears.", "Protests",
     "Mvita", "Mombasa", -4.06, 39.66),
])
def test_seats_and_estates_the_gazetteer_lacked(resolver, text, event_type, location, admin1, lat, lon):
    r = place(resolver, text, event_type=event_type)
    assert r.country == "Kenya" and r.location == location and r.admin1 == admin1
    assert near(r, lat, lon, km=10)
    assert r.geo_precision == 1


def test_another_spelling_of_oloitokitok(resolver):
    # (no 'in' or 'at' before the name, after which a misspelling is looked up)
    r = place(resolver, "On Monday, angry Loitokitok traders blocked the road to the border crossing.", event_type="Protests")
    assert r.admin1 == "Kajiado" and near(r, -2.93, 37.51, km=10)
