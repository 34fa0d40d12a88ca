"""Grouping, session 12: a claim of responsibility told on a later day names the attack told before, it is no clash of
its own day; a strike told 'on the same <weekday>' as an earlier event stays an event of its own. Articles written for
these tests."""

from datetime import date

from test_detect import detect  # noqa: F401 - the fixture: cleanup, spaCy and the detector on a text
from test_detect_news_grouping import holding, subs


CLAIMED_A_DAY_LATER = """Mine strikes army truck in central Mali

BAMAKO - Gunmen shot dead six farmers on Sunday near the village of Koro, in Mali's Mopti region, residents said.

On Monday, a military vehicle struck a landmine on the road to Douentza, the army said. JNIM claimed the attack in an audio message on Tuesday, saying its men had killed "about fifteen soldiers".

The same Tuesday, a military spokesman said an air raid had killed several militants near Boni.
"""


def test_a_claim_on_a_later_day_names_the_attack_told_before(detect):
    drafts = detect(CLAIMED_A_DAY_LATER, date(2023, 5, 19))
    assert sorted(subs(drafts)) == ["Air/drone strike", "Attack", "Remote explosive/landmine/IED"]
    mine = holding(drafts, "struck a landmine")
    assert len(mine) == 1 and any("claimed the attack" in s.text for s in mine[0].sentences)
    # the killing the claim boasts of is its word: the air raid told next is no part of the bombing
    raid = holding(drafts, "an air raid")
    assert len(raid) == 1 and raid[0].record.sub_event_type == "Air/drone strike"


CLAIM_ELSEWHERE = """Two attacks in Burkina Faso

Gunmen killed four traders on Saturday near Djibo, security sources said.

On Monday, the group claimed responsibility for an attack on a gendarmerie post in Kaya that it said killed ten gendarmes.
"""


def test_a_claim_of_an_attack_not_told_stays_an_event(detect):
    drafts = detect(CLAIM_ELSEWHERE, date(2023, 5, 19))
    assert len(drafts) == 2


THE_SAME_WEEKDAY = """Bomb and air raid in Mopti region

A military vehicle struck a landmine on Tuesday on the road to Douentza, the army said. Two soldiers died.

On the same Tuesday, a military spokesman said an air raid by drones had killed several militants in a forest north of the town.
"""


def test_strikes_told_on_the_same_weekday_are_not_the_bomb(detect):
    drafts = detect(THE_SAME_WEEKDAY, date(2023, 5, 19))
    assert sorted(subs(drafts)) == ["Air/drone strike", "Remote explosive/landmine/IED"]


LIVE_PAGE_NEWEST_FIRST = """LIVE: fighting in Zawiya

15:40 - The city hospital has raised its toll from the overnight fighting to four dead and 12 wounded.

12:05 - Schools in the city are closed for the day.

A recap of the night:
Heavy fighting broke out late on Monday night between two armed groups in the Harsha district of Zawiya. Residents described heavy gunfire until dawn.
"""


def test_a_toll_update_above_the_recap_is_the_fighting_the_recap_tells(detect):
    drafts = detect(LIVE_PAGE_NEWEST_FIRST, date(2024, 6, 11))
    assert subs(drafts) == ["Armed clash"]
    assert holding(drafts, "raised its toll") == holding(drafts, "Heavy fighting broke out")


KILLED_BY_THE_SHELLING = """Drone hits Saudi airport; shelling in Saada

A Houthi drone hit the airport in Jizan on Sunday, wounding six workers, Saudi officials said.

Across the border, three farmers were killed on Friday by Saudi artillery fire that struck a village in the Razih district of Saada province, according to local officials.
"""


def test_the_dead_of_a_shelling_told_by_it_are_no_killing_of_their_own(detect):
    drafts = detect(KILLED_BY_THE_SHELLING, date(2021, 10, 11))
    assert len(holding(drafts, "artillery fire")) == 1
    assert len(drafts) == 2


INTERVIEW_ANSWER = """Two herders were shot dead at Kapedo on Sunday, and on Tuesday police reservists fought off raiders at Loruk.

What happened at Loruk on Tuesday?

On Tuesday morning another gang tried to drive away cattle near Loruk. This time the reservists were waiting. They exchanged fire with the raiders for almost an hour. One of the raiders was killed.
"""


def test_an_answer_telling_the_clash_at_the_day_and_place_its_paragraph_names_joins_it(detect):
    drafts = detect(INTERVIEW_ANSWER, date(2023, 3, 17))
    clash = [d for d in drafts if d.record.sub_event_type == "Armed clash"]
    assert len(clash) == 1 and "exchanged fire" in " ".join(s.text for s in clash[0].sentences)
    assert "One of the raiders was killed" in " ".join(s.text for s in clash[0].sentences)
