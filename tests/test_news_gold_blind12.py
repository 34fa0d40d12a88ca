"""What the twelfth news gold set (tests/news_gold_blind12/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind12")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 65
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert len({e["sub_event_type"] for e in events}) == 20
    assert len({e["country"] for e in events}) == 21
    assert [a.file for a in GOLD if not a.events] == ["timor_leste_veterans_pensions_feature_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # two events in a second country: Burundi (Gatumba, DR Congo story), Turkey (Cukurca, Iraq story)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Burundi", "Turkey"]


def test_events_told_twice_dated_before_publication_and_background_events_coded():
    # most events are told in a lead or summary and again in a detail paragraph, entry or answer
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 58
    # only the Madagascar live blog has an event on its publication day (the Antananarivo march)
    on_the_day = [e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat()]
    assert on_the_day == ["Antananarivo"]
    # six background events, told with a day and a place months before publication, are coded
    background = sorted(e["location"] for a, e in EVENTS if (a.published - date.fromisoformat(e["event_date"])).days > 14)
    assert background == ["Besham", "Galcad", "Gassan", "Kasuwan Magani", "Mansi", "Mudiyah"]


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("pakistan", "Karachi", "Armed clash")] == "2024-08-13"  # "on the eve of Independence Day"
    assert dates[("niger", "Tillia", "Attack")] == "2024-06-15"  # "on the eve of Tabaski" (Saturday)
    assert dates[("afghanistan", "Herat", "Remote explosive/landmine/IED")] == "2024-05-17"  # "Friday prayers last week"
    assert dates[("myanmar", "Momauk", "Non-state actor overtakes territory")] == "2024-11-15"  # "A week ago, on Friday"
    assert dates[("colombia", "Caucasia", "Armed clash")] == "2023-08-04"  # "late on Friday of last week"
    assert dates[("philippines", "Sumisip", "Armed clash")] == "2024-04-18"  # "last week, on Thursday"
    assert dates[("drc", "Gatumba", "Armed clash")] == "2024-01-07"  # "in the night of Sunday to Monday"
    assert dates[("madagascar", "Antananarivo", "Peaceful protest")] == "2025-09-25"  # "began last Thursday"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["fatalities"] for a, e in EVENTS}
    assert fatalities[("burkina", "Toeni", "Armed clash")] == 9  # army, not JNIM's "more than forty"
    assert fatalities[("burkina", "Gassan", "Attack")] == 9  # government, not the traders' union's fourteen
    assert fatalities[("burkina", "Tougan", "Air/drone strike")] == 0  # "several dozen terrorists"
    assert fatalities[("drc", "Kalingi", "Armed clash")] == 5  # FARDC, not Twirwaneho's eleven
    assert fatalities[("somalia", "Dhusamareb", "Suicide bomb")] == 5  # four soldiers and the bomber, not "seventeen"
    assert fatalities[("ethiopia", "Debark", "Air/drone strike")] == 9  # hospital, not the relatives' fourteen
    assert fatalities[("sudan", "Al Kawa", "Attack")] == 21  # ministry, not the lawyers' "more than thirty"
    assert fatalities[("yemen", "Mudiyah", "Remote explosive/landmine/IED")] == 4  # STC, not AQAP's six
    assert fatalities[("syria", "Uqayribat", "Attack")] == 12  # state media, not the Observatory's sixteen
    assert fatalities[("iraq", "Amadiya", "Air/drone strike")] == 2  # two bodies, not the ministry's three
    assert fatalities[("iraq", "Cukurca", "Armed clash")] == 2  # ministry, not the HPG's nine
    assert fatalities[("afghanistan", "Herat", "Remote explosive/landmine/IED")] == 8  # not the hospital's fourteen
    assert fatalities[("pakistan", "Karachi", "Armed clash")] == 2  # the two attackers, not the BLA's claim
    assert fatalities[("myanmar", "Waingmaw", "Air/drone strike")] == 11  # rescuers, not the KIA's fifteen
    assert fatalities[("madagascar", "Toamasina", "Excessive force against protesters")] == 2  # not five
    assert fatalities[("ukraine", "Zaporizhzhia", "Shelling/artillery/missile attack")] == 9  # corrected from eleven
    assert fatalities[("niger", "Tassara", "Armed clash")] == 2  # "several terrorists" uncounted
