"""Actors stage, fourteenth session: gunmen and attackers nobody names in Russia are an unidentified armed group,
not the unknown military force ACLED names behind unattributed strikes there. My own example sentences."""

from datetime import date

from conftest import sole_event_actors

WHEN = date(2024, 6, 25)


def test_unnamed_gunmen_in_dagestan_are_an_unidentified_armed_group(pipeline):
    text = "Gunmen killed three police officers at a checkpoint in Derbent on Sunday, officials said."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Armed Group (Russia)"


def test_unknown_attackers_who_shoot_an_official_in_russia_are_an_unidentified_armed_group(pipeline):
    text = "Unknown attackers shot dead a village head outside his home in Nazran on Saturday night, police said."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Armed Group (Russia)"


def test_unnamed_gunmen_in_haiti_stay_a_gang(pipeline):
    text = "Gunmen killed four people in an attack on a market in Croix-des-Bouquets on Sunday, police said."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Unidentified Gang (Haiti)"
