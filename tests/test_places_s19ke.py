"""Places, session 19 (Kenya notes): where attackers came from is not where they struck, even when the place
struck is a wider unit (a sub-county); two towns written side by side before a road's word ('the Nairobi Nakuru
highway') are the road's ends, not where on it the event was; a country's demonym before a compound whose first
word is its own force ('a Kenyan army base') is at home; 'of Somali origin' is people's descent, no vote for
Somalia. Villages of Lamu county (its mainland along the Boni forest and Pate island) and the Ifo camp of Dadaab, which
GeoNames' cities500 lacks, are in data/place_supplement.json. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- where the attackers came from --------------------------------------------------------------------
@pytest.mark.parametrize("text, location, admin1", [
    # note style: a town of origin, a sub-county attacked (a unit, wider than a town)
    ("A gang of youths from Kisii attacked Nyakach overnight and torched several houses.", "Nyakach", "Kisumu"),
    # news style
    ("Armed herders from Isiolo raided villages in Laikipia West on Sunday, driving away cattle.", "Laikipia West",
     "Laikipia"),
])
def test_the_place_struck_not_where_the_attackers_came_from(resolver, text, location, admin1):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.location == location and r.admin1 == admin1


def test_a_town_of_origin_inside_the_unit_named_is_still_the_most_precise(resolver):
    # the origin lies in the county named: nothing else is more precise
    r = place(resolver, "Youths from Kapenguria clashed with police in West Pokot county.", event_type="Riots")
    assert r.location == "Kapenguria"


# ---- a road named after the towns it joins, no hyphen ------------------------------------------------
@pytest.mark.parametrize("text, location, lat, lon", [
    ("Residents blocked the Nairobi Nakuru highway in Limuru on Monday to protest the killing of a trader.",
     "Limuru", -1.11, 36.64),
    ("Boda boda riders barricaded the Kisumu Kakamega road at Maseno after a colleague was run over.",
     "Maseno", -0.0, 34.6),
])
def test_towns_side_by_side_before_a_road_are_its_ends(resolver, text, location, lat, lon):
    r = place(resolver, text, event_type="Protests")
    assert r.location == location and near(r, lat, lon, km=15)


def test_a_road_named_after_one_town_is_not_told_so(resolver):
    # 'Mombasa Road': no second name before the road's word, the town stays
    r = place(resolver, "Traders protested on Mombasa Road over the demolition of their kiosks.", event_type="Protests")
    assert r.country == "Kenya"


# ---- country words --------------------------------------------------------------------------------
def test_the_countrys_army_named_inside_a_compound_is_at_home(resolver):
    r = place(resolver, "Somali youths planted a landmine at a Kenyan army base, wounding several soldiers.",
              event_type="Explosions/Remote violence")
    assert r.country == "Kenya"


def test_people_of_a_countrys_origin_say_nothing_of_where(resolver):
    r = place(resolver, "Assailants of Somali origin shot dead three herders in a remote village.",
              event_type="Violence against civilians")
    assert r.country != "Somalia"


# ---- villages of Lamu county and the camps of Dadaab that GeoNames' cities500 lacks ---------------------
@pytest.mark.parametrize("text, location, lat, lon", [
    # al Shabaab acts on both sides of the border: a Kenyan village named is what puts the event in Kenya
    ("Suspected al Shabaab militants torched two houses in Hindi overnight, police said.", "Hindi", -2.20, 40.79),
    ("An IED planted by al Shabaab hit a police vehicle near Kiunga on Tuesday.", "Kiunga", -1.745, 41.484),
    # (Ifo alone is the big town of Ogun State, Nigeria: the camp is told by Dadaab beside it)
    ("Refugees in Ifo camp near Dadaab protested against cuts to their food rations.", "Ifo", 0.11, 40.31),
    ("Residents of Kizingitini marched to the chief's office over the shortage of water.", "Kizingitini", -2.08, 41.15),
])
def test_villages_of_lamu_and_dadaab(resolver, text, location, lat, lon):
    r = place(resolver, text, event_type="Explosions/Remote violence" if "IED" in text else "Protests")
    assert r.country == "Kenya" and r.location == location
    assert near(r, lat, lon, km=10)
