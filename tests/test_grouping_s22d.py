"""Grouping, session 22 (news): a sentence whose only triggers are verbs of being hurt (not killed) in the passive,
with no doer and no place of its own ('A police spokeswoman said fourteen officers were injured overnight'), gives
the wounded of an event told, not a clash of its own dated by its word of time. My own sentences."""

from datetime import date

RIOT = """Youths clash with police in Port Harcourt over fuel prices

Hundreds of young men set up burning barricades and threw stones at police in Port Harcourt on Tuesday after the price of petrol doubled, witnesses said.

Police fired tear gas and live rounds to disperse the crowd near the Mile One market.

A police spokeswoman said fourteen officers were injured overnight.

The state government has called for calm.
"""

ATTACK = """Gunmen kill five in attack on village in Zamfara

Gunmen on motorcycles killed five villagers and abducted twelve others in an attack on Kurya village in Zamfara state on Friday, residents said.

Three soldiers were wounded by a roadside bomb near Gusau on Saturday, the army said.

Eight people were injured in the attack, the police spokesman said.
"""

PROTESTS = """Protesters and police clash in Dhaka over fare rise

Thousands of students blocked roads and hurled bricks at police in Dhaka on Sunday to protest against a rise in bus fares, witnesses said.

Police fired rubber bullets and tear gas to disperse them near the university campus.

In Chittagong, two students were wounded in a separate protest on Monday, a police officer said.
"""


def test_officers_injured_overnight_are_the_riots_wounded(pipeline):
    records = pipeline.extract(RIOT, published=date(2024, 3, 14))
    assert len(records) == 1, [(r.event_date, r.sub_event_type) for r in records]
    assert records[0].event_type == "Riots"
    assert records[0].event_date == date(2024, 3, 12)


def test_wounded_by_a_bomb_on_another_day_stay_an_event_of_their_own(pipeline):
    records = pipeline.extract(ATTACK, published=date(2024, 3, 12))
    assert sorted((r.event_date, r.event_type) for r in records) == [
        (date(2024, 3, 8), "Violence against civilians"), (date(2024, 3, 9), "Explosions/Remote violence")]


def test_wounded_at_another_place_stay_an_event_of_their_own(pipeline):
    records = pipeline.extract(PROTESTS, published=date(2024, 3, 12))
    assert len(records) == 2, [(r.event_date, r.location) for r in records]
    assert {r.location for r in records} == {"Dhaka", "Chittagong"}


EMERGENCY_LEAD = """Government declares state of emergency after riots in Tanga

The government declared a three-month state of emergency in Tanga region on Thursday after two days of rioting in which crowds burned the regional offices of the ruling party.

The state of emergency bans public gatherings and imposes a curfew from 8 p.m. to 6 a.m.

On Wednesday, hundreds of traders stoned police vehicles and burned tyres in Tanga town over a new market tax, witnesses said.
"""

CURFEW_ONLY = """Curfew imposed on Tanga after night of unrest

The authorities imposed a dusk-to-dawn curfew on Tanga on Thursday, the regional commissioner said.
"""


def test_a_state_of_emergency_answering_a_riot_told_is_no_event_of_its_own(pipeline):
    records = pipeline.extract(EMERGENCY_LEAD, published=date(2024, 3, 12))
    assert [(r.event_date, r.event_type) for r in records] == [(date(2024, 3, 6), "Riots")]


def test_a_curfew_told_alone_stays_an_event(pipeline):
    records = pipeline.extract(CURFEW_ONLY, published=date(2024, 3, 12))
    assert [r.sub_event_type for r in records] == ["Change to group/activity"]
