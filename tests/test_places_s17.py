"""Session 17: the place the gazetteer holds but the stage used to pass over — the unit an official
serves, a town named like its district among bigger namesakes, the first of several districts listed
under one unit word, and town names with a lowercase word inside. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- the unit an official serves is not where the event was ----------------------------------------
@pytest.mark.parametrize("text, location", [
    # 'the Governor of X county': the title before 'of'
    ("Armed men robbed the brother of the Governor of Migori county on Sunday night. The robbery took place "
     "in Nairobi, police said.", "Nairobi"),
    # 'X district MP': the title after the unit's word
    ("Bodyguards of a Kisii district MP opened fire on demonstrators on Monday. The shooting happened in "
     "Nakuru, witnesses said.", "Nakuru"),
])
def test_the_unit_an_official_serves_gives_way_to_the_place_told_later(resolver, text, location):
    r = place(resolver, text, event_type="Violence against civilians")
    assert r.location == location


# ---- a town named like the unit around it --------------------------------------------------------------
def test_the_seat_of_a_district_outweighs_a_bigger_namesake_of_its_country(resolver):
    # GeoNames holds a bigger Briceni in Donduseni; the town of Briceni district is the one meant
    r = place(resolver, "On Sunday, opposition supporters rallied in Briceni against the rise in gas prices.",
              event_type="Protests")
    assert r.country == "Moldova" and r.admin1 == "Briceni"
    assert near(r, 48.36, 27.08)


def test_the_town_by_the_point_of_its_municipality_outweighs_a_namesake_of_its_state(resolver):
    # three El Saltos in Jalisco: the town of El Salto municipality, not a slightly bigger one 120 km away
    r = place(resolver, "Residents of El Salto, Jalisco, blocked a highway on Friday to demand clean water.",
              event_type="Protests")
    assert r.admin1 == "Jalisco"
    assert near(r, 20.52, -103.18)


# ---- 'A, B and C districts (Province)' ---------------------------------------------------------------
def test_the_first_of_the_districts_listed_under_one_unit_word(resolver):
    r = place(resolver, "The coalition carried out air strikes on Harib, Raghwan and Majzar districts (Marib) on "
                        "Monday, local sources said.", event_type="Explosions/Remote violence")
    assert r.location == "Harib"
    assert near(r, 14.93, 45.50)


# ---- 'Neustadt in Holstein' ---------------------------------------------------------------------------
def test_a_town_name_with_in_inside(resolver):
    r = place(resolver, "Several hundred people marched through Neustadt in Holstein on Saturday against "
                        "higher energy prices.", event_type="Protests")
    assert r.admin1 == "Schleswig-Holstein"
    assert near(r, 54.11, 10.81)


def test_in_between_a_town_and_its_country_joins_no_name(resolver):
    r = place(resolver, "Hundreds of people protested in Nairobi in Kenya on Sunday against the new tax.",
              event_type="Protests")
    assert r.location == "Nairobi" and r.country == "Kenya"


# ---- the names a report files an event under, and a gang named after a state ---------------------------
def test_a_cartel_named_after_a_state_is_no_place(resolver):
    # 'Sinaloa' is also a hamlet of Chiapas: the gang's name does not take the event there
    r = place(resolver, "Around 2 May 2022, in the state of Zacatecas, members of the Sinaloa Cartel abducted three "
                        "men of a rival gang.", event_type="Strategic developments")
    assert r.admin1 == "Zacatecas"


def test_coded_to_the_capital_names_the_place_the_event_is_filed_under(resolver):
    doc = nlp.load()("In the state of Durango (coded to capital Durango), gunmen burned two trucks.")
    info = resolver.read_article(doc)
    assert [m.coded for m in info.mentions if m.key == "durango"] == [False, True]


# ---- Taiwan's current units ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, admin1", [
    ("Union members rallied outside the city government in Kaohsiung on Tuesday.", "Kaohsiung City"),
    ("Bus drivers held a sit-in in Banqiao on Monday to demand higher pay.", "New Taipei City"),
    ("Farmers protested in Taichung against the price of rice.", "Taichung City"),
])
def test_taiwan_units_as_they_are_now(resolver, text, admin1):
    r = place(resolver, text, event_type="Protests")
    assert r.country == "Taiwan" and r.admin1 == admin1


# ---- a country's capital and the short name of a longer town name ---------------------------------------------
def test_the_capital_of_the_country_the_article_names_outweighs_a_namesake_of_a_country_named_more(resolver):
    # Havana, Florida is a village; the US towns and the state named here do not make 'Havana' theirs
    text = ("Thousands of Cuban exiles in Miami and Tampa marched on Sunday, and Florida's governor joined them. "
            "In Havana, police detained dozens of people who had gathered outside the Capitol, Cuba's state media said.")
    r = place(resolver, text, event_type="Strategic developments", sentence=1)
    assert r.country == "Cuba"
    assert near(r, 23.13, -82.38)


def test_a_short_name_opening_a_town_named_before_is_that_town(resolver):
    text = ("Hundreds of people marched on Sunday in San Antonio de los Banos, a town south-west of Havana. "
            "Exiles rallied in Miami, Tampa and Orlando the same day. "
            "Police detained twenty of the marchers in San Antonio later that day.")
    r = place(resolver, text, event_type="Strategic developments", sentence=2)
    assert r.country == "Cuba"
    assert near(r, 22.89, -82.51)


def test_a_road_named_after_a_town_is_no_place(resolver):
    text = "In Miami, the news drew crowds. On Tuesday, thousands of people blocked the Palmetto Expressway, waving flags."
    r = place(resolver, text, event_type="Protests", sentence=1)
    assert r.location == "Miami"


def test_the_regime_in_a_capital_is_the_government_not_the_place(resolver):
    r = place(resolver, "Belarusian exiles rallied in Vilnius on Sunday against the crackdown by the regime in Minsk.",
              event_type="Protests")
    assert r.location == "Vilnius" and r.country == "Lithuania"


def test_the_capital_of_a_country_named_is_still_a_unit_when_the_words_call_it_one(resolver):
    r = place(resolver, "On 7 March, Russian forces clashed with Ukrainian troops near Rakivka, Kyiv.")
    assert r.admin1 == "Kyiv"


# ---- a name the tagger takes for a person's, after words of going somewhere -----------------------------------
@pytest.mark.parametrize("text, location", [
    ("On Friday, police found a grenade on a bus bound for Kaloleni.", "Kaloleni"),
    ("On Monday, angry residents went to Koubri to protest against the sale of their land.", "Koubri"),
])
def test_a_place_people_went_to(resolver, text, location):
    r = place(resolver, text, event_type="Protests")
    assert r.location == location
