"""Fatality counts, session 13: an explosive device made safe is no death; a party's boast of the enemy's dead gives
way to a lower account of the same victims. My own example sentences."""

import pytest

from conftest import fatality_record


@pytest.mark.parametrize("text", [
    "Police bomb experts neutralised an explosive device planted near a checkpoint in Hodan on Monday.",
    "Army engineers neutralized two explosive devices hidden under a bridge outside the town, officials said.",
    "A bomb disposal team neutralised a device found near the market on Friday morning.",
])
def test_a_device_made_safe_is_no_death(counter, text):
    rec = fatality_record(counter, text, "Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert rec.fatalities == 0


def test_militants_neutralised_are_still_dead(counter):
    text = "Troops neutralised six militants near the town on Sunday, the army said."
    assert fatality_record(counter, text, "Battles", "Armed clash").fatalities == 6


@pytest.mark.parametrize("text, expected", [
    ("Militants attacked an army base near Marte on Sunday, the army said. The group said it killed 40 soldiers. "
     "Military sources said six soldiers were killed.", 6),
    ("Rebels seized the town of Kajo on Sunday after attacking an army garrison. Front spokesman John Lado said his "
     "forces had killed nine soldiers and captured weapons. Army spokesman Major General Peter Deng said two "
     "soldiers and one rebel had died.", 3),
])
def test_a_boast_gives_way_to_a_lower_account_of_the_same_victims(counter, text, expected):
    assert fatality_record(counter, text, "Battles", "Armed clash").fatalities == expected


def test_the_enemys_dead_after_own_losses_still_add(counter):
    # not a boast against another account: the army tells its own dead, then the attackers' it killed
    text = ("Militants attacked an army base near Marte on Sunday, killing six soldiers. "
            "The army said its troops killed 12 of the attackers.")
    assert fatality_record(counter, text, "Battles", "Armed clash").fatalities == 18


@pytest.mark.parametrize("text", [
    "At least 30 people have been killed in bandit attacks in the district since January, including eight on Monday, "
    "local officials said.",
    "Bandits have killed at least 30 people in the district since January, including eight on Monday, officials said.",
])
def test_a_days_share_of_a_running_total_is_the_events(counter, text):
    assert fatality_record(counter, text, "Violence against civilians", "Attack").fatalities == 8


def test_a_days_share_stands_before_the_details_that_follow(counter):
    text = ("At least 30 people have been killed in bandit attacks in the district since January, including eight on "
            "Monday in the village of Kurya, local officials said. The gunmen shot residents as they fled.")
    assert fatality_record(counter, text, "Violence against civilians", "Attack").fatalities == 8


def test_a_running_total_listing_victims_is_still_the_total(counter):
    text = "At least 30 people have been killed in the district since January, including eight children, officials said."
    assert fatality_record(counter, text, "Violence against civilians", "Attack").fatalities == 30
