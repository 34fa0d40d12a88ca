"""Session 22 (Kenya, places): towns of Kenya that GeoNames' cities500 lacks (sub-county seats and market
towns: Ganze, Ikutha, Kombewa, Kalokol, the Kenyan half of Namanga ...) and the capitals of counties not
named like them (Baringo at Kabarnet, Tana River at Hola, Kirinyaga at Kerugoya, Nyandarua at Ol Kalou),
where an event known only by its county is put (data/place_supplement.json, data/place_cues.json
seats_of_units). Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, event_type, admin1, lat, lon", [
    # news style
    ("Kenyans living in Namanga blocked the border crossing on Monday to protest the deportation of traders.",
     "Protests", "Kajiado", -2.545, 36.79),
    ("Police fired tear gas at boda boda riders who blocked the road in Kombewa after a colleague was killed.",
     "Protests", "Kisumu", -0.105, 34.51),
    ("Raiders armed with AK-47 rifles stole 200 goats at Kalokol, Turkana, on Saturday night.",
     "Violence against civilians", "Turkana", 3.52, 35.86),
    # note style
    ("On 3 June 2019, residents of Ikutha (Kitui South, Kitui) demonstrated over the lack of water.",
     "Protests", "Kitui", -2.07, 38.18),
    ("On 9 May 2018, unidentified gunmen shot and killed a trader in Ganze (Kilifi).",
     "Violence against civilians", "Kilifi", -3.556, 39.683),
    # another spelling of a town the gazetteer has
    ("On 2 April 2016, suspected Al Shabaab militants attacked a police post in Rhamu, Mandera county.",
     "Battles", "Mandera", 3.93, 41.22),
])
def test_towns_of_kenya_cities500_lacks(resolver, text, event_type, admin1, lat, lon):
    r = place(resolver, text, event_type=event_type)
    assert r.country == "Kenya" and r.admin1 == admin1
    assert near(r, lat, lon, km=10)


@pytest.mark.parametrize("text, event_type, admin1, lat, lon", [
    ("An Administration Police officer shot dead two of his colleagues in Baringo County on Sunday.",
     "Violence against civilians", "Baringo", 0.492, 35.743),
    ("Residents of Tana River County protested on Monday over the killing of a herder by police.",
     "Protests", "Tana River", -1.483, 40.033),
    ("Rice farmers protested in Kirinyaga county over delayed payments, blocking a road.",
     "Protests", "Kirinyaga", -0.499, 37.28),
])
def test_a_county_alone_is_put_at_its_capital(resolver, text, event_type, admin1, lat, lon):
    r = place(resolver, text, event_type=event_type)
    assert r.country == "Kenya" and r.admin1 == admin1
    assert near(r, lat, lon, km=5)
