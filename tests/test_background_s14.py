"""Sentence facts, session 14: a people's adjective the tagger takes for a place, and a battle's length in hours,
make no new place or date for a follow-up sentence. My own example article."""

from datetime import date

from newsevents import Pipeline

ARTICLE = """Drone strike on Kherson kills two; assault near Krynky repelled

Two people were killed when a Russian drone struck a bus stop in Kherson on Tuesday morning, the regional governor said.

On the left bank of the Dnipro, Ukrainian marines repelled a Russian assault near Krynky on Monday, the southern command said. According to a spokeswoman, Russian infantry supported by three tanks attacked Ukrainian positions east of the village and were pushed back after a battle lasting several hours.
"""


def test_the_detail_of_a_repelled_assault_is_no_new_event():
    events = Pipeline().extract(ARTICLE, published=date(2024, 6, 21))
    assert sorted(e.sub_event_type for e in events) == ["Air/drone strike", "Armed clash"]
