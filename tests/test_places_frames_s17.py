"""Session 17: a town framed by the units around it — the town named before its township or district is the
place, not the unit's seat. Example sentences written for these tests."""

from __future__ import annotations

import pytest

from newsevents import nlp
from newsevents.document import Article, EventDraft
from newsevents.places import PlaceResolver
from newsevents.schema import EventRecord
from test_places import near, place


@pytest.fixture(scope="module")
def resolver():
    return PlaceResolver()


# ---- 'X town, Y township (Y district, Region)' ------------------------------------------------------
def test_the_town_named_before_its_township_is_the_place(resolver):
    r = place(resolver, "Resistance fighters ambushed a junta convoy near Kyaw town, Gangaw township (Gangaw district, "
                        "Magway region) on Tuesday, killing five soldiers.")
    assert r.location == "Kyaw" and r.admin1 == "Magway"
    assert near(r, 21.93, 94.36)


def test_the_township_stays_when_the_town_before_it_lies_far_away(resolver):
    # the Myanmar Kyaw lies far from Hpakant township: the name before the comma is not a town of it
    r = place(resolver, "Soldiers clashed with KIA fighters near Kyaw town, Hpakant township (Mohnyin district, "
                        "Kachin state) on Friday.")
    assert r.admin1 == "Kachin"


# ---- 'in the town': the town named just before -------------------------------------------------------
def test_the_town_the_event_sentence_refers_back_to(resolver):
    text = ("Ceasefire talks collapse as rebels take Lashio, shell Kutkai\n\n"
            "Rebel fighters in northern Shan State said on Sunday they had surrounded the town of Kyaukme after "
            "days of heavy fighting.\n\n"
            "The group said its fighters overran the last army base in the town on Saturday night. Thousands of "
            "residents fled to Mandalay and Lashio, aid workers said.")
    doc = nlp.load()(text)
    sents = list(doc.sents)
    event = next(k for k, s in enumerate(sents) if "overran" in s.text)
    draft = EventDraft(record=EventRecord(event_type="Battles"), sentences=[sents[event]])
    resolver(Article(text=text, doc=doc), [draft])
    assert draft.record.location == "Kyaukme"
