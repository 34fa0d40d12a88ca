"""Places, session 25: an event told in a clause of its own that names only a foreign country is placed in that
country, not at the town the other clause of its sentence names. My own example articles."""

from datetime import date

STRIKE_ABROAD_BESIDE_PROTEST_AT_HOME = """Student killed in Diyarbakir

By Staff Reporter

ANKARA, May 10 -

A Kurdish student was shot dead by Turkish police during protests in Diyarbakir on Thursday, and Turkish jets bombed a PKK camp in northern Iraq early on Friday, officials said.

The government said it would continue operations against the group.
"""

BOTH_AT_HOME = """Student killed in Diyarbakir

By Staff Reporter

ANKARA, May 10 -

A Kurdish student was shot dead by Turkish police during protests in Diyarbakir on Thursday, and Turkish jets bombed PKK hideouts in the mountains of Turkey on Friday, officials said.

The government said it would continue operations against the group.
"""


def _by_type(events):
    return {e.event_type: e for e in events}


def test_strike_in_a_clause_naming_a_foreign_country_is_placed_in_that_country(pipeline):
    events = _by_type(pipeline.extract(STRIKE_ABROAD_BESIDE_PROTEST_AT_HOME, published=date(2024, 5, 10)))
    strike, protest = events["Explosions/Remote violence"], events["Protests"]
    assert (strike.country, strike.geo_precision, strike.event_date) == ("Iraq", 3, date(2024, 5, 10))
    assert (protest.country, protest.location) == ("Turkey", "Diyarbakır")


def test_a_clause_naming_the_home_country_keeps_the_town_of_the_sentence(pipeline):
    events = _by_type(pipeline.extract(BOTH_AT_HOME, published=date(2024, 5, 10)))
    assert events["Explosions/Remote violence"].country == "Turkey"
