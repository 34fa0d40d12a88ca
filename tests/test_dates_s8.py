"""ACLED's own qualifiers on a day. My own example sentences."""

from datetime import date

from newsevents.pipeline import Pipeline


def test_a_day_marked_as_reported_dates_the_event_even_under_a_reporting_word(pipeline: Pipeline):
    # the coder dated the event on the day of the report: not a report date bounding an earlier event,
    # and not the day of the arrest told in the clause of what led to it
    text = ("Around 12 May 2022 (as reported), two men claimed to be tortured by police officers in Polokwane "
            "after being arrested for the murder of a councillor's son on 6 May 2022.")
    records = pipeline.extract(text, published=date(2022, 5, 15))
    assert [(r.event_date, r.time_precision) for r in records] == [(date(2022, 5, 12), 2)]
