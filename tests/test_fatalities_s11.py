"""Fatality counts, session 11: victims a statement tells, parsed as hanging on the statement noun. My own example
sentences."""

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.fatalities import FatalityCounter
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def counter():
    return FatalityCounter()


def run(counter, text, sub="Remote explosive/landmine/IED", etype="Explosions/Remote violence"):
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type=etype, sub_event_type=sub), sentences=list(doc.sents))
    counter(Article(text=text, doc=doc), [draft])
    return draft.record


@pytest.mark.parametrize("text, expected", [
    # the victims a communiqué tells are not the communiqué
    ("A patrol hit a mine near Gossi on Monday. The army general staff announced in a communiqué two soldiers "
     "killed and four wounded.", 2),
    ("A bus struck a landmine outside Kidal. The governor's office said in a statement three passengers killed "
     "and nine injured.", 3),
])
def test_victims_told_in_a_statement(counter, text, expected):
    assert run(counter, text).fatalities == expected
