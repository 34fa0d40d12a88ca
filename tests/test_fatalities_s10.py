"""Fatality counts, session 10: breakdowns, lost subjects, split statements. My own example sentences."""

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.fatalities import FatalityCounter
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def counter():
    return FatalityCounter()


def run(counter, text, sub="Attack", etype="Violence against civilians", location=None):
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type=etype, sub_event_type=sub, location=location),
                       sentences=list(doc.sents))
    counter(Article(text=text, doc=doc), [draft])
    return draft.record


@pytest.mark.parametrize("text, expected", [
    # bare numbers after a named group that add up to its figure tell how its victims died
    ("On 3 June, soldiers killed 12 herders in the village of Wuro, 9 were killed by summary execution "
     "while 3 died from wounds sustained under torture.", 12),
    ("A mob killed 4 suspected robbers in Kawangware. 2 beat to death and 2 burnt with tyres.", 4),
    # numbers that do not add up to it are other victims
    ("Gunmen killed four farmers near Jos and 3 soldiers were killed in the fighting.", 7),
    # 'one of his companions' is one more victim, not how the first died
    ("Gunmen ambushed a militia convoy near Lodar, killing the commander of the unit and one of his bodyguards.", 2),
    ("A guard taken hostage is killed while the police kill one of the robbers.", 2),
    # a singular passive killing whose subject the parser loses in the names before it
    ("In Tillaberi, 20 km from Ayorou, Moussa Ibrahim Hamani, a local teacher, was killed by two gunshots "
     "and his brother was abducted.", 1),
    # what the doers did next, after 'before': the event's own killing, not the topic of 'demanded'
    ("Unknown men forced their way into the house of a journalist in Eldoret and demanded his laptop "
     "before shooting him dead.", 1),
])
def test_counts(counter, text, expected):
    assert run(counter, text).fatalities == expected


def test_a_toll_coded_across_events_is_shared(counter):
    text = ("On 4 and 5 March, clashes between two clans were reported in three wards of Moyale, which resulted "
            "in 4 deaths (coded across 4 events) and several injuries.")
    assert run(counter, text, sub="Armed clash", etype="Battles").fatalities == 1
