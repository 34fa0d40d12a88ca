"""News prose, session 27 (helper C): a relative clause telling the doers of the sentence's act coming together
('a crowd that had gathered on Tuesday evening ... threw stones') dates the event; an arrest noun with no article
or with 'a' under another noun ('the reason for an arrest', 'complaints of arbitrary arrest') names a kind of act,
not an arrest told. My own example articles and sentences."""

from datetime import date

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
