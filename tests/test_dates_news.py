"""Dates as news articles write them: days counted from the day reported before ('A day earlier'),
weekdays, the lead paragraph under a headline, a main clause's date before one of what led to the
event, history, and dates that are no event's day (a date inside a name, the day a claim was made).
My own example articles."""

from datetime import date

import pytest

from newsevents import nlp
from newsevents.dates import DateResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


PUB = date(2024, 4, 12)  # a Friday


def date_of(resolver, text, anchor, published=PUB, follow_ups=()):
    """The event date of a draft anchored in the sentence at index `anchor` (with follow-up sentences)."""
    doc = nlp.load()(text)
    sents = list(doc.sents)
    draft = EventDraft(record=EventRecord(event_type="Battles", sub_event_type="Armed clash"),
                       sentences=[sents[anchor]] + [sents[i] for i in follow_ups])
    resolver(Article(text=text, published=published, doc=doc), [draft])
    return draft.record.event_date


TWO_ATTACKS = ("Rebels ambushed a army convoy near Kalehe on Tuesday, killing six soldiers, the army said. "
               "A day earlier, the same group had raided a health centre in Minova.")


def test_a_day_earlier_counts_from_the_event_before_it(resolver):
    assert date_of(resolver, TWO_ATTACKS, 0) == date(2024, 4, 9)
    assert date_of(resolver, TWO_ATTACKS, 1) == date(2024, 4, 8)


@pytest.mark.parametrize("phrase, expected", [
    ("The previous day", date(2024, 4, 6)),
    ("The following day", date(2024, 4, 8)),
    ("That night", date(2024, 4, 7)),
    ("Two days earlier", date(2024, 4, 5)),
    ("Three days later", date(2024, 4, 10)),
])
def test_narrative_days_from_a_stated_day(resolver, phrase, expected):
    text = f"On 7 April, gunmen burned a market in Mopti. {phrase}, soldiers clashed with militants near Djenne."
    assert date_of(resolver, text, 1) == expected


def test_a_narrative_day_never_passes_publication(resolver):
    text = "Militants shelled the camp on Thursday. The next day, residents fled to the town of Sake."
    assert date_of(resolver, text, 1) == PUB


@pytest.mark.parametrize("text, expected", [
    # without an earlier stated day a narrative phrase counts from publication
    ("The previous day, police dispersed a march in Lome.", date(2024, 4, 11)),
    # the day of the event reported before it, not the day of the report
    ("Gunmen killed three farmers in Benue on Sunday, police said on Wednesday. "
     "A day earlier, herders had attacked a village nearby.", date(2024, 4, 6)),
])
def test_narrative_phrase_in_the_last_sentence(resolver, text, expected):
    doc = nlp.load()(text)
    assert date_of(resolver, text, len(list(doc.sents)) - 1) == expected


@pytest.mark.parametrize("text, expected", [
    # 'the night before returning' counts from no earlier day: the event is on or before the report
    ("Soldiers fired into the air the night before returning to barracks, residents said on Wednesday.",
     date(2024, 4, 10)),
    ("Gunmen killed five villagers in an attack on Sokolo on Sunday, local officials said on Wednesday.",
     date(2024, 4, 7)),
    # the main clause's date goes before the date of what led to the event ...
    ("Youths burned cars in Vaulx-en-Velin overnight after a teenager died in a police chase on Tuesday evening.",
     date(2024, 4, 11)),
    # ... which is kept when it is the only one
    ("Five soldiers were killed after militants attacked their post near Fada on Tuesday.", date(2024, 4, 9)),
    # an abbreviated month written without a space
    ("Rebels attacked the town hall of Diguel in the early morning of Apr.3.", date(2024, 4, 3)),
    # a date over a year old is history: no date stated
    ("Thousands marched in Fada in tribute to the victims of the uprising of 30 October 2022.", PUB),
    # what the victims were doing when the event befell them is at its time
    ("Gunmen abducted six women who were fetching water near Kaya on Sunday, residents said on Wednesday.",
     date(2024, 4, 7)),
])
def test_one_sentence(resolver, text, expected):
    assert date_of(resolver, text, 0) == expected


@pytest.mark.parametrize("text, expected", [
    # the publication day itself is the latest such day
    ("Protesters blocked the ring road in Dakar on Friday.", PUB),
    ("Protesters blocked the ring road in Dakar last Friday.", date(2024, 4, 5)),
    ("Protesters blocked the ring road in Dakar last Tuesday.", date(2024, 4, 9)),
    # a weekday the entity recogniser folds into a place name
    ("Traders marched at Soko Mjinga Thursday morning over new levies.", date(2024, 4, 11)),
])
def test_weekdays(resolver, text, expected):
    assert date_of(resolver, text, 0) == expected


