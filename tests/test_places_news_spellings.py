"""A town spelt a letter or two away from every spelling the gazetteer has ('Kompienbiga',
'Matiacoali', 'Kintengela') is found among the towns of the article's country, once the article
tells that country. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import gazetteer
from newsevents.places import PlaceResolver
from test_places import place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("name, cc, town", [
    ("Kompienbiga", "BF", "Kompiembiga"),  # m/n before b
    ("Matiacoali", "BF", "Matiakoali"),  # c/k
    ("Kintengela", "KE", "Kitengela"),  # a letter too many
])
def test_a_town_spelt_a_letter_away_within_its_country(name, cc, town):
    found = gazetteer.load().lookup_in_country(name, cc)
    assert found and found[0].name == town


def test_no_town_of_the_country_is_near_a_name_of_another_shape():
    assert gazetteer.load().lookup_in_country("Tibgha", "BF") == ()


@pytest.mark.parametrize("text, country, location", [
    ("Suspected jihadists killed four villagers in Matiacoali on Sunday, Burkinabe security sources said.",
     "Burkina Faso", "Matiakoali"),
    ("A man was beaten to death by a mob in Kintengela, Kenya, after a botched robbery.", "Kenya", "Kitengela"),
])
def test_a_misspelt_town_is_found_once_the_country_is_known(resolver, text, country, location):
    r = place(resolver, text)
    assert (r.country, r.location, r.geo_precision) == (country, location, 1)


def test_a_misspelt_town_named_after_the_event_s_first_place_does_not_replace_it(resolver):
    # the first place, known only by the commune and province in brackets, stays the event's
    r = place(resolver, "Burkinabe aircraft struck militant positions between Kabonga (Pama, Kompienga) "
                        "and Matiacoali on Monday.")
    assert r.country == "Burkina Faso" and r.location != "Matiakoali"


def test_a_name_before_a_district_is_not_matched_to_a_town(resolver):
    r = place(resolver, "Workers protested in Jinshui district (Zhengzhou, Henan) to demand unpaid wages.")
    assert (r.country, r.admin1) == ("China", "Henan")
