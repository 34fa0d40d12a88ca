"""Session 12 detection and typing cues, on news-style sentences written for these tests."""

from datetime import date

import pytest


@pytest.fixture(scope="module")
def events(pipeline):
    def run(text: str, published: date = date(2024, 5, 18)):
        return [(r.event_type, r.sub_event_type, r.location) for r in pipeline.extract(text, published=published)]

    return run


def test_occupying_an_office_with_a_demand_is_a_protest(events):
    # ACLED codes an occupation of a public building or of land by demonstrators as a protest
    out = events("A bomb went off near a bus station in Maiduguri on Tuesday, killing three people.\n\n"
                 "On Wednesday, about 150 members of the nurses' union occupied the offices of the health ministry in "
                 "Abuja, demanding months of unpaid wages.")
    assert ("Protests", "Peaceful protest", "Abuja") in out


def test_families_occupying_land_protest(events):
    out = events("Police detained four men over the killing of a rancher near Dourados on Thursday.\n\n"
                 "On Friday, some 400 landless families occupied an idle estate outside Ponta Pora to press for land, "
                 "organisers said.")
    assert [(t, s) for t, s, place in out if place == "Ponta Pora"] == [("Protests", "Peaceful protest")]


def test_occupation_by_soldiers_is_no_protest(events):
    # the state's forces taking over a building are no demonstrators
    out = events("Police detained four men over the killing of a rancher near Dourados on Thursday.\n\n"
                 "On Friday, soldiers occupied the offices of the electoral commission in Campo Grande.")
    assert not any(t == "Protests" for t, _, _ in out)


def test_announced_truce_is_an_agreement(pipeline):
    # a ceasefire or truce announced between named sides is ACLED's Strategic developments / Agreement
    det = pipeline.detector
    for text in ("The town council announced a truce between the two militias on Wednesday afternoon.",
                 "Mediators from the tribal council declared a truce between the clans after three days of talks."):
        roles = {m.role for m in det.mentions(pipeline.nlp(text))}
        assert "Agreement" in roles, text


def test_weapons_found_in_a_cache_are_no_attack(pipeline):
    # weapons listed in what was found ('a cache of weapons, including mortar rounds') were not used, and a seized
    # cache is ACLED's Disrupted weapons use; 'assault rifles' names a weapon, not an assault
    doc = pipeline.nlp("Police searching the hills found a large cache of weapons, including mortar rounds, hand grenades "
                       "and assault rifles, in an abandoned farmhouse.")
    assert {m.role for m in pipeline.detector.mentions(doc)} == {"Disrupted weapons use"}
    doc = pipeline.nlp("Soldiers recovered a stash of grenades and explosives in the forest.")
    assert not {m.role for m in pipeline.detector.mentions(doc)} & {"Grenade", "Remote explosive/landmine/IED"}


def test_weapons_fired_are_still_attacks(pipeline):
    doc = pipeline.nlp("Insurgents fired a barrage of mortar rounds at the army base overnight.")
    assert "Shelling/artillery/missile attack" in {m.role for m in pipeline.detector.mentions(doc)}


def test_crowd_burning_the_people_it_killed_is_mob_violence(events):
    # a crowd that beats people to death and burns their bodies, or burns people alive, does violence to them
    # (ACLED's Mob violence), not a riot's arson of property
    for second in ("On Wednesday, a crowd in a market district of Gonaives beat two men to death and set their bodies "
                   "on fire after accusing them of working for the gang.",
                   "On Wednesday, residents of a Gonaives neighbourhood set fire to two suspected thieves after "
                   "catching them in a shop."):
        out = events("Gunmen killed five people in an attack on a village near Mirebalais on Monday, residents said.\n\n"
                     + second, published=date(2024, 8, 10))
        assert [(t, s) for t, s, place in out if place == "Gonaives"] == [("Riots", "Mob violence")], second


def test_crowd_burning_a_building_still_riots(events):
    out = events("Thousands of people marched in Port-au-Prince on Monday against fuel price rises, residents said.\n\n"
                 "On Wednesday, protesters in Gonaives set fire to the town hall and threw stones at police.",
                 published=date(2024, 8, 10))
    assert [(t, s) for t, s, place in out if place == "Gonaives"] == [("Riots", "Violent demonstration")]


def test_militants_neutralised_by_troops_is_a_clash(pipeline):
    # 'neutralised' is how armies in the Sahel and central Africa report the enemy fighters they killed
    records = pipeline.extract("The army said on Tuesday that troops had neutralised six militants in an operation "
                               "near Djibo.\n\nResidents said the town was calm.", published=date(2023, 5, 10))
    assert [(r.sub_event_type, r.fatalities) for r in records] == [("Armed clash", 6)]
