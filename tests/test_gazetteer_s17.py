"""data/place_supplement.json's township seats of Myanmar, territory seats of DR Congo, commune seats of Mali
and more of Burkina Faso, which GeoNames' cities500 lacks: the gazetteer finds each by its name (and its other
spellings) in its country and province, under the gazetteer's own spelling of the province; no entry repeats
a town cities500 already has; news naming a seat alone is placed there. Example sentences written for these
tests."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsevents import gazetteer
from newsevents.gazetteer import fold
from newsevents.places import PlaceResolver
from test_places import near, place

SUPPLEMENT = Path(gazetteer.__file__).with_name("data") / "place_supplement.json"
# (south, north, west, east): the countries' extent, a little generously
BOUNDS = {"MM": (9.5, 28.6, 92.1, 101.2), "CD": (-13.5, 5.4, 12.2, 31.3)}
# a town within this distance under the same name is the same town
SAME_TOWN_KM = 10
# a seat lies this close to some town of its own province (DR Congo's provinces are wide, their towns in
# cities500 few: Maniema has three)
PROVINCE_REACH_KM = {"MM": 150, "CD": 300}


def _entries(cc: str) -> list[dict]:
    return [p for p in json.loads(SUPPLEMENT.read_text(encoding="utf-8"))["places"] if p["cc"] == cc]


@pytest.fixture(scope="module")
def geonames_towns() -> list[tuple]:
    """(name, cc, admin1, lat, lon) of cities500's towns, without the supplement's."""
    gazetteer.Gazetteer()  # builds the index if needed
    con = sqlite3.connect(str(gazetteer.base_db_path()))
    try:
        return list(con.execute("SELECT name, cc, admin1, lat, lon FROM places WHERE kind = 'city' AND id < ?",
                                (gazetteer.SUPPLEMENT_IDS,)))
    finally:
        con.close()


@pytest.mark.parametrize("name, cc, admin1", [
    ("Hsipaw", "MM", "Shan"),
    ("Thibaw", "MM", "Shan"),  # Hsipaw's other name
    ("Tabayin", "MM", "Sagain"),  # Depayin's other name
    ("Mindat", "MM", "Chin"),
    ("Gangaw", "MM", "Magway"),
    ("Hpruso", "MM", "Kayah"),
    ("Waingmaw", "MM", "Kachin"),
    ("Danubyu", "MM", "Ayeyarwady"),
    ("Kasenga", "CD", "Katanga"),  # GeoNames' province before 2015
    ("Mobaye-Mbongo", "CD", "Equateur"),  # Mobayi-Mbongo spelt another way
    ("Otukpo", "NG", "Benue"),
    ("Konna", "ML", "Mopti"),
    ("Sévaré", "ML", "Mopti"),
    ("Sampelga", "BF", "Sahel"),
    ("Zogore", "BF", "Nord"),  # written without its accent
])
def test_an_added_seat_is_found_by_name_in_its_province(name, cc, admin1):
    found = [p for p in gazetteer.load().lookup(name) if p.cc == cc]
    assert found and found[0].admin1 == admin1 and found[0].kind == "city"


def test_namesake_seats_in_two_provinces_are_both_found():
    # Minhla is the seat of a township of Magway and of one of Bago
    assert {p.admin1 for p in gazetteer.load().lookup("Minhla") if p.cc == "MM"} == {"Magway", "Bago"}


@pytest.mark.parametrize("entry", _entries("MM") + _entries("CD"), ids=lambda p: p["name"] + "-" + p["admin1"])
def test_a_seat_lies_in_its_country_in_a_province_the_gazetteer_knows(entry, geonames_towns):
    south, north, west, east = BOUNDS[entry["cc"]]
    assert south <= entry["lat"] <= north and west <= entry["lon"] <= east
    towns = [t for t in geonames_towns if t[1] == entry["cc"]]
    assert entry["admin1"] in {t[2] for t in towns}
    # and near a town of that province: a seat filed under a province far away shows here (cities500's
    # towns of these countries are too few, and Myanmar's too crowded round Yangon, to ask the nearest
    # ones for its province)
    assert min(gazetteer.haversine_km(entry["lat"], entry["lon"], t[3], t[4])
               for t in towns if t[2] == entry["admin1"]) <= PROVINCE_REACH_KM[entry["cc"]]


@pytest.mark.parametrize("cc", ["MM", "BF", "CD", "NG", "ML"])
def test_no_entry_repeats_a_town_cities500_has(cc, geonames_towns):
    towns = [t for t in geonames_towns if t[1] == cc]
    for entry in _entries(cc):
        names = {fold(n) for n in [entry["name"], *entry.get("alternates", [])]}
        repeated = [t[0] for t in towns if fold(t[0]) in names
                    and gazetteer.haversine_km(entry["lat"], entry["lon"], t[3], t[4]) <= SAME_TOWN_KM]
        assert not repeated, entry["name"]


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, country, admin1, lat, lon", [
    ("Junta troops torched more than a hundred houses in Depayin, Sagaing region, on Tuesday, "
     "residents said.", "Myanmar", "Sagaing", 22.62, 95.28),
    ("Resistance fighters said they had taken the police station in Mindat, in Myanmar's Chin state, "
     "after two days of fighting.", "Myanmar", "Chin", 21.38, 93.98),
    ("An air strike on a school in Gangaw killed four children, a local aid group said.",
     "Myanmar", "Magway", 22.17, 94.13),
    ("Clashes between two communities left ten people dead in Kwamouth, in Congo's Mai-Ndombe province, on "
     "Friday, a local official said.", "Democratic Republic of Congo", "Mai-Ndombe", -3.18, 16.20),
    ("Suspected jihadists ambushed an army convoy in Hombori, in central Mali, on Tuesday.",
     "Mali", "Mopti", 15.28, -1.70),
    ("Herders attacked farmers in Otukpo, Benue state, on Sunday, killing three, police said.",
     "Nigeria", "Benue", 7.19, 8.13),
    ("Armed men attacked a gendarmerie post in Sampelga, in Burkina Faso's Seno province, on Sunday.",
     "Burkina Faso", "Sahel", 13.88, 0.14),
])
def test_news_naming_a_seat_alone_is_placed_there(resolver, text, country, admin1, lat, lon):
    r = place(resolver, text)
    assert r.country == country and r.admin1 == admin1
    assert r.geo_precision == 1 and near(r, lat, lon, km=10)
