"""Integrity of the grouping gold set (tests/news_gold_grouping/): every line loads, every gold phrase is
in its article, every label is in the taxonomy. Format only: the pipeline's figures on it are measured
with `newsevents eval-news tests/news_gold_grouping`."""

from __future__ import annotations

from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GROUPING_DIR = ROOT / "tests" / "news_gold_grouping"


def test_grouping_gold_is_consistent():
    gold = load_news_gold(GROUPING_DIR)
    assert {p.name for p in (GROUPING_DIR / "articles").glob("*.txt")} == {g.file for g in gold}
    for g in gold:
        text = g.path.read_text(encoding="utf-8")
        assert len(g.events) == 2, g.file  # each article holds two events a reader could run together
        for e in g.events:
            assert e["sub_event_type"] in TAXONOMY[e["event_type"]], (g.file, e)
            assert e["evidence_contains"] in text, (g.file, e["evidence_contains"])
            assert date.fromisoformat(e["event_date"]) <= g.published, (g.file, e)
        for phrase in g.not_events:
            assert phrase in text, (g.file, phrase)
