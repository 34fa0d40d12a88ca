"""Grouping, session 17: attackers who blow themselves up after a gunfight are a suicide bombing of its own. My own
example article."""

from datetime import date

SHOOTOUT_THEN_BLASTS = """Police raid ends in blasts at hideout

On Sunday, 7 March, troops surrounded a farmhouse outside Mombasa after a tip-off. Gunmen inside opened fire, and in the shootout that followed two of the gunmen were killed, the army said. Two other men then blew themselves up inside the farmhouse, killing themselves and four relatives.
"""


def test_attackers_who_then_blow_themselves_up_are_a_suicide_bombing_of_its_own(pipeline):
    events = pipeline.extract(SHOOTOUT_THEN_BLASTS, published=date(2021, 3, 17))
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Armed clash", date(2021, 3, 7)), ("Suicide bomb", date(2021, 3, 7))]
