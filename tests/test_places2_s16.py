"""Places stage, sixteenth session (second helper): ACLED files Hong Kong and Macau as first-level units
of China, so their events are China's (and so are their protesters and police); a region named alone
sits at its capital also where GeoNames spells the region unlike its capital (Myanmar's 'Sagain' for
Sagaing). Example sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.places import PlaceResolver
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


@pytest.mark.parametrize("text, lat, lon", [
    ("Riot police fired tear gas at protesters in Mong Kok, Hong Kong, late on Saturday.", 22.32, 114.17),
    ("Thousands of people marched through Hong Kong on Sunday against the new security law.", 22.28, 114.17),
])
def test_hong_kong_is_a_unit_of_china(resolver, text, lat, lon):
    r = place(resolver, text, event_type="Protests")
    assert (r.country, r.admin1) == ("China", "Hong Kong")
    assert r.location != "China" and near(r, lat, lon, km=10)


def test_macau_is_a_unit_of_china(resolver):
    r = place(resolver, "Dozens of casino workers protested outside a hotel in Macau on Friday over unpaid wages.",
              event_type="Protests")
    assert (r.country, r.admin1) == ("China", "Macau")


def test_hong_kong_protesters_and_police_are_chinas(pipeline):
    ev = pipeline.extract("Police fired tear gas at protesters who threw bricks at officers in Mong Kok, Hong Kong, "
                          "on Saturday night.", published=date(2019, 8, 12))[0]
    assert ev.country == "China"
    assert {ev.actor1, ev.actor2} & {"Police Forces of China (2012-)", "Protesters (China)", "Rioters (China)"}
    assert not any("Hong Kong" in (a or "") for a in (ev.actor1, ev.actor2))


def test_a_region_geonames_spells_otherwise_sits_at_its_capital(resolver):
    # GeoNames calls the region 'Sagain' and has no town of that name; its capital is Sagaing town, not
    # its most populous town (Kalemyo, some 250 km away)
    r = place(resolver, "Soldiers torched homes in Sagaing Region on Tuesday, residents said.",
              event_type="Violence against civilians")
    assert r.country == "Myanmar" and r.admin1 == "Sagaing"
    assert near(r, 21.88, 95.98, km=25)
