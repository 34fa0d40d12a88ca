"""Detection, session 21 (news): police who 'charged a crowd' of protesters in a town of its own tell force used on
a protest there, an event of its own, not a charge sheet that hedges the crowd and the beating. My own sentences."""

from datetime import date

TWO_TOWNS = """Protests over bread prices spread to the north

Thousands of people marched through Lubango on Saturday to protest against the rising price of bread, chanting slogans against the governor.

In Huambo, on Saturday evening, riot police and men in plain clothes armed with clubs charged a crowd of about three hundred protesters outside the provincial market, beating people and loading dozens onto lorries.
"""


def test_a_crowd_charged_in_another_town_is_a_protest_of_its_own(pipeline):
    records = pipeline.extract(TWO_TOWNS, published=date(2023, 7, 16))
    huambo = [r for r in records if r.location == "Huambo"]
    assert huambo and huambo[0].event_type == "Protests"
    assert huambo[0].sub_event_type in ("Protest with intervention", "Excessive force against protesters")
