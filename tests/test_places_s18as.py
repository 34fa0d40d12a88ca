"""Session 18 (Asia): ACLED's short forms of Indian and Pakistani states in the brackets that frame a place
('(Kathua district, J&K)', '(KPK)'), Pakistani districts named unlike their seats ('Kech district' at Turbat),
and the spellings ACLED and news give towns of Kashmir, Myanmar, Iraq and Syria. Example sentences written
for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- short forms of states in ACLED's brackets ----------------------------------------------------------
@pytest.mark.parametrize("text, admin1", [
    # a town the gazetteer lacks, framed by the state's short form alone
    ("On 4 June 2023, traders held a sit-in at Gool Gulabgarh town (J&K) over long power cuts. [size=no report]",
     "Jammu and Kashmir"),
    ("On 9 July 2023, party workers held a protest at Khejuri town (WB) over the arrest of a local leader. "
     "[size=no report]", "West Bengal"),
    ("On 2 August 2023, farmers held a protest at Pachpedwa town (UP) over the shortage of fertiliser. "
     "[size=no report]", "Uttar Pradesh"),
    ("On 5 May 2023, teachers held a protest demonstration in Barikot town (KPK), demanding their salaries. "
     "[size=no report]", "Khyber Pakhtunkhwa"),
])
def test_a_state_is_read_from_its_short_form_in_the_brackets(resolver, text, admin1):
    r = place(resolver, text, event_type="Protests")
    assert r.admin1 == admin1


def test_the_short_form_places_a_town_among_its_namesakes_abroad(resolver):
    # a town of Jammu whose namesake elsewhere is bigger: the state in the brackets says which
    r = place(resolver, "On 5 March 2023, employees held a sit-in protest at Samba city (J&K) to demand the "
                        "regularisation of their jobs. [size=no report]", event_type="Protests")
    assert r.country == "India" and r.admin1 == "Jammu and Kashmir"
    assert near(r, 32.56, 75.12)


@pytest.mark.parametrize("text", [
    "An MP and two of his guards were wounded when gunmen fired on their car near Lucknow on Tuesday.",
    "Police said the UP government had ordered an inquiry after the clash in Lucknow.",
])
def test_the_short_forms_are_acronyms_outside_the_brackets(resolver, text):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.location == "Lucknow"


# ---- Pakistani districts named unlike their seats --------------------------------------------------------
@pytest.mark.parametrize("text, lat, lon", [
    ("On 3 March 2023, BLA militants attacked a Levies checkpoint at Hoshab (Kech district, Balochistan), "
     "killing one soldier.", 26.00, 63.05),
    ("On 6 April 2023, shopkeepers held a protest demonstration in Lower Dir city (KPK), against load "
     "shedding. [size=no report]", 34.83, 71.84),
    # a village the gazetteer lacks: the seat of the district in the brackets, not the province's
    ("On 8 May 2023, residents held a protest demonstration in Dabhro village (Tharparkar, Sindh), against water "
     "shortage. [size=no report]", 24.74, 69.80),
])
def test_a_district_named_unlike_its_seat_is_put_at_the_seat(resolver, text, lat, lon):
    r = place(resolver, text, event_type="Protests")
    assert r.country == "Pakistan" and near(r, lat, lon)


# ---- spellings ACLED and the news use ----------------------------------------------------------------------
@pytest.mark.parametrize("text, country, lat, lon", [
    ("On 12 June 2023, traders held a protest at Rajouri town (Rajouri district, J&K) over a curfew.",
     "India", 33.38, 74.31),
    ("On 2 May 2023, hundreds of graduates blocked the road in front of the governorate building in Nassriya "
     "city, demanding jobs.", "Iraq", 31.06, 46.26),
    ("On 9 March 2023, in Yinmarbin township (Yinmarbin district, Sagaing region), local resistance fighters "
     "attacked a military column.", "Myanmar", 22.05, 94.90),
    ("On 10 April 2023, a bomb exploded at a market in Mogoke town (Mogoke township, Pyinoolwin district, "
     "Mandalay region).", "Myanmar", 22.92, 96.51),
    ("On 2 February 2023, Turkish forces shelled the outskirts of Ein Issa town in Ar Raqqa countryside.",
     "Syria", 36.39, 38.86),
])
def test_a_town_is_found_by_the_spelling_the_notes_use(resolver, text, country, lat, lon):
    r = place(resolver, text)
    assert r.country == country and near(r, lat, lon)
