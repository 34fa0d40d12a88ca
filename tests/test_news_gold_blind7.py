"""What the seventh news gold set (tests/news_gold_blind7/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind7")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(events) == 56
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) >= 19
    assert len({e["country"] for e in events}) >= 21
    assert [a.file for a in GOLD if not a.events] == ["lesotho_famo_music_gangs_feature_nonevent.txt"]
    assert sum(len(a.events) >= 2 for a in GOLD) == 19
    # a second country inside an article: France in the New Caledonia story, Yemen in the Saudi one
    assert sum(len({e["country"] for e in a.events}) >= 2 for a in GOLD) == 2
    # nearly every event is dated by weekday or "a day later" before publication, not on its day
    assert sum(e["event_date"] != a.published.isoformat() for a, e in EVENTS) >= 54
