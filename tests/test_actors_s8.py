"""Actors stage, eighth session: names for forces and groups the dictionary missed (commandos, a short
country name before 'forces', tanks and snipers of a nation, Myanmar's unnamed anti-coup groups, Nigeria's
cult militias), whose forces unnamed soldiers are where ACLED knows them as another state's (the West
Bank), and a coalition a foreign state's forces act under (Syria)."""

from datetime import date

import pytest

from test_actors_news_causes import CLASH, VAC
from test_actors import resolve, resolver  # noqa: F401 (the module's resolver fixture)


SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
MOVEMENT = ("Strategic developments", "Change to group/activity")
DESTRUCTION = ("Strategic developments", "Looting/property destruction")


CASES = {
    "commandos are the state's forces": (
        "A commando unit came under fire from gunmen near Cukurca on Tuesday, the defence ministry said.",
        CLASH, "Turkey", date(2022, 6, 7), "Unidentified Armed Group (Turkey)", "Military Forces of Turkey (2016-)"),
    "a short country name before 'forces'": (
        "Burkina forces shot dead four men at a market near Djibo on Friday, residents said.",
        VAC, "Burkina Faso", date(2019, 5, 3), "Military Forces of Burkina Faso (2015-)", "Civilians (Burkina Faso)"),
    "a nation's tanks fire": (
        "Russian tanks fired on a convoy of cars leaving the town of Izium on Sunday.",
        SHELLING, "Ukraine", date(2022, 3, 6), "Military Forces of Russia (2000-)", None),
    "Myanmar's local defence groups": (
        "Local defence groups attacked a police outpost in Kani township with homemade mines on Saturday.",
        SHELLING, "Myanmar", date(2022, 5, 14), "Unidentified Anti-Coup Armed Group", "Police Forces of Myanmar (2021-)"),
    "Nigeria's cultists": (
        "Suspected cultists shot dead a student near the university gate in Ekpoma on Wednesday.",
        VAC, "Nigeria", date(2022, 4, 6), "Unidentified Cult Militia (Nigeria)", "Civilians (Nigeria)"),
    "unnamed soldiers in the West Bank are Israel's": (
        "Soldiers demolished two homes and a sheep pen in a hamlet south of Hebron on Monday, residents said.",
        DESTRUCTION, "Palestine", date(2022, 6, 6), "Military Forces of Israel (2021-)", "Civilians (Palestine)"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_names_of_forces_and_groups(resolver, name):
    text, (event_type, sub_event_type), country, when, actor1, actor2 = CASES[name]
    rec = resolve(resolver, text, event_type, sub_event_type, country, when)
    assert (rec.actor1, rec.actor2) == (actor1, actor2)


def test_palestinian_forces_named_as_such_stay_palestinian(resolver):
    rec = resolve(resolver, "Palestinian security forces arrested two students at a checkpoint near Nablus on Monday.",
                  "Strategic developments", "Arrests", "Palestine", date(2022, 6, 6))
    assert rec.actor1 == "Police Forces of Palestine (1994-)" or rec.actor1.startswith("Military Forces of Palestine")


def test_us_forces_in_syria_act_under_the_coalition(resolver):
    rec = resolve(resolver, "A US military convoy of eight armoured vehicles drove from Rmelan to Qamishli on Sunday.",
                  *MOVEMENT, "Syria", date(2022, 3, 13))
    assert rec.actor1 == "Global Coalition Against Daesh"
    assert rec.assoc_actor_1 == "Military Forces of the United States (2021-)"


def test_us_forces_elsewhere_keep_their_own_name(resolver):
    rec = resolve(resolver, "A US military convoy drove through the border crossing at Rabia on Sunday.",
                  *MOVEMENT, "Iraq", date(2022, 3, 13))
    assert rec.actor1 == "Military Forces of the United States (2021-)"
