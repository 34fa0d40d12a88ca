"""A town and the unit named after it ('in Chihuahua, Chihuahua', 'in Gaziosmanpasa town, Istanbul'),
the seats of provinces, and names that are places only by the words around them. Example sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- "in Town, Unit, ...": the unit after the comma frames the town, whatever follows -------------
@pytest.mark.parametrize("text, country, admin1, lat, lon", [
    # the town, then the state named like it: the town, not the state or a namesake abroad
    ("On 3 March, in Chihuahua, Chihuahua, dozens of teachers marched from the cathedral to Pancho Villa "
     "to demand their pay.", "Mexico", "Chihuahua", 28.64, -106.09),
    # the unit a town of that name lies in picks the town among its namesakes
    ("On 9 May, in Monterrey, Nuevo Leon, gunmen shot a shopkeeper outside his store.",
     "Mexico", "Nuevo Leon", 25.67, -100.31),
])
def test_unit_after_a_town_and_a_comma_picks_the_town(resolver, text, country, admin1, lat, lon):
    r = place(resolver, text)
    assert r.country == country and r.admin1 == admin1
    assert near(r, lat, lon)


def test_unit_after_a_town_kind_and_a_comma_frames_an_unknown_town(resolver):
    # the district is not in the gazetteer; Istanbul after "town," is its province, so the event stays
    # in Istanbul, whatever the country of the war the rally is against
    r = place(resolver, "On 2 March, students rallied in Kucukbakkalkoy town, Istanbul to oppose "
                        "Russia's war against Ukraine.")
    assert r.country == "Turkey" and r.admin1 == "Istanbul"


def test_a_list_of_towns_is_no_town_and_its_unit(resolver):
    # "Nakuru" after "Kisumu," is another town of the list, not Kisumu's province
    r = place(resolver, "Traders protested in Kisumu, Nakuru and Eldoret on Monday over new taxes.")
    assert r.country == "Kenya" and r.location == "Kisumu"


# ---- where a province is: its namesake town -------------------------------------------------------
@pytest.mark.parametrize("text, lat, lon", [
    # GeoNames spells the governorate 'Qibili'; its town Kebili has that name among its alternates
    ("Unemployed graduates blocked the main road in Kebili governorate on Monday.", 33.70, 8.97),
    # Kyiv city is a unit of its own, outside the oblast named after it
    ("A farmer was wounded by a mine left by retreating troops in Kyiv region.", 50.45, 30.52),
])
def test_a_province_lies_at_its_namesake_town(resolver, text, lat, lon):
    r = place(resolver, text)
    assert r.geo_precision == 3 or r.geo_precision == 2
    assert near(r, lat, lon)


# ---- names that are places by their spelling or by the words before them --------------------------
def test_a_name_with_an_elided_first_syllable_is_a_place(resolver):
    r = place(resolver, "Herders and farmers fought over a field near Sirarou (N'dali, Borgou) on Monday.")
    assert r.country == "Benin" and near(r, 9.86, 2.72)


def test_a_name_after_the_hospital_of_is_its_town(resolver):
    r = place(resolver, "Nurses held a sit-in outside the hospital of Metz on Tuesday to denounce staff shortages.")
    assert r.country == "France" and r.location == "Metz"


# ---- a city against a country only named ----------------------------------------------------------
def test_a_city_stands_against_a_country_only_named(resolver):
    # Ukraine is what the rally is about; nobody of Ukraine acts in the sentence
    r = place(resolver, "Hundreds of people rallied outside the parliament in Den Haag against the "
                        "invasion of Ukraine.")
    assert r.country == "Netherlands" and near(r, 52.08, 4.30)


def test_a_small_namesake_abroad_still_gives_way_to_the_acting_country(resolver):
    # the gendarmes are Burkina Faso's: the village is not the Russian city spelt alike
    r = place(resolver, "Suspected jihadists attacked the gendarmerie in Pensa on Monday, JNIM said.")
    assert r.country != "Russia"


# ---- ACLED's "(Commune, Province)" after a town -----------------------------------------------------
def test_a_province_in_brackets_counts_even_when_its_name_is_a_common_word(resolver):
    # 'Western' is no place name on its own, but in the brackets it is the town's province
    r = place(resolver, "Market vendors marched to the police station in Gizo (Western) on Saturday.")
    assert r.country == "Solomon Islands" and near(r, -8.10, 156.84)


def test_the_commune_named_like_the_town_lies_in_the_towns_country(resolver):
    # the first name in the brackets is the commune named after the town, not a district abroad
    r = place(resolver, "Bank employees staged a sit-in outside the central bank in Colombo (Colombo, Western) on Monday.")
    assert r.country == "Sri Lanka" and near(r, 6.93, 79.85)


# ---- a name qualifying the people who act is their place ------------------------------------------
@pytest.mark.parametrize("text, location", [
    # an opening name a few nouns before the people
    ("Eldoret Polytechnic College students boycotted classes over unpaid fees.", "Eldoret"),
    ("Kakamega Governor supporters clashed with rival youths outside the county offices.", "Kakamega"),
    # right before them, whatever the tagger took the name for
    ("Angry Kitui residents lynched a suspected thief on Sunday.", "Kitui"),
    ("Several Garissa residents fled their homes after the raid.", "Garissa"),
])
def test_a_name_before_the_people_who_act_is_their_place(resolver, text, location):
    r = place(resolver, text)
    assert r.country == "Kenya" and r.location == location


# ---- regions that stand for a country, joiner words ------------------------------------------------
def test_a_region_standing_for_its_country_is_the_town_the_words_call_it(resolver):
    # 'Gaza' alone stands for the territory; 'Gaza city' is the town
    r = place(resolver, "Hundreds of fishermen protested outside the port authority in Gaza city (Gaza Strip) on Sunday.")
    assert r.country == "Palestine" and near(r, 31.50, 34.47)


def test_a_joiner_word_alone_after_a_comma_is_a_town(resolver):
    # 'van' joins names ('Van Nuys'); alone and capitalised after a comma it is the Turkish city
    r = place(resolver, "Teachers marched in the Kucukbakkal neighbourhood of Ipekyolu town, Van.")
    assert r.country == "Turkey" and near(r, 38.49, 43.38)


# ---- ACLED's "City - Zone (Province)" and "Town (Province named like it)" ---------------------------
@pytest.mark.parametrize("text, lat, lon", [
    # a zone the gazetteer puts elsewhere ('Northwest') gives way to the city before it
    ("Teachers rallied outside an embassy in Washington DC - Northwest (District of Columbia) on Friday.", 38.90, -77.04),
    # a zone the gazetteer places inside the city is the narrower place
    ("Residents marched in Johannesburg - Diepsloot (Gauteng) against crime on Saturday.", -25.93, 28.01),
    # the town before its namesake province, not another town named after it in the sentence
    ("Protesters rallied in Hiroshima (Hiroshima) against a court ruling on a landfill in Mihara, Hiroshima.", 34.39, 132.45),
])
def test_the_city_before_its_zone_or_namesake_province(resolver, text, lat, lon):
    assert near(place(resolver, text), lat, lon)


def test_a_chinese_province_is_known_without_its_kind_sheng(resolver):
    # GeoNames calls the province 'Henan Sheng'; the Zhongyuan inside it is the one coded
    r = place(resolver, "Builders protested in Zhengzhou city, Henan (coded to Zhongyuan) over unpaid wages.")
    assert r.admin1 == "Henan" and near(r, 34.75, 113.60)


@pytest.mark.parametrize("text", [
    "On 2 May, in Llano Verdecito, Francisco Morazan, gunmen shot a shopkeeper outside his store.",
    "On 2 May, gunmen shot a shopkeeper in Llano Verdecito, Francisco Morazan.",
])
def test_the_province_closing_the_phrase_of_an_unknown_town_is_where_it_lies(resolver, text):
    r = place(resolver, text)
    assert r.country == "Honduras" and r.admin1 == "Francisco Morazan"


def test_a_town_misspelt_by_a_vowel_after_in_is_still_the_town(resolver):
    r = place(resolver, "On 11 October, women in Ouagadaougou marched in support of the security forces.")
    assert r.country == "Burkina Faso" and r.location == "Ouagadougou"


# ---- units GeoNames has in their old shape: ACLED's current ones, by the nearest listed town ------
@pytest.mark.parametrize("text, country, admin1", [
    # Nepal's provinces of 2015, not the development regions: Janakpur and Kathmandu were both 'Central'
    ("Police fired tear gas at protesters in Janakpur on Monday.", "Nepal", "Madhesh"),
    ("Hundreds of students marched in Kathmandu on Friday to demand lower fees.", "Nepal", "Bagmati"),
    ("Villagers blocked the highway near Dhangadhi on Sunday to protest a killing.", "Nepal", "Sudurpashchim"),
    # Morocco's twelve regions of 2015
    ("Teachers staged a sit-in in Casablanca on Wednesday over unpaid wages.", "Morocco", "Casablanca-Settat"),
    ("Unemployed graduates protested in front of the town hall in Guelmim.", "Morocco", "Guelmim-Oued Noun"),
    # DR Congo's provinces of 2015, not Orientale or Katanga
    ("CODECO militiamen attacked a displacement camp near Bunia, killing six people.",
     "Democratic Republic of Congo", "Ituri"),
    ("Protesters in Kisangani demanded the release of a journalist.", "Democratic Republic of Congo", "Tshopo"),
    ("Mai-Mai fighters clashed with soldiers near Kalemie on Tuesday.", "Democratic Republic of Congo", "Tanganyika"),
    # ACLED's halves of Shan state
    ("Junta troops shelled a village near Lashio on Monday.", "Myanmar", "Shan-North"),
    ("Resistance fighters attacked a police post in Taunggyi.", "Myanmar", "Shan-South"),
    # Ireland's counties, not its provinces; Serbia's districts; Libya's three regions; the capital district
    ("Anti-immigration protesters gathered outside a hotel in Ennis on Saturday.", "Ireland", "Clare"),
    ("Fans clashed with police after a football match in Nis.", "Serbia", "Nisava"),
    ("Armed groups clashed in the centre of Benghazi on Friday.", "Libya", "East"),
    ("Climate activists blocked a road in Washington DC on Monday.", "United States", "District of Columbia"),
])
def test_a_town_takes_the_unit_acled_files_it_under_now(resolver, text, country, admin1):
    r = place(resolver, text)
    assert (r.country, r.admin1) == (country, admin1)


def test_a_unit_that_did_not_change_keeps_its_name(resolver):
    # Mandalay region was not split: its towns away from Nay Pyi Taw stay in it
    r = place(resolver, "Soldiers raided a monastery in Meiktila on Sunday.")
    assert (r.country, r.admin1) == ("Myanmar", "Mandalay")


def test_a_sentence_opening_with_a_county_s_name_names_the_county(resolver):
    # the tagger reads 'Migori' as a common noun here
    r = place(resolver, "Migori county MCA allied to the opposition led county residents in peaceful demonstrations.")
    assert (r.country, r.admin1) == ("Kenya", "Migori")
