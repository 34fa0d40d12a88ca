"""Fatality counts, session 14: armed men are the attackers, a party's quoted vague toll, headline parts,
arrests over a killing, and deaths another event tells on another day. My own example sentences and articles."""

from datetime import date

import pytest

from conftest import fatality_record
from newsevents import Pipeline


def run(counter, text, etype="Battles", sub="Armed clash"):
    return fatality_record(counter, text, etype, sub)


def test_armed_men_killed_are_the_attackers_told_again(counter):
    text = ("Three armed men were killed on Monday in a shootout with police officers in Culiacan, the prosecutor's "
            "office said. According to the statement, the officers were on patrol when they were attacked from a "
            "van; three attackers died and two rifles were seized.")
    assert run(counter, text).fatalities == 3


def test_attackers_killed_after_men_they_killed_still_add(counter):
    text = "Gunmen stormed a bar in Celaya, killing four men. Two of the attackers were shot dead by police."
    assert run(counter, text, "Violence against civilians", "Attack").fatalities == 6


@pytest.mark.parametrize("text, expected", [
    # the party's own words, quoted, with no number: no toll for its enemies
    ('The army said its drone strikes had "neutralised several terrorists" and destroyed their motorbikes.', 0),
    ('The army said in a statement that three soldiers were killed and that "several terrorists were '
     'neutralised".', 3),
    # the same words told by the report: ACLED's figure for 'several'
    ("The soldiers repulsed the assault and killed several militants.", 3),
])
def test_a_quoted_vague_toll_of_the_enemy(counter, text, expected):
    assert run(counter, text).fatalities == expected


def test_a_mob_killing_stays_when_people_are_arrested_over_it(counter):
    text = ("On Friday evening, a mob beat to death a man they accused of stealing a motorbike near the bus park. "
            "Police said two people had been arrested over the killing.")
    assert run(counter, text, "Riots", "Mob violence").fatalities == 1


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def tolls_by_place(pipeline, text, published):
    return {e.location: e.fatalities for e in pipeline.extract(text, published=published)}


def test_a_headline_part_sharing_most_words_gives_the_toll(counter):
    from newsevents import nlp
    from newsevents.document import Article, EventDraft
    from newsevents.schema import EventRecord

    headline = "Three police officers killed by landmine in Lamu; protester shot dead in Garissa"
    text = (headline + "\n\nIn the town of Garissa, police opened fire on Wednesday on protesters who had gathered "
            "outside the county offices. A young man was killed and two were wounded, a nurse said.")
    doc = nlp.load()(text)
    sents = list(doc.sents)
    anchor = next(s for s in sents if s.text.startswith("In the town"))
    toll = next(s for s in sents if s.text.startswith("A young man"))
    draft = EventDraft(record=EventRecord(event_type="Protests", sub_event_type="Excessive force against protesters"),
                       sentences=[anchor, sents[0], toll])
    counter(Article(text=text, doc=doc, body_start=len(headline) + 2), [draft])
    assert draft.record.fatalities == 1


def test_a_death_another_event_tells_on_another_day_is_not_that_one(pipeline):
    text = ("Gunmen abduct 15 farmers in Kauru raid, one shot dead\n\n"
            "Gunmen abducted fifteen farmers from their fields near the village of Kauru on Sunday, residents said. "
            "A farmer who tried to flee was shot dead, a resident said.\n\n"
            "On Wednesday afternoon, a mob beat to death a man they accused of stealing a motorbike in Zaria. "
            "Police said two people had been arrested over the killing.")
    tolls = tolls_by_place(pipeline, text, date(2024, 6, 14))
    assert tolls.get("Kauru") == 1 and tolls.get("Zaria") == 1
