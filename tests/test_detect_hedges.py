"""A hedge verb governs what it governs, not the next action joined to it by 'and'."""

from datetime import date

import pytest


def test_second_action_after_a_hedge_verb_is_an_event(pipeline):
    records = pipeline.extract("Gunmen stopped two buses on the Lokoja-Abuja highway on Monday night and abducted at "
                               "least 20 passengers, police in Kogi state said on Tuesday.", published=date(2024, 5, 7))
    assert [r.sub_event_type for r in records] == ["Abduction/forced disappearance"]


def test_what_is_only_planned_stays_hedged(pipeline):
    records = pipeline.extract("Opposition supporters planned to march on parliament and block the main roads on "
                               "Friday, organisers said.", published=date(2024, 5, 7))
    assert records == []


# A casualty remark ("no casualties reported") is a clause of its own: it does not deny the attack it follows.
@pytest.mark.parametrize("text, event_type", [
    ("On 3 March 2021, suspected militants ambushed a police patrol near Dori, no casualties reported.", "Battles"),
    ("On 4 March 2021, unknown gunmen attacked and burned the market hall in Tamba, no casualties were reported.", None),
    ("Armed bandits raided a farm in Molo - DETAILS NOT SPECIFIED.", None),
    ("A district officer was abducted by gunmen on the Garissa road; the motive may have been ransom.",
     "Violence against civilians"),
    ("Nobody was hurt when the rebels attacked the police post in Gao on Sunday.", None),
])
def test_negation_or_modal_of_another_clause_does_not_hedge_the_event(pipeline, text, event_type):
    records = pipeline.extract(text, published=date(2021, 3, 10))
    assert len(records) == 1
    assert "no trigger" not in records[0].evidence_for("sub_event_type").rule  # found by a trigger word
    if event_type:
        assert records[0].event_type == event_type


@pytest.mark.parametrize("text", [
    "No attack took place in the town on Sunday, police said.",
    "The group denied carrying out the attack on the convoy.",
    "Officials denied that soldiers attacked the village.",
    "Rebels threatened to attack the town.",
    "The rebels did not attack the village, the army said.",
    "Police did not say how many people had been killed.",
    "No one was killed in Gao on Sunday.",
])
def test_denials_threats_and_negated_violence_have_no_trigger(pipeline, text):
    assert pipeline.detector.mentions(pipeline.nlp(text)) == []


@pytest.mark.parametrize("text, sub_event_type", [
    ("On 5 March 2021, militants entered the village of Sona and burned the school.", "Looting/property destruction"),
    ("On 6 March 2021, gunmen seized cattle from herders near Kaya.", "Looting/property destruction"),
    ("On 7 March 2021, a crowd burned to death a suspected thief in Porto-Novo.", "Mob violence"),
    ("Students went on the rampage at a college in Eldoret over exam fees.", "Violent demonstration"),
    ("The two communities signed a peace accord in Marsabit on Sunday.", "Agreement"),
])
def test_arson_livestock_theft_rampage_and_accords_are_triggers(pipeline, text, sub_event_type):
    records = pipeline.extract(text, published=date(2021, 3, 10))
    assert [r.sub_event_type for r in records] == [sub_event_type]
    assert "no trigger" not in records[0].evidence_for("sub_event_type").rule  # found by a trigger word


@pytest.mark.parametrize("body", [
    "A court in Lusaka on Tuesday acquitted the opposition leader of rape but sentenced him to two years in prison "
    "for insulting the president.",
    "Three men were charged on Monday with attacking a police station in Kisumu last month.",
    "The prosecutor on Tuesday indicted two officers for the torture of detainees in Bamenda.",
])
def test_what_a_court_or_prosecutor_charges_convicts_or_acquits_someone_of_is_no_new_event(pipeline, body):
    article = f"Court news\n\n{body}\n\nLawyers for the accused said they would appeal."
    assert pipeline.extract(article, published=date(2024, 3, 9)) == []


def test_an_arrest_before_the_charge_and_an_attack_after_a_verdict_stay_events(pipeline):
    arrest = pipeline.extract("Robbery suspects held\n\nPolice arrested three men and charged them with robbery in "
                              "Kisumu on Monday.\n\nThe men were held at the central police station.",
                              published=date(2024, 3, 9))
    assert [r.sub_event_type for r in arrest] == ["Arrests"]
    attack = pipeline.extract("Gunmen kill five in Konduga\n\nGunmen killed five people in Konduga on Sunday, a week "
                              "after a court convicted their leader of murder.\n\nResidents fled the town.",
                              published=date(2024, 3, 9))
    assert [(r.sub_event_type, r.fatalities) for r in attack] == [("Attack", 5)]
