"""Session 10: the act an arrest is for is no second event, in the detector's events and in the cue indicators
its type model's second stage reads (own example sentences)."""

import pytest


@pytest.fixture(scope="module")
def detector(pipeline):
    return pipeline.detector, pipeline.nlp


def roles(detector, text):
    det, nlp = detector
    return sorted(m.role for m in det.mentions(nlp(text)))


def cues(detector, text):
    det, nlp = detector
    return det.cue_features(nlp(text))


@pytest.mark.parametrize("text", [
    "On 5 June 2022, police arrested two men in connection with the killing of a trader in Kano.",
    "Police detained three youths over their suspected involvement in the attack on a church in Jos.",
    "Soldiers arrested a herder on suspicion of the murder of a village chief near Mokwa.",
    "Police arrested 20 people in relation to the looting of shops in Kisumu on Monday.",
    "Police arrested the suspects for their role in the attack on the police station.",
])
def test_the_act_an_arrest_is_for_is_no_event(detector, text):
    assert roles(detector, text) == ["Arrests"]
    found = cues(detector, text)
    assert found["trigger:Arrests"] == 1.0
    # nor a cue of violence: the killing is the arrest's reason, not an act told
    assert not [k for k in found if k != "trigger:Arrests"]


def test_violence_named_beside_an_arrest_is_told(detector):
    text = "Gunmen killed a trader in Kano on Sunday and police later arrested two men."
    assert roles(detector, text) == ["Arrests", "violence"]
    assert cues(detector, text)["trigger:violence"] == 1.0


def test_verbs_sharing_a_subject_share_victims_and_doers(detector):
    # the object hangs from the last verb, the passive subject and the 'by' phrase from one verb each
    found = cues(detector, "On 2 March 2023, a police officer shot and wounded a shopkeeper in Kaya.")
    assert found["harm:armed>civilian"] == 1.0 and "agent:none" not in found
    found = cues(detector, "On 9 March 2023, a soldier was shot and killed by unidentified gunmen near Dori.")
    assert found["harm:armed>armed"] == 1.0 and "agent:none" not in found


def test_victims_named_among_the_dead_are_victims(detector):
    found = cues(detector, "On 4 April 2023, militants killed nine people, including four VDP militiamen, in Tougan.")
    assert found["victim:civilian"] == 1.0 and found["victim:armed"] == 1.0


# ---- news prose (blind9 findings, own sentences) ---------------------------------------------------------

@pytest.fixture(scope="module")
def extract(pipeline):
    from datetime import date

    return lambda *paragraphs: pipeline.extract("\n\n".join(paragraphs), published=date(2024, 6, 14))


def kinds(records):
    return [(r.event_type, r.sub_event_type) for r in records]


def test_a_human_chain_is_a_protest(extract):
    records = extract("Teachers press for pay in Sylhet",
                      "On Thursday, about 300 teachers formed a human chain outside the education office in Sylhet, "
                      "demanding unpaid salaries.", "Officials said talks would continue.")
    assert kinds(records) == [("Protests", "Peaceful protest")]


def test_a_road_named_in_another_language_is_a_road(extract):
    records = extract("Farmers protest in Guerrero",
                      "On Wednesday, some 200 farmers blocked the Carretera Federal 95 near Iguala for six hours "
                      "to demand fertiliser subsidies.", "Traffic resumed in the evening.")
    assert kinds(records) == [("Protests", "Peaceful protest")]


def test_a_gold_mine_is_no_landmine(extract):
    records = extract("Miners killed in Zamfara",
                      "Bandits killed six workers at an artisanal gold mine near Anka on Tuesday, residents said.",
                      "The attackers fled on motorbikes.")
    assert kinds(records) == [("Violence against civilians", "Attack")]


def test_a_landmine_stays_a_landmine(detector):
    assert roles(detector, "Two soldiers were killed when their vehicle hit a mine near Kidal.") == [
        "Remote explosive/landmine/IED", "violence"]


def test_a_gathering_whose_second_participle_tells_the_demand_is_a_protest(extract):
    records = extract("Veterans rally in Tuzla",
                      "On Sunday, some 500 veterans gathered outside the cantonal government building in Tuzla, "
                      "blowing whistles and demanding higher pensions.", "Police said the gathering was peaceful.")
    assert kinds(records) == [("Protests", "Peaceful protest")]


def test_fire_opened_on_people_who_protested_is_force_on_a_protest(extract):
    records = extract("Unrest in Nekemte",
                      "On Monday, soldiers opened fire on students who had marched to the town hall to demand the "
                      "release of their teachers, a witness said. One student was killed.",
                      "The regional government blamed agitators.")
    assert kinds(records) == [("Protests", "Excessive force against protesters")]


def test_a_raid_in_which_people_are_arrested_is_the_arrest(extract, detector):
    text = "Soldiers and police arrested 14 suspected cartel members during a raid in Culiacan on Saturday."
    assert roles(detector, text) == ["Arrests"]
    records = extract("Arrests in Culiacan", text, "The suspects were flown to Mexico City.")
    assert kinds(records) == [("Strategic developments", "Arrests")]


def test_a_statistic_told_in_the_present_is_no_event(extract):
    records = extract("Kidnappings in Zamfara", "Zamfara has the highest rate of kidnappings in Nigeria, officials say.",
                      "On Tuesday, gunmen abducted 12 farmers near Anka.")
    assert kinds(records) == [("Violence against civilians", "Abduction/forced disappearance")]


def test_a_town_entered_without_a_fight_changes_hands_without_violence(extract):
    records = extract("Army returns to Qardho", "A roadside bomb killed two soldiers near Bosaso on Tuesday.",
                      "Government troops entered the town of Qardho without a fight on Monday, elders said.")
    assert ("Strategic developments", "Non-violent transfer of territory") in kinds(records)


def test_a_town_taken_unopposed_is_no_battle(extract):
    records = extract("Rebels advance", "M23 rebels took control of the town of Kibumba unopposed on Sunday, "
                      "residents said.", "The army had left the area a day earlier.")
    assert kinds(records) == [("Strategic developments", "Non-violent transfer of territory")]


def test_a_town_taken_after_fighting_stays_taken_by_force(detector):
    det, nlp = detector
    text = "M23 rebels took control of the town of Kibumba on Sunday after heavy fighting."
    assert "Non-violent transfer of territory" not in roles(detector, text)


def test_an_act_denied_by_no_is_no_event(detector):
    text = "A crowd beat a thief to death in Gonaives on Friday. Police arrived later and made no arrests."
    assert "Arrests" not in roles(detector, text)
    assert cues(detector, text)["hedged:Arrests"] == 1.0
