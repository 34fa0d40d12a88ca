"""What the twenty-second news gold set (tests/news_gold_blind22/, coded blind) covers, as its README says.
Its format (phrases present, labels in the taxonomy, dates not after publication) is checked with the
other blind sets in tests/test_news_gold_blind_integrity.py; nothing here runs the pipeline."""

from __future__ import annotations

from collections import Counter
from datetime import date

from newsevents.news_eval import load_news_gold
from newsevents.schema import TAXONOMY

from conftest import ROOT

GOLD = load_news_gold(ROOT / "tests" / "news_gold_blind22")
EVENTS = [(article, event) for article in GOLD for event in article.events]


def test_coverage_matches_the_readme():
    events = [event for _article, event in EVENTS]
    assert len(GOLD) == 20
    assert len(events) == 85
    assert {e["event_type"] for e in events} == set(TAXONOMY)
    assert Counter(e["event_type"] for e in events) == {
        "Strategic developments": 26, "Protests": 23, "Riots": 12, "Battles": 9,
        "Violence against civilians": 9, "Explosions/Remote violence": 6}
    assert len({e["sub_event_type"] for e in events}) == 22
    assert len({e["country"] for e in events}) == 19
    assert [a.file for a in GOLD if not a.events] == [
        "lithuania_lazdijai_suwalki_gap_border_town_feature_nato_drills_farmers_nonevent.txt"]
    assert sum(len(a.events) >= 3 for a in GOLD) == 19
    # every event lies in its article's own country
    assert all(e["country"] == a.events[0]["country"] for a, e in EVENTS)


def test_rare_sub_types_are_present():
    sub_types = Counter(e["sub_event_type"] for _a, e in EVENTS)
    for name in ("Grenade", "Sexual violence", "Abduction/forced disappearance", "Shelling/artillery/missile attack",
                 "Non-state actor overtakes territory", "Government regains territory", "Headquarters or base established",
                 "Agreement", "Change to group/activity", "Disrupted weapons use", "Excessive force against protesters", "Other"):
        assert sub_types[name] >= 1, name


def test_events_told_twice_and_dated_close_to_publication():
    # many events are told in a lead and again in a detail paragraph
    assert sum(isinstance(e["evidence_contains"], list) for _a, e in EVENTS) == 19
    # five events fall on their publication day (arrests announced that day, a vigil, the Capitol fire before dawn)
    on_the_day = sorted((e["location"], e["sub_event_type"]) for a, e in EVENTS if e["event_date"] == a.published.isoformat())
    assert on_the_day == [("Dublin", "Arrests"), ("Dublin", "Peaceful protest"), ("Monrovia", "Arrests"),
                          ("Monrovia", "Looting/property destruction"), ("Paramaribo", "Arrests")]
    # every coded event lies within five days of its article (the oldest: Yoon's detention, "early on Wednesday"
    # in a Monday paper); month- or year-dated background is not coded
    assert max((a.published - date.fromisoformat(e["event_date"])).days for a, e in EVENTS) == 5


def test_relative_dates():
    dates = {(a.file.split("_")[0], e["location"], e["sub_event_type"]): e["event_date"] for a, e in EVENTS}
    assert dates[("ireland", "Dublin", "Attack")] == "2023-11-23"  # "shortly after lunchtime on Thursday" in a Friday report
    assert dates[("south", "Daegu", "Peaceful protest")] == "2025-01-19"  # "on Sunday afternoon" in a Monday report
    assert dates[("trinidad", "San Fernando", "Grenade")] == "2024-12-28"  # "On Saturday night" in a Tuesday report
    assert dates[("comoros", "Mitsamiouli", "Excessive force against protesters")] == "2024-01-16"  # "Also on Tuesday"
    assert dates[("gabon", "Franceville", "Looting/property destruction")] == "2023-08-31"  # "on Thursday afternoon" in a Friday report
    assert dates[("congo", "Kindamba", "Non-state actor overtakes territory")] == "2022-06-11"  # "on Saturday before dawn" in a Wednesday report
    assert dates[("congo", "Kinkala", "Sexual violence")] == "2022-06-12"  # "on Sunday night"
    assert dates[("turkey", "Antalya", "Mob violence")] == "2024-07-01"  # "On Monday night" (the victim died on Tuesday)
    assert dates[("oman", "Seeb", "Arrests")] == "2024-07-16"  # "the previous day" in a Wednesday statement
    assert dates[("djibouti", "Obock", "Peaceful protest")] == "2022-10-05"  # "On Wednesday" in a Saturday report
    assert dates[("mayotte", "Mamoudzou", "Peaceful protest")] == "2023-04-22"  # "On Saturday" in a Tuesday report
    assert dates[("costa", "Limon", "Attack")] == "2023-09-12"  # "On Tuesday night" in a Saturday paper
    assert dates[("paraguay", "Horqueta", "Abduction/forced disappearance")] == "2021-09-06"  # "on Monday evening"
    assert dates[("jamaica", "Spanish Town", "Attack")] == "2022-11-15"  # "on Tuesday night" in a Friday report
    assert dates[("liberia", "Gbarnga", "Peaceful protest")] == "2024-12-17"  # "On Tuesday" in a Thursday report


def test_disputed_tolls_take_the_lowest_count():
    fatalities = {(a.file.split("_")[0], e["location"], e["event_date"], e["sub_event_type"]): e["fatalities"]
                  for a, e in EVENTS}
    assert fatalities[("djibouti", "Tadjoura", "2022-10-06", "Armed clash")] == 7  # ministry's seven, not FRUD's "more than twenty"
    assert fatalities[("congo", "Kindamba", "2022-06-12", "Government regains territory")] == 4  # army's four; the militia's eleven unverified
    assert fatalities[("oman", "Muscat", "2024-07-15", "Attack")] == 5  # five civilians
    assert fatalities[("oman", "Muscat", "2024-07-16", "Armed clash")] == 4  # three gunmen and the police officer
    assert fatalities[("malaysia", "Ulu Tiram", "2024-05-17", "Armed clash")] == 3  # two constables and the attacker
    assert fatalities[("turkey", "Antalya", "2024-07-01", "Mob violence")] == 1  # died of his wounds the next day
    assert fatalities[("turkey", "Kayseri", "2024-06-30", "Mob violence")] == 0  # "Nobody was killed"
    assert fatalities[("western", "Bir Lehlou", "2023-10-30", "Air/drone strike")] == 2  # the Sahrawi agency's two, the only figure
    assert fatalities[("ireland", "Dublin", "2023-11-23", "Attack")] == 0  # four wounded
    assert fatalities[("comoros", "Moroni", "2024-01-17", "Violent demonstration")] == 1  # the student shot dead
    assert fatalities[("jamaica", "May Pen", "2022-11-16", "Armed clash")] == 1  # police account; the family says unarmed
    assert fatalities[("germany", "Solingen", "2024-08-23", "Attack")] == 3
