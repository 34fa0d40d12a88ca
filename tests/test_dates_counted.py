"""Days counted from the event told before them ('on the same day', 'a day later'), in their own
sentence or the next one, and lists of days told as one event per day. My own example articles."""

from datetime import date

import pytest

from newsevents import nlp
from newsevents.dates import DateResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord

PUB = date(2024, 2, 22)  # a Thursday


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


def date_of(resolver, text, anchor, trigger_word=None, published=PUB):
    """The event date of a draft anchored in sentence `anchor` (its index, or words it contains), its
    trigger the first word `trigger_word`."""
    doc = nlp.load()(text)
    sents = list(doc.sents)
    anchor = anchor if isinstance(anchor, int) else next(k for k, s in enumerate(sents) if anchor in s.text)
    trigger = next((t for t in sents[anchor] if t.text == trigger_word), None) if trigger_word else None
    draft = EventDraft(record=EventRecord(event_type="Battles", sub_event_type="Armed clash"),
                       sentences=[sents[anchor]], trigger=trigger)
    resolver(Article(text=text, published=published, doc=doc), [draft])
    return draft.record.event_date


NAIROBI_AND_NAKURU = (
    "Police fired tear gas at hundreds of protesters who marched through central Nairobi on Tuesday against "
    "new taxes, witnesses said. On the same day, traders in Nakuru blocked the main highway with burning tyres.")


def test_the_same_day_is_the_day_of_the_event_told_before(resolver):
    # the Nairobi march's day, though told in a clause about the protesters, not the publication date
    assert date_of(resolver, NAIROBI_AND_NAKURU, 1) == date(2024, 2, 20)


def test_history_told_before_is_not_the_day_counted_from(resolver):
    text = ("Crowds gathered in Ouagadougou for the victims who died in the uprising of 30 October 2022. "
            "On the same day, students marched in Bobo-Dioulasso.")
    assert date_of(resolver, text, 1) == PUB


ARREST_AND_AMBUSH = ("Soldiers arrested a cartel leader in Culiacan on 16 February, and a day later gunmen "
                     "ambushed an army patrol near Navolato, killing two soldiers, the defence ministry said.")


@pytest.mark.parametrize("text, trigger, expected", [
    (ARREST_AND_AMBUSH, "arrested", date(2024, 2, 16)),
    # the later event is the earlier one's day + 1, wherever the counted day sits in its clause
    (ARREST_AND_AMBUSH, "ambushed", date(2024, 2, 17)),
    ("Soldiers arrested a cartel leader in Culiacan on 16 February, and gunmen ambushed an army patrol "
     "near Navolato a day later.", "ambushed", date(2024, 2, 17)),
    ("Police detained twelve opposition supporters in Kampala on Monday, and a day after, youths rioted in "
     "Jinja.", "rioted", date(2024, 2, 20)),
    ("Police detained twelve opposition supporters in Kampala on Monday, and a day after, youths rioted in "
     "Jinja.", "detained", date(2024, 2, 19)),
])
def test_a_counted_day_dates_the_event_of_its_own_clause(resolver, text, trigger, expected):
    assert date_of(resolver, text, 0, trigger) == expected


def test_a_day_later_in_a_whole_article(pipeline):
    text = ("Cartel leader arrested in Sinaloa\n\n"
            "CULIACAN, Mexico - " + ARREST_AND_AMBUSH + "\n\n"
            "The arrested man was flown to Mexico City, the ministry said.")
    records = pipeline.extract(text, published=PUB)
    by_type = {r.sub_event_type: r.event_date for r in records}
    assert by_type.get("Armed clash") == date(2024, 2, 17)
    assert by_type.get("Arrests", date(2024, 2, 16)) == date(2024, 2, 16)


def drafts_of(resolver, text):
    """The drafts the resolver returns for one draft anchored in the first sentence."""
    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type="Protests", sub_event_type="Peaceful protest"),
                       sentences=[next(iter(doc.sents))])
    return resolver(Article(text=text, published=PUB, doc=doc), [draft])


@pytest.mark.parametrize("text, days", [
    ("Teachers staged sit-ins in Cotonou on February 19 and 20 over salary arrears.", [19, 20]),
    ("Health workers held sit-ins across the country on 5, 6 and 7 February over unpaid allowances.", [5, 6, 7]),
    ("Nurses marched in Parakou on February 12, 13 and 14, 2024.", [12, 13, 14]),
    ("The inspectors' union staged a sit-in in Ouagadougou on 12/02/2024 and 13/02/2024.", [12, 13]),
    ("Market traders staged a sit-in in Cotonou on February 9 and February 10 between 7-11am.", [9, 10]),
])
def test_a_list_of_days_is_one_event_per_day(resolver, text, days):
    drafts = drafts_of(resolver, text)
    assert [d.record.event_date for d in drafts] == [date(2024, 2, n) for n in days]
    assert all(d.record.time_precision == 1 and d.record.date_start == d.record.date_end for d in drafts)
    # the copies are events of their own: distinct ids, the same on a re-run
    ids = ids_of(drafts)
    assert len(set(ids)) == len(ids)
    assert ids_of(drafts_of(resolver, text)) == ids


