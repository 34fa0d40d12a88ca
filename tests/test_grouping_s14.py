"""Grouping, session 14: a sentence that opens on a place in another country, after a phrase of its own ('Further
east, in Niger, ...'), and tells what a speaker it names did ('the army said it had repelled an attack') is a new
event, not a retelling of the one told before. My own example articles."""

from datetime import date

from newsevents import Pipeline
from newsevents.background import fronted_place

ACROSS_THE_BORDER = """Soldiers repel attacks on both sides of the border

Malian soldiers repelled an attack by jihadist fighters on a border post at Labbezanga on Saturday, killing four of the assailants, the army said. Two soldiers were wounded.

Further east, in Niger, the army said on Sunday that it had repelled an attack by gunmen near Ayorou, in the Tillaberi region. A military spokesman said three attackers were killed and the others fled towards the border.
"""


def test_a_place_fronted_after_an_opening_phrase_is_read():
    nlp = Pipeline().nlp
    sent = next(nlp("On the other side of the lake, in Uganda, police arrested six men on Friday.").sents)
    assert fronted_place(sent) == "uganda"


def test_an_opening_phrase_with_a_verb_fronts_no_place():
    nlp = Pipeline().nlp
    sent = next(nlp("When the rebels withdrew, in Uganda, police arrested six men on Friday.").sents)
    assert fronted_place(sent) is None


def test_an_attack_told_by_its_speaker_in_another_country_is_an_event_of_its_own():
    events = Pipeline().extract(ACROSS_THE_BORDER, published=date(2024, 3, 12))
    assert len(events) == 2
    assert sorted(e.fatalities for e in events) == [3, 4]
