"""Actors stage, session 25 (helper B): Mexico's National Guard written in Spanish, and men whose community a
bracket guesses. My own example sentences."""

from datetime import date

WHEN = date(2022, 5, 3)


def actors(pipeline, text, when=WHEN):
    (event,) = pipeline.extract(text, published=when)
    return event.actor1, event.actor2


# ---- 'Guardia Nacional': Mexico's National Guard, a unit ACLED codes under the police -------------------------
def test_guardia_nacional_clashing_is_mexicos_national_guard(pipeline):
    text = "Elements of the Guardia Nacional clashed with gunmen in Celaya, Guanajuato, on Monday, leaving two attackers dead."
    assert actors(pipeline, text)[0] == "Police Forces of Mexico (2018-) National Guard"


def test_guardia_nacional_patrol_ambushed_is_the_target(pipeline):
    text = "Gunmen ambushed a Guardia Nacional patrol near Zamora, Michoacan, on Sunday, killing two guardsmen."
    assert actors(pipeline, text)[1] == "Police Forces of Mexico (2018-) National Guard"


def test_agentes_de_la_guardia_nacional_who_detain_migrants(pipeline):
    text = "Agentes de la Guardia Nacional detained five migrants in Tapachula, Chiapas."
    assert actors(pipeline, text)[0] == "Police Forces of Mexico (2018-) National Guard"


def test_guardia_civil_stays_spains_civil_guard(pipeline):
    text = "Members of the Guardia Civil arrested six people in Ceuta on Monday."
    assert actors(pipeline, text)[0].startswith("Police Forces of Spain")
