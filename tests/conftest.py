from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "000_4b5c7783727d04d9.txt"
DEV_DATA = SHARED / "data" / "acled-dev.jsonl"


@pytest.fixture(scope="session")
def pipeline():
    from newsevents import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def votes_of(pipeline):
    """Runs the pipeline on a text and returns the detector's votes for each event it decided (spied on
    `EventDetector._decide`) with the records: what the rules voted, before the model and the later stages."""
    from datetime import date

    def run(text, published=date(2022, 6, 1)):
        seen = []
        detector = pipeline.detector
        decide = detector._decide

        def spy(votes, text, one_paragraph, cues=None):
            seen.append(dict(votes))
            return decide(votes, text, one_paragraph, cues)

        detector._decide = spy
        try:
            records = pipeline.extract(text, published=published)
        finally:
            del detector._decide
        return seen, records
    return run


@pytest.fixture(scope="session")
def counter():
    """The fatality stage alone, for tests that hand it one event's sentences."""
    from newsevents.fatalities import FatalityCounter

    return FatalityCounter()


def fatality_record(counter, text, etype, sub, location=None):
    """The record the fatality stage fills for one event made of every sentence of `text`."""
    from newsevents import nlp
    from newsevents.document import Article, EventDraft
    from newsevents.schema import EventRecord

    doc = nlp.load()(text)
    draft = EventDraft(record=EventRecord(event_type=etype, sub_event_type=sub, location=location),
                       sentences=list(doc.sents))
    counter(Article(text=text, doc=doc), [draft])
    return draft.record


def sole_event_actors(pipeline, text, published):
    """actor1 and actor2 of the one event a text tells (the unpacking fails when it tells none or several)."""
    (event,) = pipeline.extract(text, published=published)
    return event.actor1, event.actor2
