"""Actors stage, session 27 (helper B): forces who shoot, beat or arrest people of a rioting crowd that no actor
word names ('opposition supporters') face the riot, as they do when the crowd is named as youths or protesters.
My own example sentences."""

from datetime import date

from conftest import sole_event_actors

WHEN = date(2023, 5, 10)


def test_police_shooting_dead_supporters_in_riots_face_the_rioters(pipeline):
    text = "On 3 May 2023, police shot dead two opposition supporters during election riots in Kisumu."
    assert sole_event_actors(pipeline, text, WHEN) == ("Rioters (Kenya)", "Police Forces of Kenya (2022-)")


def test_supporters_shot_dead_by_police_in_riots_face_the_police(pipeline):
    text = "On 3 May 2023, two opposition supporters were shot dead by police during riots in Kisumu."
    assert sole_event_actors(pipeline, text, WHEN) == ("Rioters (Kenya)", "Police Forces of Kenya (2022-)")


def test_youths_shot_dead_by_police_in_riots_still_face_the_police(pipeline):
    text = "On 3 May 2023, two youths were shot dead by police during riots in Kisumu."
    assert sole_event_actors(pipeline, text, WHEN) == ("Rioters (Kenya)", "Police Forces of Kenya (2022-)")


# ---- victims named by another nationality after 'against' ('opened fire against a Nigerien miner') ------------
def test_fire_opened_against_a_foreign_miner_hits_civilians_of_his_country(pipeline):
    text = "On 5 June 2020, unknown gunmen opened fire against a Nigerien miner near Markoye (Markoye, Oudalan)."
    assert sole_event_actors(pipeline, text, WHEN)[1] == "Civilians (Niger)"


def test_fire_opened_against_a_foreign_checkpoint_names_no_foreign_victims(pipeline):
    text = "On 5 June 2020, unknown gunmen opened fire against a Malian checkpoint near Markoye (Markoye, Oudalan)."
    assert sole_event_actors(pipeline, text, WHEN)[1] != "Civilians (Mali)"
