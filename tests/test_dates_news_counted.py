"""Days counted from another day in news articles: 'A day later' with no comma after it, 'hours after the
raid' counted from the day of the raid told before, and a live page's date line as the day its entries'
'last night' and 'this morning' count from. My own example articles."""

from datetime import date
from functools import partial

import pytest

from test_dates_counted import date_of as date_in, resolver  # noqa: F401 - the fixture

PUB = date(2024, 3, 13)  # a Wednesday
date_of = partial(date_in, published=PUB)


@pytest.mark.parametrize("opening", ["A day later the militants", "A day later, the militants",
                                     "The following day the militants"])
def test_a_counted_day_before_a_subject_without_a_comma(resolver, opening):
    text = ("Suspected jihadists attacked an army post near Tera on Saturday, killing four soldiers, the defence "
            f"ministry said on Tuesday. {opening} struck a market in Ayorou, killing six civilians.")
    assert date_of(resolver, text, "market") == date(2024, 3, 10)


@pytest.mark.parametrize("phrase, expected", [
    ("Hours after the raid", date(2024, 3, 11)),
    ("Shortly after the raid", date(2024, 3, 11)),
    ("A day after the raid", date(2024, 3, 12)),
    ("Two days after the raids", date(2024, 3, 13)),
])
def test_a_phrase_naming_an_act_told_before_counts_from_its_day(resolver, phrase, expected):
    text = ("Police raided a militant hideout in the Sariab area of Quetta on Monday, arresting three suspects. "
            f"{phrase} a bomb exploded near a police checkpoint in the city, killing five people, officials said "
            "on Wednesday.")
    assert date_of(resolver, text, "bomb") == expected


def test_a_phrase_naming_an_act_not_told_before_counts_from_nothing(resolver):
    # the vote is no act of the article: the day before it is unknown, the report's day bounds the event
    text = ("Police dispersed a rally in the capital on Monday. The day before the vote, gunmen burned a polling "
            "station in Kisumu, officials said on Wednesday.")
    value = date_of(resolver, text, "polling")
    assert value == PUB


LIVE_PAGE = """Live updates: fighting in Gaza

Tuesday 12 March 2024

Air strike on a house in Rafah

An Israeli air strike hit a house in Rafah last night, killing 12 people, the health ministry said.

Wednesday 13 March 2024

Clashes in Khan Younis

Palestinian fighters clashed with Israeli troops in Khan Younis this morning, witnesses said.
"""


def test_a_live_page_entry_counts_from_the_date_line_above_it(resolver):
    published = date(2024, 3, 14)
    assert date_in(resolver, LIVE_PAGE, "Rafah last night", published=published) == date(2024, 3, 11)
    assert date_in(resolver, LIVE_PAGE, "this morning", published=published) == date(2024, 3, 13)


def test_a_date_line_long_before_publication_is_no_entry_day(resolver):
    text = LIVE_PAGE.replace("Tuesday 12 March 2024", "Tuesday 12 December 2023")
    assert date_in(resolver, text, "Rafah last night", published=date(2024, 3, 14)) == date(2024, 3, 13)


@pytest.mark.parametrize("sentence, expected", [
    # the speaker's 'overnight' and 'yesterday' are the night and day before Tuesday, when it was said
    ("Gunmen killed 12 villagers in an overnight attack on Mangu, police said on Tuesday.", date(2024, 3, 11)),
    ("Police said on Tuesday that gunmen had killed 12 villagers in Mangu yesterday.", date(2024, 3, 11)),
    # a weekday counts back from the day it was said too (published on a Monday, said on the Saturday before)
    ("Gunmen killed 12 villagers in Mangu on Sunday, police said on Saturday.", date(2024, 3, 3)),
])
def test_words_of_a_speaker_count_from_the_day_said(resolver, sentence, expected):
    published = date(2024, 3, 14) if "Tuesday" in sentence else date(2024, 3, 11)
    assert date_in(resolver, sentence, 0, published=published) == expected


def test_an_event_dated_only_when_said_takes_the_day_its_act_is_told_again(resolver):
    text = ("The Nigerian army on Wednesday confirmed that five soldiers were killed when Boko Haram fighters "
            "ambushed a convoy near Damboa. Residents fled the area. The convoy was attacked on Sunday night, "
            "a military source said.")
    assert date_of(resolver, text, "confirmed") == date(2024, 3, 10)


def test_a_later_sentence_on_another_thing_is_no_retelling(resolver):
    # the soldiers' burial is not the ambush: the event stays on or before the day it was said
    text = ("The Nigerian army on Tuesday confirmed that five soldiers were killed when Boko Haram fighters "
            "ambushed a convoy near Damboa. The soldiers were buried on Sunday.")
    assert date_of(resolver, text, "confirmed") == date(2024, 3, 12)


@pytest.mark.parametrize("date_line", ["12 March 2024, 21:40 GMT", "March 12, 2024 at 9:40 p.m. EDT",
                                       "Tue 12 Mar 2024 21.40"])
def test_a_date_line_with_the_time_of_the_entry(resolver, date_line):
    page = LIVE_PAGE.replace("Tuesday 12 March 2024", date_line)
    assert date_in(resolver, page, "Rafah last night", published=date(2024, 3, 14)) == date(2024, 3, 11)


@pytest.mark.parametrize("sentence, expected", [
    ("A day after Saturday's attack on an army camp in Boni, gunmen killed seven civilians in Douentza.",
     date(2024, 3, 10)),
    ("Gunmen killed seven civilians in Douentza, a day after jihadists attacked an army camp in Boni on Saturday.",
     date(2024, 3, 10)),
    # a counted number of days after a stated day is that day, not a window of a few days
    ("Two days after the March 9 attack on Boni, gunmen killed seven civilians in Douentza.", date(2024, 3, 11)),
    # the sentence's own day goes first
    ("Gunmen killed seven civilians in Douentza on Sunday evening, hours after jihadists attacked an army camp "
     "in Boni.", date(2024, 3, 10)),
])
def test_a_day_counted_from_what_the_phrase_names(resolver, sentence, expected):
    assert date_of(resolver, sentence, 0) == expected
