"""Session 16: raids that end in arrests, places taken without a shot, territory the state's forces take control of,
a war's history told by its length, fighting a crime as a policy, people seized by gunmen, victims counted out of
armed men, and explosives the police find; news-style sentences written for these tests."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def roles(pipeline):
    return lambda text: [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text):
        return [(r.event_type, r.sub_event_type) for r in pipeline.extract(text, published=date(2024, 6, 14))]
    return run


def test_a_raid_that_ends_in_arrests_is_the_arrest(roles, events):
    text = "On Tuesday night, police raided several homes in the town of Kitui and arrested four students."
    assert roles(text) == ["Arrests"]
    assert events(text) == [("Strategic developments", "Arrests")]
    assert roles("Security forces stormed a house in Mombasa on Friday, detained three suspects and seized two "
                 "pistols.") == ["Arrests"]


def test_a_raid_with_a_killing_is_still_told(roles):
    # the killing is an act of its own; only a raid joined to an arrest by its doers is the arrest's setting
    assert "violence" in roles("Police raided a bar in Nakuru and shot dead two suspected robbers.")
    assert roles("Gunmen raided a village near Dori on Sunday, and police later arrested two men.").count("violence") == 1


def test_no_shot_fired_is_no_shooting(roles):
    assert "violence" not in roles("Government soldiers entered the town on Monday and took up positions without a "
                                   "shot being fired, residents said.")
    assert "violence" not in roles("The rebels left the hill without firing a shot.")


def test_moving_into_a_village_without_a_shot_is_a_non_violent_transfer(roles, events):
    text = "On Wednesday, government troops moved into the village and set up positions, without a shot being fired."
    assert roles(text) == ["Non-violent transfer of territory"]
    assert events(text) == [("Strategic developments", "Non-violent transfer of territory")]
    assert roles("Families moved into the village after the floods.") == []


def test_state_forces_taking_control_regain_territory(events):
    # taken in a fight: the state's forces regain territory, rebels overtake it (with no fighting told, ACLED's
    # codebook makes the same taking a Non-violent transfer of territory: tests/test_detect_s28a.py)
    assert events("Troops took control of the rebel-held town of Kanyama on Tuesday after two days of "
                  "fighting.") == [("Battles", "Government regains territory")]
    assert events("Rebels took control of the town of Kanyabayonga on Tuesday after clashes with the army.") == [
        ("Battles", "Non-state actor overtakes territory")]


def test_fighting_told_by_the_years_it_lasted_is_history(roles):
    assert roles("Rebels and the army fought for most of the 1990s, and thousands died.") == []
    assert roles("The two militias have fought for years over the grazing lands.") == []
    assert roles("The army fought the insurgents for a decade before the peace deal.") == []
    assert roles("Soldiers and rebels fought for three hours near the bridge on Monday.") == ["Armed clash"]


def test_fighting_a_crime_is_a_policy_not_a_fight(roles):
    text = "The governor opened a new police post in the town to fight kidnapping."
    assert "Armed clash" not in roles(text)
    assert "Abduction/forced disappearance" not in roles(text)
    # fighting people, or an attack on reinforcements, stays a fight
    assert "Armed clash" in roles("Militants ambushed army reinforcements near Deou on Friday.")


def test_people_seized_by_gunmen_are_abducted(roles, events):
    assert roles("Gunmen seized six people from a village near Garoua on Tuesday.") == [
        "Abduction/forced disappearance"]
    assert roles("Eight villagers were seized near Kauru on Sunday.") == ["Abduction/forced disappearance"]
    assert "Abduction/forced disappearance" in roles("On Friday, gunmen stormed Kauru and seized 40 people from "
                                                     "their homes.")
    assert roles("Police seized two suspects in a market in Mombasa on Friday.") == ["Arrests"]


def test_victims_counted_out_of_armed_men_are_armed(pipeline):
    detector = pipeline.detector
    doc = pipeline.nlp("Soldiers killed 19 of the attackers in the forest the next day.")
    killed = next(m for m in detector.mentions(doc) if m.role == "violence")
    assert detector._violence_votes(killed) == {"Armed clash": 1.0}
    doc = pipeline.nlp("Soldiers killed two of the villagers near the well.")
    killed = next(m for m in detector.mentions(doc) if m.role == "violence")
    assert detector._violence_votes(killed) == {"Attack": 1.0}


def test_explosives_the_police_find_are_disrupted_weapons_use(roles, events):
    assert roles("Police found a large quantity of explosives and two suicide vests in an empty house in "
                 "Batticaloa on Monday.") == ["Disrupted weapons use"]
    # beside an arrest they are its detail; taken by fighters, or seized by no one named, they are no event
    assert roles("Police arrested two men in Garissa on Monday and seized three grenades.") == ["Arrests"]
    assert roles("The rebels overran the post and seized mortars and ammunition.").count("Disrupted weapons use") == 0
    assert roles("A hand grenade and a pistol were seized.") == []


def test_fighting_battles_is_fighting(roles):
    assert "Armed clash" in roles("Rival groups of youths fought running battles near the bus terminus on Monday.")
