"""Event detection, session 17: a bare 'mine' where nothing blew up is a pit people dig, not a landmine. My own
example articles."""

from datetime import date

PUBLISHED = date(2021, 5, 12)

MINING_TOWN = """Ten years on, a mining town waits for the trucks to return

In Kalumbila, rusting excavators stand at the edge of the pit that was once one of the biggest open-cut mines in Africa.

The government hopes to reopen the mine, which once produced a fifth of the country's exports, by next year.
"""

MINE_BLASTS = """Soldiers killed by mine in northern Mali

Two soldiers were killed on Tuesday when their vehicle struck a mine near Boni, the army said.

In a separate incident, a shepherd stepped on a mine near Douentza on Monday and lost a leg.
"""


def test_a_mine_people_dig_in_is_no_landmine(pipeline):
    assert pipeline.extract(MINING_TOWN, published=PUBLISHED) == []


def test_a_mine_struck_or_stepped_on_is_a_landmine(pipeline):
    events = pipeline.extract(MINE_BLASTS, published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Remote explosive/landmine/IED", "Boni"), ("Remote explosive/landmine/IED", "Douentza")]


WEAPONS_OF_A_GROUP_KNOWN_FOR_ATTACKS = """Explosives found in empty shop

On Tuesday, police found a cache of grenades, detonators and a suicide vest in an empty shop in Lamu, which they linked to a cell blamed for the attacks.
"""


def test_weapons_found_are_the_news_not_the_attacks_their_owners_are_known_for(pipeline):
    events = pipeline.extract(WEAPONS_OF_A_GROUP_KNOWN_FOR_ATTACKS, published=date(2021, 3, 17))
    assert [(e.sub_event_type, e.location) for e in events] == [("Disrupted weapons use", "Lamu")]
