"""Journalists' date wording, on my own example sentences: the month named with 'the month of' or
'the end of', a day of the month alone ('on the 26th'), counted days ('three days ago'), British
'at the weekend', weeks dated on their Wednesday, hours of the day that name no day, and a day just
after publication that is still to come."""

from datetime import date

import pytest

from test_dates import run

PUB = date(2023, 3, 17)  # a Friday


@pytest.fixture(scope="module")
def resolver():
    from newsevents.dates import DateResolver

    return DateResolver()


@pytest.mark.parametrize("text, expected_date, precision", [
    # a month with ACLED's month precision, on its 15th
    ("During the month of February 2023, gunmen repeatedly raided farms around Gboko.", date(2023, 2, 15), 3),
    ("Traders in Onitsha staged a strike at the end of January over new levies.", date(2023, 1, 15), 3),
    # a day of the month alone: the latest such day on or before publication
    ("Shots were heard in Kaya on the night of the 14th, residents said.", date(2023, 3, 14), 1),
    ("Teachers marched to the ministry in Bangui on the 28th.", date(2023, 2, 28), 1),
    # counted back from the publication date
    ("Bandits abducted six passengers near Birnin Gwari three days ago.", date(2023, 3, 14), 1),
    ("A roadside bomb hit an army truck near Mopti a week ago.", date(2023, 3, 10), 2),
    # British 'at the weekend' is the weekend just past
    ("Police broke up a rally of opposition supporters in Harare at the weekend.", date(2023, 3, 11), 2),
    # a week known only as such: its Wednesday
    ("Herders and farmers clashed near Bokkos earlier in the week.", date(2023, 3, 15), 2),
    ("Rebels shelled the outskirts of Goma last week.", date(2023, 3, 8), 2),
    # the days before publication are no calendar week: the window's first day
    ("Cotton growers have marched against the ginning board in recent days.", date(2023, 3, 13), 2),
    # a weekday of the week before; a week said early or late in it is still dated on its Wednesday
    ("Police arrested twelve traders in Kano on Tuesday last week.", date(2023, 3, 7), 1),
    ("Gunmen ambushed a convoy near Damboa late last week.", date(2023, 3, 8), 2),
    ("Fighting flared around Bakhmut this past weekend.", date(2023, 3, 11), 2),
    ("A bomb went off at a bus station in Maiduguri a fortnight ago.", date(2023, 3, 3), 2),
    # 'last year' after a day without its year: the year before publication, even for a day just ahead
    ("Rebels seized the town of Rumangabo on March 20 last year.", date(2022, 3, 20), 1),
    # a month after 'since' outside the main clause starts a period the sentence only mentions; on
    # the main clause it starts the reported events
    ("Nurses marched in Kisumu over allowances unpaid since January.", PUB, 2),
    ("Since February 2023, at least nine herders have been killed in clashes around Marsabit.", date(2023, 2, 15), 3),
    # several weekdays: the first one named
    ("Students boycotted classes in Yaounde on Monday and Tuesday.", date(2023, 3, 13), 1),
])
def test_prose_dates(resolver, text, expected_date, precision):
    event_date, start, end, prec = run(resolver, text, PUB)
    assert (event_date, prec) == (expected_date, precision)
    assert start <= event_date <= end <= PUB


@pytest.mark.parametrize("text, why", [
    ("Soldiers of the 11th infantry regiment fired in the air in Dori.", "an ordinal before a noun counts it"),
    ("Activists protested in Banjul on the 20th anniversary of the coup.", "an ordinal before a noun counts it"),
    ("Nurses held sit-ins in Ouagadougou from 7-10am to demand their allowances.", "an hour of the day"),
    ("Unknown gunmen attacked the gendarmerie in Toeni around 20h.", "an hour of the day"),
    ("Pupils in Gaoua marched to the prefecture and declared a strike at the end of the march.", "a march, not March"),
])
def test_words_that_name_no_day(resolver, text, why):
    event_date, _, _, prec = run(resolver, text, PUB)
    assert (event_date, prec) == (PUB, 2)  # the undated fallback


def test_a_day_just_after_publication_is_still_to_come(resolver):
    # 'on 19 March' in a report of 17 March is two days ahead, not the same day of the year before
    event_date, _, _, prec = run(resolver, "Fishermen were abducted off Lamu and will be freed on 19 March, police said.", PUB)
    assert (event_date, prec) == (PUB, 2)
    # a day well behind publication in the calendar year keeps its usual reading
    event_date, _, _, _ = run(resolver, "Militants attacked the base on 28 December, residents said.", PUB)
    assert event_date == date(2022, 12, 28)


def test_a_counted_day_counts_from_the_day_of_a_clause_before_it(resolver):
    # 'who went missing on Monday' is about the victim, yet it is the day 'the following day' counts from
    text = "A trader who went missing on Monday was found dead near Moyale the following day."
    event_date, _, _, prec = run(resolver, text, PUB)
    assert (event_date, prec) == (date(2023, 3, 14), 1)


def test_earlier_this_month_ends_before_publication(resolver):
    event_date, start, end, prec = run(resolver, "Youths burned a police post in Kisii earlier this month.", date(2023, 3, 10))
    assert (event_date, start, end, prec) == (date(2023, 3, 9), date(2023, 3, 1), date(2023, 3, 9), 3)


@pytest.mark.parametrize("text", [
    "Activist Rahim, 22, was beaten by party cadres in Narayanganj.",
    "A student aged 22 was shot dead by police in Dhaka.",
])
def test_a_bare_number_is_an_age_not_a_day(resolver, text):
    published = date(2023, 3, 5)  # the 22nd of the month is not just ahead: it would be read a year back
    event_date, _, _, prec = run(resolver, text, published)
    assert (event_date, prec) == (published, 2)


@pytest.mark.parametrize("text, expected_date", [
    # a day named by what falls on it, the latest one on or before publication
    ("Gunmen killed eleven villagers in Bokkos on Christmas Eve.", date(2023, 12, 24)),
    ("Police fired tear gas at revellers in Kampala on New Year's Day.", date(2024, 1, 1)),
    # a weekday with the calendar day that names it: that day, not the latest such weekday
    ("Herders attacked farmers in Mangu on Sunday evening, December 24.", date(2023, 12, 24)),
    ("Soldiers raided a market in Bama on Sunday night (24 December).", date(2023, 12, 24)),
])
def test_named_days(resolver, text, expected_date):
    event_date, _, _, prec = run(resolver, text, date(2024, 1, 3))
    assert (event_date, prec) == (expected_date, 1)


def test_a_named_day_still_ahead_is_not_the_event_date(resolver):
    published = date(2023, 12, 20)
    event_date, _, _, prec = run(resolver, "Traders in Jos threatened to close their shops on Christmas Eve.", published)
    assert (event_date, prec) == (published, 2)
