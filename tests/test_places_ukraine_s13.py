"""Places, session 13, Ukraine: the province named after a town and a comma, whatever the sentence goes on with,
frames the town (its only namesakes lie in other provinces)."""

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
