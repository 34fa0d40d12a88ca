"""Sentence facts, session 14: a people's adjective the tagger takes for a place, a battle's length in hours and the day a
figure was given make no new place or date for a follow-up sentence. My own example articles."""

from datetime import date

from newsevents import Pipeline

ARTICLE = """Drone strike on Kherson kills two; assault near Krynky repelled

Two people were killed when a Russian drone struck a bus stop in Kherson on Tuesday morning, the regional governor said.

On the left bank of the Dnipro, Ukrainian marines repelled a Russian assault near Krynky on Monday, the southern command said. According to a spokeswoman, Russian infantry supported by three tanks attacked Ukrainian positions east of the village and were pushed back after a battle lasting several hours.
"""


def test_the_detail_of_a_repelled_assault_is_no_new_event():
    events = Pipeline().extract(ARTICLE, published=date(2024, 6, 21))
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]


FIGURE_GIVEN = """Gunmen kill 14 villagers in Zamfara raid

Gunmen on motorcycles killed at least fourteen villagers in a raid on Dansadau, a farming town in Zamfara state, on Sunday, the state police command said.

Residents said the attackers arrived shortly after dawn, shooting at people in the fields and burning granaries. The police figure of 14 dead was given on Monday; a local vigilante leader said his group had counted "more than twenty" bodies. Several wounded were taken to the general hospital in Gusau.
"""


def test_the_day_a_figure_is_given_makes_no_event_of_its_own():
    (event,) = Pipeline().extract(FIGURE_GIVEN, published=date(2024, 6, 14))
    assert event.location == "Dansadau" and event.fatalities == 14
