"""Actors stage, session 26 (helper B): the one held or charged for a deed is its doer; forces that people attack
and that hit back in a later sentence leave the people a militia. My own example sentences."""

from datetime import date

from conftest import sole_event_actors

WHEN = date(2023, 5, 10)


# ---- held, charged or sentenced for a harmful deed: the doer of that deed --------------------------------------
def test_officer_arrested_after_shooting_dead_a_trader_did_the_shooting(pipeline):
    text = "On 3 May 2023, a police officer was arrested after shooting dead a trader in Kisumu (Kisumu, Kisumu)."
    assert sole_event_actors(pipeline, text, WHEN) == ("Police Forces of Kenya (2022-)", "Civilians (Kenya)")


def test_soldier_charged_with_killing_a_civilian_did_the_killing(pipeline):
    text = "On 3 May 2023, a soldier was charged with killing a civilian in Kisumu (Kisumu, Kisumu)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Military Forces of Kenya (2022-)"


def test_officers_arrested_for_beating_a_student_did_the_beating(pipeline):
    text = "On 3 May 2023, two officers were arrested for beating a student in Kisumu (Kisumu, Kisumu)."
    assert sole_event_actors(pipeline, text, WHEN)[0] == "Police Forces of Kenya (2022-)"


# ---- people who attack forces stay a militia when the forces hit back in the next sentence ---------------------
def test_herders_attacking_soldiers_who_kill_two_of_them_are_a_militia(pipeline):
    text = ("On 3 May 2023, armed herders attacked soldiers at a checkpoint near Djibo (Djibo, Soum). "
            "Soldiers killed two of them.")
    one, two = sole_event_actors(pipeline, text, WHEN)
    assert "Militia" in one and two == "Military Forces of Burkina Faso (2022-)"


def test_villagers_attacking_a_police_post_the_police_fighting_back(pipeline):
    text = ("On 3 May 2023, villagers attacked a police post near Djibo (Djibo, Soum). "
            "The police killed three of the attackers.")
    one, two = sole_event_actors(pipeline, text, WHEN)
    assert "Militia" in one and two == "Police Forces of Burkina Faso (2022-)"


def test_gunmen_attacking_soldiers_stay_an_unidentified_armed_group(pipeline):
    text = ("On 3 May 2023, gunmen attacked soldiers at a checkpoint near Djibo (Djibo, Soum). "
            "Soldiers killed two of them.")
    assert sole_event_actors(pipeline, text, WHEN) == ("Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")
