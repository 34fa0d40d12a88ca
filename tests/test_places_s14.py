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


def test_the_people_whose_militia_acted_is_not_the_place(pipeline):
    # Samburu is also a county; the militia's people says who acted, the brackets of the clause after it say where
    text = ("On 3 March 2023, suspected Samburu pastoral militia shot dead two herders, while three others sustained "
            "gunshot wounds at a borehole within Kamuge (Isiolo, Isiolo).")
    events = pipeline.extract(text)
    assert events and all(e.admin1 == "Isiolo" for e in events)
    assert all(near(e, 0.35, 37.58) for e in events)


def test_a_big_town_in_an_institutions_name_breaks_a_tie_between_a_groups_two_countries(resolver):
    # al-Shabaab acts in Somalia and Kenya; the college is named after the Kenyan town it stands in
    r = place(resolver, "Al-Shabaab militants stormed Garissa Teachers Training College at dawn, killing four guards.",
              "Violence against civilians")
    assert r.country == "Kenya"
    assert near(r, -0.45, 39.65)


def test_a_place_said_to_lie_in_a_smaller_town_is_not_a_bigger_namesake_elsewhere(resolver):
    # 'Galole' is also the old name of Hola, a bigger town 600 km south; 'area of North Horr' says where it is
    r = place(resolver, "Raiders drove away 300 goats in the Galole area of North Horr on Tuesday.", "Violence against civilians")
    assert r.admin1 == "Marsabit"
    assert near(r, 3.32, 37.07)


@pytest.mark.parametrize("text, lat, lon", [
    ("Hundreds of people marched in Stoke-on-Trent on Saturday against rising energy bills.", 53.00, -2.19),
    ("Climate activists blocked a road in Newcastle-under-Lyme on Friday.", 53.00, -2.23),
])
def test_a_joiner_between_hyphens_is_part_of_the_name(resolver, text, lat, lon):
    r = place(resolver, text, "Protests")
    assert r.country == "United Kingdom"
    assert near(r, lat, lon)


def test_a_town_abroad_after_in_does_not_frame_the_place(resolver):
    # 'Holstein' is also a Swiss village: a region named after 'in' frames nothing abroad
    r = place(resolver, "Hundreds of people marched in Neustadt in Holstein against the new measures.", "Protests")
    assert r.country == "Germany"


def test_a_towns_facility_in_a_province_named_after_it_lies_in_that_province(resolver):
    # the gazetteer's only Senkivka lies in the Kyiv region; the checkpoint is on the border in the Chernihiv region
    r = place(resolver, "Russian forces shelled the Senkivka border checkpoint in the Chernihiv region on Thursday.",
              "Explosions/Remote violence")
    assert r.country == "Ukraine"
    assert r.admin1 == "Chernihiv"
