"""Tolls as news articles write them: both sides' dead in one toll ('as were five of the attackers', 'left
three soldiers and five militants dead'), a later 'third' victim, and two sources' figures in two
sentences (the most conservative, as ACLED codes). My own example sentences."""

from functools import partial

import pytest

from test_fatalities_news import counter, deaths as deaths_of  # noqa: F401 - the fixture

deaths = partial(deaths_of, etype="Battles", sub="Armed clash")


@pytest.mark.parametrize("text, expected", [
    ("Jihadists attacked an army post in Boni on Sunday. Three soldiers were killed, as were five of the "
     "attackers, the army said.", 8),
    ("Two policemen died in the shootout, as did three of the robbers.", 5),
    ("Jihadists attacked an army post in Boni on Sunday, killing three soldiers, the army said. Troops killed "
     "five of the attackers, it added.", 8),
    ("The attack left three soldiers and five militants dead.", 8),
    ("The attack on the checkpoint left five people dead.", 5),
    # a number taken from the same side is the same victims told again
    ("Militants killed three soldiers at the checkpoint. Two of the soldiers were killed by a sniper.", 3),
])
def test_both_sides_dead(counter, text, expected):
    assert deaths(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two people at a bar in Port Harcourt on Saturday. They later shot dead a third person at a "
     "nearby fuel station, police said.", 3),
    ("A gunman killed two customers at a bar. A third victim died in hospital on Sunday.", 3),
    # 'the third' names one of those counted
    ("Gunmen killed three people at a bar. The third victim was a waiter.", 3),
])
def test_a_later_third_victim_adds_one(counter, text, expected):
    assert deaths_of(counter, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The group claimed to have killed 30 soldiers. The army said four soldiers were killed.", 4),
    ("Rebels claimed they had killed 20 soldiers. Officials said 12 soldiers were killed.", 12),
    # after a figure merely said, a later 'said' sentence may tell some of the victims only
    ("Officials said 14 villagers were killed in the raid. \"We bury our dead,\" said a farmer who lost two "
     "brothers.", 14),
    ("Police said 12 people were killed. Residents put the toll at 20.", 12),
    # another side's dead are no lower figure for these victims (and a side's figure for its enemies'
    # dead is a claim: it adds nothing)
    ("The army said it killed 12 militants. The militants said three soldiers died.", 12),
])
def test_two_sources_in_two_sentences_give_the_lower_figure(counter, text, expected):
    assert deaths(counter, text) == expected
