"""The trigger vocabulary the type decision reads (data/event_lexicon.json), on my own example sentences:
aircraft named as the subject of a verb of striking, or an air operation, make the strike an air strike; the
words for armed men and civilians say whose violence and whose arson it is."""

import pytest

from newsevents.cleanup import clean
from newsevents.document import RawInput


@pytest.fixture(scope="module")
def detect(pipeline):
    """The sub-event types the detector gives the events of an article."""
    def run(text):
        article = clean(RawInput(text=text))
        article.doc = pipeline.nlp(article.text)
        return [d.record.sub_event_type for d in pipeline.detector(article, [])]
    return run


@pytest.mark.parametrize("text", [
    "Strikes in Diyala\n\nBAGHDAD — Iraqi F-16 jets on Tuesday struck hideouts used by Islamic State fighters in the "
    "Hamrin mountains, killing four militants, the army said.\n\nThe operation followed weeks of surveillance.",
    "Convoy hit near Tessit\n\nBAMAKO — Army helicopters attacked a convoy of militants near Tessit on Sunday, "
    "killing about a dozen of them, the army said.\n\nThe convoy was heading north.",
    # an air operation that struck fighters is an air strike, not the fighters' withdrawal it caught them in
    "Column hit near Dori\n\nOUAGADOUGOU — The army said on Saturday that air force operations near Dori on Friday "
    "had struck a column of militants withdrawing from the area, killing about twenty of them.\n\nThe statement "
    "did not say whether any soldiers were hurt.",
])
def test_aircraft_that_strike_make_an_air_strike(detect, text):
    assert detect(text)[:1] == ["Air/drone strike"]


def test_aircraft_not_striking_are_no_trigger(detect):
    subs = detect("Aid arrives in Gao\n\nBAMAKO — Two army helicopters landed in Gao on Sunday carrying food and "
                  "medicine for displaced families, officials said.\n\nMore flights are planned.")
    assert "Air/drone strike" not in subs


def test_capitalised_plural_opening_a_sentence_still_names_armed_men(detect):
    # the tagger takes 'Rebels' for a name and leaves it unlemmatised: their arson is no riot
    subs = detect("Village burned near Bossangoa\n\nBANGUI — Rebels attacked the village of Bossangoa on Sunday, "
                  "killing five civilians and torching dozens of homes, a local official said.\n\nThousands fled "
                  "into the bush.")
    assert subs[:1] == ["Attack"]
