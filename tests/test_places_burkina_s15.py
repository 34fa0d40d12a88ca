"""Burkina Faso's rural commune seats that GeoNames' cities500 lacks (data/place_supplement.json):
news of attacks names the commune alone ('in Solhan'), and without the seat the event cannot be placed.
Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, admin1, lat, lon", [
    ("Armed men stormed the rural commune of Solhan in Yagha province overnight, killing dozens of "
     "villagers, the government said.", "Sahel", 13.38, 0.46),
    ("Gunmen attacked a gendarmerie post in Seguenega, northern Burkina Faso, on Sunday, killing two "
     "gendarmes.", "Nord", 13.44, -1.97),
    ("Suspected jihadists ambushed a convoy in Tougouri in Burkina Faso on Tuesday, security sources "
     "said.", "Centre-Nord", 13.31, -0.54),
])
def test_a_rural_commune_seat_cities500_lacks_is_placed(resolver, text, admin1, lat, lon):
    r = place(resolver, text)
    assert r.country == "Burkina Faso" and r.admin1 == admin1
    assert r.geo_precision == 1 and near(r, lat, lon, km=10)
