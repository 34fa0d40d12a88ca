"""Claims, session 16: a denial told as calling a report fake or propaganda. My own example sentences."""

from newsevents import nlp
from newsevents.claims import ClaimResolver


def _sent(text):
    return next(nlp.load()(text).sents)


def test_calling_a_report_fake_news_is_a_denial():
    claims = ClaimResolver()
    assert claims.denies(_sent('The ministry called the report of a shooting "fake news".'))
    assert claims.denies(_sent("The army called it propaganda."))


def test_a_report_of_a_shooting_is_no_denial():
    assert not ClaimResolver().denies(_sent("Soldiers shot a young man dead at the border on Sunday, witnesses said."))
