"""Type consistency, session 19, on my own example sentences: people of a place (residents, villagers, locals) who
clash with or attack the state's forces, no one armed told, are Mob violence.

Each event starts with the type a detector might give it before the actors are known; the actors stage and then
the type-consistency stage run on it as in the pipeline."""

import pytest

from test_type_consistency import run, stages  # noqa: F401  (the stages fixture and the runner shared with the first file)


@pytest.mark.parametrize("text,trigger,country", [
    # note style
    ("On 18 June 2022, a group of locals attacked police officers who tried to arrest two motorcyclists in Dassa "
     "(Dassa-Zoume, Collines).", "attacked", "Benin"),
    ("Residents of Kombissiri clashed with a police officer after a chase in which a motorcyclist was injured.",
     "clashed", "Burkina Faso"),
    # news style
    ("Angry villagers clashed with gendarmes in the town of Kpalime on Saturday after a teenager died in custody, "
     "local media reported.", "clashed", "Togo"),
])
def test_people_of_a_place_against_the_police_are_mob_violence(stages, text, trigger, country):
    rec = run(stages, text, "Battles", "Armed clash", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Riots", "Mob violence")
    assert rec.evidence_for("event_type").rule == "type consistency: clash of crowds"


@pytest.mark.parametrize("text,trigger,country", [
    # against each other, people of two places may be a community's militia
    ("On 26 December 2020, residents of two villages clashed over a boundary dispute near Naivasha.", "clashed",
     "Kenya"),
    # armed, or shooting
    ("Youths armed with arrows attacked a police post in Muhoroni on Monday.", "attacked", "Kenya"),
    ("Villagers clashed with soldiers near Kibera on Monday; gunfire was heard for an hour.", "clashed", "Kenya"),
])
def test_communal_or_armed_sides_stay_a_battle(stages, text, trigger, country):
    rec = run(stages, text, "Battles", "Armed clash", trigger, country)
    assert (rec.event_type, rec.sub_event_type) == ("Battles", "Armed clash")
