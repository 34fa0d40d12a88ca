"""Actors stage, ninth session: clans listed before the noun they share ('the Jibril and Matan clans'), clan
names of several words, a group named in brackets after unknown armed men ('armed men (assumed Darfur
communal militia)'), Nigeria's cult militiamen and Iraq's tribal militants."""

from datetime import date

import pytest

from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)
from test_actors_news_causes import CLASH, VAC


@pytest.mark.parametrize("text, country, actor1, actor2", [
    ("Four people died on Sunday in fighting between the Abdalla and Hirsi clans near Wajir.",
     "Kenya", "Abdalla Clan Militia (Kenya)", "Hirsi Clan Militia (Kenya)"),
    ("Two Lomuk and Nakapel Koro clans clashed over grazing land near the border on Friday.",
     "Kenya", "Lomuk Clan Militia (Kenya)", "Nakapel Koro Clan Militia (Kenya)"),
    ("Fighting between Abgaal and Habar Gidir clan militias killed three people near Adale.",
     "Somalia", "Abgaal Clan Militia (Somalia)", "Habar Gidir Clan Militia (Somalia)"),
    # peoples ACLED names as ethnic militias keep their name when listed before 'clans'
    ("Fighting between the Degodia and Garre clans left five dead near Mandera.",
     "Kenya", "Degodia Ethnic Militia (Kenya)", "Garre Ethnic Militia (Kenya)"),
])
def test_clans_listed_before_their_shared_noun_are_each_a_clan_militia(resolver, text, country, actor1, actor2):
    rec = resolve(resolver, text, *CLASH, country, date(2016, 5, 3))
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


@pytest.mark.parametrize("text, country, when, actor1", [
    ("Three armed men (assumed South Kordofan communal militia) on camels shot a trader near Kadugli.",
     "Sudan", date(2022, 3, 29), "South Kordofan Communal Militia (Sudan)"),
    ("Unknown gunmen (suspected to be JNIM militants) shot dead two traders near Toeni on Friday.",
     "Burkina Faso", date(2019, 5, 3), "JNIM: Group for Support of Islam and Muslims"),
])
def test_a_group_named_in_brackets_after_unknown_armed_men_is_the_one_meant(resolver, text, country, when, actor1):
    rec = resolve(resolver, text, *VAC, country, when)
    assert rec.actor1 == actor1


def test_unknown_gunmen_named_in_brackets_only_as_men_stay_unidentified(resolver):
    rec = resolve(resolver, "Unknown gunmen (two men on a motorbike) shot dead a trader near Toeni on Friday.",
                  *VAC, "Burkina Faso", date(2019, 5, 3))
    assert rec.actor1 == "Unidentified Armed Group (Burkina Faso)"


@pytest.mark.parametrize("text, country, actor1", [
    ("Suspected cult militiamen shot dead a trader at a bus stop in Uyo on Monday.",
     "Nigeria", "Unidentified Cult Militia (Nigeria)"),
    ("Unknown tribal militants shot and killed a shop owner in Amarah on Monday.",
     "Iraq", "Unidentified Tribal Militia (Iraq)"),
])
def test_cult_and_tribal_militants_are_the_countrys_unidentified_militia(resolver, text, country, actor1):
    rec = resolve(resolver, text, *VAC, country, date(2022, 4, 11))
    assert rec.actor1 == actor1
