"""Actors stage: who an event is done to, as ACLED codes it — a crowd's grievance is not the target of
its riot."""

from datetime import date

import pytest

from newsevents.actors import ActorResolver

from test_actors import resolve


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver()


@pytest.mark.parametrize("text", [
    "Traders blocked the Kisumu road and burned tyres to protest the killing of a boy by a motorist.",
    "Youths rioted in Eldoret over the death of a motorcyclist, burning a truck.",
    "Residents set fire to a lorry near Molo after a woman was found murdered at her home.",
    "Students burned tyres on the campus road following the arrest of a trader.",
])
def test_the_victims_a_crowd_protests_about_are_not_its_targets(resolver, text):
    rec = resolve(resolver, text, "Riots", "Violent demonstration", "Kenya", when=date(2021, 6, 3))
    assert rec.actor1 == "Rioters (Kenya)"
    assert rec.actor2 is None


def test_people_the_crowd_attacks_are_its_targets(resolver):
    rec = resolve(resolver, "Demonstrators barricaded the highway near Embu and beat a motorcyclist who tried to pass.",
                  "Riots", "Violent demonstration", "Kenya", when=date(2021, 6, 3))
    assert rec.actor2 == "Civilians (Kenya)"
