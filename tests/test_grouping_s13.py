"""Grouping, session 13: a sentence telling only deaths, between two sentences of one event in a paragraph, is that
event's casualties. Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text
from test_detect_news_grouping import holding

BOMBER_DIED_BEFORE_THE_CLAIM = """Suicide bomber hits police convoy

PESHAWAR - Gunmen shot dead four labourers at a construction site near Bannu on Sunday, police said.

On Tuesday, a suicide bomber drove an explosives-laden car into a police convoy near Lakki Marwat, killing five policemen, officials said. The bomber also died. The Pakistani Taliban claimed the attack.

On Wednesday, police arrested ten men in raids in Bannu.
"""


def test_a_death_told_before_the_claim_is_the_bombing_s(detect):
    drafts = detect(BOMBER_DIED_BEFORE_THE_CLAIM, date(2024, 5, 10))
    bombing = holding(drafts, "suicide bomber drove")
    assert len(bombing) == 1 and any("bomber also died" in s.text for s in bombing[0].sentences)


def test_the_bombers_death_counts(pipeline):
    records = pipeline.extract(BOMBER_DIED_BEFORE_THE_CLAIM, published=date(2024, 5, 10))
    bombing = [r for r in records if r.sub_event_type == "Suicide bomb"]
    assert len(bombing) == 1 and bombing[0].fatalities == 6


TWO_ACCOUNTS = """Rebels overrun border town

JUBA - Rebels of the Patriotic Front took control of Kajo, a town near the Ugandan border, on Sunday after attacking an army garrison, both sides said.

The rebel spokesman said his forces had killed nine soldiers and captured weapons. The army spokesman said two soldiers and one rebel had died. Residents said most of the town's people fled into the bush.
"""


def test_the_other_sides_toll_between_two_accounts_is_the_event_s(pipeline):
    records = pipeline.extract(TWO_ACCOUNTS, published=date(2024, 5, 10))
    assert len(records) == 1 and records[0].fatalities == 3




TRUCE_ANNOUNCED = """Fighting near Minova; army announces truce

GOMA - Rebels attacked an army position near the town of Minova on Sunday, killing four soldiers, local officials said.

The army said on Tuesday it had reached a ceasefire with the rebels after talks mediated by church leaders.
"""


def test_a_development_dated_only_by_its_statement_is_its_own_event(pipeline):
    records = pipeline.extract(TRUCE_ANNOUNCED, published=date(2024, 5, 10))
    assert sorted(r.sub_event_type for r in records) == ["Agreement", "Armed clash"]
    truce = next(r for r in records if r.sub_event_type == "Agreement")
    assert truce.event_date == date(2024, 5, 7)


TRUCE_OF_THE_DAY = """Fighting near Minova

GOMA - Rebels attacked an army position near the town of Minova on Sunday, killing four soldiers, local officials said.

The army said on Sunday it had reached a ceasefire with the rebels after the attack.
"""


def test_a_development_announced_on_the_events_day_is_not_split_off(detect):
    drafts = detect(TRUCE_OF_THE_DAY, date(2024, 5, 10))
    assert len(drafts) == 1
