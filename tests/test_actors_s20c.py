"""Actors and places, session 20 (Kenya study): a regime ACLED names between two the dev data name gets
its own years ('Military Forces of Somalia (2012-2017)' for events from 10 September 2012 to 7 February
2017, 'Military Forces of Mali (2020-2021)' between the coups of August 2020 and May 2021), chosen by
the date of the event."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor1", [
    ("On 14 March 2015, Somali troops fought al Shabaab militants near Afgoye, Lower Shabelle region. "
     "Two soldiers died.", date(2015, 3, 15), "Military Forces of Somalia (2012-2017)"),
    ("On 3 May 2013, Somali police shot dead two al Shabaab fighters in Kismayo, Lower Juba, Somalia.",
     date(2013, 5, 4), "Police Forces of Somalia (2012-2017)"),
    # the regime's first and last days follow the dates of the elections that changed it
    ("On 1 September 2012, Somali troops fought al Shabaab militants near Afgoye, Lower Shabelle region.",
     date(2012, 9, 2), "Military Forces of Somalia (2004-2012)"),
    ("On 20 February 2017, Somali troops fought al Shabaab militants near Afgoye, Lower Shabelle region.",
     date(2017, 2, 21), "Military Forces of Somalia (2017-2022)"),
    ("On 25 October 2020, Malian soldiers clashed with JNIM fighters near Boni, Mopti region. Three "
     "soldiers were killed.", date(2020, 10, 26), "Military Forces of Mali (2020-2021)"),
])
def test_a_regime_between_two_named_ones_has_its_own_years(pipeline, text, when, actor1):
    found = events(pipeline, text, when)
    assert found and found[0].actor1 == actor1


# ---- places: a name before one person's occupation is where that person lives ---------------------------

@pytest.mark.parametrize("text, location", [
    ("On 8 March 2016, unknown attackers stabbed a Garissa trader to death near his home. The motive was not "
     "known.", "Garissa"),
    ("A Garissa businessman was abducted by armed men on Monday.", "Garissa"),
    ("Garissa trader shot dead by gunmen", "Garissa"),
])
def test_a_name_before_a_single_occupation_is_a_place(pipeline, text, location):
    found = events(pipeline, text, date(2016, 3, 9))
    assert found and found[0].location == location and found[0].country == "Kenya"


@pytest.mark.parametrize("text, location", [
    # a people's name before one person's occupation tells descent, not where the event was
    ("A Kikuyu farmer was hacked to death by Kalenjin youths near Eldoret.", "Eldoret"),
    ("Kikuyu farmer hacked to death by raiders near Eldoret", "Eldoret"),
    # crowds named after their town stay where they are
    ("Angry Meru residents blocked the road to protest the killing of a boda boda rider.", "Meru"),
])
def test_a_peoples_name_before_an_occupation_is_not_the_place(pipeline, text, location):
    found = events(pipeline, text, date(2016, 3, 9))
    assert found and found[0].location == location


@pytest.mark.parametrize("text, location", [
    ("Gunmen attacked worshippers at St Mary's church in Lamu, killing two.", "Lamu"),
    ("Students of St Mary's Girls School in Mumias burnt a dormitory on Monday night.", "Mumias"),
])
def test_a_saints_name_in_the_possessive_is_an_institution(pipeline, text, location):
    found = events(pipeline, text, date(2018, 7, 10))
    assert found and found[0].location == location and found[0].country == "Kenya"


def test_a_saints_parish_named_as_a_place_stays(pipeline):
    found = events(pipeline, "Gunmen attacked a church in St Mary, Jamaica, killing two.", date(2018, 7, 10))
    assert found and found[0].country == "Jamaica"


def test_a_subject_before_a_teacher_is_not_a_place(pipeline):
    found = events(pipeline, "Pupils locked the office of the head teacher who moved their English teacher to "
                   "another school.", date(2013, 3, 5))
    assert not found or found[0].location in (None, "")
