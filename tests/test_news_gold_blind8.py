"""Integrity of the eighth news gold set (tests/news_gold_blind8/, coded blind): every line loads,
every gold phrase is in its article, every label is in the taxonomy, no event is dated after its
article, and the set covers what its README says. Format only: the pipeline's figures on this set
are measured with `newsevents eval-news`, never asserted here, and nothing here runs the pipeline.
One test per gold event, so that a broken line names itself."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

BLIND8_DIR = ROOT / "tests" / "news_gold_blind8"
GOLD = load_news_gold(BLIND8_DIR)
EVENTS = [(article, event) for article in GOLD for event in article.events]
EVENT_IDS = [f"{article.file}#{i}" for article in GOLD for i, _ in enumerate(article.events)]


def article_text(article) -> str:
    """The article with its whitespace collapsed, as gold phrases are written on one line."""
    return " ".join(article.path.read_text(encoding="utf-8").split())


def evidence_phrases(event: dict) -> list[str]:
    """A gold evidence field is one phrase or a list of phrases (any of which marks the event)."""
    evidence = event["evidence_contains"]
    return list(evidence) if isinstance(evidence, (list, tuple)) else [evidence]


@pytest.mark.parametrize(("article", "event"), EVENTS, ids=EVENT_IDS)
def test_gold_event_is_well_formed(article, event):
    assert event["sub_event_type"] in TAXONOMY[event["event_type"]]
    text = article_text(article)
    assert all(phrase and phrase in text for phrase in evidence_phrases(event))
    assert date.fromisoformat(event["event_date"]) <= article.published
    assert isinstance(event["fatalities"], int) and event["fatalities"] >= 0
    assert all(event.get(name) for name in ("actor1", "country", "location", "admin1"))
    assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180
    assert isinstance(event.get("location_aliases", []), list)


@pytest.mark.parametrize("article", GOLD, ids=[a.file for a in GOLD])
def test_article_is_news_length_dated_and_has_background_phrases(article):
    text = article_text(article)
    assert 300 <= len(text.split()) <= 700
    assert article.published and date(2019, 1, 1) <= article.published <= date(2025, 12, 31)
    assert article.not_events and all(phrase in text for phrase in article.not_events)


@pytest.mark.parametrize("article", GOLD, ids=[a.file for a in GOLD])
def test_an_evidence_phrase_marks_one_event_only(article):
    """Two gold events of one article sharing a phrase could both match the same predicted event."""
    phrases = [p for event in article.events for p in evidence_phrases(event)]
    assert len(phrases) == len(set(phrases))


def test_every_article_file_is_listed_once():
    files = [article.file for article in GOLD]
    assert len(files) == len(set(files)) == 20
    assert {p.name for p in (BLIND8_DIR / "articles").glob("*.txt")} == set(files)


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(events) == 60
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) == 16
    assert len({e["country"] for e in events}) >= 20
    assert [a.file for a in GOLD if not a.events] == ["nicaragua_exiles_san_jose_feature_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # events in a second country: Uganda (the Congo story) and Thailand (the Cambodia story)
    assert sum(e["country"] != events_of[0]["country"] for events_of in [a.events for a in GOLD if a.events]
               for e in events_of) == 2
    # most events are dated by weekday or "last Friday" before publication, not on its day
    assert sum(e["event_date"] != a.published.isoformat() for a, e in EVENTS) >= 55
