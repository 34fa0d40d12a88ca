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


RALLY_OF_PEOPLE_WITH_TIES_ABROAD = (
    "On 5 March 2022, about forty demonstrators with family ties to Ukraine, Moldova, and Georgia rallied along Main "
    "Street in Dayton (Ohio) in a pro-Ukraine rally against the Russian invasion of Ukraine. [size=about forty]")


def test_a_country_the_clause_names_only_as_ties_abroad_is_not_where_the_event_was(pipeline):
    events = pipeline.extract(RALLY_OF_PEOPLE_WITH_TIES_ABROAD, published=date(2022, 3, 8))
    assert [(e.country, e.location, e.actor1) for e in events] == [
        ("United States", "Dayton", "Protesters (United States)")]
