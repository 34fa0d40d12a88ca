"""Session 19 (Syria, Iraq): villages of Syria's front lines (Jabal al-Zawiya, the Euphrates' east bank in Deir
ez-Zor), Rmelan, and seats of Iraq's districts and sub-districts that GeoNames' cities500 lacks
(data/place_supplement.json). Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.gazetteer import haversine_km
from newsevents.places import PlaceResolver, load_json
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- villages of Syria's front lines and Iraq's sub-district seats -------------------------------------------
@pytest.mark.parametrize("text, country, admin1, lat, lon", [
    ("Regime forces shelled Sfuhen village in Idleb countryside with rockets. Casualties unknown.",
     "Syria", "Idleb", 35.65, 36.53),
    ("Russian warplanes struck the outskirts of Kansafra, in Jabal al-Zawiya, on Tuesday.",
     "Syria", "Idleb", 35.71, 36.50),
    ("Regime artillery hit houses in Al Bara town in Idleb governorate, wounding a woman.",
     "Syria", "Idleb", 35.68, 36.54),
    ("Unknown gunmen shot dead a QSD member in Shiheil town in Deir ez Zor countryside.",
     "Syria", "Deir ez Zor", 35.11, 40.47),
    ("A US patrol was seen near Rmelan town in Al Hasakeh countryside.",
     "Syria", "Al Hasakeh", 37.0, 41.92),
    ("IS militants attacked an army checkpoint near Jurf al-Sakhar in Babil province.",
     "Iraq", "Babil", 32.87, 44.13),
    ("The Iraqi army clashed with YBS fighters in Sinune, in Sinjar district of Ninewa.",
     "Iraq", "Ninewa", 36.47, 41.71),
    ("Unidentified gunmen threw a grenade at a house in Altun Kupri in Kirkuk province.",
     "Iraq", "Kirkuk", 35.75, 44.14),
    ("A roadside bomb hit a Popular Mobilization Forces vehicle near Saadiya in Diyala province.",
     "Iraq", "Diyala", 34.19, 45.12),
])
def test_a_village_of_the_front_or_a_sub_district_seat_is_found(resolver, text, country, admin1, lat, lon):
    r = place(resolver, text)
    assert r.country == country and r.admin1 == admin1
    assert near(r, lat, lon, km=10)


def test_the_added_places_repeat_no_town_of_the_gazetteer():
    """No place added for Syria or Iraq lies within 5 km of a cities500 town of its name (it would be one twice)."""
    from newsevents import gazetteer

    gaz = gazetteer.load()
    marks = ("nahiya", "qadha", "Jabal al-Zawiya", "Euphrates' east bank", "Hasakah's northeast", "a district of Baghdad",
             "a town of Sinjar")
    added = [p for p in load_json("place_supplement.json")["places"]
             if p["cc"] in ("SY", "IQ") and any(w in p.get("_note", "") for w in marks)]
    assert len(added) >= 35
    for p in added:
        for name in [p["name"], *p.get("alternates", [])]:
            for q in gaz.lookup(name):
                if q.source == "base" and q.kind == "city" and q.cc == p["cc"] and q.id < gazetteer.SUPPLEMENT_IDS:
                    assert haversine_km(q.latitude, q.longitude, p["lat"], p["lon"]) > 5, (name, q)
