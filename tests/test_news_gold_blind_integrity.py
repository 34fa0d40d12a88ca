"""Integrity of the news gold sets coded blind by a helper who never ran the pipeline
(tests/news_gold_blind6, blind7, blind8, blind9, blind10, blind11, blind12, blind13, blind14, blind15,
blind16, blind17, blind18, blind19, blind20, blind21, blind22, blind23, blind24, blind25, blind26): every line loads, every gold phrase is in its article, every label is in the taxonomy, no event is dated after its article. Format only:
the pipeline's figures on these sets are measured with `newsevents eval-news`, never asserted here, and
nothing here runs the pipeline. One test per gold event, so that a broken line names itself. What each
set covers (its README's figures) is checked in its own file, tests/test_news_gold_blindN.py."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

SET_NAMES = ("news_gold_blind6", "news_gold_blind7", "news_gold_blind8", "news_gold_blind9", "news_gold_blind10",
             "news_gold_blind11", "news_gold_blind12", "news_gold_blind13", "news_gold_blind14", "news_gold_blind15",
             "news_gold_blind16", "news_gold_blind17", "news_gold_blind18",
             "news_gold_blind19", "news_gold_blind20", "news_gold_blind21",
             "news_gold_blind22", "news_gold_blind23", "news_gold_blind24",
             "news_gold_blind25", "news_gold_blind26")
GOLD = {name: load_news_gold(ROOT / "tests" / name) for name in SET_NAMES}
ARTICLES = [(name, article) for name in SET_NAMES for article in GOLD[name]]
ARTICLE_IDS = [f"{name}/{article.file}" for name, article in ARTICLES]
EVENTS = [(article, event) for _name, article in ARTICLES for event in article.events]
EVENT_IDS = [f"{name}/{article.file}#{i}" for name, article in ARTICLES for i, _ in enumerate(article.events)]


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


@pytest.mark.parametrize(("name", "article"), ARTICLES, ids=ARTICLE_IDS)
def test_article_is_news_length_dated_and_has_background_phrases(name, article):
    text = article_text(article)
    assert 300 <= len(text.split()) <= 700
    assert article.published and date(2019, 1, 1) <= article.published <= date(2025, 12, 31)
    assert article.not_events and all(phrase in text for phrase in article.not_events)


@pytest.mark.parametrize(("name", "article"), ARTICLES, ids=ARTICLE_IDS)
def test_an_evidence_phrase_marks_one_event_only(name, article):
    """Two gold events of one article sharing a phrase could both match the same predicted event."""
    phrases = [p for event in article.events for p in evidence_phrases(event)]
    assert len(phrases) == len(set(phrases))


@pytest.mark.parametrize("name", SET_NAMES)
def test_every_article_file_is_listed_once(name):
    files = [article.file for article in GOLD[name]]
    assert len(files) == len(set(files)) == 20
    assert {p.name for p in (ROOT / "tests" / name / "articles").glob("*.txt")} == set(files)
