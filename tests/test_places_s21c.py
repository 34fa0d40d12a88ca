"""Places, session 21 (c): a district or province (admin2) named in ACLED's brackets after a town frames the town
even where the gazetteer does not tell the town's own district: when the district lies in another province than the
gazetteer's only town of that name, that town is a namesake and the event lies in the district named ('X (commune,
province)' in Burkina Faso's notes). Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, admin1", [
    # note style: the gazetteer's only Foube lies in Centre-Nord; Soum province is in the Sahel region
    ("On 3 March 2021, suspected militants burned a school and two shops in Foube (Arbinda, Soum).", "Sahel"),
    # the gazetteer's Bama lies in Boucle du Mouhoun; Houet province is in Hauts-Bassins
    ("On 9 May 2021, farmers marched in Bama (Bama, Houet) to protest the sale of their fields.", "Hauts-Bassins"),
])
def test_a_province_in_brackets_rules_out_a_namesake_in_another_region(resolver, text, admin1):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.country == "Burkina Faso" and r.admin1 == admin1


@pytest.mark.parametrize("text, location, admin1", [
    # the town lies in the region of the province named: it stays
    ("On 4 April 2021, gunmen attacked a police post in Djibo (Djibo, Soum).", "Djibo", "Sahel"),
    ("On 12 June 2021, traders protested in Kaya (Kaya, Sanmatenga) over new market fees.", "Kaya", "Centre-Nord"),
])
def test_a_town_in_the_region_of_the_province_named_stays(resolver, text, location, admin1):
    r = place(resolver, text, event_type="Protests")
    assert r.location == location and r.admin1 == admin1


# ---- a place the words call a village, in an article that leads firmly to one country -----------------------
# (Nyala is a big city of Sudan; the gazetteer knows no Kenyan village of that name)
@pytest.mark.parametrize("text, sentence, admin1", [
    # note style: the county named first, the villages in the next sentence, one named again alone
    ("Herders from a rival clan killed two people in Isiolo County on Monday. The raid took place at Nyala and Kambi "
     "villages near the Meru border. At Nyala, the raiders also drove off some 200 goats.", 1, "Isiolo"),
    ("Herders from a rival clan killed two people in Isiolo County on Monday. The raid took place at Nyala and Kambi "
     "villages near the Meru border. At Nyala, the raiders also drove off some 200 goats.", 2, "Isiolo"),
    # news style
    ("Bandits torched homesteads in Marsabit County overnight, police said. The attacks occurred in Nyala and Dida "
     "villages.", 1, "Marsabit"),
])
def test_a_village_is_no_big_city_abroad_when_the_article_leads_to_one_country(resolver, text, sentence, admin1):
    r = place(resolver, text, event_type="Violence against civilians", sentence=sentence)
    assert r.country == "Kenya" and r.admin1 == admin1


def test_a_village_named_alone_keeps_its_only_namesake(resolver):
    # nothing else in the report points to a country: the name's own place stays
    r = place(resolver, "Gunmen attacked Nyala village on Monday, killing two herders.", event_type="Violence against civilians")
    assert r.country == "Sudan"


def test_a_list_called_villages_is_told_as_such(resolver):
    from newsevents import nlp
    doc = nlp.load()("The attack occurred at Nyala and Kambi villages, and in Garissa town.")
    span = doc[4:5]
    assert span.text == "Nyala" and resolver._called_a_hamlet(span, listed=True)
    assert not resolver._called_a_hamlet(doc[11:12], listed=True)  # Garissa: called a town


# ---- a place of the supplement spelled as written, against a place abroad found by another of its names ----------
@pytest.mark.parametrize("text, country, admin1", [
    ("Gunmen killed two traders in Mambasa on Sunday.", "Democratic Republic of Congo", "Ituri"),
    ("Militiamen looted shops in Bagata overnight, residents said.", "Democratic Republic of Congo", "Kwilu"),
    ("Youths barricaded the road in Pensa to protest a shortage of water.", "Burkina Faso", "Centre-Nord"),
    ("Raiders believed to be behind earlier attacks in Hindi torched a police post nearby.", "Kenya", "Lamu"),
])
def test_a_curated_place_spelled_as_written_beats_an_alternate_name_abroad(resolver, text, country, admin1):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.country == country and r.admin1 == admin1


def test_an_exonym_of_a_big_city_still_stands_against_a_small_namesake(resolver):
    # no supplement place is named so: the city the name usually means stays
    r = place(resolver, "Protesters marched in Mecca against the price of bread.", event_type="Protests")
    assert r.country == "Saudi Arabia"


# ---- a numbered unit inside the brackets ------------------------------------------------------------------
def test_a_numbered_zone_in_brackets_does_not_hide_the_region_after_it(resolver):
    # the gazetteer's only Ethiopian Abala lies in Tigray; the note puts it in Zone 2 of Afar
    r = place(resolver, "On 2 March 2022, TPLF forces shelled Abala town (Zone 2, Afar), killing a civilian.",
              event_type="Explosions/Remote violence")
    assert r.country == "Ethiopia" and r.admin1 == "Afar"
