"""News prose, session 27 (helper C): a relative clause telling the doers of the sentence's act coming together
('a crowd that had gathered on Tuesday evening ... threw stones') dates the event; an arrest noun with no article
or with 'a' under another noun ('the reason for an arrest', 'complaints of arbitrary arrest') names a kind of act,
not an arrest told. My own example articles and sentences."""

from datetime import date

import pytest
from conftest import fatality_record

from newsevents.ingest import read_bytes

CROWD_GATHERED = """Riot in Nakuru after stabbing

NAKURU, Kenya - A crowd that had gathered on Tuesday evening near the scene of the stabbing threw stones at police officers and set a patrol car on fire, police said on Thursday.

Police fired tear gas to disperse them.
"""

TEACHERS_ASSEMBLED = """Protesters block highway in Oaxaca

OAXACA, Mexico - Teachers who had assembled outside the governor's office on Monday morning blocked the main highway into the city for six hours, police said on Wednesday.
"""

DECREE_EXTENDED = """Rights groups fault emergency decree

SAN SALVADOR - The emergency decree approved by parliament on 12 March, which removes the right to be told the reason for an arrest, was extended for another month on Tuesday.
"""

COMPLAINTS_FILED = """Lawyers file complaints in San Salvador

SAN SALVADOR - Lawyers for the families said on Wednesday they had filed more than 200 complaints of arbitrary arrest with the human rights ombudsman since the start of the year.
"""

LEADER_DETAINED = """Opposition leader detained in Harare

HARARE - Police detained opposition leader John Moyo at his home in Harare on Tuesday, his lawyer said, the third arrest of a party leader this month.
"""

PUBLISHED = date(2024, 5, 10)  # a Friday


def _records(pipeline, text, published=PUBLISHED):
    return pipeline.process_one(read_bytes(text.encode(), "probe", published=published))[1]


def test_the_day_the_rioting_crowd_gathered_dates_the_riot(pipeline):
    records = _records(pipeline, CROWD_GATHERED)
    assert [(r.event_type, r.event_date) for r in records] == [("Riots", date(2024, 5, 7))]


def test_the_day_the_protesters_assembled_dates_their_blockade(pipeline):
    records = _records(pipeline, TEACHERS_ASSEMBLED)
    assert [(r.event_type, r.event_date) for r in records] == [("Protests", date(2024, 5, 6))]


def test_a_relative_clause_on_a_victim_still_dates_nothing(pipeline):
    # the gathering verb is the victims', not the doers': their clause stays background
    text = """Gunmen kill worshippers in Kaduna

KADUNA - Gunmen opened fire on worshippers who had gathered for prayers on Sunday, killing four, police said on Wednesday.
"""
    assert [r.event_date for r in _records(pipeline, text)] != [date(2024, 5, 5)]


def test_a_right_to_know_the_reason_for_an_arrest_is_no_arrest(pipeline):
    assert _records(pipeline, DECREE_EXTENDED) == []


def test_complaints_of_arbitrary_arrest_are_no_arrest(pipeline):
    assert _records(pipeline, COMPLAINTS_FILED) == []


def test_an_arrest_made_is_still_told(pipeline):
    records = _records(pipeline, LEADER_DETAINED)
    assert [(r.sub_event_type, r.event_date) for r in records] == [("Arrests", date(2024, 5, 7))]
    for text in ("Protests broke out in the city after the arrest of the mayor on Monday.",
                 "Police confirmed the arrest of two suspects in the town on Sunday."):
        assert "Arrests" in [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))], text


BASE_OVERRUN = """Militants overrun army base in central Somalia

MOGADISHU - Al Shabaab fighters overran an army base in the town of Elbur on Sunday, killing at least nine soldiers, military officials said.

The militants attacked the base at dawn with two car bombs followed by dozens of fighters, a soldier told reporters. The troops withdrew towards the nearby town of Dhusamareb after several hours of fighting.
"""


def test_the_weapons_an_attack_told_again_was_made_with_are_no_event_of_their_own(pipeline):
    # 'two car bombs' is new to the report, but only says how the attack on 'the base' (told in the lead) was made
    records = _records(pipeline, BASE_OVERRUN)
    assert [(r.event_type, r.location) for r in records] == [("Battles", "Elbur")]


