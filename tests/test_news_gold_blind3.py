"""Integrity of the third news gold set (tests/news_gold_blind3/, coded blind): every line loads,
every gold phrase is in its article, every label is in the taxonomy. Format only: the pipeline's
figures on this set are measured with `newsevents eval-news`, not asserted here."""

from __future__ import annotations

from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

BLIND3_DIR = ROOT / "tests" / "news_gold_blind3"


def test_blind3_gold_is_consistent():
    gold = load_news_gold(BLIND3_DIR)
    assert len(gold) == 20 and len({g.file for g in gold}) == 20
    assert {p.name for p in (BLIND3_DIR / "articles").glob("*.txt")} == {g.file for g in gold}
    types, countries = set(), set()
    for g in gold:
        text = " ".join(g.path.read_text(encoding="utf-8").split())
        assert 300 <= len(text.split()) <= 700, g.file
        assert g.published is not None, g.file
        for e in g.events:
            assert e["sub_event_type"] in TAXONOMY[e["event_type"]], (g.file, e)
            assert e["evidence_contains"] in text, (g.file, e["evidence_contains"])
            assert date.fromisoformat(e["event_date"]) <= g.published, (g.file, e)
            assert isinstance(e["fatalities"], int) and e["fatalities"] >= 0
            assert e["actor1"] and e["country"] and e["location"] and e["admin1"]
            assert -90 <= e["latitude"] <= 90 and -180 <= e["longitude"] <= 180
            types.add(e["event_type"])
            countries.add(e["country"])
        for phrase in g.not_events:
            assert phrase in text, (g.file, phrase)
    assert types == set(TAXONOMY)
    assert len(countries) >= 15
    assert any(not g.events for g in gold) and sum(len(g.events) >= 2 for g in gold) >= 10
    assert all(g.not_events for g in gold)
