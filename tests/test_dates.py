"""Event dates resolved against the publication date, on my own example sentences."""

from datetime import date

import pytest

from newsevents import nlp
from newsevents.dates import DateResolver
from newsevents.document import Article, EventDraft
from newsevents.schema import EventRecord


@pytest.fixture(scope="module")
def resolver():
    return DateResolver()


def run(resolver, text, published, n_sentences=None, order=None):
    """The draft's sentences are the first `n_sentences`, or those at the indices `order` (anchor first)."""
    doc = nlp.load()(text)
    sents = list(doc.sents)
    sents = [sents[i] for i in order] if order is not None else sents[:n_sentences]
    draft = EventDraft(record=EventRecord(event_type="Battles", sub_event_type="Armed clash"), sentences=sents)
    resolver(Article(text=text, published=published, doc=doc), [draft])
    r = draft.record
    return r.event_date, r.date_start, r.date_end, r.time_precision


PUB = date(2023, 3, 15)  # a Wednesday


@pytest.mark.parametrize("text, expected_date, precision", [
    ("On 3 January 2023, soldiers clashed with rebels in Bunia, Ituri.", date(2023, 1, 3), 1),
    ("Fighting broke out on March 9 between two clans near Baidoa.", date(2023, 3, 9), 1),
    # a month-and-day later in the year than publication belongs to the previous year
    ("Militants attacked the base on 28 December, residents said.", date(2022, 12, 28), 1),
    ("Gunmen killed two farmers in Plateau state yesterday.", date(2023, 3, 14), 1),
    # weekdays: the most recent one on or before publication
    ("Police fired tear gas at marchers in Lima on Sunday.", date(2023, 3, 12), 1),
    ("Protesters blocked the main road in Dhaka on Wednesday.", date(2023, 3, 15), 1),
    # a week known only as such: its Wednesday, as ACLED dates 'Around D (week of)'
    ("An airstrike hit a market in Idlib last week.", date(2023, 3, 8), 2),
    # ACLED's qualifiers
    ("Around 2 March 2023 (as reported), a trader was killed in Goma.", date(2023, 3, 2), 2),
    # day/month written with a slash, day first, as ACLED's notes do
    ("Traders in Eldoret staged a sit-in on 02/03 over new market levies.", date(2023, 3, 2), 1),
    ("Herders clashed with farmers near Marsabit on the night of 27/12.", date(2022, 12, 27), 1),
    ("Riot police dispersed a crowd outside the county offices on 06/02/2023.", date(2023, 2, 6), 1),
    # a bare date heading the note dates the event, even over a range stated later
    ("09 March. Fighting between two clans took place on 8 and 9 March near Wajir.", date(2023, 3, 9), 1),
    ("11 February: Youths burned tyres in Kisii to protest power cuts.", date(2023, 2, 11), 1),
    # the middle of a month: ACLED's 15th within a week
    ("In mid-February, gunmen attacked a police post in Kapenguria.", date(2023, 2, 15), 2),
    ("Around mid-January 2023, bandits raided cattle camps near Lodwar.", date(2023, 1, 15), 2),
    # a range running at publication began this year; a bracketed range only qualifies the date before it
    ("Riots broke out in Kisumu between 12-16 March over fuel prices.", date(2023, 3, 12), 2),
    ("Around 1 March 2023 (between 20 February - 9 March), troops raided camps near Gulu.", date(2023, 3, 1), 3),
    # a date of something only mentioned (a relative clause, a name) does not date the event
    ("Youths in Kisii protested over the death of a trader which occurred on 02/03. On 6 March 2023, they blocked roads.", date(2023, 3, 6), 1),
    ("On 7 March 2023, voters in Bomet rallied against the 9 August polls results.", date(2023, 3, 7), 1),
    # a clock time or a duration names no day
    ("On 4 March 2023, a 20 minutes gun battle broke out in Beni. Shooting resumed at 9 p.m.", date(2023, 3, 4), 1),
    # a month still to come is what the event is about, not when it happened
    ("Students marched in Cotonou to demand a fair vote in June 2023.", PUB, 2),
    # an earlier year alone dates history the report recalls, not the event
    ("Hundreds marched in Koudougou over the 2015 killing of a student.", PUB, 2),
    # a bracketed day names the day a relative word stands for
    ("Pirates boarded a tanker off Lome yesterday (12 March), the navy said.", date(2023, 3, 12), 1),
    # a day stated a year after publication whose date a year earlier is recent: a mistyped year
    ("On 10 March 2024, gunmen ambushed a convoy near Djibo.", date(2023, 3, 10), 1),
    # a comma written without its space does not hide the date
    ("On 9 March 2023,police and traders clashed in Kisumu.", date(2023, 3, 9), 1),
])
def test_single_dates(resolver, text, expected_date, precision):
    event_date, start, end, prec = run(resolver, text, PUB)
    assert (event_date, prec) == (expected_date, precision)
    assert start <= event_date <= end <= PUB


