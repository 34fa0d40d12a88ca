"""Integrity of the fourth news gold set (tests/news_gold_blind4/, coded blind before the pipeline
was run on it). Format only: every article has a gold line, every gold phrase is in its article,
labels are in the taxonomy, dates fall on or before publication, and the set covers what its
README promises. The pipeline's figures on this set are measured with `newsevents eval-news`,
never asserted here."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

BLIND4_DIR = ROOT / "tests" / "news_gold_blind4"
GOLD = load_news_gold(BLIND4_DIR)


def _article_text(article) -> str:
    # gold phrases are checked against the text with its line breaks and runs of spaces collapsed
    return " ".join(article.path.read_text(encoding="utf-8").split())


def test_every_article_has_exactly_one_gold_line():
    files = [g.file for g in GOLD]
    assert len(files) == len(set(files)) == 20
    assert {p.name for p in (BLIND4_DIR / "articles").glob("*.txt")} == set(files)


@pytest.mark.parametrize("article", GOLD, ids=lambda g: g.file)
def test_article_and_its_events_are_well_formed(article):
    text = _article_text(article)
    assert 300 <= len(text.split()) <= 700
    assert article.published is not None and article.not_events
    for phrase in article.not_events:
        assert phrase in text, phrase
    for event in article.events:
        assert event["sub_event_type"] in TAXONOMY[event["event_type"]]
        assert event["evidence_contains"] in text, event["evidence_contains"]
        assert date.fromisoformat(event["event_date"]) <= article.published
        assert isinstance(event["fatalities"], int) and event["fatalities"] >= 0
        for key in ("actor1", "country", "admin1", "location"):
            assert event[key], key
        assert -90 <= event["latitude"] <= 90 and -180 <= event["longitude"] <= 180
        aliases = event.get("location_aliases")
        assert aliases is None or event["location"] in aliases


def test_set_covers_types_countries_and_article_shapes():
    events = [e for g in GOLD for e in g.events]
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["country"] for e in events}) >= 15
    event_counts = [len(g.events) for g in GOLD]
    assert 0 in event_counts
    assert sum(n >= 2 for n in event_counts) >= 10
