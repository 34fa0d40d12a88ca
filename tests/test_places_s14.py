"""Places, session 14: communes and provinces the gazetteer lacked or misplaced, named in ACLED's
'(Commune, Province)' brackets after a village it does not know."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


def test_a_province_geonames_spells_otherwise_frames_an_unknown_village(resolver):
    # GeoNames has 'Komandjoari'; news and ACLED write Komondjari, seated at Gayeri
    r = place(resolver, "Gunmen attacked the gendarmerie post in Kobiandi (Bartiebougou, Komondjari) on Monday.",
              "Battles")
    assert r.country == "Burkina Faso"
    assert r.admin1 == "Est"
    assert near(r, 12.65, 0.49)


@pytest.mark.parametrize("text, admin1, lat, lon", [
    # cities500's only Kouande lies near Allada, 400 km south of the town of the Atacora
    ("Unknown gunmen shot a motorcyclist near Sekogourou (Kouande, Atacora) on Sunday.", "Atacora", 10.33, 1.69),
    ("A crowd burned a suspected thief to death in Sey (Toffo, Atlantique).", "Atlantique", 6.85, 2.08),
    ("Fishermen protested in Gnangnanou (Bonou, Oueme) against the closure of the river market.", "Oueme", 6.90, 2.45),
])
def test_a_commune_of_benin_frames_an_unknown_village(resolver, text, admin1, lat, lon):
    r = place(resolver, text, "Protests")
    assert r.country == "Benin"
    assert r.admin1 == admin1
    assert near(r, lat, lon)


def test_a_territory_seat_of_the_kivus_places_an_unknown_village(resolver):
    r = place(resolver, "Mai-Mai fighters attacked the village of Luke (Bashali, Masisi, Nord-Kivu) on Friday.", "Battles")
    assert r.admin1 == "Nord-Kivu"
    assert near(r, -1.40, 28.82)

