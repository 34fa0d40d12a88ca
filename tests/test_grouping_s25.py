"""Grouping, session 25: a protest where the police killed someone stays one met with excessive force when a later
sentence tells the police dispersing the crowd. My own example articles."""

from datetime import date

KILLED_THEN_DISPERSED = """Student killed in Diyarbakir protest

By Staff Reporter

ANKARA, May 10 -

A Kurdish student was shot dead by Turkish police during protests in Diyarbakir on Thursday, officials said.

Police dispersed a crowd of several hundred people near the university, his family said.

The government said it would continue operations against the group.
"""

DISPERSED_ONLY = """Police break up Diyarbakir protest

By Staff Reporter

ANKARA, May 10 -

Hundreds of Kurdish students protested in Diyarbakir on Thursday against the arrest of their union's leader.

Police dispersed the crowd near the university with tear gas, witnesses said.
"""


def test_dispersal_told_after_a_killing_at_a_protest_is_part_of_the_excessive_force(pipeline):
    events = pipeline.extract(KILLED_THEN_DISPERSED, published=date(2024, 5, 10))
    assert [(e.sub_event_type, e.fatalities, e.event_date) for e in events] == [
        ("Excessive force against protesters", 1, date(2024, 5, 9))]


def test_dispersal_without_force_stays_a_protest_with_intervention(pipeline):
    events = pipeline.extract(DISPERSED_ONLY, published=date(2024, 5, 10))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Protest with intervention", 0)]


KILLING_AS_CAUSE_THEN_DISPERSED = """Garissa residents protest insecurity

By Staff Reporter

GARISSA, May 10 -

Hundreds of residents marched through Garissa town on Thursday to protest against insecurity after two teachers were shot dead by gunmen who stopped a bus near Dadaab on Sunday.

Police fired tear gas to disperse the protesters outside the county offices, witnesses said.
"""


def test_killing_by_gunmen_told_as_the_cause_of_a_protest_is_not_force_used_on_it(pipeline):
    events = pipeline.extract(KILLING_AS_CAUSE_THEN_DISPERSED, published=date(2024, 5, 10))
    protests = [e for e in events if e.event_type == "Protests"]
    assert [(e.sub_event_type, e.fatalities, e.event_date) for e in protests] == [
        ("Protest with intervention", 0, date(2024, 5, 9))]
