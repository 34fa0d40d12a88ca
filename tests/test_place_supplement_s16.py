"""data/place_supplement.json's commune seats of Burkina Faso and Niger (rural communes that GeoNames'
cities500 lacks): each entry lies in its country and in a province the gazetteer knows, under the
gazetteer's own spelling (an entry filed under ACLED's 'Sud-Ouest' made a second, one-town province
beside GeoNames' 'Southwest'), and news naming a seat alone is placed there. Example sentences
written for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsevents import gazetteer
from newsevents.places import PlaceResolver
from test_places import near, place

SUPPLEMENT = Path(gazetteer.__file__).with_name("data") / "place_supplement.json"
# (south, north, west, east): the countries' extent, a little generously
BOUNDS = {"BF": (9.3, 15.1, -5.6, 2.5), "NE": (11.6, 23.6, 0.1, 16.0), "BJ": (6.1, 12.5, 0.7, 3.9)}


def _entries() -> list[dict]:
    places = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))["places"]
    return [p for p in places if p["cc"] in BOUNDS]


@pytest.fixture(scope="module")
def geonames_towns() -> dict[str, list[tuple]]:
    """(name, admin1, lat, lon) of the GeoNames towns of each country, without the supplement's."""
    gazetteer.Gazetteer()  # builds the index if needed
    con = sqlite3.connect(str(gazetteer.base_db_path()))
    try:
        return {cc: list(con.execute("SELECT name, admin1, lat, lon FROM places WHERE cc = ? AND kind = 'city' "
                                     "AND id < ?", (cc, gazetteer.SUPPLEMENT_IDS)))
                for cc in BOUNDS}
    finally:
        con.close()


@pytest.mark.parametrize("entry", _entries(), ids=lambda p: p["name"])
def test_a_seat_lies_in_its_country(entry):
    south, north, west, east = BOUNDS[entry["cc"]]
    assert south <= entry["lat"] <= north and west <= entry["lon"] <= east


@pytest.mark.parametrize("entry", _entries(), ids=lambda p: p["name"])
def test_a_seat_is_filed_under_a_province_the_gazetteer_knows(entry, geonames_towns):
    towns = geonames_towns[entry["cc"]]
    assert entry["admin1"] in {admin1 for _, admin1, _, _ in towns}
    # and under the province of the towns around it: a seat put in the wrong region shows here
    nearest = sorted(towns, key=lambda t: gazetteer.haversine_km(entry["lat"], entry["lon"], t[2], t[3]))[:3]
    assert entry["admin1"] in {admin1 for _, admin1, _, _ in nearest}


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, admin1, lat, lon", [
    ("Gunmen killed three traders at a market in Koumbia, in Burkina Faso's Tuy province, on Friday, "
     "local sources said.", "Hauts-Bassins", 11.24, -3.70),
    ("Soldiers repelled an attack on their base in Niaogho, in Boulgou province, on Wednesday, the army "
     "said.", "Centre-Est", 11.77, -0.76),
    ("Jihadists attacked the gendarmerie post in Piela in eastern Burkina Faso overnight, killing two "
     "gendarmes.", "Est", 12.70, -0.13),
    ("Residents of Ouessa, near the border with Ghana, protested on Monday against the arrest of a local "
     "leader.", "Sud-Ouest", 11.02, -2.78),
    ("Suspected militants ambushed a patrol in Makalondi in Niger's Tillaberi region, killing four "
     "soldiers.", "Tillaberi", 12.83, 1.68),
    ("Armed men stormed the military camp at Inates in western Niger on Tuesday, the defence ministry "
     "said.", "Tillaberi", 15.20, 1.45),
])
def test_news_naming_a_seat_alone_is_placed_there(resolver, text, admin1, lat, lon):
    r = place(resolver, text)
    assert r.admin1 == admin1
    assert r.geo_precision == 1 and near(r, lat, lon, km=10)
