"""Session 18, Benin: a department known only by its name is placed at its seat (Alibori at Kandi, Collines
at Dassa-Zoume), not at its biggest town; Come is a town of Mono, though GeoNames files it under Collines; the spellings of commune seats news and ACLED's notes use ('Cobli', 'Kobli',
'N-Dali', 'Dogbo-Tota') find the seat. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import gazetteer
from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- a department's seat -------------------------------------------------------------------------------
@pytest.mark.parametrize("name, lat, lon", [
    ("Alibori", 11.13, 2.94),  # Kandi, not Malanville
    ("Collines", 7.75, 2.18),  # Dassa-Zoume, not Come (a town of Mono)
])
def test_a_benin_department_lies_at_its_seat(name, lat, lon):
    gaz = gazetteer.load()
    unit = next(p for p in gaz.spelled(name) if p.cc == "BJ" and p.kind == "admin1")
    assert gazetteer.haversine_km(unit.latitude, unit.longitude, lat, lon) <= 10


def test_an_event_known_only_by_its_department_is_at_the_seat(resolver):
    r = place(resolver, "On 3 May 2022, unidentified gunmen attacked a customs post in the Alibori department "
                        "of Benin, killing two officers.", event_type="Battles")
    assert r.admin1 == "Alibori"
    assert near(r, 11.13, 2.94)


# ---- Come, a town of Mono ----------------------------------------------------------------------------
def test_come_is_filed_under_mono(resolver):
    r = place(resolver, "On 14 February 2021, traders in Come (Come, Mono) protested against new market fees.",
              event_type="Protests")
    assert r.admin1 == "Mono"
    assert near(r, 6.41, 1.88)


def test_a_town_of_collines_stays_in_collines(resolver):
    # the other side of the table that moves Come: the towns of Collines keep their department
    r = place(resolver, "On 2 June 2020, farmers and herders clashed in Savalou (Savalou, Collines), leaving "
                        "one man wounded.", event_type="Battles")
    assert r.admin1 == "Collines"
    assert near(r, 7.93, 1.98)


# ---- commune seats under their other spellings --------------------------------------------------------
@pytest.mark.parametrize("text, admin1, lat, lon", [
    # an unknown village with its commune written 'Cobli' or 'Kobli': the seat of Cobly
    ("On 4 March 2021, a group of farmers assaulted a herder in the village of Wantiga (Cobli, Atacora).",
     "Atacora", 10.49, 1.00),
    ("On 9 August 2019, farmers burned a Fulani camp in Nakossou (Kobli, Atacora).", "Atacora", 10.49, 1.00),
    ("On 2 October 2020, residents lynched a suspected thief in Bonnigourou (N-Dali, Borgou).", "Borgou", 9.86, 2.72),
    ("On 6 July 2021, youths blocked the road in Dogbo-Tota to protest the arrest of a local leader.",
     "Couffo", 6.80, 1.78),
])
def test_a_commune_seat_under_another_spelling(resolver, text, admin1, lat, lon):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.country == "Benin" and r.admin1 == admin1
    assert near(r, lat, lon)


# ---- a unit of another country named in brackets before a province ----------------------------------------
@pytest.mark.parametrize("text, country, admin1", [
    # 'Ehime' is a prefecture of Japan, but '(Ehime Mbano, Imo)' names a local government area of Imo
    ("On 6 June 2022, armed men kidnapped a pastor while he was leaving his church in Umunkwo (Ehime Mbano, Imo).",
     "Nigeria", "Imo"),
    ("On 2 May 2022, gunmen killed two vigilantes in Nsu (Ehime Mbano, Imo).", "Nigeria", "Imo"),
])
def test_a_unit_abroad_is_no_namesake_of_a_bracketed_area(resolver, text, country, admin1):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.country == country and r.admin1 == admin1
