"""What the ninth news gold set (tests/news_gold_blind9/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind9")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(events) == 64
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) == 20
    assert len({e["country"] for e in events}) == 20
    assert [a.file for a in GOLD if not a.events] == ["sri_lanka_mullaitivu_mothers_of_disappeared_feature_nonevent.txt"]
    assert [a.file for a in GOLD if len(a.events) == 1] == ["peru_pataz_mine_tunnel_attack_single.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 18
    # one event in a second country: Pakistan (mortar fire on Chaman in the Afghanistan story)
    assert sum(e["country"] != a.events[0]["country"] for a, e in EVENTS) == 1


def test_events_told_twice_and_dated_before_publication():
    # most events are told in a lead or summary and again in a detail paragraph or entry
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) >= 55
    # dated by weekday or relative phrases before publication; only the two live blogs have
    # an event on their publication day (the Sarachane rally, the Santa Ana march)
    on_the_day = [e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat()]
    assert sorted(on_the_day) == ["Istanbul", "Santa Ana"]


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["fatalities"] for a, e in EVENTS}
    assert fatalities[("ethiopia", "Gewane", "Armed clash")] == 11  # not the regional officials' 27
    assert fatalities[("sudan", "Zalingei", "Armed clash")] == 9  # not the activists' 14
    assert fatalities[("haiti", "Petite Riviere de l'Artibonite", "Attack")] == 12  # not the deputy mayor's 20
    assert fatalities[("peru", "Pataz", "Attack")] == 6  # not the union's nine
    assert fatalities[("cameroon", "Mamfe", "Armed clash")] == 1  # the separatists' "only one boy", not the army's five
    assert fatalities[("afghanistan", "Barmal", "Air/drone strike")] == 8  # not "around 15 terrorists"
    assert fatalities[("chad", "Moissala", "Attack")] == 12  # not the MP's 23
    assert fatalities[("syria", "Al-Mazraa", "Armed clash")] == 6  # SOHR, not Suwayda 24's nine
    assert fatalities[("ghana", "Bawku", "Attack")] == 3  # police, not residents' five
    assert fatalities[("mozambique", "Quissanga", "Government regains territory")] == 4  # not seven
