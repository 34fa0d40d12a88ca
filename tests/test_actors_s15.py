"""Actors stage, fifteenth session: the country of a note that names no place the gazetteer knows, told by
what only one country has (its leaders, parties, police units, unions, slums and constituencies; an amount written in its
currency's way, 'Sh5.2 billion'), and not by a country's embassy or envoy, which are always abroad; and a crowd
told as migrants or refugees, of their one nationality or else 'International', however the parse attaches them."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1", [
    # an amount in Kenyan shillings, glued to the number or apart from it
    ("Hundreds of traders poured into the streets on Tuesday over a Sh3.4 billion market tender they say was rigged.",
     date(2018, 6, 5), "Protesters (Kenya)"),
    ("Dozens of hawkers marched on Monday against new licence fees of KSh 5,000 a month.",
     date(2019, 2, 4), "Protesters (Kenya)"),
    # a party, its leaders, a union and the motorcycle taxis of one country
    ("Wiper party supporters marched on Friday to demand the resignation of electoral officials.",
     date(2017, 10, 13), "Protesters (Kenya)"),
    ("Nasa supporters marched on Friday to demand the resignation of electoral officials.",
     date(2017, 10, 13), "Protesters (Kenya)"),
    ("Students of UGEB held a sit-in on Monday to demand the reopening of the university restaurants.",
     date(2013, 5, 6), "Protesters (Burkina Faso)"),
    ("Supporters of Zephirin Diabre marched on Saturday to protest the results of the municipal vote.",
     date(2016, 9, 7), "Protesters (Burkina Faso)"),
    ("Zemidjan drivers blocked the main road on Sunday to protest a rise in fuel prices.",
     date(2016, 3, 13), "Protesters (Benin)"),
])
def test_what_only_one_country_has_names_the_crowd_of_a_note_without_a_place(pipeline, text, when, actor1):
    assert events(pipeline, text, when)[0].actor1 == actor1


@pytest.mark.parametrize("text", [
    "Villagers in Shinyalu marched on Monday to protest the poor state of the roads.",
    "Residents of Kapseret staged a protest on Monday over the grabbing of a school's land.",
])
def test_a_constituency_the_gazetteer_lacks_still_tells_its_country(pipeline, text):
    # Kenya's constituencies and sub-counties are often all a note names of where it happened
    assert events(pipeline, text, date(2016, 5, 9))[0].actor1 == "Protesters (Kenya)"


def test_officers_of_a_named_national_unit_are_that_countrys_police(pipeline):
    text = "Officers of the Anti-Terror Police Unit shot dead two suspects during a raid on a house on Sunday."
    assert events(pipeline, text, date(2014, 6, 1))[0].actor1 == "Police Forces of Kenya (2013-)"


def test_an_amount_in_a_currency_without_the_countrys_symbol_names_no_country(pipeline):
    text = "Hundreds of traders marched on Tuesday over a 3.4 billion market tender they say was rigged."
    assert events(pipeline, text, date(2018, 6, 5))[0].actor1 == "Protesters"


@pytest.mark.parametrize("mission", ["outside the Russian embassy", "against the visit of the French ambassador"])
def test_a_foreign_mission_is_no_vote_for_its_country(pipeline, mission):
    text = f"Hundreds of people protested {mission} on Saturday, waving banners."
    assert events(pipeline, text, date(2022, 3, 5))[0].actor1 == "Protesters"


@pytest.mark.parametrize("text, when, actor1", [
    ("Dozens of migrants blocked the highway outside Tapachula on Wednesday to demand transit visas.",
     date(2023, 4, 12), "Protesters (International)"),
    ("Hundreds of refugees held a demonstration in Kakuma camp on Monday against cuts to food rations.",
     date(2019, 6, 3), "Protesters (International)"),
    # a headline's crowd of one other nationality
    ("Twelve Somali refugees injured in riots at Dadaab camp over the distribution of firewood.",
     date(2019, 6, 3), "Rioters (Somalia)"),
    # migrants who are only what the crowd protests about leave it the event's own country's
    ("Hundreds of residents in Tapachula protested on Wednesday against the deportation of migrants.",
     date(2023, 4, 12), "Protesters (Mexico)"),
])
def test_a_crowd_of_migrants_or_refugees_is_of_their_nationality_or_international(pipeline, text, when, actor1):
    assert events(pipeline, text, when)[0].actor1 == actor1
