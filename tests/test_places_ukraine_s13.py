"""Places, session 13, Ukraine: the province named after a town and a comma, whatever the sentence goes on with,
frames the town (its only namesakes lie in other provinces); the big town the forces struck is the place, not the
country of the forces."""

from __future__ import annotations

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, admin1", [
    # the gazetteer's only Nova Dmytrivka lies in Cherkasy, its Zarichnes in Rivne, Dnipropetrovsk and Donetsk
    ("Artillery fire hit Nova Dmytrivka, Sumy, on Tuesday night, damaging several homes, the regional governor said.",
     "Sumy"),
    ("Russian troops shelled Zarichne, Kherson as farmers were harvesting wheat, local officials said.", "Kherson"),
])
def test_a_province_after_a_town_and_a_comma_frames_it_when_the_sentence_goes_on(resolver, text, admin1):
    r = place(resolver, text, "Explosions/Remote violence")
    assert r.country == "Ukraine"
    assert r.admin1 == admin1


def test_a_town_in_the_province_named_after_it_stays(resolver):
    r = place(resolver, "A missile struck Kramatorsk, Donetsk, killing two civilians, officials said.",
              "Explosions/Remote violence")
    assert r.location == "Kramatorsk"
    assert near(r, 48.73, 37.57)


def test_a_list_of_towns_is_no_town_and_its_province(resolver):
    r = place(resolver, "Russian missiles struck Kharkiv, Dnipro and Lviv on Monday, officials said.",
              "Explosions/Remote violence")
    assert r.location == "Kharkiv"
    assert near(r, 49.98, 36.25)


def test_the_last_of_a_list_of_towns_is_no_province_of_the_one_before(resolver):
    r = place(resolver, "The electoral body said the vote in Homa Bay, Kisumu, Migori, Siaya will be postponed.",
              "Strategic developments")
    assert r.location == "Homa Bay"


# ---- the nationality of the forces that struck is not the place they struck -----------------------------------
@pytest.mark.parametrize("text", [
    # the launcher is named like a town abroad: the two names rule each other out, and only 'Russian' is left
    "Russian forces fired rockets from the 'Tornado' launcher at Mykolaiv on Sunday, the governor said.",
    # the tagger takes the city for a person
    "Russian troops shelled Mykolaiv overnight, the mayor said.",
])
def test_the_big_town_the_forces_struck_is_the_place_not_their_country(resolver, text):
    r = place(resolver, text, "Explosions/Remote violence")
    assert r.country == "Ukraine"
    assert near(r, 46.97, 31.99)


def test_a_person_arrested_keeps_no_town_of_his_name(resolver):
    r = place(resolver, "Police arrested Jackson on Monday after the protest in Nairobi.", "Protests")
    assert r.location == "Nairobi"
