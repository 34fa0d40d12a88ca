"""What the sixth news gold set (tests/news_gold_blind6/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind6")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert 40 <= len(events) <= 45
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) >= 18
    assert len({e["country"] for e in events}) >= 19
    assert [a.file for a in GOLD if not a.events] == ["mauritania_mbera_camp_refugees_feature_nonevent.txt"]
    assert sum(len(a.events) >= 2 for a in GOLD) == 19
    # most events are dated by weekday or "a day later" before publication, not on its day
    assert sum(e["event_date"] != a.published.isoformat() for a, e in EVENTS) >= 35
