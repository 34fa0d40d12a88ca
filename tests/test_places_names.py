"""Which capitalised words are place names: common nouns heading a longer name, organisations named
after a city, and admin units that GeoNames names with their kind in front ('Provincia de Zamora').
Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.places import PlaceResolver
from test_places import place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- the last word of a longer name is the kind of thing named, not a town abroad ----------------
def test_institution_ending_in_a_common_noun_keeps_the_city_before_it(resolver):
    r = place(resolver, "Police fired teargas at students of the Nairobi Aviation College on Monday.")
    assert (r.country, r.location) == ("Kenya", "Nairobi")


@pytest.mark.parametrize("text", [
    "Bandits raided homes in Kerio Valley on Sunday, stealing cattle.",
    "Workers of the Ministry of Economy and Finance staged a sit-in on Tuesday.",
    "Clashes broke out between members of the Congress for Democracy and Progress and opposition militants.",
])
def test_common_noun_ending_an_unknown_name_is_no_town_abroad(resolver, text):
    # Valley (Alabama), Economy (Pennsylvania), Progress (Pennsylvania) are real but not meant here
    assert place(resolver, text).country != "United States"


def test_feature_word_before_a_place_leaves_the_place(resolver):
    r = place(resolver, "Farmers clashed with herders around Lake Naivasha over grazing land.")
    assert (r.country, r.location) == ("Kenya", "Naivasha")


def test_article_spelt_with_a_known_place_stays_part_of_its_name(resolver):
    r = place(resolver, "Militants attacked an army checkpoint in Ar Rutba district, Anbar, on Friday.")
    assert (r.country, r.admin1) == ("Iraq", "Al Anbar")


def test_country_possessive_without_apostrophe_is_no_part_of_the_name(resolver):
    r = place(resolver, "Gunmen killed five people in Kenyas Lamu county on Sunday night.")
    assert (r.country, r.admin1) == ("Kenya", "Lamu")


def test_group_named_after_a_city_named_on_its_own_too_still_votes_for_it(resolver):
    r = place(resolver, "Activists marched in Leeds on Saturday, joined by members of Sisters Uncut Leeds.")
    assert (r.country, r.location) == ("United Kingdom", "Leeds")


# ---- units whose GeoNames name starts with their kind --------------------------------------------
def test_spanish_province_is_found_by_its_short_name(resolver):
    # GeoNames: 'Provincia de Zamora'; ACLED and the news write 'Zamora'
    r = place(resolver, "Residents blocked a highway near Toro (Zamora) to demand repairs.")
    assert (r.country, r.admin2, r.location) == ("Spain", "Zamora", "Toro")


def test_unit_kind_in_front_is_stripped_from_the_admin2_given(resolver):
    r = place(resolver, "Hundreds of students protested in Verona on Saturday against school reforms.")
    assert (r.country, r.admin2) == ("Italy", "Verona")


# ---- what groups and institutions say about the country ------------------------------------------
def cue_votes(resolver, text: str) -> dict:
    return dict(resolver.read_article(nlp.load()(text)).cue_votes)


def test_a_national_institution_tells_the_country_of_an_ambiguous_town(resolver):
    r = place(resolver, "Nurses marched to demand better pay for NHS staff in Hamilton on Saturday.")
    assert r.country == "United Kingdom"


def test_generic_group_name_inside_a_longer_one_casts_no_vote(resolver):
    # Armenia has a 'Resistance Movement'; the Nordic one is another group, in other countries
    assert "AM" not in cue_votes(resolver, "Members of the Nordic Resistance Movement marched on Saturday.")


@pytest.mark.parametrize("text", [
    "The UN refugee agency UNHCR said that aid deliveries had stopped.",
    "Greenpeace activists blocked the entrance of the ministry.",
])
def test_international_bodies_cast_no_vote(resolver, text):
    assert cue_votes(resolver, text) == {}


@pytest.mark.parametrize("text, countries", [
    ("Shabaab fighters attacked a military base on Sunday.", {"SO", "KE"}),
    ("Boko Haram fighters raided a village on Sunday.", {"NG", "CM", "NE", "TD"}),
    ("PKK militants shelled a border post on Sunday.", {"TR", "IQ"}),
])
def test_group_active_across_a_border_votes_for_each_country_it_fights_in(resolver, text, countries):
    votes = cue_votes(resolver, text)
    assert countries <= set(votes) and len({votes[cc] for cc in countries}) == 1


# ---- a name cannot vouch for itself ---------------------------------------------------------------
def test_commune_named_like_its_village_does_not_pull_the_village_abroad(resolver):
    # the only Kain the gazetteer knows is in Belgium; named twice it still says nothing of the
    # country, and the province named with it (Yatenga) is in Burkina Faso
    r = place(resolver, "Suspected militants burned the school in Kain (Kain, Yatenga) on Monday.")
    assert (r.country, r.admin1) == ("Burkina Faso", "Nord")


def test_arabic_article_ez_joins_a_place_name(resolver):
    # 'Zor' alone is only a village in Kuwait (Az Zawr)
    r = place(resolver, "Warplanes struck militia positions near Al-Hussainiyah in Deir ez Zor governorate on Sunday.")
    assert r.country == "Syria" and "Deir" in (r.admin1 or "")


def test_no_word_of_a_group_name_is_a_place(resolver):
    # 'Boko' alone is a village in the Republic of the Congo
    doc = nlp.load()("On Friday, twenty Boko Haram militants raided a farming area near the lake and withdrew.")
    assert [m.key for m in resolver.read_article(doc).mentions] == []


# ---- a headline-style opening name qualifying people says where they come from ------------------
@pytest.mark.parametrize("text, location", [
    ("Kisumu students riot over unpaid bursaries and stone passing cars.", "Kisumu"),
    ("Narok residents protest against the sale of a public cattle dip.", "Narok"),
])
def test_opening_name_of_the_people_who_act_is_their_place(resolver, text, location):
    r = place(resolver, text)
    assert (r.country, r.location) == ("Kenya", location)


def test_opening_name_before_other_nouns_is_not_read_as_a_place(resolver):
    # 'Orma' is a people here (and a village in Greece): only nouns for groups of people qualify
    r = place(resolver, "Orma ethnic group attacks Pokomo villages at dawn.")
    assert r.country != "Greece"


# ---- hyphenated names, roads between towns, facilities -------------------------------------------
def test_hyphens_do_not_count_as_words_of_a_long_name(resolver):
    r = place(resolver, "Around 300 residents marched in Saint-Pourcain-sur-Sioule on Saturday against the closure of the maternity ward.")
    assert (r.country, r.location) == ("France", "Saint-Pourcain-sur-Sioule")


@pytest.mark.parametrize("text, location", [
    ("Demonstrators blocked the Cotonou-Parakou highway at Save on Monday to protest the arrest of a trader.", "Save"),
    ("Youths blocked the Khartoum-Wad Medani highway in Al Hasaheisa on Friday, burning tyres.", "Al Hasaheisa"),
])
def test_towns_a_road_joins_give_way_to_the_place_on_it(resolver, text, location):
    assert place(resolver, text).location == location


@pytest.mark.parametrize("text, location", [
    # lowercase, a camp of the town is at the town
    ("Refugees clashed with each other in Kakuma camp on Tuesday over a water point.", "Kakuma"),
    # a capitalised facility named after a place gives way to the city it stands in
    ("Nurses protested outside the Trades Hall in Melbourne on Monday.", "Melbourne"),
])
def test_facility_words_after_a_town(resolver, text, location):
    assert place(resolver, text).location == location


def test_province_named_after_a_town_it_does_not_hold_is_where_the_event_is(resolver):
    # the only Chervone the gazetteer knows lies in Zhytomyr: the one meant is a namesake in Donetsk
    r = place(resolver, "On Monday, Russian forces shelled Chervone, Donetsk.")
    assert (r.country, r.admin1, r.geo_precision) == ("Ukraine", "Donetsk", 3)


# ---- common words that are also a town somewhere --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Gunmen robbed an Orange money transfer kiosk in Ouahigouya on Friday.",
    "On Jul 23rd 2019, traders protested against an eviction order in Kisumu.",
])
def test_a_common_word_or_month_is_no_town_abroad(resolver, text):
    assert place(resolver, text).country in ("Burkina Faso", "Kenya")


def test_a_common_word_is_a_place_where_the_words_call_it_one(resolver):
    r = place(resolver, "Hundreds of people marched in Orange, New South Wales, on Saturday.")
    assert (r.country, r.location) == ("Australia", "Orange")


def test_a_name_before_a_local_office_is_its_place(resolver):
    r = place(resolver, "A gang raided the home of Meru Governor Kiraitu Murungi on Sunday night.")
    assert (r.country, r.admin1) == ("Kenya", "Meru")


def test_a_town_people_come_from_gives_way_to_the_town_they_act_in(resolver):
    r = place(resolver, "Traders from Kitale staged a demonstration in Eldoret on Monday over new market fees.")
    assert (r.country, r.location) == ("Kenya", "Eldoret")
