"""Grouping: a paragraph that moves to another day and place in a sentence of its own, with no event in it ('On
Sunday, troops surrounded a farmhouse in ...'), and then tells what happened there in a sentence with no day or place
of its own: that is an event of its own, not more of the event told before. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text
from test_detect_news_grouping import holding, sentences_of as text_of


SCENE_MOVED = """Curfew in Galle after mob attacks shops

COLOMBO - Mobs attacked mosques and Muslim-owned shops in Galle, police said. A trader was stabbed to death in Galle during the unrest, police said.

Security forces are still hunting militants in the east. On Sunday, 3 March, troops surrounded a farmhouse in Trincomalee after a tip-off. Gunmen inside opened fire, and in the exchange that followed two of the gunmen were killed, the army said.
"""


def test_fire_opened_after_a_scene_of_its_own_is_its_own_event(detect):
    drafts = detect(SCENE_MOVED, date(2024, 3, 22))
    gunfight = holding(drafts, "Gunmen inside opened fire")
    assert len(gunfight) == 1
    assert "stabbed to death" not in text_of(gunfight[0])
    assert len(holding(drafts, "stabbed to death")) == 1


def test_the_gunfight_takes_the_day_and_place_of_its_scene(pipeline):
    records = pipeline.extract(SCENE_MOVED, published=date(2024, 3, 22))
    fight = [r for r in records if r.fatalities == 2]
    assert len(fight) == 1
    assert fight[0].event_date == date(2024, 3, 3) and fight[0].location == "Trincomalee"
