"""Actors stage, session 28 (helper B). My own example sentences.

Unknown attackers take the name of a group or people told right after them only where it is said of them
('unknown gunmen (presumed Turkana)'); a people named a few words on but past the attackers' own verb tells
whom they hit or where the victims came from ('gunmen shot dead four traders from Pokot'), not who they are."""

from datetime import date

from conftest import sole_event_actors

WHEN = date(2018, 6, 5)


def test_victims_people_after_the_verb_is_not_the_attackers(pipeline):
    text = "On 2 June 2018, gunmen shot dead four traders from Pokot at a market near Kapedo (Tiaty, Baringo)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Armed Group (Kenya)"


def test_unknown_attackers_killed_civilians_from_a_people(pipeline):
    text = "On 2 June 2018, gunmen killed three civilians from Pokot near Kapedo (Tiaty, Baringo)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Armed Group (Kenya)"


def test_people_said_of_the_attackers_in_brackets_still_names_them(pipeline):
    text = "On 2 June 2018, unknown gunmen (presumed Turkana) shot dead four traders at a market near Kapedo (Tiaty, Baringo)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Turkana Ethnic Militia (Kenya)"


def test_armed_group_likely_to_be_a_named_group_is_that_group(pipeline):
    text = ("On 12 March 2022, an armed group likely to be IS militants shot at an SDF checkpoint in Al Busayrah "
            "town in Deir ez Zor, wounding two fighters.")
    assert sole_event_actors(pipeline, text, date(2022, 3, 14))[0] == "Islamic State (Syria)"


# ---- 'the authorities' who disperse a crowd are its police -------------------------------------------------------
# ACLED codes whoever breaks up a riot or a protest with tear gas, water cannon or live rounds as the country's
# police, whatever the report calls them ('authorities', 'the government').
RIOT_WHEN = date(2019, 3, 6)


def test_authorities_firing_tear_gas_at_rioting_students_are_the_police(pipeline):
    text = ("On 4 March 2019, authorities used tear gas to disperse hundreds of students who blocked roads "
            "in Koudougou after a classmate died in custody.")
    assert sole_event_actors(pipeline, text, RIOT_WHEN) == (
        "Rioters (Burkina Faso)", "Police Forces of Burkina Faso (2015-)")


def test_authorities_who_only_speak_of_a_riot_face_no_one(pipeline):
    text = ("On 4 March 2019, students blocked roads with burning tyres in Koudougou after a classmate died "
            "in custody, authorities said.")
    assert sole_event_actors(pipeline, text, RIOT_WHEN) == ("Rioters (Burkina Faso)", None)


# ---- Kenya's looting and property destruction notes before 2019 leave actor2 empty when no one is hit ----------
# (data/actor_country_conventions.json property_destruction_no_victims)
def test_kenyan_mast_destroyed_in_2017_has_no_victim_side(pipeline):
    text = ("Property destruction: On 15 May 2017, Al Shabaab militants destroyed a telecommunications mast near "
            "Elwak in Mandera county.")
    assert sole_event_actors(pipeline, text, date(2017, 5, 18)) == ("Al Shabaab", None)


def test_kenyan_traders_shops_burned_in_2017_still_hit_civilians(pipeline):
    text = ("Property destruction: On 15 May 2017, Al Shabaab militants burned the shops of three traders near "
            "Elwak in Mandera county.")
    assert sole_event_actors(pipeline, text, date(2017, 5, 18)) == ("Al Shabaab", "Civilians (Kenya)")


def test_kenyan_mast_destroyed_after_2018_hits_civilians(pipeline):
    text = ("Property destruction: On 15 May 2021, Al Shabaab militants destroyed a telecommunications mast near "
            "Elwak in Mandera county.")
    assert sole_event_actors(pipeline, text, date(2021, 5, 18)) == ("Al Shabaab", "Civilians (Kenya)")
