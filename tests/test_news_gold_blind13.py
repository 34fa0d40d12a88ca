"""What the thirteenth news gold set (tests/news_gold_blind13/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind13")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 70
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Protests": 18, "Strategic developments": 13, "Battles": 12, "Riots": 10,
        "Explosions/Remote violence": 10, "Violence against civilians": 7}
    assert len({e["sub_event_type"] for e in events}) == 22
    assert len({e["country"] for e in events}) == 21
    assert [a.file for a in GOLD if not a.events] == ["guyana_essequibo_border_villagers_venezuela_referendum_feature_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # three events in a second country: Kazakhstan (Almaty, Uzbekistan story), Armenia (Yerevan,
    # Karabakh story), India (Zokhawthar, Myanmar Chin story)
    second = sorted(e["country"] for a, e in EVENTS if e["country"] != a.events[0]["country"])
    assert second == ["Armenia", "India", "Kazakhstan"]


def test_events_told_twice_dated_before_publication_and_background_events_coded():
    # most events are told in a lead or summary and again in a detail paragraph, entry or answer
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 61
    # two live blogs have an event on their publication day
    on_the_day = sorted(e["location"] for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == ["Santiago", "The Hague"]
    # five background events, told with a day and a place months before publication, are coded
    background = sorted(e["location"] for a, e in EVENTS if (a.published - date.fromisoformat(e["event_date"])).days > 14)
    assert background == ["Kherrata", "Las Anod", "Murzuq", "Owerri", "Sabadell"]


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("algeria", "Bejaia", "Violent demonstration")] == "2019-11-13"  # "In the night of Wednesday to Thursday"
    assert dates[("chile", "San Bernardo", "Violent demonstration")] == "2019-10-19"  # "the night of Saturday to Sunday"
    assert dates[("pakistan", "Ochat", "Attack")] == "2024-07-24"  # "last week, on Wednesday"
    assert dates[("pakistan", "Bagan", "Looting/property destruction")] == "2024-07-25"  # "The next day, Thursday"
    assert dates[("somalia", "Goojacade", "Non-state actor overtakes territory")] == "2023-08-18"  # "on Friday of last week"
    assert dates[("egypt", "Cairo", "Protest with intervention")] == "2019-09-20"  # "A week ago, on Friday"
    assert dates[("indonesia", "Palu", "Protest with intervention")] == "2020-10-08"  # "on Thursday last week"
    assert dates[("netherlands", "The Hague", "Violent demonstration")] == "2025-09-20"  # "Last Saturday"
    assert dates[("drc", "Kwamouth", "Sexual violence")] == "2023-08-10"  # "Two days earlier, on Thursday"
    assert dates[("myanmar", "Thantlang", "Air/drone strike")] == "2024-03-12"  # "two days later. On Tuesday"
    # the Rafah strikes are dated on the spokesman's Wednesday statement (no other day given)
    assert dates[("egypt", "Rafah", "Air/drone strike")] == "2019-09-25"


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"]): e["fatalities"] for a, e in EVENTS}
    assert fatalities[("uzbekistan", "Nukus", "2022-07-02")] == 5  # authorities, not the exiles' "dozens"
    assert fatalities[("russia", "Derbent", "2021-03-14")] == 3  # two policemen and an attacker, not IS's five
    assert fatalities[("russia", "Khasavyurt", "2021-03-16")] == 2  # corrected from three
    assert fatalities[("azerbaijan", "Stepanakert", "2023-09-19")] == 5  # "including two children" does not add
    assert fatalities[("azerbaijan", "Askeran", "2023-09-20")] == 0  # the 200 of two days of fighting are not this event's
    assert fatalities[("chile", "San Bernardo", "2019-10-19")] == 5  # prosecutor, not the first reports' seven
    assert fatalities[("brazil", "Jequie", "2023-09-02")] == 3  # Civil Police, not a local site's four
    assert fatalities[("tunisia", "Sakiet Ezzit", "2023-07-04")] == 0  # twelve injured, nobody killed
    assert fatalities[("pakistan", "Ochat", "2024-07-24")] == 14  # administration, not the hospital's 19
    assert fatalities[("drc", "Kwamouth", "2023-08-12")] == 7  # administrator, not civil society's twelve
    assert fatalities[("somalia", "Goojacade", "2023-08-18")] == 11  # the hospital's bodies, not "hundreds"
    assert fatalities[("somalia", "Las Anod", "2023-08-20")] == 4  # hospital, not SSC-Khatumo's nine
    assert fatalities[("nigeria", "Orlu", "2022-05-27")] == 3  # two policemen and an attacker
    assert fatalities[("myanmar", "Thantlang", "2024-03-12")] == 4  # residents, not the CNF's six
    assert fatalities[("egypt", "Sheikh Zuweid", "2019-09-23")] == 3  # army sources, not Sinai Province's seven
    assert fatalities[("egypt", "Rafah", "2019-09-25")] == 0  # "a number of" militants
    assert fatalities[("egypt", "Arish", "2019-09-26")] == 3  # two policemen and the bomber
    assert fatalities[("libya", "Murzuq", "2019-10-06")] == 12  # "at least three children" does not add
    assert fatalities[("libya", "Sabha", "2019-10-08")] == 5  # "among them two fighters" does not add
    assert fatalities[("lebanon", "Tripoli", "2021-01-27")] == 1  # 220 injured do not count