def ids_of(drafts):
    for d in drafts:
        d.record.source.article_id = "art_test"
    return [d.record.assign_id() for d in drafts]


# the two ends of a range, and a day followed by a count of people
ONE_EVENT = ("Soldiers and rebels clashed between 12 and 13 February near Beni.",
             "Rebels held the town from 30 January and 2 February, residents said.",
             "Students protested in Dakar from 3 to 4 February.", "Students protested in Dakar on 3-4 February.",
             "Police said that on February 5 and 20 people were arrested in Kano.")


@pytest.mark.parametrize("text", ONE_EVENT)
def test_a_range_is_one_event(resolver, text):
    assert len(drafts_of(resolver, text)) == 1


def test_a_list_over_the_turn_of_a_month(resolver):
    drafts = drafts_of(resolver, "Herders and farmers clashed near Bokkos on 30 January and 1 February.")
    assert [d.record.event_date for d in drafts] == [date(2024, 1, 30), date(2024, 2, 1)]


def test_the_next_day_after_a_list_counts_from_its_last_day(resolver):
    text = "Militants attacked villages near Djibo on 10 and 11 February. The following day, soldiers clashed with them."
    assert date_of(resolver, text, 1) == date(2024, 2, 12)


def test_an_ordinary_event_keeps_its_id_whatever_its_day(resolver):
    record = EventRecord(event_type="Riots", sub_event_type="Mob violence", event_date=date(2024, 2, 1))
    record.source.article_id = "art_test"
    first = record.assign_id()
    record.event_date = date(2024, 2, 2)
    assert record.assign_id() == first


def test_a_list_of_days_in_a_whole_article(pipeline):
    text = ("Teachers stage sit-ins in Benin\n\n"
            "COTONOU - Teachers staged sit-ins in Cotonou and Porto-Novo on February 19 and 20 to demand the "
            "payment of salary arrears, the union said.")
    records = pipeline.extract(text, published=PUB)
    # ACLED codes one event per town and day: two towns on two days are four events
    assert sorted((r.location, r.event_date) for r in records) == [
        ("Cotonou", date(2024, 2, 19)), ("Cotonou", date(2024, 2, 20)),
        ("Porto-Novo", date(2024, 2, 19)), ("Porto-Novo", date(2024, 2, 20))]
    assert len({r.event_id for r in records}) == 4


def test_a_day_counted_back_in_the_sentence_is_what_led_to_the_event(resolver):
    text = ("On February 14, youths from Kpari clashed with villagers from Sombo over the destruction of "
            "their fields the day before.")
    assert date_of(resolver, text, 0, "clashed") == date(2024, 2, 14)


MOB_VIOLENCE = ("The riot came a day after a separate outbreak of mob violence in Alexandra, where a suspected "
                "thief was beaten to death by residents on Sunday night.")


@pytest.mark.parametrize("trigger, expected", [
    # the event named after 'a day after' keeps its own day; the main clause is the day after it
    ("violence", date(2024, 2, 18)),
    ("riot", date(2024, 2, 19)),
])
def test_a_day_after_an_event_named_with_its_own_day(resolver, trigger, expected):
    assert date_of(resolver, MOB_VIOLENCE, 0, trigger) == expected


@pytest.mark.parametrize("text, expected", [
    # a follow-up naming the act with 'the' tells its day
    ("Police in Kasese said on Wednesday that gunmen had shot dead a village chief and his son. The killings "
     "happened on Monday evening at the chief's home in Bwera, a police spokesman said.", date(2024, 2, 19)),
    # a victim's fate told again in the passive, inside what a source said
    ("An opposition party said on Wednesday that one of its officials had been beaten to death by youths of the "
     "ruling party. The party said its representative was attacked on Sunday night as he walked home.",
     date(2024, 2, 18)),
    # a day after the one it was said on tells something else: the event is on or before the day said
    ("The army said on Monday that militants had attacked a base in Diapaga. The attack on the base in "
     "Kantchari happened on Wednesday.", date(2024, 2, 19)),
])
def test_an_event_dated_only_when_said_takes_the_day_told_again(resolver, text, expected):
    assert date_of(resolver, text, 0) == expected
