"""Event dates, session 13: the paragraph an undated sentence opens is told by background.paragraph_break, the test
grouping uses. My own example articles."""

from datetime import date

from test_dates_s12 import dates_by_place, pipeline  # noqa: F401 - the module's pipeline fixture


def test_a_blank_line_still_starts_a_paragraph(pipeline):
    text = ("Gunmen killed four farmers in the village of Kwall on Tuesday, residents said.\n\n"
            "The governor visited the state capital on Thursday.\n\n"
            "In Wase, soldiers fired on a crowd of traders who were marching to the market square, killing two "
            "of them, witnesses said.")
    assert dates_by_place(pipeline, text, date(2024, 6, 14))["Wase"] != date(2024, 6, 13)
