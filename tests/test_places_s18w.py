"""Places, session 18 (world): villages of Ukraine's front lines (2014-2023) that GeoNames' cities500 lacks,
added to data/place_supplement.json. Each lies in Ukraine, is filed under the province of the GeoNames towns
around it (GeoNames' spelling of the oblast), and a report naming it, framed by its oblast or alone, is placed
there rather than at the oblast's capital. Example sentences written for these tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsevents import gazetteer
from newsevents.places import PlaceResolver
from test_places import near, place

SUPPLEMENT = Path(gazetteer.__file__).with_name("data") / "place_supplement.json"
UKRAINE = (44.3, 52.4, 22.1, 40.3)  # (south, north, west, east), a little generously


def _entries() -> list[dict]:
    places = json.loads(SUPPLEMENT.read_text(encoding="utf-8"))["places"]
    return [p for p in places if p["cc"] == "UA"]


@pytest.fixture(scope="module")
def ukrainian_towns() -> list[tuple]:
    gazetteer.Gazetteer()  # builds the index if needed
    con = sqlite3.connect(str(gazetteer.base_db_path()))
    try:
        return list(con.execute("SELECT name, admin1, lat, lon FROM places WHERE cc = 'UA' AND kind = 'city' "
                                "AND id < ?", (gazetteer.SUPPLEMENT_IDS,)))
    finally:
        con.close()


def test_the_front_line_villages_are_there():
    assert len(_entries()) >= 30


@pytest.mark.parametrize("entry", _entries(), ids=lambda p: p["name"])
def test_a_village_lies_in_ukraine_under_the_province_of_the_towns_around_it(entry, ukrainian_towns):
    south, north, west, east = UKRAINE
    assert south <= entry["lat"] <= north and west <= entry["lon"] <= east
    assert entry["admin1"] in {admin1 for _, admin1, _, _ in ukrainian_towns}
    # a village put in the wrong oblast shows here (some lie on an oblast's edge: a town of their own oblast
    # within 30 km, not the three nearest)
    assert any(admin1 == entry["admin1"] and gazetteer.haversine_km(entry["lat"], entry["lon"], lat, lon) <= 30
               for _, admin1, lat, lon in ukrainian_towns)


@pytest.mark.parametrize("entry", _entries(), ids=lambda p: p["name"])
def test_no_village_is_added_twice(entry, ukrainian_towns):
    # a village GeoNames already has in that oblast needs no second entry
    key = gazetteer.fold(entry["name"])
    assert not any(gazetteer.fold(name) == key and admin1 == entry["admin1"] for name, admin1, _, _ in ukrainian_towns)


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, location, admin1, lat, lon", [
    # note style: the village, a comma, its oblast
    ("On 4 June 2022, Ukrainian forces fired mortars at DPR positions in Travneve, Donetsk. Casualties unknown.",
     "Travneve", "Donetsk", 48.43, 38.10),
    ("On 11 August 2022, Russian forces shelled Osokorivka, Kherson region, damaging houses. Casualties unknown.",
     "Osokorivka", "Kherson", 47.45, 33.93),
    ("On 2 September 2023, Ukrainian forces clashed with Russian forces near Robotyne, Zaporizhia. Casualties unknown.",
     "Robotyne", "Zaporizhia", 47.44, 35.84),
    # news style: the oblast told in words after the village
    ("Russian artillery pounded the village of Myrna Dolyna in the Luhansk region overnight, destroying several homes, the regional "
     "governor said on Friday.", "Myrna Dolyna", "Luhansk", 48.80, 38.49),
    ("Two soldiers were wounded when separatists opened fire with heavy machine guns near Taramchuk, in Donetsk "
     "oblast, the military said.", "Taramchuk", "Donetsk", 47.80, 37.57),
])
def test_a_front_line_village_is_placed_at_itself_not_at_its_oblasts_capital(resolver, text, location, admin1, lat, lon):
    r = place(resolver, text, "Explosions/Remote violence")
    assert r.country == "Ukraine"
    assert r.admin1 == admin1
    assert r.location == location
    assert near(r, lat, lon, km=10)


def test_a_front_line_village_named_alone_is_found(resolver):
    r = place(resolver, "Ceasefire monitors recorded dozens of explosions near Dolomytne on Saturday night.",
              "Explosions/Remote violence")
    assert r.country == "Ukraine"
    assert r.location == "Dolomytne"
    assert near(r, 48.42, 38.14, km=10)
