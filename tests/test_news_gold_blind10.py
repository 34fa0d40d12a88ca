"""What the tenth news gold set (tests/news_gold_blind10/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind10")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(events) == 64
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) == 19
    assert len({e["country"] for e in events}) == 22
    assert [a.file for a in GOLD if not a.events] == ["liberia_war_crimes_court_feature_nonevent.txt"]
    assert [a.file for a in GOLD if len(a.events) == 1] == ["indonesia_papua_yahukimo_miners_killed_single.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 18
    # three events in a second country: Uganda (Koboko, South Sudan story), Syria (Jusiyah, Lebanon
    # story), Russia (Bryansk, Ukraine story)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Russia", "Syria", "Uganda"]


def test_events_told_twice_and_dated_before_publication():
    # most events are told in a lead or summary and again in a detail paragraph or entry
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) >= 58
    # dated by weekday or relative phrases before publication; only the Libya live blog has events
    # on its publication day (the ceasefire, the Martyrs' Square protest, the Tajoura riot)
    on_the_day = [e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat()]
    assert sorted(on_the_day) == ["Tajoura", "Tripoli", "Tripoli"]


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["fatalities"] for a, e in EVENTS}
    assert fatalities[("nigeria", "Yelwata", "Attack")] == 14  # police, not the LGA chairman's 31
    assert fatalities[("drc", "Lolwa", "Attack")] == 9  # army, not civil society's seventeen
    assert fatalities[("mali", "Anderamboukane", "Attack")] == 11  # not the association's twenty-two
    assert fatalities[("mali", "Ansongo", "Remote explosive/landmine/IED")] == 2  # not JNIM's "more than ten"
    assert fatalities[("niger", "Bosso", "Armed clash")] == 10  # ministry's 2 + 8, not ISWAP's fifteen
    assert fatalities[("myanmar", "Kyaukme", "Air/drone strike")] == 7  # rescue group, not the TNLA's eleven
    assert fatalities[("pakistan", "Mangochar", "Attack")] == 7  # not the BLA's "14 personnel"
    assert fatalities[("pakistan", "Nushki", "Suicide bomb")] == 4  # three soldiers and the bomber
    assert fatalities[("libya", "Tripoli", "Armed clash")] == 6  # not the Radaa page's "more than 20"
    assert fatalities[("brazil", "Anapu", "Attack")] == 1  # the missing worker not counted
    assert fatalities[("south", "Lasu", "Non-state actor overtakes territory")] == 3  # SSPDF, not NAS's nine
    assert fatalities[("ukraine", "Sumy", "Shelling/artillery/missile attack")] == 5  # corrected from six
    assert fatalities[("indonesia", "Seradala", "Attack")] == 4  # police, not the TPNPB's six