def test_an_undated_headline_event_takes_the_lead_paragraph_day(resolver):
    text = ("Gunmen kill five in attack on village in central Mali\n\n"
            "Gunmen killed five villagers in an attack on Sokolo in central Mali on Sunday, officials said.\n\n"
            "The attackers arrived on motorcycles.")
    assert date_of(resolver, text, 0, follow_ups=(2,)) == date(2024, 4, 7)


def test_a_narrative_day_counts_from_an_approximate_day(resolver):
    text = ("Around 8 April 2024 (as reported), IS claimed burning houses of Taliban members in Kunar. "
            "A checkpoint nearby came under fire on the same day.")
    assert date_of(resolver, text, 1) == date(2024, 4, 8)


def test_a_relative_word_the_recogniser_missed_yields_to_a_later_stated_day(resolver):
    text = ("Youths burned tyres in the streets of Kaya overnight, firing into the air. "
            "In the early hours of 9 April 2024 they also looted shops.")
    assert date_of(resolver, text, 0, follow_ups=(1,)) == date(2024, 4, 9)


def test_a_day_in_a_follow_up_sentence_beats_a_vague_period(resolver):
    text = ("Two herders were shot dead near Rhamu. The attack is linked to clashes between two clans since "
            "January. It occurred on or before 2 April.")
    assert date_of(resolver, text, 0, follow_ups=(1, 2)) == date(2024, 4, 2)


def test_an_earlier_day_in_a_later_sentence_yields_to_the_opening_day(resolver):
    text = ("On 10 April 2024, dock workers blocked the port gates in Mombasa for the third day. "
            "They went on strike on 8 April after talks failed.")
    assert date_of(resolver, text, 1, follow_ups=(0,)) == date(2024, 4, 10)
    # a later day is the later sentence's own event
    text = "On 8 April 2024, dock workers went on strike in Mombasa. On 10 April, they blocked the port gates."
    assert date_of(resolver, text, 1, follow_ups=(0,)) == date(2024, 4, 10)
    # an opening sentence that is another event's anchor leaves the later event its own earlier day
    text = "On 5 April 2024, gunmen killed three traders in Beni. On 3 April, militias had attacked a camp in Djugu."
    assert date_of(resolver, text, 1) == date(2024, 4, 3)


# ---- dates that are no event's day: a date inside a name, the day of a claim or announcement

@pytest.mark.parametrize("name", ["the April 6 Youth Movement", "the 26 July Movement", "the 14 March Alliance",
                                  "the 17 February Martyrs Brigade"])
def test_a_date_in_a_name_is_no_date(resolver, name):
    # Wednesday, whatever day the name holds
    assert date_of(resolver, f"Fighters of {name} ambushed a patrol near Bayamo on Wednesday.", 0) == date(2024, 4, 10)


def test_a_movement_named_by_a_date_gives_no_day(resolver):
    # only the day it was said: the event is on or before it, never on the day of the name
    text = "The March 23 Movement said on Wednesday its fighters had seized the town of Kitagoma."
    assert date_of(resolver, text, 0) == date(2024, 4, 10)


def test_a_date_before_a_stop_is_still_a_date(resolver):
    text = "31 March. The Union of secondary teachers held a sit-in outside the ministry in Lome."
    assert date_of(resolver, text, 1) == date(2024, 3, 31)


def test_a_day_later_counts_from_the_attack_not_from_its_claim(resolver):
    text = ("Three soldiers were killed when gunmen stormed a checkpoint near Fada on Saturday, the army said. "
            "A statement issued on Sunday said the attackers had fled towards the border. "
            "The group claimed the raid on Sunday in a message on social media. "
            "A day later, a roadside bomb killed two traders near Kantchari.")
    assert date_of(resolver, text, 3) == date(2024, 4, 7)


@pytest.mark.parametrize("text, anchor, expected", [
    # with no act dated before it, 'a day later' counts from the day of the claim
    ("The group claimed on Sunday that it had shot down a drone near Kidal. "
     "A day later, its fighters ambushed a convoy near Tessalit.", 1, date(2024, 4, 8)),
    # a clause on the subject naming the event tells its day
    ("The attack, which took place on Monday, killed five soldiers near Djibo, the army said.", 0, date(2024, 4, 8)),
    ("The army said on Friday its troops had killed 12 militants in an operation that began on Wednesday near "
     "Tessalit.", 0, date(2024, 4, 10)),
    # a clause on a place ('where ...') tells what happened there, at its own day
    ("At least 40 people have been killed this year in Zamfara state, where gunmen shot dead three "
     "farmers in Maru on Tuesday.", 0, date(2024, 4, 9)),
])
def test_days_of_claims_and_places(resolver, text, anchor, expected):
    assert date_of(resolver, text, anchor) == expected