def test_range_gives_first_day_and_bounds(resolver):
    got = run(resolver, "Bandits raided three villages in Katsina between 22 and 24 February.", PUB)
    assert got == (date(2023, 2, 22), date(2023, 2, 22), date(2023, 2, 24), 2)


def test_last_month_is_the_previous_month_at_month_precision(resolver):
    event_date, start, end, prec = run(resolver, "A suicide bomber struck a mosque in Peshawar last month.", PUB)
    assert (start, end, prec) == (date(2023, 2, 1), date(2023, 2, 28), 3)
    assert event_date.month == 2


def test_days_after_a_dated_event(resolver):
    event_date, start, end, prec = run(
        resolver, "Days after the 2 March election, supporters of the losing candidate rioted in Lagos.", PUB)
    assert start == date(2023, 3, 2) and prec == 2 and start < event_date <= end <= PUB


def test_reporting_date_does_not_govern_embedded_event(resolver):
    text = ("On 14 March, the army confirmed that its troops killed a rebel commander near Beni. "
            "Local reports from 10 March said the commander had been shot dead in an ambush.")
    event_date, start, end, prec = run(resolver, text, PUB)
    assert event_date == date(2023, 3, 10) and prec == 2


def test_a_day_right_after_a_reporting_verb_is_when_it_was_said(resolver):
    # the parser hangs 'on Monday' on the reported clause; it is still the statement's day
    text = ("The rebel alliance, a coalition of ethnic armed groups in the north, said on Monday it had captured "
            "the town of Laukkai after driving out government troops on Saturday.")
    assert run(resolver, text, PUB)[0] == date(2023, 3, 11)


def test_event_date_in_anchor_beats_later_statement(resolver):
    text = "On 11 March, gunmen shot dead a judge in Kandahar. Officials said on 13 March that two suspects were held."
    assert run(resolver, text, PUB)[0] == date(2023, 3, 11)


@pytest.mark.parametrize("text, order", [
    # the event's sentence names only a month or year before the opening sentence's day: background
    ("On 6 March 2023, teachers marched in Bobo-Dioulasso. They demand arrears unpaid since November.", [1, 0]),
    ("On 6 March 2023, farmers blocked a road in Kaya. The road was built in 1998.", [1, 0]),
    # the opening day stands even when it is only a report date ('were reported killed')
    ("On 6 March 2023, two herders were reported killed near Isiolo. Tension has grown there since January.", [0, 1]),
])
def test_vague_date_in_a_later_sentence_yields_to_the_opening_day(resolver, text, order):
    assert run(resolver, text, PUB, order=order)[0] == date(2023, 3, 6)


def test_a_report_day_beats_a_month_of_background_in_its_own_sentence(resolver):
    text = ("Reported on 10 March 2023, that the week before, vandals damaged the ruins of Loropeni, "
            "listed as a heritage site in July 2009.")
    assert run(resolver, text, PUB)[0] == date(2023, 3, 10)


def test_a_qualified_opening_day_is_no_vague_date_to_replace(resolver):
    # ACLED's bracketed range widens the opening day; the day inside the range is not the coded one
    text = "Around 1 March 2023 (between 20 February - 9 March), a trader was abducted in Goma on 20 February."
    assert run(resolver, text, PUB)[0] == date(2023, 3, 1)


def test_a_later_sentence_day_still_governs_its_own_event(resolver):
    text = "On 6 March 2023, teachers marched in Bobo-Dioulasso. On 9 March, police dispersed them."
    assert run(resolver, text, PUB, order=[1])[0] == date(2023, 3, 9)


def test_no_date_falls_back_to_publication(resolver):
    event_date, start, end, prec = run(resolver, "Villagers chased cattle rustlers out of Marsabit.", PUB)
    assert event_date == PUB and prec in (2, 3) and start < PUB


def test_evidence_names_the_date_words(resolver):
    doc = nlp.load()("Rebels shelled Kharkiv on 5 March, killing four.")
    draft = EventDraft(record=EventRecord(), sentences=list(doc.sents))
    resolver(Article(text=doc.text, published=PUB, doc=doc), [draft])
    assert "5 March" in draft.record.evidence_for("event_date").match
