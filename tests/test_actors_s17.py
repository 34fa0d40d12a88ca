"""Actors stage, seventeenth session: forces named only as what qualifies a building with the article before them
('ransacked the police station', 'burned down the army post') are the side whose building it is, as with 'a police
station'; the Afghanistan Freedom Front by its abbreviation, AFF, in Afghanistan's news."""

from datetime import date

import pytest


def events(pipeline, text, when):
    return pipeline.extract(text, published=when)


@pytest.mark.parametrize("text, when, actor2", [
    ("Property destruction: unknown assailants ransacked the police station in Titao, Burkina Faso, overnight, "
     "causing heavy material damage. No casualties were reported.", date(2019, 3, 5), "Police Forces of Burkina Faso (2015-)"),
    ("Property destruction: suspected militants burned down the army post in Nassoumbou, Burkina Faso, overnight. "
     "The post had been abandoned a week earlier.", date(2019, 3, 5), "Military Forces of Burkina Faso (2015-)"),
])
def test_forces_qualifying_a_building_after_the_article_are_its_side(pipeline, text, when, actor2):
    found = events(pipeline, text, when)
    assert found and found[0].actor2 == actor2


def test_the_afghanistan_freedom_front_by_its_abbreviation(pipeline):
    text = "On 12 May 2022, fighters of the AFF ambushed a Taliban patrol in Andarab district of Baghlan, Afghanistan."
    found = events(pipeline, text, date(2022, 5, 13))
    assert found and found[0].actor1 == "Afghanistan Freedom Front"
