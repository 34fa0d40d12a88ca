"""Grouping, session 11: a place taken back after it was taken is an event of its own, even when the sentence telling
it is dated only by when the army said it, and the fighting of that sentence is how the place was taken back.
Articles written for these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text
from test_detect_news_grouping import holding, sentences_of, subs


TAKEN_THEN_RETAKEN = """Militia seizes Bantu, army retakes it

KAMPALA - Fighters of the Lord's Resistance Army overran the border town of Bantu on Saturday after attacking a police post there, residents said.

A police spokesman said three officers had been killed in the attack and that the survivors had fled to the forest.

The army said on Thursday it had recaptured Bantu after a brief exchange of fire with the militia, which withdrew towards the border.
"""


def test_a_town_recaptured_is_not_the_taking_told_before(detect):
    drafts = detect(TAKEN_THEN_RETAKEN, date(2023, 9, 8))
    assert sorted(subs(drafts)) == ["Government regains territory", "Non-state actor overtakes territory"]
    retake = holding(drafts, "recaptured Bantu")
    assert len(retake) == 1 and retake[0].record.sub_event_type == "Government regains territory"
    # the exchange of fire in the retake's sentence is the retake's, not more of Saturday's fighting
    taking = [d for d in drafts if d.record.sub_event_type == "Non-state actor overtakes territory"][0]
    assert "recaptured" not in sentences_of(taking)


RETAKE_TOLD_TWICE = """Troops retake Mbau

Congolese troops retook the town of Mbau on Friday, two days after ADF rebels overran it, officials said.

The rebels had stormed Mbau early on Wednesday and burned the market. On Friday, soldiers advanced from Oicha and recaptured Mbau after a firefight that lasted two hours.
"""


def test_a_retake_told_again_stays_one_event(detect):
    drafts = detect(RETAKE_TOLD_TWICE, date(2023, 9, 9))
    assert subs(drafts).count("Government regains territory") == 1


TOLL_AFTER_A_BOMB = """Two attacks in Gao region

Gunmen killed six herders on Saturday near the village of Talataye, local officials said.

On Monday, an army truck struck an explosive device on the road out of Bourem. The army said in a statement three soldiers killed and two wounded.
"""


def test_a_toll_told_right_after_a_bomb_is_the_bombs(detect):
    drafts = detect(TOLL_AFTER_A_BOMB, date(2023, 10, 12))
    bomb = holding(drafts, "explosive device")
    assert len(bomb) == 1 and "three soldiers killed" in sentences_of(bomb[0])
    killing = holding(drafts, "six herders")[0]
    assert "three soldiers" not in sentences_of(killing)


BODIES_FOUND_NEXT_DAY = """Gunmen kill three loggers in Intan Jaya

Three loggers were shot dead by armed men in Intan Jaya regency on Monday, police said.

The men had gone into the forest near Sugapa to cut timber. Their bodies, riddled with bullets and stab wounds, were recovered from a ravine on Tuesday by a search team and flown to Nabire.
"""


def test_bodies_found_on_a_later_day_are_the_killing_told_before(detect):
    drafts = detect(BODIES_FOUND_NEXT_DAY, date(2023, 7, 20))
    assert subs(drafts) == ["Attack"]
    assert "Their bodies" in sentences_of(drafts[0])


ROUND_UP_PASSIVE = """THE WEEK IN NICARAGUA: farmer shot, students march

Security round-up | Saturday, 10 May 2025 | El Semanal

Our weekly summary of the security news across the country.

TUESDAY - BLUEFIELDS
Armed men shot dead a farmer on his land outside Bluefields early in the morning, and burned his house before they fled. Relatives said he had received threats over the land.

THURSDAY - MANAGUA
Hundreds of students marched from the university to the national assembly to demand the release of two classmates. The march ended peacefully in the afternoon.

FRIDAY - LEON
A farmhand accused of poisoning a well was beaten to death by a crowd in a hamlet near Leon. Police said they had arrested no one.
"""


def test_a_round_up_section_told_in_the_passive_is_its_own_event(detect):
    drafts = detect(ROUND_UP_PASSIVE, date(2025, 5, 10))
    beaten = holding(drafts, "beaten to death")
    assert len(beaten) == 1 and "Armed men shot dead a farmer" not in sentences_of(beaten[0])
    assert len(drafts) == 3