def test_a_bombing_told_afresh_by_new_doers_is_still_its_own_event(pipeline):
    text = BASE_OVERRUN + "\nIn a separate attack on Tuesday, gunmen attacked a police station in Beledweyne with a grenade, wounding two officers.\n"
    locations = [r.location for r in _records(pipeline, text)]
    assert locations[0] == "Elbur" and "Beledweyne" in locations and "Dhusamareb" not in locations


@pytest.mark.parametrize("text, expected", [
    # a party's figure that the report says the other side rejected or disputed is no toll, whatever the noun for it
    ("The troops withdrew towards the town of Dhusamareb after several hours of fighting, residents said. The group "
     "said on its radio that it had killed 60 soldiers, a figure the army disputed.", 0),
    ('The militants attacked the base at dawn with two car bombs, a soldier said. The troops withdrew towards the town '
     'of Dhusamareb after several hours of fighting, residents said. The group said in a statement on its radio that '
     'it had killed 60 soldiers, a figure the government rejected as "propaganda".', 0),
    ("Militants overran an army base near Elbur on Sunday, killing at least nine soldiers, officials said. The group "
     "said on its radio that it had killed 60 soldiers, a figure the army disputed.", 9),
])
def test_a_toll_the_other_side_disputes_is_no_toll(counter, text, expected):
    record = fatality_record(counter, text, "Battles", "Non-state actor overtakes territory")
    assert record.fatalities == expected


def test_the_crowd_a_statement_blames_is_no_riot(pipeline):
    text = ('Officials in the provincial capital on Wednesday blamed "troublemakers and rioters" for the deaths of two '
            'men, while rights groups said police had fired on crowds.')
    roles = [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]
    assert "riot_cue" not in roles
    text = "Rioters threw stones at police in the provincial capital on Wednesday."
    assert "riot_cue" in [m.role for m in pipeline.detector.mentions(pipeline.nlp(text))]


WEEKLY_ROUNDUP = """THE WEEK IN EL SALVADOR: arrests continue under emergency rule

Our weekly round-up. Saturday 11 May 2024

EMERGENCY RULE

The state of emergency approved by parliament on 12 March, which extends the period of detention without charge to 15 days, entered its ninth week. The government says more than 8,000 suspected gang members have been detained so far.

ILOPANGO

On Monday, soldiers detained 40 young men in the town of Ilopango, police said.
"""


def test_a_lead_counting_arrests_so_far_tells_no_arrest_of_its_own(pipeline):
    records = _records(pipeline, WEEKLY_ROUNDUP, published=date(2024, 5, 11))
    assert [(r.sub_event_type, r.event_date) for r in records] == [("Arrests", date(2024, 5, 6))]


MARCH_THEN_RIOT = """Teachers march in Valparaiso; riot erupts after dark

VALPARAISO, Chile - Tens of thousands of teachers marched through Valparaiso on Thursday in a largely peaceful protest against pension cuts, police said.

That evening the mood changed. Groups of masked youths set up burning barricades near the port and threw stones and petrol bombs at police for several hours. Police responded with water cannon and tear gas.
"""

MARCHERS_TURN_VIOLENT = """Teachers march in Valparaiso; stones thrown

VALPARAISO, Chile - Tens of thousands of teachers marched through Valparaiso on Thursday against pension cuts, police said.

Some of the marchers threw stones at police outside the regional parliament, and officers responded with water cannon.
"""


def test_a_riot_told_afresh_later_that_day_is_not_the_peaceful_march_before_it(pipeline):
    records = _records(pipeline, MARCH_THEN_RIOT)
    assert sorted((r.sub_event_type, r.event_date) for r in records) == [
        ("Peaceful protest", date(2024, 5, 9)), ("Violent demonstration", date(2024, 5, 9))]


def test_marchers_who_turn_violent_are_still_one_event(pipeline):
    records = _records(pipeline, MARCHERS_TURN_VIOLENT)
    assert [r.sub_event_type for r in records] == ["Violent demonstration"]
