"""A hedge verb governs what it governs, not the next action joined to it by 'and'."""

from datetime import date


def test_second_action_after_a_hedge_verb_is_an_event(pipeline):
    records = pipeline.extract("Gunmen stopped two buses on the Lokoja-Abuja highway on Monday night and abducted at "
                               "least 20 passengers, police in Kogi state said on Tuesday.", published=date(2024, 5, 7))
    assert [r.sub_event_type for r in records] == ["Abduction/forced disappearance"]


def test_what_is_only_planned_stays_hedged(pipeline):
    records = pipeline.extract("Opposition supporters planned to march on parliament and block the main roads on "
                               "Friday, organisers said.", published=date(2024, 5, 7))
    assert records == []
