"""Integrity of the fifth news gold set (tests/news_gold_blind5/, coded blind): every line loads,
every gold phrase is in its article, every label is in the taxonomy, no event is dated after its
article, and the set covers what its README says. Format only: the pipeline's figures on this set
are measured with `newsevents eval-news`, not asserted here."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.news_eval import GoldArticle, load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

BLIND5_DIR = ROOT / "tests" / "news_gold_blind5"
REQUIRED_EVENT_FIELDS = ("actor1", "country", "location", "admin1")


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_news_gold(BLIND5_DIR)


def _flat_text(article: GoldArticle) -> str:
    return " ".join(article.path.read_text(encoding="utf-8").split())


def _event_problems(article: GoldArticle, text: str, event: dict) -> list[str]:
    """What is wrong with one gold event (empty when nothing is)."""
    where = f"{article.file}: {event.get('evidence_contains')!r}"
    problems = []
    if event["sub_event_type"] not in TAXONOMY.get(event["event_type"], ()):
        problems.append(f"{where}: {event['event_type']} / {event['sub_event_type']} not in the taxonomy")
    if event["evidence_contains"] not in text:
        problems.append(f"{where}: evidence phrase not in the article")
    if date.fromisoformat(event["event_date"]) > article.published:
        problems.append(f"{where}: dated after publication")
    if not (isinstance(event["fatalities"], int) and event["fatalities"] >= 0):
        problems.append(f"{where}: fatalities must be a count")
    problems += [f"{where}: empty {name}" for name in REQUIRED_EVENT_FIELDS if not event.get(name)]
    if not (-90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180):
        problems.append(f"{where}: coordinates out of range")
    return problems


def test_every_article_is_listed_once(gold):
    files = [g.file for g in gold]
    assert len(files) == 20 and len(set(files)) == 20
    assert {p.name for p in (BLIND5_DIR / "articles").glob("*.txt")} == set(files)


def test_articles_are_news_length_and_dated(gold):
    for article in gold:
        assert 300 <= len(_flat_text(article).split()) <= 700, article.file
        assert article.published and date(2019, 1, 1) <= article.published <= date(2025, 12, 31), article.file


def test_gold_events_and_background_phrases_fit_their_articles(gold):
    problems = []
    for article in gold:
        text = _flat_text(article)
        for event in article.events:
            problems += _event_problems(article, text, event)
        problems += [f"{article.file}: not_events phrase {p!r} not in the article"
                     for p in article.not_events if p not in text]
        if not article.not_events:
            problems.append(f"{article.file}: no not_events phrase")
    assert problems == []


def test_coverage_matches_the_readme(gold):
    events = [e for g in gold for e in g.events]
    assert 35 <= len(events) <= 45
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) >= 15
    assert len({e["country"] for e in events}) >= 18
    assert any(not g.events for g in gold)
    assert sum(len(g.events) >= 2 for g in gold) >= 15
