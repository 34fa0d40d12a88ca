"""Grouping, session 21 (news): a casualty verb's past participle after people named as told before ('the three
students killed in Mutare', 'those wounded at the market') names the victims of an event told, like '22 wounded
people': a later sentence about them (their funeral, their names) tells no killing of its own. My own sentences."""

from datetime import date

FUNERAL = """Three students shot dead as police break up campus protest

Police shot dead three students on Tuesday when they opened fire on a protest against fee rises at the polytechnic in Mutare, the students' union said.

Officers fired live rounds and tear gas at several hundred students who had blocked the gate of the campus, witnesses said.

The burial of two of the students killed in Mutare will take place this afternoon in their home village, relatives said.
"""


def test_the_burial_of_the_students_killed_tells_no_new_killing(pipeline):
    records = pipeline.extract(FUNERAL, published=date(2023, 5, 11))
    assert records
    assert len(records) == 1, [(r.event_date, r.sub_event_type) for r in records]

