"""Actors, session 22 (news articles): 'armed robbers' are an armed side ACLED names an unidentified armed
group, like 'armed bandits': police who shoot them dead in a gunfight fight that group, not themselves
(the battle had the police on both sides). Robbers a mob lynches stay civilians."""

from datetime import date

import pytest


@pytest.mark.parametrize("text", [
    "LAGOS, Oct 9 (Reuters) - Police officers shot dead two suspected armed robbers during a gunfight in the "
    "Ikorodu area of Lagos on Saturday, a police spokesman said.",
    "ABUJA, Nigeria - Three armed robbers were killed in an exchange of fire with policemen on the Abuja-Kaduna "
    "highway near Katari on Tuesday night, the police said.",
])
def test_police_fight_armed_robbers(pipeline, text):
    found = pipeline.extract(text, published=date(2021, 10, 10))
    assert found and found[0].event_type == "Battles"
    assert {found[0].actor1, found[0].actor2} == {"Police Forces of Nigeria (2015-2023)",
                                                   "Unidentified Armed Group (Nigeria)"}


def test_robbers_lynched_by_a_mob_stay_civilians(pipeline):
    text = ("COTONOU, Oct 9 (AFP) - A mob lynched two suspected armed robbers in the village of Agon near Toffo on "
            "Saturday, local officials said.")
    found = pipeline.extract(text, published=date(2022, 10, 10))
    assert found and (found[0].actor1, found[0].actor2) == ("Rioters (Benin)", "Civilians (Benin)")
